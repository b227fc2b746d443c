package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A wordingRule recognises one kind of boilerplate widget by its wording, in
// many languages. Patterns are matched against the lower-cased,
// space-collapsed text of one short block (a heading, a paragraph, a link, a
// button); Whole patterns must match the block's entire text.
type wordingRule struct {
	Kind  string
	Whole *regexp.Regexp // the block's whole text, for blocks of up to maxWholeWords
	Part  *regexp.Regexp // anywhere in a short block
	// Keys are substrings of which every Part match holds one: a cheap
	// test that spares the regular expression on most blocks.
	Keys []string
}

// maxWholeWords bounds the blocks Whole patterns read: lone labels.
const maxWholeWords = 6

// maxBlockWords bounds the blocks wording rules look at: boilerplate lines are
// short; a paragraph of an article that uses the same words is not.
const maxBlockWords = 30

// maxWidgetWords bounds the widget a matched block may take with it.
const maxWidgetWords = 60

// wordingRules are the widgets pith removes by wording. Each pattern covers
// en, de, fr, es, pt, it, nl and ru.
var wordingRules = []wordingRule{
	{
		Kind: "notification prompt",
		Keys: []string{"notif", "push", "benachricht", "mitteilung", "melding", "уведомлени"},
		// A mention of notifications together with the prompt's call to act.
		Part: regexp.MustCompile(`(notifications?|push[- ]alerts?|benachrichtigungen|push-mitteilungen|mitteilungen|notificaciones|notificações|notifiche|meldingen|pushberichten|уведомлени\p{L}*)` +
			`.*(stay up to date|stay informed|turn on|switch on|enable|allow|receive|get |browser|preferences|settings|not now|yes please|` +
			`aktivieren|erlauben|verpassen|auf dem laufenden|browser|einstellungen|` +
			`activer|autoriser|restez informé|navigateur|paramètres|préférences|` +
			`activar|permitir|mantente|al día|navegador|configuración|` +
			`ativar|permitir|fique|navegador|configurações|` +
			`attiva|consenti|resta aggiornato|browser|impostazioni|` +
			`aanzetten|toestaan|blijf op de hoogte|browser|instellingen|` +
			`включить|разрешить|браузер|будьте в курсе|настройк)|` +
			`^(stay up to date|stay informed|verpassen sie nichts|restez informé|mantente al día|fique por dentro|resta aggiornato|blijf op de hoogte|будьте в курсе).*(notif|benachricht|meldingen|уведомлени)`),
	},
	{
		Kind: "comment banner",
		Keys: []string{"comment", "kommentar", "comentar", "comentár", "reactie", "discu", "disku", "conversa", "debate", "réagi", "únete", "deixe", "participe", "partecipa", "doe mee", "join", "leave a", "коммент", "обсужд", "дискусс", "присоедин"},
		Whole: regexp.MustCompile(`^(\d+ )?(comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties|reactie|discussion|diskussion|discusión|discussione|комментари\p{L}*|обсуждение)( \(?\d+\)?)?$|` +
			`^(show|view|read|see|load|open|hide) (all )?(\d+ )?(reader |readers' )?(comments?|posts|responses|replies|reactions)$|^(be the first to comment|add|post|leave|write) (a |your )?comments?$|` +
			`^(reader|readers'?) (comments|discussion|reactions|responses)$`),
		Part: regexp.MustCompile(`join (our|the) (commenting|comment|comments|discussion|conversation|debate)|leave a (comment|reply)|be the first to comment|` +
			`diskutieren sie mit|diskutiere mit|kommentar (schreiben|verfassen)|kommentare (anzeigen|lesen|einblenden)|zur diskussion|` +
			`rejoignez (la|notre) (discussion|conversation|communauté)|(laisser|écrire|ajouter|voir|afficher|lire) (un|les|des) commentaires?|réagissez|` +
			`únete a (la|nuestra) (conversación|discusión|comunidad)|(deja|dejar|escribe|escribir|ver|mostrar|leer) (un|los|tu) comentarios?|` +
			`participe da (conversa|discussão)|deixe (um|seu) comentário|(ver|mostrar) comentários|` +
			`partecipa alla (discussione|conversazione)|lascia un commento|(mostra|leggi) i commenti|` +
			`doe mee (aan|met) de (discussie|conversatie)|plaats een reactie|(bekijk|toon) (alle )?reacties|` +
			`присоединяйтесь к (обсуждению|дискуссии)|оставить комментарий|оставьте комментарий|показать комментарии`),
	},
	{
		Kind: "registration or login prompt",
		Keys: []string{"thank", "refresh", "reload", "logged", "signed", "already", "log in", "sign in", "thoughts", "account", "regist", "dank", "seite neu", "angemeldet", "konto", "merci", "actualis", "rafraîch", "recharg", "connecté", "déjà", "compte", "gracias", "actualiz", "recarg", "recarreg", "cuenta", "obrigad", "atualiz", "conta", "grazie", "aggiorn", "ricaric", "bedankt", "ververs", "vernieuw", "herlaad", "спасибо", "обновит", "аккаунт"},
		Part: regexp.MustCompile(`thanks? (you )?for (registering|signing up|subscribing)|(sign|log) in (with|to|for) |leave your thoughts|please (refresh|reload) (the|this|your) (page|browser)|` +
			`(you are|you're) (now )?(logged|signed) in|already (registered|have an account|a subscriber)|(log|sign) in to (continue|comment|read)|create (a |your )?(free )?account|register (now|for free)|` +
			`(vielen )?dank (für|fuer) (ihre|deine) (registrierung|anmeldung)|(laden sie|lade) die seite neu|seite neu laden|(sie sind|du bist) (jetzt )?angemeldet|bereits registriert|jetzt (kostenlos )?registrieren|konto erstellen|` +
			`merci (pour|de) (votre|ton) inscription|(actualisez|rafraîchissez|rechargez) (la page|votre navigateur)|vous êtes (maintenant )?connecté|déjà (inscrit|abonné)|créer (un|votre) compte|` +
			`gracias por (registrarte|registrarse|suscribirte|tu registro)|(actualiza|recarga|actualice|recargue) (la página|tu navegador|su navegador)|ya (tienes|tiene) (una )?cuenta|crear (una |tu )?cuenta|` +
			`obrigad[oa] por (se )?(registrar|cadastrar|inscrever)|(atualize|recarregue) a página|já tem (uma )?conta|criar (uma )?conta|` +
			`grazie per (esserti registrat|la registrazione|l'iscrizione)|(aggiorna|ricarica) la pagina|hai già un account|crea(re)? un account|` +
			`bedankt voor (je|uw) (registratie|aanmelding)|(ververs|vernieuw|herlaad) de pagina|heb je al een account|account aanmaken|` +
			`спасибо за регистрацию|обновите страницу|уже есть аккаунт|создать аккаунт`),
	},
	{
		Kind: "newsletter box",
		Keys: []string{"newsletter", "bulletin", "email", "inbox", "nieuwsbrief", "boletín", "lettre", "postfach", "boîte", "bandeja", "correo", "caixa", "casella", "mailbox", "рассылк", "почт"},
		Part: regexp.MustCompile(`(sign up|subscribe|register) (for|to) (our|the|my)( \S+){0,3} (newsletters?|bulletins?|emails?)|get (our|the)( \S+){0,3} newsletter|` +
			`newsletter (abonnieren|bestellen)|(zum|für den) newsletter anmelden|melden sie sich (jetzt )?für (unseren|den) newsletter an|` +
			`(inscrivez-vous|abonnez-vous) à (notre|la|nos) (newsletters?|lettres? d'information)|` +
			`(suscríbete|suscribite|regístrate) (a|en) (nuestro|nuestra|el|la) (boletín|newsletter)|` +
			`(in|to|into) your inbox|direkt in ihr (e-mail-)?postfach|dans votre boîte (mail|de réception)|en tu (bandeja de entrada|correo)|` +
			`na sua caixa de entrada|nella tua casella( di posta)?|in je (inbox|mailbox)|на вашу (почту|электронную почту)|` +
			`(assine|inscreva-se (em|na)) (nossa|a) newsletter|iscriviti alla (nostra )?newsletter|` +
			`(schrijf je in|meld je aan) voor (onze|de) nieuwsbrief|подпишитесь на (нашу )?рассылку`),
	},
	{
		Kind: "related links",
		Keys: []string{"read", "see also", "related", "more", "you may", "you might", "recommended", "most", "lesen", "interessant", "mehr", "könnte", "weitere", "meistgelesen", "lire", "voir aussi", "même sujet", "plus lus", "lee", "te puede", "relacionadas", "más leído", "leia", "veja", "mais lidas", "leggi", "potrebbe", "più letti", "meer over", "meest", "читайте", "смотрите", "по теме"},
		// A label that opens a line or heading pointing to other stories.
		Part: regexp.MustCompile(`^(read more|read also|also read|see also|related( stories| articles| content| coverage)?|more (on|about) this( story| topic)?|more from( the)? \p{L}+|more stories|you (may|might) also like|recommended( for you)?|most (read|popular|viewed)|` +
			`lesen sie (auch|mehr)|auch interessant|mehr zum thema|das könnte sie auch interessieren|weitere artikel|meistgelesen|` +
			`à lire aussi|lire aussi|voir aussi|sur le même sujet|les plus lus|` +
			`lee también|leer más|te puede interesar|noticias relacionadas|lo más leído|` +
			`leia também|veja também|leia mais|mais lidas|leggi anche|potrebbe interessarti|i più letti|` +
			`lees ook|meer over dit onderwerp|meest gelezen|читайте также|смотрите также|по теме)\b`),
	},
	{
		Kind: "cookie notice",
		Keys: []string{"cookie"},
		Part: regexp.MustCompile(`(we|this (web)?site) uses? cookies|(use|accept) (of )?(all )?cookies|cookie (settings|preferences|policy)|` +
			`wir (verwenden|nutzen) cookies|diese (website|webseite|seite) (verwendet|nutzt) cookies|cookies akzeptieren|` +
			`nous utilisons des cookies|ce site utilise des cookies|accepter les cookies|` +
			`(utilizamos|usamos) cookies|este sitio (web )?(utiliza|usa) cookies|aceptar (las )?cookies|` +
			`este site (usa|utiliza) cookies|aceitar cookies|` +
			`utilizziamo (i )?cookie|questo sito (utilizza|usa) (i )?cookie|accetta (i )?cookie|` +
			`(wij|we) gebruiken cookies|deze (website|site) gebruikt cookies|cookies accepteren|` +
			`мы используем (файлы )?cookie|этот сайт использует (файлы )?cookie`),
	},
	{
		Kind:  "advertisement label",
		Whole: regexp.MustCompile(`^(advertisement|advertising|ad|sponsored( content)?|anzeige|werbung|publicité|publicidad|anuncio|publicidade|pubblicità|advertentie|реклама)$`),
	},
	{
		Kind:  "share bar",
		Whole: regexp.MustCompile(`^(share|share this( article| story| page)?|share on \p{L}+|teilen|artikel teilen|partager( cet article)?|compartir( este artículo)?|compartilhar|condividi|delen|поделиться)$`),
	},
}

// matchWording returns the kind of boilerplate a block's text is, or "".
func matchWording(text string) string {
	words := wordCount(text)
	if words == 0 || words > maxBlockWords {
		return ""
	}
	text = strings.ToLower(normalizeSpace(text))
	trimmed := strings.Trim(text, " .!?:…·|")
	for _, r := range wordingRules {
		if r.Whole != nil && words <= maxWholeWords && r.Whole.MatchString(trimmed) {
			return r.Kind
		}
		if r.Part != nil && containsAny(text, r.Keys) && r.Part.MatchString(text) {
			return r.Kind
		}
	}
	return ""
}

func containsAny(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// removeWordingWidgets removes the widgets that wording rules recognise:
// each matched block goes with the smallest enclosing widget around it, as
// long as that widget stays short, holds no body paragraph and is made
// mostly of boilerplate (or carries a control such as a button).
//
// A matched block that is a plain paragraph or heading in the text flow (a
// long paragraph right before or after it, no controls) is kept: an article
// about a public comment period may say "Comments can be mailed to City
// Hall." in a paragraph of its own.
func (c *cleaner) removeWordingWidgets(root *html.Node) {
	for _, block := range textBlocks(root) {
		if block.Parent == nil || !attached(block, root) {
			continue // removed with an earlier widget
		}
		kind := c.kindOf(block)
		if kind == "" {
			continue
		}
		widget := c.widgetAround(block, root)
		if inTextFlow(widget) {
			continue
		}
		c.remove(widget, RuleWording+": "+kind)
	}
}

// widgetAround climbs from a matched block to the largest ancestor that is
// still one widget.
func (c *cleaner) widgetAround(block, root *html.Node) *html.Node {
	widget := block
	for p := block.Parent; p != nil && p != root; p = p.Parent {
		if isBoundary(p) {
			break
		}
		words := wordCount(textOf(p))
		if words > maxWidgetWords || longParagraphs(p) > 0 {
			break
		}
		if !hasControl(p) && c.boilerplateWords(p)*10 < words*3 {
			break // mostly something else: keep it
		}
		widget = p
	}
	return widget
}

func isBoundary(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Main, atom.Article:
		return true
	}
	return false
}

// boilerplateWords counts the words under n that are in matched blocks or in controls.
func (c *cleaner) boilerplateWords(n *html.Node) int {
	if isControl(n) || (isTextBlock(n) && c.kindOf(n) != "") {
		return wordCount(textOf(n))
	}
	count := 0
	for child := n.FirstChild; child != nil; child = child.NextSibling {
		if child.Type == html.ElementNode {
			count += c.boilerplateWords(child)
		}
	}
	return count
}

// kindOf is matchWording on n's text, remembered for the widget climbs
// that look at the same blocks again.
func (c *cleaner) kindOf(n *html.Node) string {
	if kind, ok := c.kinds[n]; ok {
		return kind
	}
	kind := matchWording(textOf(n))
	c.kinds[n] = kind
	return kind
}

// hasControl reports whether n is or holds a button, form or form field.
func hasControl(n *html.Node) bool {
	return isControl(n) || findFirst(n, isControl) != nil
}

// inTextFlow reports whether n is a plain paragraph, heading or list item
// that sits among the article's body paragraphs.
func inTextFlow(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Li:
	default:
		return false
	}
	if wordCount(textOf(n)) < 4 {
		return false // a lone "Comments" or "Advertisement" is never prose
	}
	if hasControl(n) || linkWords(n)*2 > wordCount(textOf(n)) {
		return false
	}
	isLong := func(s *html.Node) bool {
		return s != nil && s.DataAtom == atom.P && wordCount(textOf(s)) >= longParagraphWords
	}
	return isLong(prevElement(n)) || isLong(nextElement(n))
}

// linkWords counts the words of n that are link text.
func linkWords(n *html.Node) int {
	if n.DataAtom == atom.A {
		return wordCount(textOf(n))
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			count += linkWords(c)
		}
	}
	return count
}

// blockTags are the elements that start a new block of text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true,
	atom.Ul: true, atom.Caption: true,
}

// isTextBlock reports whether n is a unit wording rules read: a block
// element with text and no blocks inside, or an inline element (a link, a
// button) that stands apart from its siblings, with no loose text around it.
func isTextBlock(n *html.Node) bool {
	if n.Type != html.ElementNode || strings.TrimSpace(textOf(n)) == "" {
		return false
	}
	if blockTags[n.DataAtom] {
		return findFirst(n, func(c *html.Node) bool { return blockTags[c.DataAtom] }) == nil
	}
	p := n.Parent
	if p == nil || p.Type != html.ElementNode || blockTags[n.DataAtom] {
		return false
	}
	siblings := 0
	for s := p.FirstChild; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) != "":
			return false
		case s.Type == html.ElementNode && s != n:
			siblings++
		}
	}
	return siblings > 0
}

// textBlocks lists the text blocks under root in document order.
func textBlocks(root *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Head:
				continue
			}
			if isTextBlock(c) {
				out = append(out, c)
			}
			walk(c)
		}
	}
	walk(root)
	return out
}

// attached reports whether n is still under root.
func attached(n, root *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == root {
			return true
		}
	}
	return false
}

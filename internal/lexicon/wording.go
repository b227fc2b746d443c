package lexicon

import (
	"math/bits"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/rx"
)

// A wordingRule recognises one kind of boilerplate widget by its wording, in
// many languages. Patterns are matched against the lower-cased,
// space-collapsed text of one short block (a heading, a paragraph, a link, a
// button); Whole patterns must match the block's entire text.
type wordingRule struct {
	Kind string
	// Labels are lone labels, the block's whole text, for blocks of up to
	// maxWholeWords: a pattern without repetition ("(the )?latest( news)?")
	// that wordingLabels spells out once, so that one lookup serves them all.
	Labels string
	Whole  *rx.Regexp // the block's whole text, for blocks of up to maxWholeWords
	Part   *rx.Regexp // anywhere in a short block
	// NotProse marks wording no article sentence has ("5 min read", "Like
	// this story? Share it with a friend!"): it goes even as a paragraph
	// among the body's paragraphs (see inTextFlow).
	NotProse bool
}

// maxWholeWords bounds the blocks Whole patterns read: lone labels.
const maxWholeWords = 6

// MaxBlockWords bounds the blocks wording rules look at: boilerplate lines are
// short; a paragraph of an article that uses the same words is not.
const MaxBlockWords = 30

// MaxWidgetWords bounds the widget a matched block may take with it.
const MaxWidgetWords = 60

// clause is where a call to action may start in a block: its start, or the
// start of a new sentence or clause ("Stay informed: turn on notifications",
// "What do you think? Leave a comment"). Anchoring there keeps the same words
// in the middle of an article sentence ("she did not leave a reply") apart.
const clause = `(?:^|[:.!?;|·—–-] |click (?:here )?to |tap (?:here )?to )¿?`

// inbox is the "in your inbox" of a newsletter pitch, in every language.
const inbox = `((in|to|into) your inbox|in ihr (e-mail-)?postfach|dans votre boîte (mail|e-mail|de réception)|en tu (bandeja de entrada|correo)|` +
	`na sua caixa de entrada|nella tua casella( di posta)?|in (je|uw) (inbox|mailbox)|на (вашу )?(электронную )?почту)`

// WordingRules are the widgets pith removes by wording. Each pattern covers
// en, de, fr, es, pt, it, nl and ru.
var WordingRules = []wordingRule{
	{
		Kind: "notification prompt",
		Part: rx.Compile(clause +
			// The call to act, then (within a few words) the notifications:
			// "Turn on notifications", "Activez les notifications", "Zet
			// meldingen aan"; or a question offering them: "Would you like to
			// receive notifications?"
			`(turn on|switch on|enable|allow|get|receive|activate|aktivieren sie|aktiviere|erlauben sie|erlaube|erhalten sie|` +
			`activez|activer|autorisez|autoriser|recevez|recevoir|activa|active|activar|permite|permitir|recibe|reciba|recibir|` +
			`ative|ativa|ativar|permita|receba|receber|attiva|attivare|abilita|consenti|ricevi|ricevere|zet|schakel|sta|ontvang|` +
			`включите|включить|разрешите|разрешить|получайте|получать|` +
			`would you like to|do you want to|möchten sie|möchtest du|wollen sie|willst du|voulez-vous|souhaitez-vous|veux-tu|` +
			`quieres|quiere|deseas|desea|quer|deseja|vuoi|vuole|desideri|wil je|wilt u|хотите)( \S+){0,3} ` + notifNoun + `|` +
			// The notifications, then the prompt's answer, or the reader's
			// browser: "Notifications: Yes please / Not now",
			// "Benachrichtigungen aktivieren", "… in your browser settings"
			// (a settings word alone is an article's too).
			notifNoun + `.*(turn (them )?on|switch (them )?on|not now|yes,? please|no,? thanks|your browser|stay up to date|stay informed|` +
			`aktivieren|erlauben|zulassen|verpassen|auf dem laufenden|ihrem browser|deinem browser|` +
			`activer|autoriser|restez informé|votre navigateur|` +
			`activar|permitir|mantente|al día|tu navegador|su navegador|` +
			`ativar|fique|seu navegador|` +
			`attiva|consenti|resta aggiornato|tuo browser|` +
			`aanzetten|inschakelen|toestaan|blijf op de hoogte|je browser|uw browser|` +
			`включить|разрешить|вашем браузере|будьте в курсе)|` +
			// The settings link on its own.
			`^(manage )?(push )?(notification|notifications) (settings|preferences)$|^(benachrichtigungs|mitteilungs)-?einstellungen$|` +
			`^(paramètres|préférences) (des|de) notifications$|^(configuración|ajustes) de (las )?notificaciones$|^configurações de notificações$|` +
			`^impostazioni (delle )?notifiche$|^(meldingsinstellingen|instellingen voor meldingen)$|^настройки уведомлений$|` +
			// "Stay up to date with notifications".
			`^(stay up to date|stay informed|verpassen sie nichts|restez informé|mantente al día|fique por dentro|resta aggiornato|blijf op de hoogte|будьте в курсе).*(notif|benachricht|meldingen|уведомлени)`),
	},
	{
		Kind: "comment banner",
		Whole: rx.Compile(`^(\d+ )?(comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties|reactie|discussion|diskussion|discusión|discussione|комментари\p{L}*|обсуждение|` +
			// The comment button on its own.
			`(jetzt )?kommentieren|commenter|comentar|commenta|commentare|reageer|reageren|комментировать|komentarze?|skomentuj|kommentarer|отзывы|отзывов)( \(?\d+\)?)?$|` +
			// Reviews: the count, and the call to write one.
			`^отзывов ?:? ?\d+$|^(оставить|написать|добавить) отзыв$|^(все|читать|показать) отзывы( \(?\d+\)?)?$|^(write|leave|add) a review$|^(eine )?bewertung (schreiben|abgeben)$|` +
			`^(laisser|donner|écrire|rédiger) (un|votre|mon) avis$|^(escribir|dejar|escribe|deja) (una |tu )?(opinión|reseña)$|^(scrivi|lascia) una recensione$|^(escrever|deixar|escreva|deixe) (uma )?(avaliação|opinião)$|` +
			`^schrijf een (review|recensie)$|^(napisz|dodaj) (opinię|recenzję)$|^dodaj komentarz$|` +
			`^(show|view|read|see|load|open|hide) (all )?(\d+ )?(reader |readers' )?(comments?|posts|responses|replies|reactions)$|^(be the first to comment|add|post|leave|write) (a |your )?comments?$|` +
			`^(reader|readers'?) (comments|discussion|reactions|responses)$|^have your say$`),
		Part: rx.Compile(`join (our|the)( community| reader| readers')? (commenting|comment|comments|discussion|conversation|debate)|` + clause + `(leave a (comment|reply)|be the first to comment)|` +
			// A recipe card's rating prompt, alone or with its stars and
			// votes: "Rate this recipe: ★★★★★ (37 votes)".
			`^(rate this (recipe|article|post)|(dieses )?rezept bewerten|bewerten sie (dieses|das) rezept|notez (cette|la) recette|valora (esta|la) receta|` +
			`avalie (esta|a) receita|vota (questa|la) ricetta|beoordeel (dit|het) recept|oceń (ten )?przepis|оцените (этот )?рецепт)(\P{L}[^.!?]*)?$|` +
			`(share|post|leave|tell us) your (thoughts|views?|opinions?)( \S+){0,3} comments?|` +
			`diskutieren sie mit|diskutiere mit|kommentar (schreiben|verfassen)|kommentare (anzeigen|lesen|einblenden)|zur diskussion|` +
			`rejoignez (la|notre) (discussion|conversation|communauté)|(laisser|laissez|écrire|écrivez|ajouter|ajoutez|voir|afficher|affichez|lire) (un|les|des|votre) commentaires?|réagissez|` +
			`^(sé el primero en comentar|soyez le premier à (commenter|réagir)|(seien sie|sei) der erste,? der (kommentiert|einen kommentar schreibt)|seja o primeiro a comentar|sii il primo a commentare|` +
			`wees de eerste die reageert|будьте первым,? кто (оставит комментарий|прокомментирует))\P{L}*$|` +
			`únete a (la|nuestra) (conversación|discusión|comunidad)|(deja|dejar|escribe|escribir|ver|mostrar|leer|añade) (un|los|tu) comentarios?|` +
			`participe da (conversa|discussão)|deixe (um|seu) comentário|(ver|mostrar) comentários|` +
			`partecipa alla (discussione|conversazione)|lascia un commento|(mostra|leggi) i commenti|` +
			`doe mee (aan|met) de (discussie|conversatie)|plaats een reactie|(bekijk|toon) (alle )?reacties|` +
			`присоединяйтесь к (обсуждению|дискуссии)|оставить комментарий|оставьте комментарий|показать комментарии|` +
			// A block that opens with "Comment on this article".
			`^(kommentieren sie (diesen|den) (artikel|beitrag)|commentez (cet|l')|comenta (esta|este|la|el) (noticia|nota|artículo|publicación|entrada)|` +
			`comente (esta|este|a|o) (notícia|matéria|artigo|post)|commenta (questo|questa|l')|reageer op (dit|deze|het) (artikel|bericht|stuk|nieuws)|прокомментируйте)|` +
			// The notice, alone, that "Comments are closed".
			`^((the )?comments (are|have been) (now )?(closed|disabled)|(die )?(kommentare sind|kommentarfunktion ist) (geschlossen|deaktiviert)|` +
			`les commentaires sont (fermés|clos|désactivés)|los comentarios están (cerrados|desactivados)|(os )?comentários (estão )?(fechados|encerrados|desativados)|` +
			`i commenti sono (chiusi|disabilitati)|(de )?reacties zijn gesloten|комментарии (закрыты|отключены))[.!]?$`),
	},
	{
		Kind: "registration or login prompt",
		// The lone sign-up and sign-in buttons of Chinese and Japanese pages
		// ("register", "free registration here", "log in").
		Labels: `会員登録|無料会員登録|新規会員登録|新規登録|(無料)?会員登録はこちら|ログイン|ログインはこちら|ログインする|` +
			`注册|登录|立即注册|免费注册|注册账号|登录账号|立即登录|zaloguj się|zarejestruj się|załóż konto`,
		Part: rx.Compile(clause +
			// Calls to sign in, and "already registered?", at the start of a
			// clause: "Visitors must sign in with a guard" and "Residents
			// already registered to vote" are article sentences.
			`((sign|log) in (with|to|for) |(are you )?already (registered|have an account|a subscriber|a member)|(bereits|schon) registriert|` +
			`déjà (inscrit|abonné|membre)|ya (tienes|tiene) (una )?cuenta|já tem (uma )?conta|hai già un account|heb je al een account|уже есть аккаунт)|` +
			`thanks? (you )?for (registering|signing up|subscribing)|leave your thoughts|please (refresh|reload) (the|this|your) (page|browser)|` +
			`(you are|you're) (now )?(logged|signed) in|you (must|need to) (be )?(log|logged|sign|signed) in|(log|sign) in to (continue|comment|read|keep reading)|create (a |your )?(free )?account|register (now|for free)|` +
			`(vielen )?danke?,? (für|fuer) (ihre|deine) (registrierung|anmeldung)|danke,? dass (sie sich|du dich) (registriert|angemeldet) (haben|hast)|(laden sie|lade) die seite neu|seite neu laden|` +
			`(sie sind|du bist) (jetzt )?angemeldet|(du musst|sie müssen) angemeldet sein|jetzt (kostenlos )?registrieren|konto erstellen|` +
			`(melden sie sich|melde dich|loggen sie sich|logge dich) (jetzt )?(an|ein),? um (weiterzulesen|weiter zu lesen|zu kommentieren|fortzufahren)|` +
			`merci (pour|de) (votre|ton) inscription|merci de vous être (inscrit|abonné|enregistré)|(actualisez|rafraîchissez|rechargez) (la page|votre navigateur)|` +
			`vous êtes (maintenant )?connecté|vous devez être connecté|(créer|créez) (un|votre) compte|connectez-vous pour (continuer|lire|commenter)|` +
			`gracias por (registrarte|registrarse|suscribirte|tu registro)|(actualiza|recarga|actualice|recargue) (la página|tu navegador|su navegador)|` +
			`debes (estar )?(registrado|conectado|iniciar sesión)|(crear|cree) (una |tu |su )?cuenta|crea tu cuenta|inicia sesión para (continuar|seguir leyendo|leer|comentar)|` +
			`obrigad[oa] por (se )?(registrar|cadastrar|inscrever)|(atualize|recarregue) a página|(criar|crie) (uma |sua |a sua )?conta|(faça login|entre) para (continuar|ler|comentar)|precisa fazer (o )?login|` +
			`grazie per (esserti registrat|la registrazione|l'iscrizione)|(aggiorna|ricarica) la pagina|crea(re)? (un|il tuo) account|accedi per (continuare|leggere|commentare)|devi essere (connesso|registrato|loggato)|` +
			`bedankt voor (je|uw) (registratie|aanmelding)|(ververs|vernieuw|herlaad) de pagina|account aanmaken|maak (een|je|uw) account aan|log in om (verder te lezen|te reageren|door te gaan)|(je|u) moet (ingelogd|aangemeld) zijn|` +
			`спасибо за регистрацию|обновите страницу|создать аккаунт|(войдите|авторизуйтесь),? чтобы (продолжить|читать|прочитать|оставить|комментировать)|(необходимо|нужно) авторизоваться`),
	},
	{
		Kind: "subscription prompt",
		// A paywall's prompt: "Subscribe to keep reading", "This article is
		// for subscribers only", at the start of a clause, so that an article
		// quoting such a prompt inside its own sentence keeps it.
		Part: rx.Compile(clause + `((subscribe|sign up|register)( now| today)? (to|and) (continue|keep|start) reading|subscribe( now)? for (full|unlimited) access|become a (subscriber|member) (to|and) (continue|keep|read|get)|` +
			`(this|the rest of this) (article|story|content|post) is (only )?(for|available (only )?to|reserved for|exclusive to) (subscribers|members|paying subscribers)|(subscribers|members)[- ]only (content|article|story)\P{L}*$|` +
			`(jetzt )?(abonnieren|abo abschließen|registrieren) und weiterlesen|jetzt abonnieren und |(jetzt )?weiterlesen mit (\S+ ?)?(abo|plus)\P{L}*$|(dieser|der) (artikel|beitrag|inhalt) ist (nur |exklusiv )?(für|exklusiv für) (abonnenten|abonnentinnen|abonnent\*innen|mitglieder)|(nur|exklusiv) für abonnenten|` +
			`abonnez-vous pour (lire|continuer|poursuivre|accéder)|découvrez nos offres( d'abonnement)?\P{L}*$|(cet article|ce contenu|la suite de cet article) est réservée? (aux|à nos) (abonnés|membres)|(article|contenu) réservé aux abonnés|pour lire la suite,? (abonnez|inscrivez|connectez)|` +
			`(suscríbete|suscríbase|regístrate) (para|y) (seguir leyendo|continuar leyendo|leer|seguir)|suscríbete y lee|hazte (suscriptor|socio)|(este|el) (artículo|contenido) es (solo |exclusivo )?(para|solo para) (suscriptores|socios|miembros)|contenido (exclusivo )?para suscriptores|ya eres suscriptor|` +
			`assine (para|e) (continuar (a ler|lendo)|ler)|(este|esta) (conteúdo|matéria|artigo|reportagem) é (exclusiv[oa] )?(para|de) assinantes|conteúdo exclusivo (para|de) assinantes|torne-se assinante|já é assinante|` +
			`abbonati per (continuare|leggere)|(questo|l') ?(articolo|contenuto) è riservato agli abbonati|(contenuto )?riservato agli abbonati|diventa abbonato|sei già abbonato|` +
			`word abonnee (om|en) (verder te lezen|lees verder|lees alles)|(dit|het) (artikel|stuk) is (alleen )?(voor|exclusief voor) abonnees|alleen voor abonnees|al abonnee|` +
			`(ten |cały )?(artykuł|tekst|materiał) (jest )?dostępny (tylko |wyłącznie )?dla (subskrybentów|prenumeratorów)|zostań subskrybentem|wykup (dostęp|subskrypcję)|` +
			// A metered paywall's counter: "You have read 3 of 5 free
			// articles this month", "Sie haben 2 von 5 kostenlosen Artikeln
			// gelesen", "Hai letto 4 dei 5 articoli gratuiti".
			`you('ve| have) read \d+ (of|out of) (your )?\d+ free (articles|stories)|you have \d+ free (articles?|stories) (left|remaining)|sie haben \d+ von \d+ (kostenlosen|freien|gratis) (artikeln|beiträgen)|` +
			`vous avez (lu|consulté) \d+ (des|de vos|sur) \d+ articles (gratuits|offerts)|(has|ha) leído \d+ de (tus |sus |los )?\d+ (artículos|noticias) (gratuit[oa]s|gratis)|hai letto \d+ (dei|degli|su|di) \d+ articoli gratuiti|` +
			`(você )?leu \d+ de \d+ (artigos|matérias|notícias) (gratuit[oa]s|grátis)|je hebt \d+ van (de )?\d+ gratis artikelen|przeczytał(eś|aś|eś/aś)? \d+ z \d+ (bezpłatnych|darmowych) artykułów|` +
			`(этот |полный )?(материал|статья|текст) (доступ(ен|на) )?(только )?(для подписчиков|подписчикам|по подписке)|оформите подписку|` +
			// Chinese and Japanese: "this article is members-only", "to read on,
			// register", "log in to read more".
			`(この記事は)?(有料)?(会員|購読者)(限定|専用)(記事|コンテンツ|です)|(会員|購読者)(向け|限定)の?記事が読み放題|\S{1,12}に(無料)?登録すると\P{L}*$|続きを読むには.{0,12}(会員登録|ログイン|購読)|(会員登録|ログイン)(すると|して)(続き|全文|記事)|` +
			`(登录|注册)(后|之后)(查看|阅读|继续|可见)|(本文|该文|此文|该内容|本内容)(为|仅限|仅对)(会员|付费|订阅)|(会员|vip)(专享|专属|可见))`),
	},
	{
		Kind: "newsletter box",
		Part: rx.Compile(`(sign up|subscribe|register) (for|to)( \S+){0,4} (newsletters?|bulletins?)|(sign up|subscribe|register) (for|to) (our|the|my)( \S+){0,3} emails?|get (our|the)( \S+){0,3} newsletter|` +
			`newsletter (abonnieren|bestellen)|abonnieren sie (unseren|den)( \S+)? newsletter|(zum|für den) newsletter anmelden|melden sie sich (jetzt )?für (unseren|den) newsletter an|` +
			`(inscrivez-vous|abonnez-vous)( gratuitement)? à (notre|la|nos)( \S+)? (newsletters?|lettres? d'information)|` + clause + `(recevez|recevoir) (gratuitement )?(notre|nos|la|les)( \S+)? (newsletters?|lettres? d'information)|` +
			`(suscríbete|suscribite|regístrate|apúntate)( gratis)? (a|en) (nuestro|nuestra|el|la)( \S+)? (boletín|newsletter)|` + clause + `recibe (nuestro|nuestra|el|la)( \S+)? (boletín|newsletter)|` +
			`(assine|inscreva-se (em|na)) (nossa|a) newsletter|` + clause + `receba (a nossa|nossa|a) newsletter|iscriviti alla (nostra )?newsletter|` + clause + `ricevi (la nostra|la) newsletter|` +
			// "Get The Brief, our daily newsletter": a name, then its apposition.
			`^(get|receive|sign up for|subscribe to) [^.!?:,]{1,40}, (\S+ ){0,3}newsletter\P{L}*$|` +
			`zapisz się (do|na) (naszego |nasz )?newslettera?|(subskrybuj|zamów) (nasz )?newsletter|^newsletter:? (jetzt )?(anmelden|abonnieren|bestellen)|` +
			// The legal line under a sign-up form: "By signing up you agree to …".
			`^(by (signing up|subscribing|registering),? you (agree|accept|consent)|mit (der|ihrer) anmeldung (akzeptieren|stimmen) sie|en vous (inscrivant|abonnant),? vous acceptez|` +
			`al (suscribirte|suscribirse|registrarte|registrarse),? (aceptas|acepta)|ao (se inscrever|assinar),? (você )?(concorda|aceita)|iscrivendoti,? accetti|` +
			`door (je|u) (in te schrijven|aan te melden),? ga (je|u) akkoord|подписываясь,? вы соглашаетесь)|` +
			`メールで(まとめ読み|お届け)|[(（]登録無料[)）]|メルマガ(登録|を購読|の登録|に登録)|メールマガジン(登録|を購読|の登録|に登録)|ニュースレター(登録|を購読|の登録|に登録)|订阅(我们的)?(新闻邮件|邮件|电子报|简报|newsletter)|` +
			`(schrijf je in|meld je aan) voor (onze|de) nieuwsbrief|подпишитесь на (нашу )?рассылку|` +
			// "In your inbox" pitches news, not any mail: after a call to
			// receive, a word of delivery or the news itself, or before how often.
			`(` + clause + `(get|receive|sign up|subscribe|erhalten sie|recevez|recibe|reciba|receba|ricevi|ontvang|получайте) .*|` +
			`(delivered|sent|straight|directly|direct|right|direkt|directement|directo|directamente|direto|diretamente|direttamente|rechtstreeks|прямо) |` +
			`(news|stories|headlines|updates|newsletters?|nachrichten|actualité|infos|noticias|notícias|notizie|nieuws|новости)\S*( \S+){0,3} )` + inbox + `|` +
			inbox + ` (every|each|daily|weekly|jeden|chaque|cada|todos|ogni|elke|каждый)`),
	},
	{
		Kind: "app promo",
		// The site's call to install its own app: "Download our free app",
		// "Laden Sie jetzt unsere App herunter". The possessive makes it the
		// site's: "Download the app of the town hall, then log in" is a
		// step of an article's how-to.
		Part: rx.Compile(clause + `(\p{So}+ )?((download|get|install|try) our( free| new)?( \S+)? (app|apps|application)|` +
			`(laden sie|lade dir|lad dir|holen sie sich|hol dir|installieren sie|installiere)( jetzt| sich| dir)*( kostenlos)? unsere( kostenlose| neue)?( \S+)? app|unsere( kostenlose| neue)? app (jetzt )?(herunterladen|laden|installieren)|` +
			`(téléchargez|installez|découvrez|essayez)( dès maintenant| gratuitement)* notre( nouvelle)? (application|appli|app)|` +
			`(descarga|descargue|descárgate|instala|instale|prueba)( ya| gratis)* nuestra( nueva)? (app|aplicación)|` +
			`(baixe|descarregue|instale|experimente)( já| grátis| gratuitamente)* (o nosso|nosso|a nossa|nossa)( novo| nova)? (app|aplicativo|aplicação)|` +
			`(scarica|installa|prova)( subito| gratis| gratuitamente)* (la )?nostra( nuova)? (app|applicazione)|` +
			`(download|installeer|probeer)( nu| gratis)* onze( nieuwe| gratis)? app|` +
			`pobierz( za darmo| bezpłatnie)* naszą( nową| darmową)? aplikację|` +
			`(скачайте|установите|загрузите)( бесплатно)? наше( новое| бесплатное)? приложение)`),
	},
	{
		Kind: KindRelatedLinks,
		// A heading alone over other stories: "Recent articles", "Popular
		// this week", "More great Courier stories", "Latest news". As the
		// opening of a longer block these words start sentences ("Recent
		// articles in the journal suggest …"), so they count only alone.
		Labels: `more like this|(the )?latest( news| stories| articles| posts| headlines| videos)?|(recent|new|newest) (articles|posts|stories|news)|` +
			`popular|popular (this week|this month|today|now|right now)|popular (stories|articles|posts|news)|trending( now| today| this week| stories| articles| news)?|` +
			`top (stories|news|headlines|articles)|editor['’]?s['’]? (picks|choice)|don['’]t miss|in case you missed it|what to read next|up next|` +
			`neueste (artikel|beiträge|nachrichten|meldungen)|(aktuelle|neue) (artikel|beiträge)|beliebt( diese woche| heute| jetzt)?|(beliebte|die beliebtesten) (artikel|beiträge|nachrichten)|` +
			`meistgeklickt|im trend|top-?(artikel|themen|nachrichten)|mehr (artikel|nachrichten|videos)|weitere (nachrichten|beiträge|meldungen|videos)|empfehlungen der redaktion|nicht verpassen|` +
			`derniers (articles|billets|posts)|dernières (nouvelles|actualités|actus|infos|vidéos)|articles récents|(les )?(articles )?(les )?plus populaires|populaires?|populaires (cette semaine|en ce moment|aujourd'hui)|` +
			`tendances( du moment)?|à la une|(le|les) choix de la rédaction|la sélection de la rédaction|à ne pas manquer|plus d'articles|plus d'actualités|plus de vidéos|` +
			`(artículos|entradas|publicaciones) recientes|últimos artículos|últimas (noticias|entradas)|(lo )?más (popular|visto|vistos|compartido)|populares( esta semana| hoy)?|tendencias|lo último|no te lo pierdas|más (noticias|artículos|videos|vídeos)|` +
			`(artigos|posts|publicações) recentes|últimos artigos|últimas notícias|(os )?mais (populares|vistos|lidos)|em alta|escolhas do editor|não perca|mais (notícias|artigos|vídeos)|` +
			`articoli recenti|ultimi articoli|ultime notizie|(i )?più (popolari|visti|letti|condivisi)|popolari( questa settimana| oggi)?|di tendenza|scelti per te|da non perdere|altre notizie|altri (articoli|video)|` +
			`(recente|laatste|nieuwste) artikelen|laatste nieuws|populair( deze week| vandaag| nu)?|populaire artikelen|meest populair|tips van de redactie|niet te missen|meer (nieuws|artikelen|video's)|` +
			`последние (новости|статьи|публикации|записи)|свежие (новости|статьи|публикации)|популярное( за неделю| сегодня| за сутки)?|популярные (статьи|новости|публикации)|` +
			`самое (популярное|читаемое|интересное)|в тренде|выбор редакции|не пропустите|(ещё|еще|другие) новости|главные новости|` +
			// Chinese, Japanese and Korean headings over other stories:
			// "related articles", "recommended", "popular", "new articles",
			// "you may also like".
			`关联阅读|相关阅读|相关新闻|相关文章|相关推荐|热门推荐|推荐阅读|热门文章|热门新闻|最新文章|猜你喜欢|延伸阅读|` +
			`相关链接|相关内容|相关报道|推荐|为你推荐|为您推荐|热门|热点新闻|更多新闻|` +
			`関連記事|関連ニュース|関連キーワード|おすすめ記事|オススメ記事|人気記事|新着記事|注目記事|こちらもおすすめ|あわせて読みたい|合わせて読みたい|アクセスランキング|` +
			`関連リンク|関連|関連情報|関連エントリ|関連エントリー|おすすめ|オススメ|おすすめ情報|おすすめ特集|人気|人気ランキング|ランキング|こちらも読まれています|` +
			`阅读下一篇|下一篇|上一篇|相关阅读推荐|` +
			`powiązane( artykuły| treści| wiadomości)?|podobne (wpisy|artykuły|posty)|polecane( artykuły)?|najczęściej czytane|najnowsze( artykuły| wiadomości)?|` +
			// "Similar articles", "you will like too", and the lone "read on"
			// of a teaser.
			`ähnliche (artikel|beiträge|themen)|vous aimerez (aussi|également)|(articles|contenus) similaires|nos articles les plus lus|` +
			`(artículos|noticias) (relacionad[oa]s|similares)|te recomendamos|artigos relacionados|articoli correlati|gerelateerde artikelen|похожие (статьи|новости)|` +
			`weiterlesen|lire la suite|seguir leyendo|continue a ler|continua a leggere|lees verder|читать далее|czytaj dalej|` +
			`관련 기사|관련기사|많이 본 뉴스|인기 기사|추천 기사`,
		// A label that opens a line or heading pointing to other stories.
		Part: rx.Compile(`^\[?(read more|read also|also read|see also|see more ?:|more ?:$|more (on|about) this( story| topic)?|more from( the)? \p{L}+|more stories|you (may|might) also like|` +
			`lesen sie (auch|mehr)|(lest|lies) auch|siehe auch|auch interessant|mehr zum thema|das könnte sie (auch )?interessieren|weitere artikel|meistgelesen|` +
			`à lire (aussi|également)|lire (aussi|également)|voir aussi|sur le même (sujet|thème)|les plus lus|les (articles|contenus) les plus lus|` +
			`(lee|lea) también|ver también|leer más|(también )?te (puede|podría) interesar|noticias relacionadas|lo más leído|` +
			`leia também|veja também|leia mais|mais lidas|(você )?também pode (gostar|se interessar)|` +
			`leggi anche|vedi anche|(ti )?potrebbe (anche )?interessar(ti|e)|i più letti|` +
			`lees ook|zie ook|meer over dit onderwerp|meest gelezen|читайте также|смотрите также|czytaj (także|też|również|więcej)|(zobacz|przeczytaj) (także|też|również)|` +
			// "Read also" in the Nordic languages, Czech, Turkish, Indonesian,
			// Greek, Arabic and Thai.
			`les også|läs (också|även)|læs også|lue myös|(přečtěte si|čtěte) (také|též)|bunlar da ilginizi çekebilir|ilginizi çekebilir|baca juga|διαβάστε (επίσης|ακόμα)|` +
			`[اإ]قرأ أيض[اً]+|อ่านเพิ่มเติม|(เรื่อง|ข่าว)ที่เกี่ยวข้อง)(\P{L}|$)|` +
			// Labels that also open sentences ("Related to the mayor by
			// marriage, …", "Most popular among voters was …") must stand
			// alone, end in a colon, or go on with a label word.
			`^\[?(related|recommended|по теме)(( (stories|articles|content|coverage|links|topics|tags|posts|news|reading|videos|for you))+(\P{L}|$)|( \p{L}+)? ?[^\p{L}\s]|$)|` +
			// "More great Courier stories" alone, not "More than 20 stories".
			`^more( [\p{L}'’&.-]+){0,3} (stories|articles|news|videos|posts)\P{L}*$|` +
			`^most (read|popular|viewed|shared|commented|emailed)( (stories|articles|news|videos|posts|today|now|this week|right now|view all|most \p{L}+|in( the)? \p{L}+( \p{L}+)?))?( ?[^\p{L}\s]|$)`),
	},
	{
		Kind: "cookie notice",
		Part: rx.Compile(clause +
			// "We use cookies" and "accept cookies" open an article's
			// sentence too ("For the crust we use cookies", "Never accept
			// cookies from strangers"): they count at the start of a clause,
			// and in English only before what the cookies are for.
			`((we|we and our partners) use cookies( and (similar|other)| to | on | \(|[.!;:]|$)|(accept|allow|reject|decline)( all| optional| necessary)? cookies|` +
			`wir (verwenden|nutzen|setzen) (\S+ )?cookies|(alle )?cookies (akzeptieren|zulassen|ablehnen)|` +
			`nous utilisons des cookies|(accepter|acceptez|refuser|autoriser)( tous)? (les )?cookies|` +
			`(utilizamos|usamos) cookies|(aceptar|acepto|rechazar)( todas)?( las)? cookies|(aceitar|recusar)( todos)?( os)? cookies|` +
			`utilizziamo (i )?cookie|(accetta|accettare|rifiuta)( tutti)?( i)? cookie|` +
			`(wij|we) gebruiken cookies|(alle )?cookies (accepteren|toestaan|weigeren)|мы используем (файлы )?cookie|(принять|разрешить)( все)?( файлы)? cookie)|` +
			// The site speaking of itself, consent to its use of cookies,
			// and the settings and policy links.
			`(this|our) (web)?site uses cookies?|(our|the) use of cookies|cookie (settings|preferences|policy|notice|consent)|` +
			`diese (website|webseite|seite) (verwendet|nutzt|setzt) cookies|cookie-?(einstellungen|richtlinie|hinweis)|(stimmen sie|stimmst du)( \S+){0,4} (verwendung|nutzung|einsatz) von cookies|` +
			`ce site (web )?utilise des cookies|(paramètres|gestion|politique|préférences) (des|de|relative aux) cookies|(acceptez|accepter|consentez à) l'utilisation (de|des) cookies|` +
			`este sitio (web )?(utiliza|usa) cookies|(configuración|política|preferencias|ajustes|gestión) de (las )?cookies|(aceptas|acepta|aceptando|consientes)( \S+){0,2} (el )?uso de (las )?cookies|` +
			`este site (usa|utiliza) cookies|(configurações|política|preferências|gestão) de cookies|(aceita|concorda com|concordar com)( \S+){0,2} (o )?uso de cookies|` +
			`questo sito (web )?(utilizza|usa) (i )?cookie|(impostazioni|preferenze|informativa|gestione)( dei| sui)? cookie|(acconsenti|accetti)( \S+){0,2} (all'uso|all'utilizzo) dei cookie|` +
			`deze (website|site) gebruikt cookies|cookie-?(instellingen|beleid|voorkeuren|verklaring)|akkoord met het gebruik van cookies|` +
			`этот сайт использует (файлы )?cookie|(настройки|политика)( использования)?( файлов)? cookie|(соглашаетесь|согласны)( \S+){0,2} с использованием (файлов )?cookie|` +
			// The consent placeholder of an embedded post or video: "Empfohlener
			// redaktioneller Inhalt", "An dieser Stelle finden Sie externen
			// Inhalt…", "YouTube-Inhalte erlauben", "Load external content".
			`^empfohlener (redaktioneller )?inhalt$|^an dieser stelle (finden sie|findest du) (einen )?externen inhalt|^(externe[n]? )?inhalte? (anzeigen|laden|erlauben|aktivieren)$|` +
			`^[\p{L}.]+-inhalte? (anzeigen|laden|erlauben|aktivieren)$|^ich bin damit einverstanden,? dass mir (externe )?inhalte|^personenbezogene daten können an drittplattformen übermittelt werden|` +
			`^(load|show|allow) (external|embedded|third-party) content$|^(allow|accept) [\p{L}.]+ content$`),
	},
	{
		Kind: "advertisement label",
		Whole: rx.Compile(`^(advertisement|advertising|advert|ad|sponsored( content| post| stories)?|paid (content|post|partnership)|partner content|` +
			`anzeige|werbung|gesponsert|bezahlter inhalt|publicité|contenu (sponsorisé|partenaire)|publicidad|anuncio|contenido patrocinado|` +
			`publicidade|conteúdo (patrocinado|pago)|pubblicità|contenuto sponsorizzato|advertentie|gesponsord|` +
			`реклама|на правах рекламы|партн[её]рский материал)$`),
		// The note that the text goes on past an advert.
		Part: rx.Compile(`^\P{L}*((the )?(story|article|text|content|post) continues|continue reading) (below|after|under)( the| this)? (advertisement|advert|ad)(\P{L}|$)|` +
			`^\P{L}*advertisement\P{L}+(scroll (down )?to continue|continue reading|story continues)|` +
			`^\P{L}*(weiterlesen nach der (anzeige|werbung)|lesen sie nach der (anzeige|werbung) weiter)|^\P{L}*(der )?(artikel|text) (wird|geht) (nach|unter) der (anzeige|werbung) (weiter|fortgesetzt)|` +
			`^\P{L}*(la suite|l'article continue|suite de l'article) (après|sous) (la |cette )?(publicité|pub|annonce)|` +
			`^\P{L}*((el artículo|la noticia|el texto) )?(continúa|sigue)( leyendo)? (después|debajo|tras) (de )?(la |el |del )?(publicidad|anuncio)|` +
			`^\P{L}*((a matéria|o texto|o artigo|a reportagem|a notícia) )?(continua|segue) (depois|após|abaixo) (da|do|de|a|o) (publicidade|anúncio)|` +
			`^\P{L}*(l'articolo )?(continua|prosegue)( a leggere)? (dopo|sotto) (la |l')?(pubblicità|annuncio)|` +
			`^\P{L}*(het artikel gaat verder|lees verder) (na|onder) de advertentie|` +
			`^\P{L}*(продолжение|статья продолжается) (после|под) рекламы`),
	},
	{
		Kind: "share bar",
		// The verb alone, with "this article", or with where to share
		// ("Share via email", "Partager sur Facebook"); German puts it last.
		Whole: rx.Compile(`^((share|partager|compartir|compartilh(ar|e)|condividi|delen|поделиться|udostępnij)` +
			`( (this|the|cet|cette|este|esta|questo|questa|la)( (article|story|page|post|link|quote|citation|artículo|noticia|notícia|artigo|articolo|cita|frase|citação|citazione))?|` +
			` (article|story|page|post|link|quote|artículo|noticia|notícia|artigo|articolo)| l'(article|articolo)|` +
			` (on|via|to|sur|par|en|por|no|na|su|con|op|в|przez) [\p{L}-]+)?|` +
			`deel( dit (artikel|bericht)| (via|op) [\p{L}-]+)|(((diesen|den) )?(artikel|beitrag|link|zitat|seite) |(auf|per|via|bei) [\p{L}-]+ )?teilen|teilen (auf|per|via|bei|mit)( [\p{L}-]+)?|` +
			// The label over the networks' icons: "Share on:", "Partager sur :".
			`(share|partager|compartir|compartilhar|condividi|delen|поделиться|udostępnij) (on|via|sur|par|en|por|no|na|su|op|в|przez)|` +
			// Copying the link, and the tweet button.
			`copy (the )?(link|url)|(link|url) kopieren|copier (le )?lien|copiar (el |o )?(enlace|link)|copia (il )?link|kopieer (de )?link|(s)?kopiuj link|скопировать ссылку|` +
			`tweet( this)?|tweeter|twittern|tuitear|twitta|` +
			// Japanese and Chinese share buttons.
			`シェア|シェアする|ツイート|ツイートする|分享|分享到|一键分享)$`),
		// The plea to share: "Like this story? Share it with a friend!"
		Part: rx.Compile(`^¿?(like|liked|enjoy|enjoyed|did you (like|enjoy)) this (story|article|post|piece) ?\?|^(gefällt (ihnen|dir)|hat (ihnen|dir)) (dieser|der) (artikel|beitrag)( gefallen)? ?\?|` +
			`^(vous avez aimé|tu as aimé|vous aimez) (cet|cette) (article|histoire) ?\?|^¿?(te|le) (gustó|ha gustado|gusta) (esta|este) (nota|noticia|artículo|historia) ?\?|` +
			`^(gostou|curtiu) (desta|deste|dessa|desse) (matéria|notícia|artigo|texto|post) ?\?|^ti è piaciut[oa] (questo|questa) (articolo|storia|notizia) ?\?|` +
			`^vond je (dit|deze) (artikel|verhaal|bericht) (leuk|interessant) ?\?|^понравил(ась|ся|ось) (эта |этот |это )?(статья|материал|публикация) ?\?|` +
			// The plea alone: "Share this article with your friends".
			`^(share (it|this( story| article)?) with (a friend|your friends|friends)|teilen sie (ihn|es|den artikel|diesen artikel) mit (ihren )?freunden|` +
			`partagez-le avec vos amis|(compártelo|compártela) con tus amigos|compartilhe com (seus )?amigos|condividilo con (i tuoi )?amici|deel (het|dit artikel) met (je )?vrienden|` +
			`поделитесь (ей |им )?с друзьями)\P{L}*$`),
		NotProse: true,
	},
	{
		Kind: KindInterfaceLabel,
		// The lone strings of galleries, players and page chrome: buttons,
		// skip links and placeholders, which no article prints alone.
		Labels: `caption|(show|hide) caption|close|open|expand|collapse|enlarge|full ?screen|(enter|exit) full ?screen|next|previous|prev|back to top|` +
			`(next|previous) (image|photo|picture|slide)|skip to (the )?(main )?(content|navigation)|skip navigation|loading|` +
			`bildunterschrift|schließen|schliessen|öffnen|ausklappen|einklappen|vergrößern|vollbild|weiter|zurück|(nächstes|vorheriges) (bild|foto)|nach oben|` +
			`(direkt )?zum (haupt)?inhalt( springen| wechseln)?|wird geladen|` +
			`légende|fermer|ouvrir|agrandir|développer|plein écran|suivante?|précédente?|(image|photo) (suivante|précédente)|retour en haut|` +
			`(aller|passer) (directement )?au contenu( principal)?|chargement( en cours)?|` +
			`leyenda|pie de foto|cerrar|abrir|ampliar|expandir|pantalla completa|siguiente|anterior|(imagen|foto) (siguiente|anterior)|volver arriba|` +
			`(ir|saltar|pasar) (directamente )?al contenido( principal)?|cargando|` +
			`legenda|fechar|tela cheia|ecrã inteiro|próxim[oa]|voltar ao topo|(ir|pular|saltar) (direto )?para o conteúdo( principal)?|carregando|a carregar|` +
			`didascalia|chiudi|apri|espandi|ingrandisci|schermo intero|successiv[oa]|precedente|avanti|indietro|torna su|` +
			`(vai|salta|passa) (direttamente )?al contenuto( principale)?|caricamento( in corso)?|` +
			`bijschrift|sluiten|openen|uitklappen|vergroten|volledig scherm|volgende|vorige|terug naar boven|` +
			`(ga |spring )?(direct )?naar (de )?(hoofd)?inhoud( springen| gaan)?|bezig met laden|wordt geladen|` +
			`подпись|закрыть|открыть|развернуть|свернуть|увеличить|во весь экран|полноэкранный режим|далее|вперёд|вперед|назад|` +
			`следующ(ая|ий|ее)( фото| слайд)?|предыдущ(ая|ий|ее)( фото| слайд)?|наверх|перейти к (основному )?(содержанию|содержимому|контенту)|загрузка|` +
			// German expand and collapse buttons of boxes ("Box aufklappen"),
			// and the same chrome in Chinese, Japanese and Korean: print,
			// close, expand, collapse, next and previous page.
			`box (aufklappen|zuklappen)|(auf|zu)klappen|` +
			`打印|关闭|展开|收起|展开全文|上一页|下一页|返回顶部|打印本页|打印此页|打印文章|查看全文|阅读全文|点击展开|收起全文|展开更多|更多|` +
			`印刷|印刷する|閉じる|開く|もっと見る|次のページ|前のページ|ページの先頭へ|印刷用ページ|印刷用画面|続きを読む|もっと読む|全文を表示|全文表示|折りたたむ|` +
			// A documentation page's link to the source of the page.
			`edit this page|edit (this page )?on (github|gitlab)|improve this page|(diese )?seite bearbeiten|(modifier|éditer) cette page|editar esta página|` +
			`modifica questa pagina|(deze )?pagina bewerken|edytuj (tę )?stronę|редактировать (эту )?страницу|このページを編集|编辑此页|编辑本页|` +
			// "Report an error" links.
			`report an? (error|typo|mistake)|(einen )?fehler melden|signaler une erreur|reportar un error|reportar erro|segnala un errore|meld een fout|сообщить об ошибке|zgłoś błąd|` +
			// Print buttons.
			`print|print (this )?(article|page|story)|drucken|(artikel|seite|beitrag) drucken|imprimer|imprimer (l'article|cet article|la page)|imprimir|` +
			`stampa|stampa (l'articolo|articolo)|afdrukken|печать|распечатать|drukuj|` +
			`인쇄|닫기|펼치기|접기|이전|다음|맨 위로`,
		// A gallery's bare counter, "2 / 7", the block's whole text, spaced
		// as counters are (a fraction, "1/6", is written tight).
		Whole: rx.Compile(`^\(?\d{1,3} / \d{1,3}\)?$`),
		Part: rx.Compile(`^\P{L}*(` +
			// A gallery's counter: "Image 1 of 9", "Photo 3 of / 12",
			// "Bild 1 von 9", "Фото 2 из 5", "1 of 6", "1 - 5 of 36". (A
			// box score's "3 of 7" sits in a table cell, which
			// removeWordingWidgets leaves alone.)
			`(image|photo|picture|slide|bild|foto|imagen|imagem|immagine|afbeelding|фото|изображение|слайд) \d+ ?(of|/|von|sur|de|di|van|из)( /)? ?\d+|` +
			`\d+ (of|von|sur|de|di|van|из)( /)? \d+|` +
			`\d+ ?[-–] ?\d+ of \d+|` +
			// "This slideshow requires JavaScript", as Jetpack words it.
			`(this|diese|für diese|ce|este|esta|questo|deze|для)? ?(slideshow|diashow|diaporama|carrusel|presentación de diapositivas|apresentação de slides|слайд-шоу)` +
			`( \p{L}+){0,2} (requires|benötigt|erfordert|nécessite|requiere|necesita|requer|necessita|richiede|vereist|требует|требуется) javascript|` +
			`für diese diashow wird javascript benötigt` +
			`)\P{L}*$`),
	},
	{
		Kind: "reading time",
		// A views word alone, beside its count in a block of its own.
		Labels:   `views|aufrufe|vues|visualizaciones|visualizações|letture|visualizzazioni|weergaven|просмотр(ов|ы)`,
		NotProse: true,
		Part: rx.Compile(
			// The reading time: a label, then minutes ("Reading time: 3
			// minutes", "Lesezeit: 4 Minuten"), …
			`^((estimated |approximate |average )?(reading time|read time|time to read)|(geschätzte )?(lesezeit|lesedauer)|` +
				`(temps|durée) de lecture( estimé)?|tiempo (de|estimado de) lectura|tempo (de|estimado de) leitura|tempo (di|stimato di) lettura|leestijd|время (чтения|на чтение|прочтения))` +
				` ?:? ?(about |approx\.? |ca\.? |environ |unos |cerca de |circa |ongeveer |около |< ?|~ ?)?\d+([-–]\d+)? ?` + minutes + `(\P{L}|$)|` +
				// … or minutes, then the reading ("5 min read", "3 minutos de
				// lectura"), at the start of a block or after a separator
				// ("Nov 19, 2019 · 5 min read").
				`(^|[·|•—–-] )(< ?|~ ?)?\d+([-–]\d+)? ?` + minutes + ` (read|reading|lesezeit|lesedauer|de lecture|de lectura|de leitura|di lettura|leestijd|чтения|на чтение|на прочтение)( ?[·|•—–-]|$)|` +
				// A count of views alone: "1,204 views", "2.289 letture", "Views: 312".
				`^[^\p{L}\d]*(\d[\d., ]*(k|m|тыс\.?)? ?` + viewsNoun + `|` + viewsNoun + ` ?: ?\d[\d., ]*(k|m|тыс\.?)?)\P{L}*$|` +
				// A count of likes alone, under a post: "2 Mi piace", "14 likes".
				`^[^\p{L}\d]*\d[\d., ]*(k|m)? ?(likes?|gefällt mir|j'aime|j’aime|me gusta|curtidas?|mi piace|vind ik leuk|нравится|polubie(ń|nia))\P{L}*$`),
	},
	{
		Kind: "follow prompt",
		// A lone call to follow or subscribe, or to say what one thinks.
		Labels: `follow|follow us|stay connected|connect with us|folgen sie uns|folge uns|suivez-nous|retrouvez-nous|síguenos|siga-nos|seguici|volg ons|` +
			`подписывайтесь на нас|следите за нами|` +
			`subscribe|subscribe (now|today|here|for free)|(jetzt )?abonnieren|abonnieren sie|s'abonner|abonnez-vous|je m'abonne|suscríbete|suscribirse|suscríbase|` +
			`assine|assine (já|agora)|assinar|inscreva-se|iscriviti|abbonati|abonneren|abonneer( nu)?|word abonnee|подписаться|подпишитесь|` +
			`tell us what you think|sagen sie uns ihre meinung|sag uns deine meinung|dites-nous ce que vous en pensez|(dinos|cuéntanos) (qué|lo que) (piensas|opinas)|` +
			`(diga-nos|conte-nos) o que (você )?(acha|pensa)|(dicci|diteci) cosa ne (pensi|pensate)|laat ons weten wat (je|u) vindt|vertel ons wat (je|u) denkt|` +
			`расскажите,? что вы думаете`,
		Part: rx.Compile(
			// "Follow us on Twitter", "Follow Newsbeat on Instagram, …", at
			// the start of a clause: "Millions follow the band on
			// Instagram" is an article's.
			clause + `(follow (us|me|[^\s,.]+( [^\s,.]+){0,2})|(like|find|join|connect with) us|(folgen sie|folge|folgt) (uns|[^\s,.]+( [^\s,.]+){0,2})|` +
				`(suivez|suis|retrouvez)(-nous|-moi| [^\s,.]+( [^\s,.]+){0,2})|(síguenos|sígueme|síganos|(sigue|siga) a [^\s,.]+( [^\s,.]+){0,2})|` +
				`(siga-nos|sigam-nos|siga-me|segue-nos|siga (o|a) [^\s,.]+( [^\s,.]+){0,2}|acompanhe(-nos)?( (o|a) [^\s,.]+( [^\s,.]+){0,2})?)|` +
				`(seguici|seguiteci|seguimi|segui [^\s,.]+( [^\s,.]+){0,2})( anche)?|volg (ons|mij|[^\s,.]+( [^\s,.]+){0,2})( ook)?|` +
				`(подписывайтесь|подпишитесь)( на (нас|наш [^\s,.]+))?|следите за (нами|новостями)|читайте нас)` +
				` (on|auf|bei|in den|sur|en|no|na|nos|nas|em|pelo|pela|su|op|via|в|на) ` + socialNet + `(\P{L}|$)|` +
				// A newsroom's channel on a messenger: "Join our WhatsApp
				// channel", "Folgen Sie unserem WhatsApp-Kanal", "Únete a
				// nuestro canal de Telegram", at the start of a clause.
				clause + `((join|follow|subscribe to) our (whatsapp|telegram|youtube|signal) channel|((folgen sie|folge|folgt) unserem|(abonnieren sie|abonniere) unseren) (whatsapp|telegram|youtube)-?kanal|` +
				`(rejoignez|rejoins|suivez|abonnez-vous à) notre chaîne (whatsapp|telegram|youtube)|(únete a|unete a|síguenos en|suscríbete a) nuestro canal de (whatsapp|telegram|youtube)|` +
				`(unisciti|iscriviti|segui) (al )?nostro canale (whatsapp|telegram|youtube)|(junte-se|junta-te|siga|subscreva|inscreva-se) (ao|o|no) nosso canal (de|do|no) (whatsapp|telegram|youtube)|` +
				`(volg|word lid van|abonneer je op) ons (whatsapp|telegram|youtube)-?kanaal|dołącz do (naszego )?kanału (na )?(whatsappie|whatsapp|telegramie|telegram|youtube))(\P{L}|$)|` +
				// "Tell us what you think of this story": a few words more
				// than the label, no more.
				`^(tell us what you think|laat ons weten wat (je|u) (ervan )?vindt)( \S+){0,4}\P{L}*$|` +
				// A blog's feed link, as blog engines word it in each language:
				// "Subscribe to: Posts (Atom)".
				`^(subscribe to|abonnieren|s'abonner à|suscribirse a|assinar|iscriviti a|abonneren op|подписаться на) ?: ?\S+ \(atom\)$|` +
				// "Subscribe to our channel:".
				`^(подписывайтесь|подпишитесь) на (наш|нашу|наши) (канал|страницу|группу)\P{L}*$|^(follow|join|subscribe to) our (channel|page)\P{L}*$`),
	},
	{
		Kind: "filed under",
		// A label over the post's tags or categories, alone, or with its
		// colon at the start of the block: "Filed under: Politics", "Tags:
		// budget, schools", "Mots-clés : …".
		Labels: `tags|tagged|filed under|posted in|categories|schlagw(ö|o)rter|schlagworte|stichw(ö|o)rter|stichworte|mots-clés|mots clés|étiquettes|` +
			`etiquetas|marcadores|trefwoorden|теги|метки`,
		Part: rx.Compile(`^(filed under|posted in|tags|tagged( with| as| in)?|categories|schlagwörter|schlagworte|stichwörter|stichworte|kategorien|` +
			`mots-clés|mots clés|étiquettes|catégories|classé dans|publié dans|etiquetas|categorías|archivado en|publicado en|` +
			`marcadores|categorias|arquivado em|publicado em|categorie|archiviato in|pubblicato in|` +
			`trefwoorden|geplaatst in|теги|метки|рубрик[аи]) ?: ?\S`),
	},
}

// viewsNoun is the views a view count counts.
const viewsNoun = `(views|reads|aufrufe|vues|visualizaciones|vistas|lecturas|visualizações|leituras|letture|visualizzazioni|weergaven|keer bekeken|keer gelezen|просмотр(ов|а|ы)?)`

// minutes is the unit of a reading time.
const minutes = `(min|mins|minutes?|minuten?|minuti|minuto|minutos|minuut|минут[аы]?|мин)\.?`

// socialNet is where a follow prompt sends the reader.
const socialNet = `(twitter|x|facebook|instagram|youtube|tiktok|linkedin|threads|bluesky|mastodon|telegram|whatsapp|pinterest|snapchat|flipboard|google news|` +
	`vk|vkontakte|вконтакте|телеграм\p{L}*|дзен\p{L}*|social media|social|(den )?sozialen (medien|netzwerken)|soziale medien|(les )?réseaux sociaux|` +
	`(las |nuestras )?redes sociales|(as |nossas )?redes sociais|(i )?social network|sociale media|соц(иальных )?сетях)`

// NotProse holds the kinds whose rules are NotProse.
var NotProse = func() map[string]bool {
	kinds := map[string]bool{}
	for _, r := range WordingRules {
		if r.NotProse {
			kinds[r.Kind] = true
		}
	}
	return kinds
}()

// labelRule returns the first rule whose Labels spell out text, from the
// sorted table in wording_tables.go: a map would be built by every process
// at start-up, for its 600-odd labels.
func labelRule(text string) (int, bool) {
	labels := GeneratedWordingTables.Labels
	i, ok := slices.BinarySearchFunc(labels, text, func(l wordingLabel, text string) int {
		return strings.Compare(l.Label, text)
	})
	if !ok {
		return 0, false
	}
	return labels[i].Rule, true
}

// A wordingLabel is one spelled-out label and the first rule it belongs to.
type wordingLabel struct {
	Label string
	Rule  int
}

// spellLabels spells out the rules' Labels, sorted.
func spellLabels(rules []wordingRule) []wordingLabel {
	first := map[string]int{}
	for i, r := range rules {
		if r.Labels == "" {
			continue
		}
		re, err := syntax.Parse(r.Labels, syntax.Perl)
		if err != nil {
			panic("wording: " + r.Kind + " labels: " + err.Error())
		}
		for _, label := range spellOut(re) {
			if _, ok := first[label]; !ok {
				first[label] = i
			}
		}
	}
	labels := make([]wordingLabel, 0, len(first))
	for label, rule := range first {
		labels = append(labels, wordingLabel{label, rule})
	}
	slices.SortFunc(labels, func(a, b wordingLabel) int { return strings.Compare(a.Label, b.Label) })
	return labels
}

// spellOut lists the texts a pattern without repetition matches.
func spellOut(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}
	case syntax.OpLiteral:
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 8 {
				break
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		if len(out) > 0 {
			return out
		}
	case syntax.OpCapture:
		return spellOut(re.Sub[0])
	case syntax.OpQuest:
		return append([]string{""}, spellOut(re.Sub[0])...)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			out = append(out, spellOut(sub)...)
		}
		return out
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			var next []string
			for _, tail := range spellOut(sub) {
				for _, head := range out {
					next = append(next, head+tail)
				}
			}
			out = next
		}
		return out
	}
	panic("wording: label pattern " + re.String() + " is not a finite list of texts")
}

// KindRelatedLinks is the kind of the labels over other stories, which
// widgets and link lists look for.
const KindRelatedLinks = "related links"

// KindInterfaceLabel is the kind of the lone strings of page chrome, which
// a table's cells may hold as data ("Open", "Close", "Next").
const KindInterfaceLabel = "interface label"

// notifNoun is the notifications that a notification prompt offers.
const notifNoun = `(notifications?|push[- ]alerts?|benachrichtigungen|push-mitteilungen|mitteilungen|notificaciones|notificações|notifiche|meldingen|pushberichten|уведомлени\p{L}*)`

// labelTrim is what a lone label may carry around it: "Comments:",
// "— Advertisement —", "Loading…".
const labelTrim = " .!?:…·|-–—•*«»■□◆◇●○▶▼【】：、。"

// MatchWording returns the kind of boilerplate a block's text is, or "".
func MatchWording(text string) string {
	words := dom.WordCount(text)
	if words == 0 || words > MaxBlockWords {
		return ""
	}
	text = strings.ToLower(dom.NormalizeSpace(text))
	best := len(WordingRules) // the first rule the text matches, by its number
	if words <= maxWholeWords {
		trimmed := strings.Trim(text, labelTrim)
		if i, ok := labelRule(trimmed); ok {
			best = i
		}
		best = wholePieces().firstRule(trimmed, best)
	}
	best = partPieces().firstRule(text, best)
	if best < len(WordingRules) {
		return WordingRules[best].Kind
	}
	return ""
}

// wordingTables are what the wording rules' patterns imply, worked out
// ahead of time: parsing every pattern to find them would cost every
// process at start-up. wording_tables.go holds them, generated by
// `go test ./internal/lexicon -run TestWordingTables -update-generated`, and
// TestWordingTables fails when a rule changes without them.
type wordingTables struct {
	Labels      []wordingLabel // spellLabels
	Part, Whole []WordingPiece // the rules' patterns in pieces, in rule order
	// DateWords and FillerWords spell out dateWordPattern and
	// fillerWordPattern (see spelledWords).
	DateWords, FillerWords []string
}

// A WordingPiece is a piece of a rule's pattern (see rx.SplitPattern) and the
// literals its matches hold (see rx.RequiredLiterals).
type WordingPiece struct {
	Rule     int
	Pattern  string
	Literals []string
	// MaxLetters is the most letters a text that matches can hold, or -1
	// (see rx.MaxLettersMatched).
	MaxLetters int
	// AlsoLiterals, when set, is a second set of literals every match holds
	// one of (see rx.SecondLiterals).
	AlsoLiterals []string
}

// maxPiecesPerPattern bounds the pieces one pattern is cut into.
const maxPiecesPerPattern = 128

// computeWordingTables works the tables out from the rules.
func computeWordingTables(rules []wordingRule) wordingTables {
	t := wordingTables{Labels: spellLabels(rules),
		DateWords: spelledWords(dateWordPattern), FillerWords: spelledWords(fillerWordPattern)}
	for i, r := range rules {
		if r.Part != nil {
			t.Part = append(t.Part, piecesOf(i, r.Part.String())...)
		}
		if r.Whole != nil {
			t.Whole = append(t.Whole, piecesOf(i, r.Whole.String())...)
		}
	}
	return t
}

func piecesOf(rule int, pattern string) []WordingPiece {
	var pieces []WordingPiece
	for _, p := range rx.SplitPattern(pattern, maxPiecesPerPattern) {
		lits := rx.RequiredLiterals(p)
		pieces = append(pieces, WordingPiece{Rule: rule, Pattern: p, Literals: lits, MaxLetters: rx.MaxLettersMatched(p),
			AlsoLiterals: rx.SecondLiterals(p, lits)})
	}
	return pieces
}

// A pieceMatcher tells which rule a text matches by running only the
// pieces of the rules' patterns whose literals the text holds, each
// compiled the first time it runs.
type pieceMatcher struct {
	pieces   []WordingPiece
	patterns []rx.Regexp
	literals *rx.LiteralIndex
}

func newPieceMatcher(pieces []WordingPiece) *pieceMatcher {
	sources := make([]string, len(pieces))
	sets := make([][]string, len(pieces))
	for i, p := range pieces {
		sources[i] = p.Pattern
		sets[i] = p.Literals
	}
	return &pieceMatcher{pieces: pieces, patterns: rx.Slice(sources), literals: rx.NewLiteralIndex(sets)}
}

// firstRule returns the first rule, below limit, one of whose pieces
// matches text; limit when none does.
func (m *pieceMatcher) firstRule(text string, limit int) int {
	candidates := m.literals.Patterns(text)
	letters := -1 // counted when a piece first needs it
	for w, word := range candidates {
		for word != 0 {
			i := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			if i >= len(m.pieces) || m.pieces[i].Rule >= limit {
				return limit
			}
			if bound := m.pieces[i].MaxLetters; bound >= 0 {
				if letters < 0 {
					letters = rx.CountLetters(text)
				}
				if letters > bound {
					continue // too long to match: not even compiled
				}
			}
			if also := m.pieces[i].AlsoLiterals; also != nil && !ContainsAnyOf(text, also) {
				continue
			}
			if m.patterns[i].MatchString(text) {
				return m.pieces[i].Rule
			}
		}
	}
	return limit
}

// ContainsAnyOf reports whether text holds one of literals.
func ContainsAnyOf(text string, literals []string) bool {
	for _, l := range literals {
		if strings.Contains(text, l) {
			return true
		}
	}
	return false
}

// partPieces and wholePieces match the rules' Part and Whole patterns.
var (
	partPieces  = sync.OnceValue(func() *pieceMatcher { return newPieceMatcher(GeneratedWordingTables.Part) })
	wholePieces = sync.OnceValue(func() *pieceMatcher { return newPieceMatcher(GeneratedWordingTables.Whole) })
)

package lexicon

import (
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/pith-cli/pith/internal/dom"
	"github.com/pith-cli/pith/internal/rx"
)

// Kinds of wording rules, as MatchWording reports them.
const (
	kindNotification = "notification prompt"
	kindComments     = "comment banner"
	kindRegistration = "registration or login prompt"
	kindNewsletter   = "newsletter box"
	kindRelated      = "related links"
	kindCookies      = "cookie notice"
	kindAd           = "advertisement label"
	kindShare        = "share bar"
	kindInterface    = "interface label"
	kindReadingTime  = "reading time"
	kindFollow       = "follow prompt"
	kindFiledUnder   = "filed under"
	kindSubscription = "subscription prompt"
	kindAppPromo     = "app promo"
)

// wordingCase is one line of text, its language and the kind MatchWording
// must give it ("" for article text that must not match).
type wordingCase struct {
	lang, text, want string
}

// wordingPositives are boilerplate lines, mostly reworded from the phrases
// the patterns spell out, that each rule must recognise.
var wordingPositives = []wordingCase{
	// Jetpack's "Related posts" heading in Polish, and a reworded one.
	{"pl", "Podobne wpisy", kindRelated},
	{"pl", "Podobne artykuły", kindRelated},
	// A newsroom's messenger channel, worded unlike the tuning pages.
	{"en", "Follow our Telegram channel for the day's headlines", kindFollow},
	{"de", "Abonnieren Sie unseren Telegram-Kanal", kindFollow},
	{"fr", "Suivez notre chaîne WhatsApp : l'essentiel de l'info", kindFollow},
	{"es", "Síguenos en nuestro canal de WhatsApp", kindFollow},
	{"it", "Iscriviti al nostro canale Telegram, è gratis", kindFollow},
	{"pt", "Siga o nosso canal no WhatsApp", kindFollow},
	{"nl", "Word lid van ons WhatsApp-kanaal", kindFollow},
	{"pl", "Dołącz do kanału na Telegramie", kindFollow},
	// Metered paywall counters, worded unlike the tuning pages' boxes.
	{"en", "You've read 2 out of 4 free stories this week", kindSubscription},
	{"en", "You have 1 free article left this month. Subscribe for unlimited access.", kindSubscription},
	{"de", "Sie haben 4 von 10 freien Beiträgen in diesem Monat gelesen", kindSubscription},
	{"fr", "Vous avez consulté 2 de vos 3 articles offerts ce mois-ci", kindSubscription},
	{"es", "Ha leído 1 de sus 5 noticias gratis de este mes", kindSubscription},
	{"it", "Hai letto 2 degli 8 articoli gratuiti disponibili questo mese", kindSubscription},
	{"pt", "Você leu 3 de 5 matérias gratuitas este mês", kindSubscription},
	{"nl", "Je hebt 2 van 3 gratis artikelen gelezen", kindSubscription},
	{"pl", "Przeczytałaś 1 z 3 darmowych artykułów", kindSubscription},
	// Notification prompts.
	{"en", "Stay up to date with notifications from The Courier", kindNotification},
	{"en", "Turn on notifications to get breaking news", kindNotification},
	{"en", "Notifications can be managed in your browser settings", kindNotification},
	{"en", "Stay informed: turn on notifications", kindNotification},
	{"en", "Notifications: Yes please / Not now", kindNotification},
	{"de", "Aktivieren Sie Benachrichtigungen, um nichts zu verpassen", kindNotification},
	{"de", "Bleiben Sie mit Benachrichtigungen auf dem Laufenden", kindNotification},
	{"de", "Verpassen Sie nichts mehr: Benachrichtigungen aktivieren", kindNotification},
	{"de", "Mitteilungen erlauben", kindNotification},
	{"fr", "Restez informé grâce aux notifications", kindNotification},
	{"fr", "Les notifications peuvent être gérées dans les paramètres de votre navigateur", kindNotification},
	{"es", "Activa las notificaciones para estar al día", kindNotification},
	{"es", "Mantente al día con nuestras notificaciones", kindNotification},
	{"es", "Notificaciones: mantente al día con las últimas noticias", kindNotification},
	{"pt", "Ative as notificações e fique por dentro", kindNotification},
	{"pt", "Fique por dentro com as notificações", kindNotification},
	{"it", "Resta aggiornato con le notifiche", kindNotification},
	{"it", "Notifiche: resta aggiornato", kindNotification},
	{"nl", "Blijf op de hoogte met meldingen", kindNotification},
	{"nl", "Meldingen toestaan", kindNotification},
	{"ru", "Будьте в курсе: включите уведомления", kindNotification},
	// The call to act before the notifications, or a question offering them.
	{"en", "Allow notifications from The Courier?", kindNotification},
	{"en", "Get notifications for breaking news", kindNotification},
	{"en", "Never miss a story: enable notifications", kindNotification},
	{"en", "Get push alerts for breaking news", kindNotification},
	{"en", "Would you like to receive notifications?", kindNotification},
	{"en", "Manage notification settings", kindNotification},
	{"de", "Möchten Sie Benachrichtigungen erhalten?", kindNotification},
	{"fr", "Activez les notifications pour rester informé", kindNotification},
	{"fr", "Activer les notifications", kindNotification},
	{"fr", "Recevez nos notifications", kindNotification},
	{"fr", "Voulez-vous recevoir les notifications ?", kindNotification},
	{"es", "Activar notificaciones", kindNotification},
	{"es", "¿Quieres recibir notificaciones?", kindNotification},
	{"pt", "Ativar notificações", kindNotification},
	{"pt", "Quer receber notificações?", kindNotification},
	{"it", "Attiva le notifiche per restare aggiornato", kindNotification},
	{"it", "Vuoi ricevere le notifiche?", kindNotification},
	{"nl", "Zet meldingen aan om op de hoogte te blijven", kindNotification},
	{"nl", "Wil je meldingen ontvangen?", kindNotification},
	{"ru", "Включите уведомления, чтобы быть в курсе", kindNotification},
	{"ru", "Разрешить уведомления", kindNotification},
	{"ru", "Хотите получать уведомления?", kindNotification},

	// Comment banners.
	{"en", "Comments", kindComments},
	{"en", "12 Comments", kindComments},
	{"en", "Comments (12)", kindComments},
	{"en", "Join the conversation", kindComments},
	{"en", "Leave a comment", kindComments},
	{"en", "Show comments", kindComments},
	{"en", "View all 48 comments", kindComments},
	{"en", "Reader comments", kindComments},
	{"en", "Read readers' comments", kindComments},
	{"en", "Be the first to comment", kindComments},
	{"en", "Post your comment", kindComments},
	{"en", "We want to hear from you. Join the discussion below.", kindComments},
	{"en", "What do you think? Leave a comment below", kindComments},
	{"de", "Kommentare (3)", kindComments},
	{"de", "Diskutieren Sie mit!", kindComments},
	{"de", "Kommentar schreiben", kindComments},
	{"de", "Kommentare anzeigen", kindComments},
	{"de", "Zur Diskussion", kindComments},
	{"fr", "Commentaires", kindComments},
	{"fr", "Rejoignez la discussion", kindComments},
	{"fr", "Rejoignez la conversation", kindComments},
	{"fr", "Rejoignez notre communauté", kindComments},
	{"fr", "Laisser un commentaire", kindComments},
	{"fr", "Voir les commentaires", kindComments},
	{"fr", "Réagissez à cet article", kindComments},
	{"es", "Comentarios", kindComments},
	{"es", "Únete a la conversación", kindComments},
	{"es", "Únete a la discusión", kindComments},
	{"es", "Deja un comentario", kindComments},
	{"es", "Escribe tu comentario", kindComments},
	{"es", "Ver los comentarios", kindComments},
	{"pt", "Comentários", kindComments},
	{"pt", "Participe da conversa", kindComments},
	{"pt", "Deixe seu comentário", kindComments},
	{"it", "Commenti", kindComments},
	{"it", "Lascia un commento", kindComments},
	{"it", "Partecipa alla discussione", kindComments},
	{"it", "Leggi i commenti", kindComments},
	{"nl", "Reacties (5)", kindComments},
	{"nl", "Plaats een reactie", kindComments},
	{"nl", "Bekijk alle reacties", kindComments},
	{"nl", "Doe mee aan de discussie", kindComments},
	{"ru", "Комментарии", kindComments},
	{"ru", "Оставить комментарий", kindComments},
	{"ru", "Присоединяйтесь к обсуждению", kindComments},
	{"ru", "Обсуждение", kindComments},
	{"en", "Have your say", kindComments},
	{"en", "Share your thoughts in the comments", kindComments},
	{"en", "Join our community discussion", kindComments},
	{"en", "Want to join the discussion? Feel free to contribute!", kindComments},
	{"de", "Jetzt kommentieren", kindComments},
	{"de", "Kommentieren Sie diesen Artikel", kindComments},
	{"fr", "Laissez un commentaire", kindComments},
	{"fr", "Ajoutez un commentaire", kindComments},
	{"fr", "Commentez cet article", kindComments},
	{"es", "Comenta esta noticia", kindComments},
	{"pt", "Comente esta notícia", kindComments},
	{"it", "Commenta questo articolo", kindComments},
	{"nl", "Reageer op dit artikel", kindComments},
	{"ru", "Прокомментируйте статью", kindComments},
	// The notice that comments are closed, as blogs word it.
	{"en", "Comments are closed.", kindComments},
	{"de", "Die Kommentarfunktion ist geschlossen.", kindComments},
	{"fr", "Les commentaires sont fermés.", kindComments},
	{"es", "Los comentarios están cerrados.", kindComments},
	{"pt", "Comentários encerrados.", kindComments},
	{"it", "I commenti sono chiusi.", kindComments},
	{"nl", "Reacties zijn gesloten.", kindComments},
	{"ru", "Комментарии закрыты.", kindComments},

	// Registration and login prompts.
	{"en", "Thank you for registering", kindRegistration},
	{"en", "Please refresh the page to be logged in", kindRegistration},
	{"en", "Thanks for signing up!", kindRegistration},
	{"en", "Thank you for signing up. Please refresh your browser to continue.", kindRegistration},
	{"en", "You're now signed in", kindRegistration},
	{"en", "Already have an account? Sign in", kindRegistration},
	{"en", "Create a free account to keep reading", kindRegistration},
	{"en", "Log in to comment", kindRegistration},
	{"en", "Sign in with Google", kindRegistration},
	{"en", "Register now for free", kindRegistration},
	{"de", "Vielen Dank für Ihre Anmeldung", kindRegistration},
	{"de", "Bitte laden Sie die Seite neu", kindRegistration},
	{"de", "Sie sind jetzt angemeldet", kindRegistration},
	{"de", "Bereits registriert? Hier anmelden", kindRegistration},
	{"de", "Jetzt kostenlos registrieren", kindRegistration},
	{"de", "Konto erstellen", kindRegistration},
	{"fr", "Merci pour votre inscription", kindRegistration},
	{"fr", "Merci de votre inscription", kindRegistration},
	{"fr", "Actualisez la page pour être connecté", kindRegistration},
	{"fr", "Vous êtes maintenant connecté", kindRegistration},
	{"fr", "Déjà abonné ? Connectez-vous", kindRegistration},
	{"fr", "Créer un compte gratuit", kindRegistration},
	{"es", "Gracias por registrarte", kindRegistration},
	{"es", "Gracias por suscribirte", kindRegistration},
	{"es", "Gracias por tu registro", kindRegistration},
	{"es", "Recarga la página para iniciar sesión", kindRegistration},
	{"es", "¿Ya tienes una cuenta? Inicia sesión", kindRegistration},
	{"es", "Crear una cuenta", kindRegistration},
	{"pt", "Obrigado por se cadastrar", kindRegistration},
	{"pt", "Recarregue a página", kindRegistration},
	{"pt", "Já tem uma conta? Entre", kindRegistration},
	{"pt", "Criar uma conta", kindRegistration},
	{"it", "Grazie per la registrazione", kindRegistration},
	{"it", "Ricarica la pagina", kindRegistration},
	{"it", "Hai già un account? Accedi", kindRegistration},
	{"it", "Crea un account", kindRegistration},
	{"nl", "Bedankt voor je registratie", kindRegistration},
	{"nl", "Ververs de pagina", kindRegistration},
	{"nl", "Heb je al een account?", kindRegistration},
	{"nl", "Account aanmaken", kindRegistration},
	{"ru", "Спасибо за регистрацию", kindRegistration},
	{"ru", "Обновите страницу", kindRegistration},
	{"ru", "Уже есть аккаунт? Войдите", kindRegistration},
	{"ru", "Создать аккаунт", kindRegistration},
	{"de", "Danke für Ihre Registrierung", kindRegistration},
	{"de", "Danke, dass Sie sich registriert haben", kindRegistration},
	{"de", "Melden Sie sich an, um weiterzulesen", kindRegistration},
	{"fr", "Créez votre compte", kindRegistration},
	{"fr", "Merci de vous être inscrit", kindRegistration},
	{"es", "Crea tu cuenta gratis", kindRegistration},
	{"pt", "Crie sua conta", kindRegistration},
	// Signing in to go on reading.
	{"de", "Loggen Sie sich ein, um weiterzulesen", kindRegistration},
	{"fr", "Connectez-vous pour continuer", kindRegistration},
	{"es", "Inicia sesión para seguir leyendo", kindRegistration},
	{"it", "Accedi per continuare a leggere", kindRegistration},
	{"nl", "Log in om verder te lezen", kindRegistration},
	{"ru", "Войдите, чтобы продолжить", kindRegistration},
	// The note under a closed comment form, as blogs word it.
	{"en", "You must be logged in to post a comment.", kindRegistration},
	{"en", "You must log in to post a comment.", kindRegistration},
	{"de", "Du musst angemeldet sein, um einen Kommentar abzugeben.", kindRegistration},
	{"fr", "Vous devez être connecté pour publier un commentaire.", kindRegistration},
	{"es", "Debes estar conectado para publicar un comentario.", kindRegistration},
	{"pt", "Você precisa fazer o login para publicar um comentário.", kindRegistration},
	{"it", "Devi essere connesso per inviare un commento.", kindRegistration},
	{"nl", "Je moet ingelogd zijn om een reactie te plaatsen.", kindRegistration},
	{"ru", "Для отправки комментария вам необходимо авторизоваться.", kindRegistration},

	// Newsletter boxes.
	{"en", "Sign up for our newsletter", kindNewsletter},
	{"en", "Subscribe to our daily newsletter", kindNewsletter},
	{"en", "Get the Morning Brief newsletter", kindNewsletter},
	{"en", "Get our free newsletter", kindNewsletter},
	{"en", "Sign up to the Courier's weekly email", kindNewsletter},
	{"en", "Sign up for The Daily Briefing newsletter", kindNewsletter},
	{"en", "The best stories, delivered to your inbox", kindNewsletter},
	{"en", "Want more stories like this? Sign up for our weekly newsletter.", kindNewsletter},
	{"de", "Newsletter abonnieren", kindNewsletter},
	{"de", "Jetzt zum Newsletter anmelden", kindNewsletter},
	{"de", "Melden Sie sich für unseren Newsletter an", kindNewsletter},
	{"de", "Die wichtigsten Nachrichten direkt in Ihr Postfach", kindNewsletter},
	{"fr", "Inscrivez-vous à notre newsletter", kindNewsletter},
	{"fr", "Abonnez-vous à nos newsletters", kindNewsletter},
	{"fr", "Abonnez-vous à notre lettre d'information", kindNewsletter},
	{"fr", "Recevez l'essentiel de l'actualité dans votre boîte mail", kindNewsletter},
	{"es", "Suscríbete a nuestro boletín", kindNewsletter},
	{"es", "Suscríbete a nuestra newsletter semanal", kindNewsletter},
	{"es", "Regístrate en nuestra newsletter", kindNewsletter},
	{"es", "Recibe las noticias en tu correo", kindNewsletter},
	{"es", "Recibe lo más importante en tu bandeja de entrada", kindNewsletter},
	{"pt", "Assine nossa newsletter", kindNewsletter},
	{"pt", "Inscreva-se na nossa newsletter", kindNewsletter},
	{"pt", "Receba as notícias na sua caixa de entrada", kindNewsletter},
	{"it", "Iscriviti alla nostra newsletter", kindNewsletter},
	{"it", "Ricevi le notizie nella tua casella di posta", kindNewsletter},
	{"nl", "Schrijf je in voor onze nieuwsbrief", kindNewsletter},
	{"nl", "Meld je aan voor de nieuwsbrief", kindNewsletter},
	{"nl", "Het laatste nieuws in je inbox", kindNewsletter},
	{"ru", "Подпишитесь на нашу рассылку", kindNewsletter},
	{"ru", "Получайте новости на вашу почту", kindNewsletter},
	{"en", "Sign up for Morning Edition, our newsletter", kindNewsletter},
	{"en", "Subscribe to The Courier newsletters", kindNewsletter},
	{"en", "Get the latest updates right in your inbox.", kindNewsletter},
	{"en", "Top headlines in your inbox every morning", kindNewsletter},
	{"de", "Abonnieren Sie unseren Newsletter", kindNewsletter},

	// Related-links labels.
	{"en", "Read more", kindRelated},
	{"en", "Read more: City budget passes", kindRelated},
	{"en", "Read also: City budget passes", kindRelated},
	{"en", "Related", kindRelated},
	{"en", "Related stories", kindRelated},
	{"en", "Related articles", kindRelated},
	{"en", "More on this story", kindRelated},
	{"en", "More from The Courier", kindRelated},
	{"en", "You may also like", kindRelated},
	{"en", "You might also like", kindRelated},
	{"en", "Recommended for you", kindRelated},
	{"en", "Most read", kindRelated},
	{"en", "Most popular", kindRelated},
	{"en", "See also", kindRelated},
	{"de", "Lesen Sie auch", kindRelated},
	{"de", "Lesen Sie mehr", kindRelated},
	{"de", "Mehr zum Thema Klima", kindRelated},
	{"de", "Das könnte Sie auch interessieren", kindRelated},
	{"de", "Auch interessant:", kindRelated},
	{"de", "Weitere Artikel zum Thema", kindRelated},
	{"de", "Meistgelesen", kindRelated},
	{"fr", "À lire aussi", kindRelated},
	{"fr", "Lire aussi", kindRelated},
	{"fr", "Voir aussi", kindRelated},
	{"de", "Siehe auch: Neue Radwege im Süden", kindRelated},
	{"de", "Siehe auch", kindRelated},
	{"es", "Ver también: Abre un nuevo skatepark", kindRelated},
	{"it", "Vedi anche: Torna la festa del paese", kindRelated},
	{"nl", "Zie ook", kindRelated},
	{"nl", "Zie ook: Dorpsfeest keert terug", kindRelated},
	{"fr", "Sur le même sujet", kindRelated},
	{"fr", "Les plus lus", kindRelated},
	{"es", "Lee también", kindRelated},
	{"es", "Leer más", kindRelated},
	{"es", "Te puede interesar:", kindRelated},
	{"es", "Noticias relacionadas", kindRelated},
	{"es", "Lo más leído", kindRelated},
	{"pt", "Leia também", kindRelated},
	{"pt", "Veja também", kindRelated},
	{"pt", "Leia mais", kindRelated},
	{"pt", "Mais lidas", kindRelated},
	{"it", "Leggi anche", kindRelated},
	{"it", "Potrebbe interessarti", kindRelated},
	{"it", "I più letti", kindRelated},
	{"nl", "Lees ook", kindRelated},
	{"nl", "Meer over dit onderwerp", kindRelated},
	{"nl", "Meest gelezen", kindRelated},
	{"ru", "Читайте также", kindRelated},
	{"ru", "Смотрите также", kindRelated},
	{"ru", "По теме", kindRelated},
	{"ru", "По теме: бюджет города принят", kindRelated},
	{"en", "Related: City budget passes", kindRelated},
	{"en", "Most read in Science", kindRelated},
	{"en", "Most Read Most Shared", kindRelated},
	{"de", "Das könnte Sie interessieren", kindRelated},
	{"fr", "À lire également", kindRelated},
	{"fr", "Sur le même thème", kindRelated},
	{"fr", "Les articles les plus lus", kindRelated},
	{"es", "También te puede interesar", kindRelated},
	{"es", "Lea también", kindRelated},
	{"pt", "Você também pode gostar", kindRelated},
	{"it", "Ti potrebbe interessare", kindRelated},
	{"no", "Les også: Fergen til øya får nye avganger", kindRelated},
	{"sv", "Läs också: Skolan i byn stänger i juni", kindRelated},
	{"sv", "LÄS ÄVEN", kindRelated},
	{"da", "Læs også: Ny bro over havnen åbner", kindRelated},
	{"fi", "Lue myös: Kunta sulkee uimahallin", kindRelated},
	{"cs", "Přečtěte si také: Most přes řeku se opraví", kindRelated},
	{"cs", "Čtěte také", kindRelated},
	{"tr", "Bunlar da ilginizi çekebilir", kindRelated},
	{"id", "Baca juga: Harga beras naik lagi", kindRelated},
	{"el", "Διαβάστε επίσης: Νέα γέφυρα στο λιμάνι", kindRelated},
	{"ar", "اقرأ أيضاً: افتتاح جسر جديد في الميناء", kindRelated},
	{"th", "เรื่องที่เกี่ยวข้อง", kindRelated},
	{"th", "อ่านเพิ่มเติม: เปิดสะพานใหม่", kindRelated},
	// Headings alone over other stories.
	{"en", "Recent Articles", kindRelated},
	{"en", "RECENT POSTS", kindRelated},
	{"en", "Popular this week", kindRelated},
	{"en", "Popular now", kindRelated},
	{"en", "More Great WIRED Stories", kindRelated},
	{"en", "More Courier videos", kindRelated},
	{"en", "Latest news", kindRelated},
	{"en", "Trending now", kindRelated},
	{"en", "Top stories", kindRelated},
	{"en", "Editor's picks", kindRelated},
	{"en", "Editors’ Picks", kindRelated},
	{"en", "Don't miss", kindRelated},
	{"en", "More:", kindRelated},
	{"en", "SEE MORE: Hong Kong protests: students under siege", kindRelated},
	{"en", "SEE MORE : Hong Kong protests: students under siege", kindRelated},
	{"en", "[Related: Salesforce keynote draws protesters]", kindRelated},
	{"de", "Neueste Artikel", kindRelated},
	{"de", "Beliebt diese Woche", kindRelated},
	{"de", "Die beliebtesten Artikel", kindRelated},
	{"de", "Mehr Nachrichten", kindRelated},
	{"de", "Empfehlungen der Redaktion", kindRelated},
	{"fr", "Derniers articles", kindRelated},
	{"fr", "Les plus populaires", kindRelated},
	{"fr", "Dernières actualités", kindRelated},
	{"fr", "Le choix de la rédaction", kindRelated},
	{"fr", "À ne pas manquer", kindRelated},
	{"es", "Artículos recientes", kindRelated},
	{"es", "Lo más popular", kindRelated},
	{"es", "Últimas noticias", kindRelated},
	{"es", "No te lo pierdas", kindRelated},
	{"pt", "Artigos recentes", kindRelated},
	{"pt", "Últimas notícias", kindRelated},
	{"pt", "Os mais vistos", kindRelated},
	{"pt", "Não perca", kindRelated},
	{"it", "Articoli recenti", kindRelated},
	{"it", "Ultime notizie", kindRelated},
	{"it", "I più popolari", kindRelated},
	{"it", "Da non perdere", kindRelated},
	{"nl", "Recente artikelen", kindRelated},
	{"nl", "Laatste nieuws", kindRelated},
	{"nl", "Populair deze week", kindRelated},
	{"nl", "Meer nieuws", kindRelated},
	{"ru", "Последние новости", kindRelated},
	{"ru", "Популярное", kindRelated},
	{"ru", "Самое читаемое", kindRelated},
	{"ru", "Выбор редакции", kindRelated},

	// Cookie notices.
	{"en", "We use cookies to improve your experience", kindCookies},
	{"en", "This website uses cookies to give you the best experience.", kindCookies},
	{"en", "This site uses cookies", kindCookies},
	{"en", "We and our partners use cookies", kindCookies},
	{"en", "By continuing you agree to our use of cookies", kindCookies},
	{"en", "Accept all cookies", kindCookies},
	{"en", "Manage cookie preferences", kindCookies},
	{"en", "Cookie policy", kindCookies},
	{"de", "Wir verwenden Cookies", kindCookies},
	{"de", "Diese Website nutzt Cookies", kindCookies},
	{"de", "Diese Seite verwendet Cookies, um Ihnen den bestmöglichen Service zu bieten.", kindCookies},
	{"de", "Alle Cookies akzeptieren", kindCookies},
	{"fr", "Nous utilisons des cookies pour améliorer votre expérience", kindCookies},
	{"fr", "Ce site utilise des cookies", kindCookies},
	{"fr", "Accepter les cookies", kindCookies},
	{"es", "Utilizamos cookies propias y de terceros", kindCookies},
	{"es", "Usamos cookies para mejorar tu experiencia", kindCookies},
	{"es", "Este sitio web utiliza cookies", kindCookies},
	{"es", "Aceptar cookies", kindCookies},
	{"pt", "Este site usa cookies", kindCookies},
	{"pt", "Utilizamos cookies para melhorar sua experiência", kindCookies},
	{"pt", "Aceitar cookies", kindCookies},
	{"it", "Utilizziamo i cookie", kindCookies},
	{"it", "Questo sito utilizza cookie tecnici e di profilazione", kindCookies},
	{"it", "Accetta i cookie", kindCookies},
	{"nl", "Wij gebruiken cookies", kindCookies},
	{"nl", "We gebruiken cookies om de site te verbeteren", kindCookies},
	{"nl", "Deze website gebruikt cookies", kindCookies},
	{"nl", "Cookies accepteren", kindCookies},
	{"ru", "Мы используем файлы cookie", kindCookies},
	{"ru", "Мы используем cookie для улучшения работы сайта", kindCookies},
	{"ru", "Этот сайт использует cookie", kindCookies},
	{"de", "Wir setzen Cookies ein", kindCookies},
	{"de", "Cookie-Einstellungen", kindCookies},
	{"fr", "Paramètres des cookies", kindCookies},
	{"fr", "En poursuivant votre navigation, vous acceptez l'utilisation de cookies", kindCookies},
	{"es", "Configuración de cookies", kindCookies},
	{"es", "Aceptar todas las cookies", kindCookies},
	// Consent by browsing on.
	{"en", "By continuing you consent to our use of cookies.", kindCookies},
	{"de", "Mit der Nutzung unserer Website stimmen Sie der Verwendung von Cookies zu.", kindCookies},
	{"es", "Al navegar aceptas el uso de cookies.", kindCookies},
	{"pt", "Continuando a navegar, você concorda com o uso de cookies.", kindCookies},
	{"it", "Se prosegui nella navigazione acconsenti all'uso dei cookie.", kindCookies},
	{"nl", "Door verder te gaan ga je akkoord met het gebruik van cookies.", kindCookies},
	{"ru", "Продолжая, вы соглашаетесь с использованием файлов cookie.", kindCookies},

	// Advertisement labels.
	{"en", "Advertisement", kindAd},
	{"en", "ADVERTISEMENT", kindAd},
	{"en", "Advertisement.", kindAd},
	{"en", "Advertising", kindAd},
	{"en", "Ad", kindAd},
	{"en", "Sponsored", kindAd},
	{"en", "Sponsored content", kindAd},
	{"de", "Anzeige", kindAd},
	{"de", "Anzeige:", kindAd},
	{"de", "Werbung", kindAd},
	{"fr", "Publicité", kindAd},
	{"es", "Publicidad", kindAd},
	{"es", "Anuncio", kindAd},
	{"pt", "Publicidade", kindAd},
	{"it", "Pubblicità", kindAd},
	{"nl", "Advertentie", kindAd},
	{"ru", "Реклама", kindAd},
	{"en", "- Advertisement -", kindAd},
	{"fr", "— Publicité —", kindAd},
	{"en", "Paid content", kindAd},
	{"es", "Contenido patrocinado", kindAd},
	{"ru", "На правах рекламы", kindAd},
	// The note that the article goes on past an advert.
	{"en", "Story continues below advertisement", kindAd},
	{"en", "Article continues after advertisement", kindAd},
	{"en", "Advertisement - scroll to continue", kindAd},
	{"de", "Weiterlesen nach der Anzeige", kindAd},
	{"fr", "La suite après la publicité", kindAd},
	{"es", "Continúa leyendo después del anuncio", kindAd},
	{"pt", "Continua depois da publicidade", kindAd},
	{"it", "L'articolo continua dopo la pubblicità", kindAd},
	{"nl", "Het artikel gaat verder onder de advertentie", kindAd},
	{"ru", "Продолжение после рекламы", kindAd},
	{"ru", "Статья продолжается после рекламы", kindAd},
	{"de", "Lesen Sie nach der Anzeige weiter", kindAd},

	// Share bars.
	{"en", "Share", kindShare},
	{"en", "Share this:", kindShare},
	{"en", "Share this article", kindShare},
	{"en", "Share this story", kindShare},
	{"en", "Share this page", kindShare},
	{"en", "Share on Facebook", kindShare},
	{"en", "Share on X", kindShare},
	{"de", "Teilen", kindShare},
	{"de", "Artikel teilen", kindShare},
	{"fr", "Partager", kindShare},
	{"fr", "Partager cet article", kindShare},
	{"es", "Compartir", kindShare},
	{"es", "Compartir este artículo", kindShare},
	{"pt", "Compartilhar", kindShare},
	{"it", "Condividi", kindShare},
	{"nl", "Delen", kindShare},
	{"ru", "Поделиться", kindShare},
	{"en", "Share via email", kindShare},
	{"en", "Share article", kindShare},
	{"en", "Share to Twitter", kindShare},
	{"de", "Diesen Artikel teilen", kindShare},
	{"de", "Auf Facebook teilen", kindShare},
	{"fr", "Partager sur Facebook", kindShare},
	{"fr", "Partager l'article", kindShare},
	{"es", "Compartir en Facebook", kindShare},
	{"pt", "Compartilhe", kindShare},
	{"pt", "Compartilhe no WhatsApp", kindShare},
	{"it", "Condividi su Facebook", kindShare},
	{"nl", "Deel dit artikel", kindShare},
	{"ru", "Поделиться в Telegram", kindShare},
	// The plea to share at an article's end.
	{"en", "Enjoyed this article? Share it with your friends.", kindShare},
	{"en", "Share this article with your friends!", kindShare},
	{"ru", "Поделитесь с друзьями!", kindShare},
	{"de", "Hat Ihnen der Artikel gefallen? Teilen Sie ihn mit Freunden!", kindShare},
	{"fr", "Vous avez aimé cet article ? Partagez-le avec vos amis", kindShare},
	{"it", "Ti è piaciuto questo articolo? Condividilo con i tuoi amici", kindShare},
	{"nl", "Vond je dit artikel leuk? Deel het met je vrienden", kindShare},

	// Interface labels of galleries, players and page chrome.
	{"en", "Caption", kindInterface},
	{"en", "Close", kindInterface},
	{"en", "Open", kindInterface},
	{"en", "Expand", kindInterface},
	{"en", "Enlarge", kindInterface},
	{"en", "Full screen", kindInterface},
	{"en", "Next", kindInterface},
	{"en", "Previous", kindInterface},
	{"en", "Skip to content", kindInterface},
	{"en", "Skip to main content", kindInterface},
	{"en", "Image 1 of 9", kindInterface},
	{"en", "Image 1 of / 9", kindInterface},
	{"en", "Photo 3 of 12", kindInterface},
	{"en", "1 of 6", kindInterface},
	{"en", "1 - 5 of 36", kindInterface},
	{"en", "2 / 7", kindInterface},
	{"en", "(12 / 40)", kindInterface},
	{"en", "This slideshow requires JavaScript.", kindInterface},
	{"en", "Loading…", kindInterface},
	{"en", "Back to top", kindInterface},
	{"de", "Bild 1 von 9", kindInterface},
	{"de", "Schließen", kindInterface},
	{"de", "Zum Inhalt springen", kindInterface},
	{"de", "Vollbild", kindInterface},
	{"de", "Bildunterschrift", kindInterface},
	{"de", "Wird geladen …", kindInterface},
	{"fr", "Fermer", kindInterface},
	{"fr", "Aller au contenu", kindInterface},
	{"fr", "Aller au contenu principal", kindInterface},
	{"fr", "Photo 2 sur 7", kindInterface},
	{"fr", "Ce diaporama nécessite JavaScript.", kindInterface},
	{"fr", "Suivant", kindInterface},
	{"es", "Cerrar", kindInterface},
	{"es", "Ir al contenido", kindInterface},
	{"es", "Foto 4 de 10", kindInterface},
	{"es", "Pantalla completa", kindInterface},
	{"es", "Cargando...", kindInterface},
	{"pt", "Fechar", kindInterface},
	{"pt", "Ir para o conteúdo", kindInterface},
	{"pt", "Imagem 2 de 8", kindInterface},
	{"pt", "Próximo", kindInterface},
	{"it", "Chiudi", kindInterface},
	{"it", "Vai al contenuto", kindInterface},
	{"it", "Foto 1 di 5", kindInterface},
	{"it", "Questo slideshow richiede JavaScript.", kindInterface},
	{"nl", "Sluiten", kindInterface},
	{"nl", "Ga naar de inhoud", kindInterface},
	{"nl", "Naar de inhoud springen", kindInterface},
	{"nl", "Foto 2 van 6", kindInterface},
	{"nl", "Volgende", kindInterface},
	{"ru", "Закрыть", kindInterface},
	{"ru", "Перейти к содержимому", kindInterface},
	{"ru", "Фото 2 из 5", kindInterface},
	{"ru", "Загрузка...", kindInterface},

	// Reading times and view counts.
	{"en", "5 min read", kindReadingTime},
	{"en", "12 minute read", kindReadingTime},
	{"en", "Reading time: 3 minutes", kindReadingTime},
	{"en", "Estimated reading time: 7 min", kindReadingTime},
	{"en", "Nov 19, 2019 · 5 min read", kindReadingTime},
	{"en", "1,204 views", kindReadingTime},
	{"en", "Views: 312", kindReadingTime},
	{"de", "Lesezeit: 4 Minuten", kindReadingTime},
	{"de", "4 Min. Lesezeit", kindReadingTime},
	{"de", "1.024 Aufrufe", kindReadingTime},
	{"fr", "Temps de lecture : 2 min", kindReadingTime},
	{"fr", "3 min de lecture", kindReadingTime},
	{"fr", "845 vues", kindReadingTime},
	{"es", "Tiempo de lectura: 3 minutos", kindReadingTime},
	{"es", "4 minutos de lectura", kindReadingTime},
	{"es", "2.300 visualizaciones", kindReadingTime},
	{"pt", "Tempo de leitura: 1 minuto", kindReadingTime},
	{"pt", "Tempo de leitura: 2 minutos", kindReadingTime},
	{"pt", "5 min de leitura", kindReadingTime},
	{"pt", "1.530 visualizações", kindReadingTime},
	{"it", "Tempo di lettura: 2 minuti", kindReadingTime},
	{"it", "3 minuti di lettura", kindReadingTime},
	{"it", "2.289 letture", kindReadingTime},
	{"it", "3.409 letture", kindReadingTime},
	{"it", "letture", kindReadingTime},
	{"nl", "Leestijd: 3 minuten", kindReadingTime},
	{"nl", "4 min leestijd", kindReadingTime},
	{"nl", "2.345 weergaven", kindReadingTime},
	{"ru", "Время чтения: 5 минут", kindReadingTime},
	{"ru", "3 минуты чтения", kindReadingTime},
	{"ru", "12 345 просмотров", kindReadingTime},
	{"ru", "Просмотров: 1024", kindReadingTime},

	// Follow and subscribe prompts.
	{"en", "Follow us on Twitter", kindFollow},
	{"en", "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", kindFollow},
	{"en", "Like this story? Share it with a friend!", kindShare},
	{"en", "Tell us what YOU think...", kindFollow},
	{"en", "Tell us what you think of this story", kindFollow},
	{"en", "Subscribe", kindFollow},
	{"en", "SUBSCRIBE", kindFollow},
	{"en", "Follow us", kindFollow},
	{"en", "Stay in touch: follow The Courier on Facebook", kindFollow},
	{"en", "Like us on Facebook", kindFollow},
	{"de", "Folgen Sie uns auf Facebook", kindFollow},
	{"de", "Folgen Sie dem Kurier auf Instagram", kindFollow},
	{"de", "Abonnieren", kindFollow},
	{"de", "Gefällt Ihnen dieser Artikel?", kindShare},
	{"de", "Sagen Sie uns Ihre Meinung", kindFollow},
	{"fr", "Suivez-nous sur Twitter", kindFollow},
	{"fr", "Retrouvez-nous sur les réseaux sociaux", kindFollow},
	{"fr", "S'abonner", kindFollow},
	{"fr", "Dites-nous ce que vous en pensez", kindFollow},
	{"es", "Síguenos en Instagram", kindFollow},
	{"es", "Sigue a El Diario en Twitter", kindFollow},
	{"es", "Suscríbete", kindFollow},
	{"es", "¿Te gustó esta nota? Compártela con tus amigos", kindShare},
	{"pt", "Siga-nos no Twitter", kindFollow},
	{"pt", "Acompanhe nas redes sociais", kindFollow},
	{"pt", "Assine", kindFollow},
	{"pt", "Gostou desta matéria? Compartilhe com seus amigos", kindShare},
	{"it", "Seguici su Facebook", kindFollow},
	{"it", "Segui Il Corriere su Instagram", kindFollow},
	{"it", "Iscriviti", kindFollow},
	{"it", "Dicci cosa ne pensi", kindFollow},
	{"nl", "Volg ons op Twitter", kindFollow},
	{"nl", "Volg De Krant ook via Instagram", kindFollow},
	{"nl", "Abonneren", kindFollow},
	{"nl", "Laat ons weten wat je ervan vindt", kindFollow},
	{"ru", "Подписывайтесь на нас в Telegram", kindFollow},
	{"ru", "Подписывайтесь на наш канал в Telegram", kindFollow},
	{"ru", "Подписаться", kindFollow},
	{"ru", "Понравилась статья? Поделитесь с друзьями!", kindShare},

	// Labels over a post's tags and categories.
	{"en", "Filed under: Politics", kindFiledUnder},
	{"en", "Filed under: Khawarij |", kindFiledUnder},
	{"en", "Posted in: News", kindFiledUnder},
	{"en", "Tags: budget, schools, transport", kindFiledUnder},
	{"en", "Tagged: council, elections", kindFiledUnder},
	{"en", "Tags", kindFiledUnder},
	{"de", "Schlagwörter: Klima, Energie", kindFiledUnder},
	{"de", "Stichworte: Haushalt, Schulen", kindFiledUnder},
	{"de", "Kategorien: Politik", kindFiledUnder},
	{"fr", "Mots-clés : budget, écoles", kindFiledUnder},
	{"fr", "Catégories : Politique", kindFiledUnder},
	{"fr", "Classé dans : Société", kindFiledUnder},
	{"es", "Etiquetas: presupuesto, escuelas", kindFiledUnder},
	{"es", "Archivado en: Política", kindFiledUnder},
	{"es", "Categorías: Economía", kindFiledUnder},
	{"pt", "Tags: orçamento, escolas", kindFiledUnder},
	{"pt", "Marcadores: política, economia", kindFiledUnder},
	{"pt", "Arquivado em: Notícias", kindFiledUnder},
	{"it", "Tags: bilancio, scuole", kindFiledUnder},
	{"it", "Archiviato in: Politica", kindFiledUnder},
	{"it", "Categorie: Cronaca", kindFiledUnder},
	{"nl", "Trefwoorden: begroting, scholen", kindFiledUnder},
	{"nl", "Geplaatst in: Nieuws", kindFiledUnder},
	{"ru", "Теги: бюджет, школы", kindFiledUnder},
	{"ru", "Метки: политика", kindFiledUnder},
	{"ru", "Рубрика: Общество", kindFiledUnder},
	// Chinese, Japanese and Korean headings over other stories, with the
	// marks sites put before them.
	{"zh", "相关阅读", kindRelated},
	{"zh", "热门推荐：", kindRelated},
	{"zh", "【延伸阅读】", kindRelated},
	{"ja", "■関連記事", kindRelated},
	{"ja", "あわせて読みたい", kindRelated},
	{"ja", "【おすすめ記事】", kindRelated},
	{"ja", "アクセスランキング", kindRelated},
	{"ko", "관련 기사", kindRelated},
	{"ko", "많이 본 뉴스", kindRelated},
	// Expand, collapse, print and close buttons.
	{"de", "Box aufklappen", kindInterface},
	{"de", "Zuklappen", kindInterface},
	{"zh", "展开全文", kindInterface},
	{"zh", "返回顶部", kindInterface},
	{"ja", "印刷する", kindInterface},
	{"ja", "閉じる", kindInterface},
	{"ko", "맨 위로", kindInterface},
	// Subscription prompts of paywalls, reworded in each language.
	{"en", "Subscribe now to keep reading", kindSubscription},
	{"en", "This story is available only to subscribers.", kindSubscription},
	{"en", "Subscribers-only article", kindSubscription},
	{"de", "Jetzt abonnieren und weiterlesen", kindSubscription},
	{"de", "Dieser Beitrag ist exklusiv für Abonnenten", kindSubscription},
	{"fr", "Abonnez-vous pour lire la suite", kindSubscription},
	{"fr", "Cet article est réservé à nos abonnés.", kindSubscription},
	{"es", "Suscríbete para seguir leyendo", kindSubscription},
	{"es", "Hazte suscriptor y lee sin límites", kindSubscription},
	{"es", "Este contenido es exclusivo para suscriptores. Apoya el periodismo local.", kindSubscription},
	{"pt", "Assine para continuar lendo", kindSubscription},
	{"pt", "Este conteúdo é exclusivo para assinantes", kindSubscription},
	{"it", "Abbonati per continuare a leggere", kindSubscription},
	{"it", "Contenuto riservato agli abbonati", kindSubscription},
	{"nl", "Word abonnee om verder te lezen", kindSubscription},
	{"nl", "Dit artikel is alleen voor abonnees", kindSubscription},
	{"pl", "Ten artykuł jest dostępny tylko dla subskrybentów", kindSubscription},
	{"ru", "Этот материал доступен только для подписчиков", kindSubscription},
	{"ru", "Оформите подписку, чтобы читать дальше", kindSubscription},
	{"ja", "この記事は有料会員限定です", kindSubscription},
	{"ja", "続きを読むには無料の会員登録が必要です", kindSubscription},
	{"ja", "ログインすると全文をお読みいただけます", kindSubscription},
	{"zh", "登录后查看更多精彩内容", kindSubscription},
	{"zh", "本文为付费会员专享内容", kindSubscription},
	// Newsletter boxes: the calls of French, Spanish, Italian, Portuguese,
	// Polish, Japanese and Chinese pages.
	{"fr", "Recevez gratuitement notre newsletter", kindNewsletter},
	{"fr", "Inscrivez-vous gratuitement à notre lettre d'information", kindNewsletter},
	{"es", "Recibe nuestro boletín semanal", kindNewsletter},
	{"es", "Apúntate gratis a nuestra newsletter", kindNewsletter},
	{"pt", "Receba a nossa newsletter", kindNewsletter},
	{"it", "Ricevi la nostra newsletter ogni mattina", kindNewsletter},
	{"pl", "Zapisz się do naszego newslettera", kindNewsletter},
	{"ja", "メルマガ登録はこちら", kindNewsletter},
	{"zh", "订阅我们的电子报", kindNewsletter},
	// Sign-up and sign-in buttons of Chinese, Japanese and Polish pages.
	{"ja", "無料会員登録はこちら", kindRegistration},
	{"ja", "ログイン", kindRegistration},
	{"zh", "立即注册", kindRegistration},
	{"pl", "Zaloguj się", kindRegistration},
	// Share labels: German with the verb first, copying the link, a quote's
	// share button, the tweet button, Polish.
	{"de", "Teilen auf Facebook", kindShare},
	{"de", "Teilen per E-Mail", kindShare},
	{"de", "Link kopieren", kindShare},
	{"de", "Zitat teilen", kindShare},
	{"en", "Share this quote", kindShare},
	{"en", "Copy link", kindShare},
	{"fr", "Partager cette citation", kindShare},
	{"fr", "Copier le lien", kindShare},
	{"es", "Compartir esta frase", kindShare},
	{"es", "Tuitear", kindShare},
	{"pl", "Udostępnij na Facebooku", kindShare},
	{"ru", "Скопировать ссылку", kindShare},
	{"de", "Teilen auf:", kindShare},
	{"en", "Share on:", kindShare},
	{"fr", "Partager sur :", kindShare},
	// Print buttons.
	{"en", "Print this article", kindInterface},
	{"de", "Artikel drucken", kindInterface},
	{"fr", "Imprimer l'article", kindInterface},
	{"it", "Stampa", kindInterface},
	{"ru", "Распечатать", kindInterface},
	{"zh", "打印本页", kindInterface},
	{"ja", "印刷用ページ", kindInterface},
	// Expand and collapse buttons of Chinese and Japanese pages.
	{"zh", "阅读全文", kindInterface},
	{"ja", "続きを読む", kindInterface},
	{"ja", "折りたたむ", kindInterface},
	// "Related" and "recommended" labels in Chinese, Japanese and Polish.
	{"zh", "相关链接", kindRelated},
	{"zh", "为你推荐", kindRelated},
	{"ja", "関連リンク", kindRelated},
	{"ja", "おすすめ", kindRelated},
	{"pl", "Czytaj także: Nowy most otwarty", kindRelated},
	{"pl", "Powiązane artykuły", kindRelated},
	// Reviews: the count and the calls to write one.
	{"ru", "Отзывы (12)", kindComments},
	{"ru", "Оставить отзыв", kindComments},
	{"ru", "Все отзывы", kindComments},
	{"ru", "Отзывов: 7", kindComments},
	{"en", "Write a review", kindComments},
	{"de", "Bewertung schreiben", kindComments},
	{"fr", "Laisser un avis", kindComments},
	{"pl", "Komentarze (3)", kindComments},
	{"pl", "Czytaj więcej", kindRelated},
	{"de", "Lest auch", kindRelated},
	{"de", "Empfohlener redaktioneller Inhalt", kindCookies},
	{"de", "An dieser Stelle findest du einen externen Inhalt von einer Videoplattform, der den Artikel ergänzt.", kindCookies},
	{"de", "Video-Inhalte erlauben", kindCookies},
	{"de", "Externen Inhalt anzeigen", kindCookies},
	{"de", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", kindCookies},
	{"en", "Load external content", kindCookies},
	{"da", "Kommentarer", kindComments},
	{"de", "Jetzt abonnieren und von der Vorlesefunktion profitieren.", kindSubscription},
	{"en", "Get The Morning Brief, our daily newsletter", kindNewsletter},
	{"en", "Subscribe to: Posts (Atom)", kindFollow},
	{"de", "Abonnieren: Posts (Atom)", kindFollow},
	{"es", "Suscribirse a: Entradas (Atom)", kindFollow},
	{"ru", "Подписывайтесь на наш канал:", kindFollow},
	{"ja", "関連エントリー", kindRelated},
	{"ja", "おすすめ特集", kindRelated},
	{"zh", "阅读下一篇：", kindRelated},
	{"ja", "シェアする", kindShare},
	{"zh", "分享到", kindShare},
	{"ja", "会員向け記事が読み放題", kindSubscription},
	{"ja", "みなとプラスに登録すると", kindSubscription},
	{"ja", "ニュースを毎朝メールでまとめ読み（登録無料）", kindNewsletter},
	{"es", "Sé el primero en comentar", kindComments},
	{"fr", "Soyez le premier à réagir !", kindComments},
	{"fr", "Vous aimerez aussi", kindRelated},
	{"de", "Ähnliche Artikel", kindRelated},
	{"fr", "Articles similaires", kindRelated},
	{"es", "Artículos relacionados", kindRelated},
	{"es", "Te recomendamos", kindRelated},
	{"fr", "Lire la suite", kindRelated},
	{"de", "Weiterlesen", kindRelated},
	{"de", "Newsletter: Jetzt anmelden", kindNewsletter},
	{"en", "By signing up you agree to our privacy policy", kindNewsletter},
	{"de", "Mit der Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.", kindNewsletter},
	{"fr", "En vous inscrivant, vous acceptez notre politique de confidentialité.", kindNewsletter},
	{"es", "Al suscribirte aceptas nuestra política de privacidad.", kindNewsletter},
	{"de", "Jetzt weiterlesen mit Plus", kindSubscription},
	{"fr", "Découvrez nos offres", kindSubscription},
	{"en", "Report an error", kindInterface},
	{"fr", "Signaler une erreur", kindInterface},
	{"de", "Fehler melden", kindInterface},
	// The site's own app, in each language, alone or in a pitch.
	{"en", "Download our free app for the latest local news", kindAppPromo},
	{"en", "Breaking news on the go: get our app for iPhone and Android", kindAppPromo},
	{"de", "Laden Sie jetzt unsere App herunter und verpassen Sie keine Eilmeldung.", kindAppPromo},
	{"de", "Hol dir unsere kostenlose App!", kindAppPromo},
	{"fr", "Téléchargez gratuitement notre application pour suivre l'actualité de votre ville", kindAppPromo},
	{"es", "Descarga nuestra app y recibe las noticias de tu provincia", kindAppPromo},
	{"pt", "Baixe o nosso app e receba as notícias da sua cidade", kindAppPromo},
	{"it", "📲 Scarica la nostra app: tutte le notizie della città sul tuo smartphone", kindAppPromo},
	{"nl", "Download onze app en mis geen nieuws meer uit je regio", kindAppPromo},
	{"pl", "Pobierz naszą aplikację i bądź na bieżąco", kindAppPromo},
	{"ru", "Скачайте наше приложение, чтобы читать новости города", kindAppPromo},
	// A post's count of likes.
	{"it", "2 Mi piace", kindReadingTime},
	{"en", "14 likes", kindReadingTime},
	{"de", "3 Gefällt mir", kindReadingTime},
	{"fr", "5 J'aime", kindReadingTime},
	// A recipe card's rating prompt.
	{"en", "Rate this recipe: ★★★★★ (37 votes)", kindComments},
	{"de", "Rezept bewerten", kindComments},
	{"fr", "Notez cette recette", kindComments},
	{"pl", "Oceń przepis: ★★★★★ (37 głosów)", kindComments},
	// A documentation page's source link.
	{"en", "Edit this page", kindInterface},
	{"en", "Edit on GitHub", kindInterface},
	{"de", "Diese Seite bearbeiten", kindInterface},
	{"fr", "Modifier cette page", kindInterface},
	{"es", "Editar esta página", kindInterface},
	{"nl", "Deze pagina bewerken", kindInterface},
}

// wordingNegatives are article sentences that use the rules' words; no rule
// may match them. Each names the rule whose words it uses.
var wordingNegatives = []struct{ tempts, text string }{
	{kindNotification, "Notifications about the recall were sent to owners who registered their cars."},
	{kindNotification, "Push alerts from news apps have become relentless, critics say."},
	{kindNotification, "Notifications are the bane of modern life, the author argues."},
	{kindNotification, "Researchers found that most people who enable notifications in their browser later regret it, " +
		"according to a study published on Tuesday by the university's computing department, which surveyed more than two thousand adults."},
	{kindNotification, "Notifications of the fire were slow to get to residents."},
	{kindNotification, "Apple said notifications would arrive in the browser next year."},
	{kindNotification, "Residents can get notifications of road closures by text message."},
	{kindNotification, "Notifications allow advertisers to reach users at any hour."},
	{kindNotification, "Notification settings were buried deep in the app, critics said."},
	{kindNotification, "Viele Nutzer wollen Benachrichtigungen nur noch für Eilmeldungen erhalten."},

	// Articles about apps, their download and their ratings, and a how-to's step.
	{kindAppPromo, "Download the app of the town hall, then log in with your ID card."},
	{kindAppPromo, "More than half of the residents already use the parking app, which they can download for free."},
	{kindAppPromo, "Wer die App der Stadtwerke herunterladen will, braucht ein Konto."},
	{kindAppPromo, "Scarica l'app del Comune e accedi con lo SPID."},
	{kindAppPromo, "Vrijwilligers helpen met het downloaden van de app en het instellen van een account."},
	{kindAppPromo, "La aplicación de la biblioteca se puede descargar gratis desde el lunes."},
	{kindAppPromo, "Notre application a été téléchargée dix mille fois, se félicite le maire."},
	{kindComments, "Readers could rate the recipes on a scale from one to five, and most gave it four stars."},
	{kindComments, "Oceń sam, czy ten przepis jest wart zachodu: ciasto wymaga dwóch dni."},
	{kindInterface, "Anyone can edit this page, the wiki's founder said, and that is the point."},
	{kindReadingTime, "2 likes are not a campaign, the spokesman said."},
	{kindReadingTime, "Mi piace 2 volte di più."},
	{kindComments, "The city will accept public comments on the plan until March 1."},
	{kindComments, "Comments can also be mailed to City Hall."},
	{kindComments, "The mayor declined to comment."},
	{kindComments, `"No comment," said the spokesman.`},
	{kindComments, "Her commentary on the election drew criticism."},
	{kindComments, "In a long interview the mayor said she wanted residents to join the conversation about the budget, " +
		"and that the council would hold open meetings in every district before the vote next spring, with translators present."},
	{kindComments, "She did not leave a reply to our letter."},
	{kindComments, "Macron urged citizens to join the national debate."},
	{kindComments, "We asked readers to share their thoughts in the comments."},
	{kindComments, "Comments are closed on the proposal, the council said."},
	{kindComments, "El ministro comenta esta noticia con cautela."},
	{kindComments, "Hij wilde niet reageren op dit artikel."},

	{kindRegistration, "Thousands of voters have yet to register for the election."},
	{kindRegistration, "She logged in to her bank account and found it empty."},
	{kindRegistration, "Thank you for registering, the clerk told each of the voters who had queued since dawn outside the town hall, " +
		"before handing them a leaflet about the new polling stations and the changed opening hours."},
	{kindRegistration, "Visitors to the prison must sign in with a guard at the gate."},
	{kindRegistration, "Residents already registered to vote do not need to reapply."},
	{kindRegistration, "Voters who already have an account can vote online."},
	{kindRegistration, "Der Bank zufolge hatten sich bereits registrierte Kunden beschwert."},
	{kindRegistration, "El banco crea una cuenta para cada cliente."},

	{kindNewsletter, "The paper launched its first newsletter in 1998, when readers still used dial-up."},
	{kindNewsletter, "Subscribers to the newsletter rose by a third last year."},
	{kindNewsletter, "He signed up for the army in 1942."},
	{kindNewsletter, "Phishing emails often land in your inbox disguised as bank notices."},
	{kindNewsletter, "Phishing emails often land in your inbox."},
	{kindNewsletter, "Les escrocs envoient des mails qui arrivent dans votre boîte mail."},

	{kindRelated, "Students who read more books score higher."},
	{kindRelated, "The related story ran on page 4."},
	{kindRelated, "Readership grew after the redesign."},
	{kindRelated, "Related to the mayor by marriage, she denied favouritism."},
	{kindRelated, "Most popular among voters was the tax cut."},
	{kindRelated, "Recommended daily intake is 2,000 calories."},
	{kindRelated, "По теме доклада выступил министр."},

	{kindCookies, "We use brown butter in these cookies because it adds depth."},
	{kindCookies, "The bakery sold 400 cookies on Saturday."},
	{kindCookies, "We used cookies from the corner shop for the test."},
	{kindCookies, "The cookie jar was empty."},
	{kindCookies, "When the regulator asked why the site uses cookies at all, the company said it needed them to keep readers logged in, " +
		"and that it had stopped selling the data to advertisers in 2021 after a complaint."},
	{kindCookies, "For the crust we use cookies instead of graham crackers."},
	{kindCookies, "We use cookies instead of graham crackers for the crust."},
	{kindCookies, "Never accept cookies from strangers, the campaign warns."},
	{kindCookies, "Für den Boden verwenden wir Cookies statt Butterkeksen."},

	{kindAd, "Advertising revenue fell 12% last year."},
	{kindAd, "The ad ran during the Super Bowl."},
	{kindAd, "Die Polizei hat Anzeige erstattet."},
	{kindAd, "Publicidad engañosa"},
	{kindAd, "The rally continued after the ad."},
	{kindAd, "Paid content is the industry's fastest-growing business."},

	{kindShare, "Sharing economy grows"},
	{kindShare, "Share prices fell"},
	{kindShare, "Shares in the company rose 5%."},
	{kindShare, "Share of voters rose"},
	{kindShare, "Teilen statt besitzen"},
	{kindShare, "Share via the company's employee scheme rose 4%"},
	{kindShare, "Deel 2"},
	{kindShare, "Deel"},
	{kindShare, "Like this story, the film ends in tears?"},
	{kindShare, "She said friends share it with a friend."},
	{kindShare, "The app lets users save recipes. Share it with a friend and both get a discount, the company said."},

	{kindInterface, "The museum's new caption system was installed in May."},
	{kindInterface, "Next year the council will vote again."},
	{kindInterface, "Close to 300 people attended."},
	{kindInterface, "Close call"},
	{kindInterface, "Open letter to the mayor"},
	{kindInterface, "The next image shows the crater."},
	{kindInterface, "Previous governments tried the same."},
	{kindInterface, "Loading the ship took three days."},
	{kindInterface, "Skip to the end, and the plot falls apart."},
	{kindInterface, "3 of 7 players"},
	{kindInterface, "1/6"},
	{kindInterface, "Schließen Sie die Fenster, rät die Polizei."},
	{kindInterface, "Fermer la centrale coûtera cher."},
	{kindInterface, "Cerrar el aeropuerto no es una opción."},
	{kindInterface, "Закрыть границу не удалось."},
	{kindInterface, "Fechar a fábrica custaria caro."},
	{kindInterface, "Chiudi gli occhi e ascolta, dice il regista."},
	{kindInterface, "Volgende week stemt de raad opnieuw."},
	{kindInterface, "Weiter geht es am Montag."},
	{kindInterface, "Siguiente paso: la votación."},

	{kindReadingTime, "The reading time for the bill in parliament was cut to two days."},
	{kindReadingTime, "Reading time for children fell by 10 minutes a day."},
	{kindReadingTime, "A 5 min read of the report shows the gaps."},
	{kindReadingTime, "Her video drew 1,204 views in an hour."},
	{kindReadingTime, "Views differ"},
	{kindReadingTime, "Two views of the budget"},
	{kindReadingTime, "12 lectures"},
	{kindReadingTime, "Die Lesezeit für Kinder sank um 10 Minuten."},
	{kindReadingTime, "Le temps de lecture moyen a baissé de 5 minutes."},
	{kindReadingTime, "El tiempo de lectura de los niños cayó 10 minutos."},
	{kindReadingTime, "O tempo de leitura diário subiu para 20 minutos."},
	{kindReadingTime, "Il tempo di lettura è sceso a 5 minuti al giorno."},
	{kindReadingTime, "De leestijd van kinderen daalde met 10 minuten."},
	{kindReadingTime, "Время чтения у школьников сократилось на 10 минут."},
	{kindReadingTime, "Il video ha superato le 2.000 visualizzazioni in un'ora."},

	{kindFollow, "Millions follow the band on Instagram, where it posts daily."},
	{kindFollow, "Police closed the road and told residents to follow us on the detour."},
	{kindFollow, "Fans who follow her on Twitter saw the post first."},
	{kindFollow, "Tell us what you think of the plan, the mayor urged residents at the meeting."},
	{kindFollow, "Subscribers to the paper rose by a third."},
	{kindFollow, "Subscribe to the theory and you will find evidence everywhere."},
	{kindShare, "Did you like this story, she asked the children."},
	{kindFollow, "Viele Fans folgen der Band auf Instagram."},
	{kindFollow, "Des milliers de personnes suivent le groupe sur Instagram."},
	{kindFollow, "Millones de personas siguen a la banda en Instagram."},
	{kindFollow, "Abonnieren lohnt sich nicht mehr, sagen Verbraucherschützer."},
	{kindFollow, "Milhões de fãs seguem a banda no Instagram."},
	{kindFollow, "Molti fan seguono la band su Instagram."},
	{kindFollow, "Veel fans volgen de band op Instagram."},
	{kindFollow, "Миллионы подписчиков следят за группой в Instagram."},

	{kindFiledUnder, "Filed under seal, the documents were released on Monday."},
	{kindFiledUnder, "Posted in June, the video has been viewed a million times."},
	{kindFiledUnder, "Tagged as a suspect, he spent a year in jail."},
	{kindFiledUnder, "Tags on the birds showed where they flew."},
	{kindFiledUnder, "Categories of risk were defined by the regulator."},
	{kindFiledUnder, "Die Schlagwörter der Kampagne stammen von einer Agentur."},
	{kindFiledUnder, "Las etiquetas de los productos cambiarán en 2025."},
	{kindFiledUnder, "Теги в соцсетях помогают найти посты."},
	{kindFiledUnder, "Les étiquettes des produits changeront en 2025."},
	{kindFiledUnder, "Os marcadores de texto voltaram à moda."},
	{kindFiledUnder, "Pubblicato in giugno, il video è stato visto un milione di volte."},
	{kindFiledUnder, "Geplaatst in juni, werd de video een miljoen keer bekeken."},

	{kindRelated, "Recent articles in the journal suggest the drug works."},
	{kindRelated, "Latest news from the front was grim, the general said."},
	{kindRelated, "Popular support for the plan has fallen."},
	{kindRelated, "Top stories of the year were chosen by readers in a poll that closed on Friday."},
	{kindRelated, "More than 20 stories"},
	{kindRelated, "Trending topics on the platform were manipulated, the report says."},
	{kindRelated, "Последние новости с фронта были тревожными."},
	{kindRelated, "Популярное у туристов место закрыли."},
	{kindRelated, "Neueste Artikel der Zeitschrift zeigen, dass das Mittel wirkt."},
	{kindRelated, "Les plus populaires des candidats ont refusé le débat."},
	{kindRelated, "Las últimas noticias del frente eran malas, dijo el general."},
	{kindRelated, "Os mais vistos do ano foram filmes de super-heróis, segundo a pesquisa."},
	{kindRelated, "Le ultime notizie dal fronte erano cattive, ha detto il generale."},
	{kindRelated, "Het laatste nieuws van het front was slecht, zei de generaal."},
	// Articles whose sentences use the CJK labels' words: a label is the
	// block's whole text, never part of a sentence.
	{kindRelated, "警方表示，目前尚未发现与此案相关的新闻线索，调查仍在进行中。"},
	{kindRelated, "市の担当者は、関連記事の削除を求める申し入れがあったことを明らかにした。"},
	{kindRelated, "新着記事の通知が届かないという苦情が、利用者から相次いでいる。"},
	{kindRelated, "관련 기사에 따르면 시는 다음 달부터 버스 노선을 조정할 계획이다."},
	{kindInterface, "Die Kinder durften den Deckel der Kiste selbst aufklappen und staunten über den Fund."},
	{kindInterface, "工厂的印刷设备已经全部更新，明年将开始打印新版教材。"},
	{kindInterface, "展览将于下月展开，届时博物馆会延长开放时间。"},
	{kindInterface, "祭りの会場は午後5時に閉じる予定だと、実行委員会は説明した。"},
	// Articles that use the new prompts' words in their own sentences.
	{kindFollow, "The school asked parents to join its WhatsApp channel, and within a week four hundred had signed up."},
	{kindFollow, "Die Polizei hat einen eigenen WhatsApp-Kanal gestartet, dem schon 20.000 Menschen folgen."},
	{kindFollow, "El ayuntamiento abrió un canal de WhatsApp para avisar de los cortes de agua."},
	{kindRelated, "Podobne wpisy pojawiły się na forum po każdej powodzi, mówi wójt."},
	{kindSubscription, "Readers who say you have read 3 of 5 free articles is a nag should see the numbers, the publisher said."},
	{kindSubscription, "Die Zeitung zeigt an, dass Sie haben 3 von 5 kostenlosen Artikeln gelesen, sagen Leser, und viele hören dann auf."},
	{kindSubscription, "Le message « vous avez lu 3 des 5 articles gratuits » agace les lecteurs, reconnaît la direction du journal."},
	{kindSubscription, "El aviso de que has leído 3 de 5 artículos gratuitos aparece ahora antes, explica el diario."},
	{kindSubscription, "The paper now shows readers a box saying subscribe to keep reading after three free articles, and half of them leave."},
	{kindSubscription, "Only members of the club may use the sauna, the manager said."},
	{kindSubscription, "Der Verlag will, dass mehr Leser abonnieren, und setzt auf lokale Nachrichten."},
	{kindSubscription, "La rédaction réserve certains articles aux abonnés depuis 2019, rappelle la directrice."},
	{kindSubscription, "Los lectores que se suscriben pagan seis euros al mes por la edición digital."},
	{kindSubscription, "Muitos leitores preferem ser assinantes de vários jornais pequenos."},
	{kindSubscription, "Il giornale ha perso abbonati dopo l'aumento del prezzo."},
	{kindSubscription, "De krant heeft er dit jaar tienduizend abonnees bij gekregen."},
	{kindSubscription, "Редакция сообщила, что число подписчиков выросло вдвое."},
	{kindSubscription, "教室は会員限定で、予約はアプリから前日までに行う必要がある。"},
	{kindSubscription, "读者只需在手机上完成实名注册，即可免费借阅馆内的图书。"},
	{kindNewsletter, "Les entreprises qui envoient des newsletters devront recueillir un accord explicite."},
	{kindNewsletter, "Nuestro boletín municipal se reparte cada mes en papel."},
	{kindRegistration, "開業前の二週間に会員登録をした人は、初月の会費が無料になる。"},
	{kindShare, "Teilen statt besitzen: In der Siedlung teilen sich 46 Haushalte vier Autos."},
	{kindShare, "Sie wollten den Link zum Video nicht kopieren, sagte die Sprecherin."},
	{kindShare, "Share on the market fell by a tenth."},
	{kindCookies, "Der Inhalt des Vertrags wurde erst nach der Wahl bekannt."},
	{kindCookies, "Ich bin damit einverstanden, sagte der Bürgermeister, dass die Straße gesperrt wird."},
	{kindNewsletter, "Get ready: the council will vote on the newsletter."},
	{kindFollow, "Subscribers to the channel rose by a third in a year."},
	{kindSubscription, "アプリに登録すると、割引券が毎月届く仕組みで、利用者は三万人を超えた。"},
	{kindShare, "市場シェアは前年より三ポイント上がったと、同社は発表した。"},
	{kindShare, "他在会上分享了自己创业的经历，引起了不少年轻人的共鸣。"},
	{kindRelated, "下一篇报道将介绍该市的交通规划。"},
	{kindNewsletter, "Users who sign up agree to the terms, the court found, even when they never read them."},
	{kindRelated, "Weiterlesen konnte sie das Buch erst nach der Operation."},
	{kindInterface, "Die Behörde will den Fehler melden, sobald die Prüfung abgeschlossen ist."},
	{kindComments, "Sie war die erste, die den Fehler bemerkte."},
	{kindInterface, "The print edition will close at the end of the year."},
	{kindInterface, "Die Druckerei kann die Zeitung nicht mehr drucken, weil Papier fehlt."},
	{kindComments, "Водители с лучшими отзывами получат премию в конце квартала."},
	{kindComments, "The restaurant has had mixed reviews since it opened in May."},
	{kindRelated, "関連企業の株価は、発表の直後に大きく下落した。"},
	// Articles whose sentences use the "read also" words in other places
	// or forms; a label opens its line.
	{kindRelated, "Biblioteket ber foreldre om å les også høyt for barna hjemme."},
	{kindRelated, "Läraren vill att eleverna läser också tidningen varje morgon."},
	{kindRelated, "Para siswa diminta untuk baca juga buku sejarah daerah mereka."},
	{kindRelated, "Bu sergi gençlerin de ilgisini çekebilir, dedi müdür."},
	{kindRelated, "قال الوزير إن على الطلاب أن يقرأ أيضا الكتب القديمة."},
	{kindRelated, "เรื่องที่เกี่ยวข้องกับงบประมาณจะถูกพิจารณาในสัปดาห์หน้า"},
	{kindRelated, "Οι γονείς διαβάζουν επίσης τα βιβλία των παιδιών τους."},
	{kindRelated, "专家推荐市民在出行前查看天气预报。"},
}

// knownWordingGaps are reasonable lines the rules get wrong today: reworded
// boilerplate they miss (want is the kind) and article sentences they match
// (want is ""). They are not run; TestMatchWording covers what works. Move a
// case into wordingPositives or wordingNegatives once its pattern is fixed.
var knownWordingGaps = []wordingCase{
	// Cookie settings and policy links match anywhere in a block: they
	// stand in runs of footer links ("Privacy & Cookie Policy", "Terms |
	// Cookie Policy") that anchoring would miss. An article sentence about
	// a cookie policy, in a short block of its own, matches too.
	{"es", "La política de cookies de Google cambió en 2020.", ""},
	// A newsletter's call to act and a report of it share their words;
	// anchoring the call would miss "Enter your email address to subscribe
	// to our daily newsletter" and "Please fill the form to subscribe to
	// our newsletter".
	{"en", "More than 2,000 people sign up for the newsletter each week.", ""},
	// A "Related" label run together with its tags in one block: "Related"
	// must now stand alone or end in a colon, since "Related to the mayor
	// by marriage" opens sentences.
	{"en", "Related City budget Transport Schools", kindRelated},
	// Cookie buttons that do not say "cookie": the keys keep the rule off
	// every block without the word.
	{"fr", "Tout accepter", kindCookies},
	// "Tag:" alone as a label: in German it is "Day:", which opens the
	// lines of a fact box ("Tag: Samstag, 3. Juni").
	{"it", "Tag: bilancio, scuole", kindFiledUnder},
	// A follow prompt after a comma: the clause anchor starts calls only
	// after a colon or a sentence's end.
	{"en", "For the latest updates, follow The Courier on Facebook", kindFollow},
	// An article sentence that opens with the imperative.
	{"en", "Follow the money on Twitter and you find the bots.", ""},
	{"en", "Add 1/4 cup of the stock and stir for two minutes.", ""},
	{"en", "The pharmacy is now open 24/7 for prescriptions.", ""},
	{"de", "Das Team gewann 3/4 seiner Heimspiele.", ""},
}

func TestMatchWording(t *testing.T) {
	for _, tc := range wordingPositives {
		t.Run(tc.want+"/"+tc.lang+"/"+tc.text, func(t *testing.T) {
			if got := MatchWording(tc.text); got != tc.want {
				t.Errorf("matchWording(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
	for _, tc := range wordingNegatives {
		t.Run("not "+tc.tempts+"/"+tc.text, func(t *testing.T) {
			if got := MatchWording(tc.text); got != "" {
				t.Errorf("matchWording(%q) = %q, want no match", tc.text, got)
			}
		})
	}
}

// TestWordingCoversEveryKindAndLanguage keeps the positive table honest: each
// rule has cases in en, de, fr and es, and in pt, it, nl and ru except where
// a known gap stands in.
func TestWordingCoversEveryKindAndLanguage(t *testing.T) {
	covered := map[string]bool{}
	for _, tc := range wordingPositives {
		covered[tc.want+"/"+tc.lang] = true
	}
	for _, tc := range knownWordingGaps {
		if tc.want != "" {
			covered[tc.want+"/"+tc.lang] = true
		}
	}
	for _, r := range WordingRules {
		for _, lang := range []string{"en", "de", "fr", "es", "pt", "it", "nl", "ru"} {
			if !covered[r.Kind+"/"+lang] {
				t.Errorf("no %s case for %q", lang, r.Kind)
			}
		}
	}
}

// TestWordingLabels checks the rules' Labels: each spelled-out label must be
// a text MatchWording can meet, lower-case, space-collapsed, trimmed and
// short enough for a lone label.
func TestWordingLabels(t *testing.T) {
	for _, r := range WordingRules {
		if r.Labels == "" {
			continue
		}
		re, err := syntax.Parse(r.Labels, syntax.Perl)
		if err != nil {
			t.Fatalf("%s: %v", r.Kind, err)
		}
		for _, label := range spellOut(re) {
			if label != strings.ToLower(dom.NormalizeSpace(label)) || label != strings.Trim(label, labelTrim) ||
				dom.WordCount(label) == 0 || dom.WordCount(label) > maxWholeWords {
				t.Errorf("%s: label %q can never match", r.Kind, label)
			}
			if got := MatchWording(label); got == "" {
				t.Errorf("%s: label %q does not match", r.Kind, label)
			}
		}
	}
	if got := spellOut(mustParse(t, "(the )?latest( news| stories)?|editor['’]s picks")); strings.Join(got, ",") !=
		"latest,the latest,latest news,the latest news,latest stories,the latest stories,editor's picks,editor’s picks" {
		t.Errorf("spellOut = %q", got)
	}
}

func mustParse(t *testing.T, pattern string) *syntax.Regexp {
	t.Helper()
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return re
}

// TestWordingPrefilterHidesNoMatch checks that a rule's pieces, behind
// their literal prefilter, match what the rule's whole patterns match, on
// all the wording phrases.
func TestWordingPrefilterHidesNoMatch(t *testing.T) {
	var texts []string
	for _, tc := range wordingPositives {
		texts = append(texts, tc.text)
	}
	for _, tc := range wordingNegatives {
		texts = append(texts, tc.text)
	}
	for _, tc := range knownWordingGaps {
		texts = append(texts, tc.text)
	}
	for _, text := range texts {
		text = strings.ToLower(dom.NormalizeSpace(text))
		trimmed := strings.Trim(text, labelTrim)
		for i, r := range WordingRules {
			if r.Part != nil && r.Part.MatchString(text) != piecesMatch(partPieces(), i, text) {
				t.Errorf("%s: the pieces disagree with the Part pattern on %q", r.Kind, text)
			}
			if r.Whole != nil && r.Whole.MatchString(trimmed) != piecesMatch(wholePieces(), i, trimmed) {
				t.Errorf("%s: the pieces disagree with the Whole pattern on %q", r.Kind, trimmed)
			}
		}
	}
}

// piecesMatch reports whether one of rule's pieces that the prefilters (its
// literals, its letter bound, its second literals) let through matches text.
func piecesMatch(m *pieceMatcher, rule int, text string) bool {
	candidates := m.literals.Patterns(text)
	letters := rx.CountLetters(text)
	for i, p := range m.pieces {
		if p.Rule == rule && candidates.Has(i) && (p.MaxLetters < 0 || letters <= p.MaxLetters) &&
			(p.AlsoLiterals == nil || ContainsAnyOf(text, p.AlsoLiterals)) && m.patterns[i].MatchString(text) {
			return true
		}
	}
	return false
}

// TestMatchWordingLength checks the block-length bound: a boilerplate phrase
// in a block of at most MaxBlockWords words matches, in a longer one it does not.
func TestMatchWordingLength(t *testing.T) {
	phrase := "Leave a comment"
	pad := func(words int) string {
		return phrase + strings.Repeat(" word", words-dom.WordCount(phrase))
	}
	for _, tc := range []struct {
		name string
		text string
		want string
	}{
		{"phrase alone", phrase, kindComments},
		{"block at the limit", pad(MaxBlockWords), kindComments},
		{"block one word over the limit", pad(MaxBlockWords + 1), ""},
		{"spacing and case do not matter", "  LEAVE\n\ta   COMMENT ", kindComments},
		{"trailing punctuation is trimmed for whole-text rules", "Comments:", kindComments},
		{"empty text", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := MatchWording(tc.text); got != tc.want {
				t.Errorf("matchWording(%d words) = %q, want %q", dom.WordCount(tc.text), got, tc.want)
			}
		})
	}
}

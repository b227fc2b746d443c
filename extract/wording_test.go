package extract

import "testing"

func TestProbeWording(t *testing.T) {
	for _, s := range []string{
		"Stay up to date with notifications from The Courier",
		"Turn on notifications to get breaking news",
		"Notifications can be managed in your browser settings",
		"Aktivieren Sie Benachrichtigungen, um nichts zu verpassen",
		"Activez les notifications pour rester informé",
		"Activa las notificaciones para estar al día",
		"Ative as notificações e fique por dentro",
		"Attiva le notifiche per restare aggiornato",
		"Zet meldingen aan om op de hoogte te blijven",
		"Включите уведомления, чтобы быть в курсе",
		"Get push alerts for breaking news",
		"Want breaking news alerts? Allow notifications",
		"Erhalten Sie Push-Mitteilungen zu wichtigen Nachrichten",
		"Recevez nos notifications",
		"Recibe nuestras notificaciones",
		"Never miss a story: enable notifications",
		"Bleiben Sie mit Benachrichtigungen auf dem Laufenden",
		"Restez informé grâce aux notifications",
		"Mantente al día con nuestras notificaciones",
		"Allow notifications from The Courier?",
		"Would you like to receive notifications?",
		"Subscribe to notifications",
		"Voulez-vous recevoir nos notifications ?",
		"¿Quieres recibir notificaciones?",
		"Möchten Sie Benachrichtigungen erhalten?",
		"Permitir notificações",
		"Consenti le notifiche",
		"Meldingen toestaan",
		"Разрешить уведомления",
	} {
		t.Logf("%-60q -> %q", s, matchWording(s))
	}
}

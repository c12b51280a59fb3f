<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountConnector</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read the password of %1: %2</source>
        <translation>Das Passwort von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file of %1 cannot be used: %2</source>
        <translation>Die CA-Datei von %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new device), then get messages again.</source>
        <translation>Die Geräte-ID für %1 lautet %2 %3. Registrieren Sie sie bei Ihrem Anbieter (meist in seinem Webportal, als neues Gerät) und rufen Sie dann erneut Nachrichten ab.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The settings file %1 cannot be read or written; check its permissions.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen oder geschrieben werden; prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; fix or move it aside.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt; reparieren Sie sie oder verschieben Sie sie an einen anderen Ort.</translation>
    </message>
    <message>
        <source>An account needs an e-mail address.</source>
        <translation>Ein Konto braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The account %1 needs an IMAP server and port.</source>
        <translation>Das Konto %1 braucht einen IMAP-Server und einen Port.</translation>
    </message>
    <message>
        <source>The account %1 needs an SMTP server and port.</source>
        <translation>Das Konto %1 braucht einen SMTP-Server und einen Port.</translation>
    </message>
    <message>
        <source>The profile already has an account for %1.</source>
        <translation>Das Profil hat bereits ein Konto für %1.</translation>
    </message>
    <message>
        <source>The profile has no account for %1.</source>
        <translation>Das Profil hat kein Konto für %1.</translation>
    </message>
    <message>
        <source>The account %1 signs in with OAuth but lacks its provider&apos;s addresses.</source>
        <translation>Das Konto %1 meldet sich mit OAuth an, aber die Adressen seines Anbieters fehlen.</translation>
    </message>
    <message>
        <source>The OAuth address %1 of %2 is not https; Heron signs in over TLS only.</source>
        <translation>Die OAuth-Adresse %1 von %2 ist nicht https; Heron meldet sich nur über TLS an.</translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>%1 (no encryption)</source>
        <translation>%1 (keine Verschlüsselung)</translation>
    </message>
    <message>
        <source>%1 (not a host name)</source>
        <translation>%1 (kein Hostname)</translation>
    </message>
    <message>
        <source>%1 (sign-in by %2, which Heron does not support)</source>
        <translation>%1 (Anmeldung per %2, was Heron nicht unterstützt)</translation>
    </message>
    <message>
        <source>%1 (%2, which Heron does not speak)</source>
        <translation>%1 (%2, das Heron nicht beherrscht)</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is larger than %1 kB; Heron does not read it.</source>
        <translation>Die Konfiguration des Anbieters ist größer als %1 kB; Heron liest sie nicht.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration declares a document type; Heron does not read such files.</source>
        <translation>Die Konfiguration des Anbieters deklariert einen Dokumenttyp; solche Dateien liest Heron nicht.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is not valid XML: %1.</source>
        <translation>Die Konfiguration des Anbieters ist kein gültiges XML: %1.</translation>
    </message>
    <message>
        <source>The document is not a mail client configuration (no &lt;clientConfig&gt;).</source>
        <translation>Das Dokument ist keine Konfiguration für ein Mailprogramm (kein &lt;clientConfig&gt;).</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is not valid XML: %1 (line %2).</source>
        <translation>Die Konfiguration des Anbieters ist kein gültiges XML: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration names no mail provider (&lt;emailProvider&gt;).</source>
        <translation>Die Konfiguration des Anbieters nennt keinen E-Mail-Anbieter (&lt;emailProvider&gt;).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Das Verzeichnis von %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot use write-ahead logging: %2</source>
        <translation>Der Cache %1 kann kein Write-Ahead-Logging verwenden: %2</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>Diese SQLite-Bibliothek kann keine Fremdschlüssel durchsetzen.</translation>
    </message>
    <message>
        <source>Cannot read the cache&apos;s schema version: %1</source>
        <translation>Die Schemaversion des Caches kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cache was written by a newer Heron (schema %1; this one knows up to %2). Update Heron, or remove the cache to rebuild it from the server.</source>
        <translation>Der Cache wurde von einer neueren Heron-Version geschrieben (Schema %1; diese Version kennt Schemas bis %2). Aktualisieren Sie Heron oder entfernen Sie den Cache, damit er vom Server neu aufgebaut wird.</translation>
    </message>
    <message>
        <source>Cannot migrate the cache from schema %1 to %2.</source>
        <translation>Der Cache kann nicht von Schema %1 auf %2 migriert werden.</translation>
    </message>
    <message>
        <source>The migrations skip from schema %1 to %2.</source>
        <translation>Die Migrationen springen von Schema %1 direkt zu %2.</translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 (%2) failed, nothing was changed: %3</source>
        <translation>Die Aktualisierung des Caches auf Schema %1 (%2) ist fehlgeschlagen, es wurde nichts geändert: %3</translation>
    </message>
    <message>
        <source>The disk that holds Heron&apos;s cache is full. Free some space, then try again; what was stored before is kept. (%1)</source>
        <translation>Das Laufwerk mit dem Cache von Heron ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; bereits Gespeichertes bleibt erhalten. (%1)</translation>
    </message>
    <message>
        <source>Heron&apos;s cache cannot be written: the file or its folder is read-only. (%1)</source>
        <translation>Der Cache von Heron kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. (%1)</translation>
    </message>
    <message>
        <source>The disk reported an error while Heron wrote its cache. Check the disk, then try again. (%1)</source>
        <translation>Das Laufwerk meldete einen Fehler, während Heron seinen Cache schrieb. Prüfen Sie das Laufwerk und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>Heron&apos;s cache file is damaged. Close Heron and delete cache.sqlite in the profile folder; everything in it is downloaded again. (%1)</source>
        <translation>Die Cache-Datei von Heron ist beschädigt. Schließen Sie Heron und löschen Sie cache.sqlite im Profilordner; ihr Inhalt wird erneut heruntergeladen. (%1)</translation>
    </message>
    <message>
        <source>Heron&apos;s cache is in use by another program for too long. Close other Heron windows or heronctl commands, then try again. (%1)</source>
        <translation>Der Cache von Heron wird zu lange von einem anderen Programm benutzt. Schließen Sie andere Heron-Fenster oder heronctl-Befehle und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>unknown SQLite error</source>
        <translation>unbekannter SQLite-Fehler</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>Heron does not make a new one silently: every account would get a new, unregistered device ID. If it is lost for good, reset all device IDs (heronctl clientid reset --all --yes, or &quot;Reset all&quot; on the Device page) and register this device with your providers again.</source>
        <translation>Heron erzeugt nicht stillschweigend ein neues: Jedes Konto bekäme sonst eine neue, nicht registrierte Geräte-ID. Ist es endgültig verloren, setzen Sie alle Geräte-IDs zurück (heronctl clientid reset --all --yes oder „Alle Geräte-IDs zurücksetzen“ auf der Seite „Geräte-ID“) und registrieren Sie dieses Gerät erneut bei Ihren Anbietern.</translation>
    </message>
    <message>
        <source>This profile&apos;s device secret in %1 is damaged (%2 bytes instead of %3). %4</source>
        <translation>Das Gerätegeheimnis dieses Profils ist beschädigt (%2 statt %3 Bytes; Speicherort: %1). %4</translation>
    </message>
    <message>
        <source>This profile&apos;s device secret (created %1) is missing from %2. %3</source>
        <translation>Das Gerätegeheimnis dieses Profils (erstellt am %1) fehlt (Speicherort: %2). %3</translation>
    </message>
    <message>
        <source>This profile&apos;s device secret cannot be read: %1 %2</source>
        <translation>Das Gerätegeheimnis dieses Profils kann nicht gelesen werden: %1 %2</translation>
    </message>
    <message>
        <source>This profile&apos;s device secret cannot be read: %1</source>
        <translation>Das Gerätegeheimnis dieses Profils kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot store this profile&apos;s new device secret: %1</source>
        <translation>Das neue Gerätegeheimnis dieses Profils kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the new device secret in %1.</source>
        <translation>Das neue Gerätegeheimnis kann nicht in %1 vermerkt werden.</translation>
    </message>
    <message>
        <source>Cannot save the new device ID in %1.</source>
        <translation>Die neue Geräte-ID kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save the CLIENTID status in %1.</source>
        <translation>Der CLIENTID-Status kann nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ImapParseError</name>
    <message>
        <source>IMAP response error: %1 (at byte %2)</source>
        <translation>Fehler in der IMAP-Antwort: %1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>IMAP response error: %1 (at byte %2, near &quot;%3&quot;)</source>
        <translation>Fehler in der IMAP-Antwort: %1 (bei Byte %2, nahe „%3“)</translation>
    </message>
</context>
<context>
    <name>LocalDrafts</name>
    <message>
        <source>The draft is empty or has no Message-ID.</source>
        <translation>Der Entwurf ist leer oder hat keine Message-ID.</translation>
    </message>
</context>
<context>
    <name>MailCache</name>
    <message>
        <source>Could not save the folder list.</source>
        <translation>Die Ordnerliste konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save messages in the cache.</source>
        <translation>Nachrichten konnten nicht im Cache gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save flag changes.</source>
        <translation>Geänderte Markierungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not remove messages.</source>
        <translation>Nachrichten konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not empty the folder&apos;s cache.</source>
        <translation>Der Cache des Ordners konnte nicht geleert werden.</translation>
    </message>
    <message>
        <source>Could not save the folder&apos;s search index.</source>
        <translation>Der Suchindex des Ordners konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save message bodies in the cache.</source>
        <translation>Nachrichteninhalte konnten nicht im Cache gespeichert werden.</translation>
    </message>
    <message>
        <source>The folder %1 is not in the cache.</source>
        <translation>Der Ordner %1 ist nicht im Zwischenspeicher.</translation>
    </message>
</context>
<context>
    <name>OAuth2ProviderTable</name>
    <message>
        <source>The OAuth provider file %1 cannot be used: %2</source>
        <translation>Die OAuth-Anbieterdatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it has no &quot;providers&quot; list</source>
        <translation>sie enthält keine Liste „providers“</translation>
    </message>
</context>
<context>
    <name>OAuth2TokenSource</name>
    <message>
        <source>Heron is not signed in to %1.</source>
        <translation>Heron ist bei %1 nicht angemeldet.</translation>
    </message>
    <message>
        <source>Cannot read the sign-in of %1: %2</source>
        <translation>Die Anmeldung von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The stored sign-in of %1 is damaged.</source>
        <translation>Die gespeicherte Anmeldung von %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The sign-in of %1 has ended.</source>
        <translation>Die Anmeldung von %1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>Heron has no client ID for %1 any more, so it cannot renew the sign-in of %2.</source>
        <translation>Heron hat keine Client-ID mehr für %1 und kann die Anmeldung von %2 daher nicht erneuern.</translation>
    </message>
    <message>
        <source>Cannot keep the renewed sign-in of %1: %2</source>
        <translation>Die erneuerte Anmeldung von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Sign in to %1 again.</source>
        <translation>Melden Sie sich erneut bei %1 an.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The message has no Message-ID.</source>
        <translation>Die Nachricht hat keine Message-ID.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid recipient.</source>
        <translation>„%1“ ist kein gültiger Empfänger.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message %1 is already in the outbox.</source>
        <translation>Die Nachricht %1 ist bereits im Postausgang.</translation>
    </message>
    <message>
        <source>Cannot put the message in the outbox: %1</source>
        <translation>Die Nachricht kann nicht in den Postausgang gestellt werden: %1</translation>
    </message>
    <message>
        <source>Outbox entry %1 does not exist or is not in a state that allows this.</source>
        <translation>Der Eintrag %1 im Postausgang existiert nicht oder ist nicht in einem Zustand, der dies erlaubt.</translation>
    </message>
    <message>
        <source>Heron stopped while sending this message; it may have reached the server.</source>
        <translation>Heron wurde während des Sendens dieser Nachricht beendet; sie hat den Server möglicherweise erreicht.</translation>
    </message>
</context>
<context>
    <name>PartCache</name>
    <message>
        <source>Cannot create the folder for cached parts %1.</source>
        <translation>Das Verzeichnis für zwischengespeicherte Teile %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the cached part %1: %2</source>
        <translation>Der zwischengespeicherte Teil %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot cache part %1: %2</source>
        <translation>Teil %1 kann nicht zwischengespeichert werden: %2</translation>
    </message>
    <message>
        <source>The cached part file %1 is missing: %2</source>
        <translation>Die Datei des zwischengespeicherten Teils %1 fehlt: %2</translation>
    </message>
    <message>
        <source>The cached part file %1 is damaged.</source>
        <translation>Die Datei des zwischengespeicherten Teils %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>PendingActions</name>
    <message>
        <source>Could not save the change in the cache: %1</source>
        <translation>Die Änderung konnte nicht im Cache gespeichert werden: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Marking %1 as read</source>
        <translation>Markieren von %1 als gelesen</translation>
    </message>
    <message>
        <source>Marking %1 as unread</source>
        <translation>Markieren von %1 als ungelesen</translation>
    </message>
    <message>
        <source>Flagging %1</source>
        <translation>Markieren von %1 mit Stern</translation>
    </message>
    <message>
        <source>Unflagging %1</source>
        <translation>Entfernen des Sterns von %1</translation>
    </message>
    <message>
        <source>Setting %1 on %2</source>
        <translation>Setzen von %1 bei %2</translation>
    </message>
    <message>
        <source>Clearing %1 on %2</source>
        <translation>Entfernen von %1 bei %2</translation>
    </message>
    <message>
        <source>Moving %1 to %2</source>
        <translation>Verschieben von %1 nach %2</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in this folder&apos;s cache; run a sync first.</source>
        <translation>Im Cache dieses Ordners gibt es keine Nachricht mit der UID %1; synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>This message is still being moved here; try again after the next sync.</source>
        <translation>Diese Nachricht wird gerade noch hierher verschoben; versuchen Sie es nach der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in the cache; run a sync to update the folder list.</source>
        <translation>Im Cache gibt es keinen Ordner „%1“; synchronisieren Sie, um die Ordnerliste zu aktualisieren.</translation>
    </message>
    <message>
        <source>The message already is in &quot;%1&quot;.</source>
        <translation>Die Nachricht ist bereits in „%1“.</translation>
    </message>
    <message>
        <source>The server names no Trash folder (special-use \Trash) for this account, so there is nowhere to move deleted messages.</source>
        <translation>Der Server nennt für dieses Konto keinen Papierkorb-Ordner (special-use \Trash), daher gibt es keinen Ort, an den gelöschte Nachrichten verschoben werden können.</translation>
    </message>
    <message>
        <source>The server names no archive folder (special-use \Archive) for this account.</source>
        <translation>Der Server nennt für dieses Konto keinen Archivordner (special-use \Archive).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in %2, so it cannot be moved back.</source>
        <translation>„%1“ ist nicht mehr in %2 und kann daher nicht zurückverschoben werden.</translation>
    </message>
    <message>
        <source>The server names no junk folder (special-use \Junk) for this account.</source>
        <translation>Der Server nennt für dieses Konto keinen Junk-Ordner (Sonderverwendung \Junk).</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No profile directory is known on this system; pass --profile DIR or set HERON_PROFILE.</source>
        <translation>Auf diesem System ist kein Profilverzeichnis bekannt; geben Sie --profile DIR an oder setzen Sie HERON_PROFILE.</translation>
    </message>
    <message>
        <source>The profile path %1 is a file, not a directory; choose another path.</source>
        <translation>Der Profilpfad %1 ist eine Datei, kein Verzeichnis; wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1; check that its parent exists and is writable.</source>
        <translation>Das Profilverzeichnis %1 kann nicht angelegt werden; prüfen Sie, ob das übergeordnete Verzeichnis existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The profile directory %1 is not writable by you.</source>
        <translation>Sie haben keine Schreibrechte für das Profilverzeichnis %1.</translation>
    </message>
</context>
<context>
    <name>RemoteContentAllowList</name>
    <message>
        <source>Heron could not save the senders allowed to load remote content in %1; check that the file can be written.</source>
        <translation>Heron konnte die Absender, die externe Inhalte laden dürfen, nicht in %1 speichern; prüfen Sie, ob die Datei beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Am %1 schrieb %2:</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 schrieb:</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Weitergeleitete Nachricht --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secrets file %1 cannot be read: %2.</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged; Heron will not overwrite it. Move it aside to start a new one (the passwords it held must then be entered again).</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt; Heron überschreibt sie nicht. Verschieben Sie sie an einen anderen Ort, um eine neue anzulegen (die darin gespeicherten Passwörter müssen Sie dann erneut eingeben).</translation>
    </message>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>Schlüsselbund des Systems (Dienst „%1“)</translation>
    </message>
    <message>
        <source>the file %1, readable only by you</source>
        <translation>Datei %1, nur für Sie lesbar</translation>
    </message>
    <message>
        <source> (no system keychain: %1)</source>
        <translation> (kein Schlüsselbund des Systems: %1)</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>This profile has no secrets stored yet.</source>
        <translation>Für dieses Profil sind noch keine Geheimnisse gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds; unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain holds no secret &quot;%1&quot; for this profile.</source>
        <translation>Der Schlüsselbund des Systems enthält für dieses Profil kein Geheimnis „%1“.</translation>
    </message>
    <message>
        <source>The system keychain that holds this profile&apos;s secrets cannot be reached (%1); start the desktop&apos;s keyring service and try again.</source>
        <translation>Der Schlüsselbund des Systems, der die Geheimnisse dieses Profils enthält, ist nicht erreichbar (%1); starten Sie den Schlüsselbunddienst Ihrer Arbeitsumgebung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused to read a secret: %1</source>
        <translation>Der Schlüsselbund des Systems hat das Lesen eines Geheimnisses verweigert: %1</translation>
    </message>
    <message>
        <source>the system keychain cannot be reached (%1)</source>
        <translation>der Schlüsselbund des Systems ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>the system keychain refused to store a secret (%1)</source>
        <translation>der Schlüsselbund des Systems hat das Speichern eines Geheimnisses verweigert (%1)</translation>
    </message>
    <message>
        <source>The system keychain refused to delete a secret: %1</source>
        <translation>Der Schlüsselbund des Systems hat das Löschen eines Geheimnisses verweigert: %1</translation>
    </message>
    <message>
        <source>The secrets file %1 holds no secret &quot;%2&quot;.</source>
        <translation>Die Geheimnisdatei %1 enthält kein Geheimnis „%2“.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; in %2 is damaged.</source>
        <translation>Das Geheimnis „%1“ in %2 ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2.</source>
        <translation>Die Geheimnisdatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line of %1 bytes (limit %2).</source>
        <translation>Der Server hat eine Zeile mit %1 Bytes gesendet (Grenze: %2).</translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes without a line end.</source>
        <translation>Der Server hat mehr als %1 Bytes ohne Zeilenende gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not SMTP: &quot;%1&quot;</source>
        <translation>Die Antwort des Servers ist kein SMTP: „%1“</translation>
    </message>
    <message>
        <source>The server mixed reply codes %1 and %2 in one reply.</source>
        <translation>Der Server hat in einer Antwort die Antwortcodes %1 und %2 gemischt.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Der Server hat eine Antwort mit mehr als %1 Zeilen gesendet.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (expected a -----BEGIN CERTIFICATE----- block)</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat (erwartet wird ein Block -----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>The CA file %1 holds a damaged certificate</source>
        <translation>Die CA-Datei %1 enthält ein beschädigtes Zertifikat</translation>
    </message>
</context>
<context>
    <name>heron::imap::ImapCommand</name>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server rejected %1 as invalid: %2</source>
        <translation>Der Server hat %1 als ungültig zurückgewiesen: %2</translation>
    </message>
</context>
<context>
    <name>heron::imap::ImapSession</name>
    <message>
        <source>%1 did not greet like an IMAP server.</source>
        <translation>%1 hat sich nicht wie ein IMAP-Server gemeldet.</translation>
    </message>
    <message>
        <source>%1 logged in without TLS (PREAUTH on an unencrypted connection); Heron will not continue unencrypted.</source>
        <translation>%1 hat die Sitzung ohne TLS angemeldet (PREAUTH auf einer unverschlüsselten Verbindung); Heron fährt nicht unverschlüsselt fort.</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the connection cannot be encrypted. Heron will not send your password over it; ask your provider for the TLS port (usually 993).</source>
        <translation>%1 bietet kein STARTTLS an, daher kann die Verbindung nicht verschlüsselt werden. Heron sendet Ihr Passwort nicht darüber; fragen Sie Ihren Anbieter nach dem TLS-Port (meist 993).</translation>
    </message>
    <message>
        <source>%1 refused to start TLS (%2); Heron will not continue unencrypted.</source>
        <translation>%1 hat den Start von TLS verweigert (%2); Heron fährt nicht unverschlüsselt fort.</translation>
    </message>
    <message>
        <source>This account&apos;s device ID is malformed, so Heron sent nothing to %1. Reset the device ID.</source>
        <translation>Die Geräte-ID dieses Kontos ist fehlerhaft, daher hat Heron nichts an %1 gesendet. Setzen Sie die Geräte-ID zurück.</translation>
    </message>
    <message>
        <source>%1 refused this device: %2. Your provider allows this account only on devices you have approved; register this device&apos;s ID with your provider, then try again.</source>
        <translation>%1 hat dieses Gerät abgelehnt: %2. Ihr Anbieter erlaubt dieses Konto nur auf Geräten, die Sie freigegeben haben; registrieren Sie die Geräte-ID dieses Geräts bei Ihrem Anbieter und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 did not accept Heron&apos;s device ID command: %2</source>
        <translation>%1 hat den Geräte-ID-Befehl von Heron nicht angenommen: %2</translation>
    </message>
    <message>
        <source>%1 does not accept a password login on this connection (LOGINDISABLED, no AUTH=PLAIN).</source>
        <translation>%1 erlaubt auf dieser Verbindung keine Anmeldung mit Passwort (LOGINDISABLED, kein AUTH=PLAIN).</translation>
    </message>
    <message>
        <source>%1 does not offer OAuth login (AUTH=OAUTHBEARER or AUTH=XOAUTH2).</source>
        <translation>%1 bietet keine OAuth-Anmeldung an (AUTH=OAUTHBEARER oder AUTH=XOAUTH2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The provider may also require this device to be approved.</source>
        <translation>Möglicherweise verlangt der Anbieter außerdem, dass dieses Gerät freigegeben wird.</translation>
    </message>
    <message>
        <source>The connection to %1 is closed.</source>
        <translation>Die Verbindung zu %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>%1 needs a selected folder.</source>
        <translation>%1 erfordert einen ausgewählten Ordner.</translation>
    </message>
    <message>
        <source>%1 cannot be sent in this state of the connection.</source>
        <translation>%1 kann in diesem Zustand der Verbindung nicht gesendet werden.</translation>
    </message>
    <message>
        <source>%1 does not support %2.</source>
        <translation>%1 unterstützt %2 nicht.</translation>
    </message>
    <message>
        <source>%1 sent a response Heron cannot read (%2); the connection was closed.</source>
        <translation>%1 hat eine Antwort gesendet, die Heron nicht lesen kann (%2); die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 hat die Verbindung geschlossen: %2</translation>
    </message>
    <message>
        <source>%1 answered a command Heron did not send (tag %2).</source>
        <translation>%1 hat auf einen Befehl geantwortet, den Heron nicht gesendet hat (Tag %2).</translation>
    </message>
    <message>
        <source>%1 sent a malformed command completion.</source>
        <translation>%1 hat einen fehlerhaften Befehlsabschluss gesendet.</translation>
    </message>
    <message>
        <source>%1 asked for data Heron was not sending.</source>
        <translation>%1 hat Daten angefordert, die Heron gar nicht sendet.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>%1 hat die Verbindung unerwartet geschlossen.</translation>
    </message>
</context>
<context>
    <name>heron::imap::LoginCommand</name>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>The server cannot check the login right now: %1</source>
        <translation>Der Server kann die Anmeldung gerade nicht prüfen: %1</translation>
    </message>
    <message>
        <source>The server did not accept the login: %1</source>
        <translation>Der Server hat die Anmeldung nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>heron::net::Connection</name>
    <message>
        <source>Heron refused to send a password or device ID to %1 over an unencrypted connection.</source>
        <translation>Heron hat es abgelehnt, ein Passwort oder eine Geräte-ID über eine unverschlüsselte Verbindung an %1 zu senden.</translation>
    </message>
    <message>
        <source>%1 sent compressed data that cannot be decompressed; the connection was closed.</source>
        <translation>%1 hat komprimierte Daten gesendet, die sich nicht entpacken lassen; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Its certificate expired on %1.</source>
        <translation>Sein Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Its certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation>Sein Zertifikat ist erst ab %1 gültig; prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>Its certificate is for %1, not for %2.</source>
        <translation>Sein Zertifikat gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <source>Its certificate was issued by &quot;%1&quot;, an authority this computer does not trust.</source>
        <translation>Sein Zertifikat wurde von „%1“ ausgestellt, einer Stelle, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>Heron did not connect to %1 because the server could not prove its identity. %2 Certificate fingerprint (SHA-256): %3</source>
        <translation>Heron hat keine Verbindung zu %1 aufgebaut, weil der Server seine Identität nicht nachweisen konnte. %2 Fingerabdruck des Zertifikats (SHA-256): %3</translation>
    </message>
    <message>
        <source>Cannot find the server %1; check its name and this computer&apos;s network.</source>
        <translation>Der Server %1 wurde nicht gefunden; prüfen Sie seinen Namen und die Netzwerkverbindung dieses Computers.</translation>
    </message>
    <message>
        <source>%1 refused the connection; check the port and the security setting.</source>
        <translation>%1 hat die Verbindung abgelehnt; prüfen Sie den Port und die Verschlüsselungseinstellung.</translation>
    </message>
    <message>
        <source>%1 closed the connection during TLS negotiation; check the security setting.</source>
        <translation>%1 hat die Verbindung während der TLS-Aushandlung geschlossen; prüfen Sie die Verschlüsselungseinstellung.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>TLS negotiation with %1 failed: %2</source>
        <translation>Die TLS-Aushandlung mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>TLS negotiation with %1 did not finish within %2 s; check the port and the security setting.</source>
        <translation>Die TLS-Aushandlung mit %1 wurde nicht innerhalb von %2 s abgeschlossen; prüfen Sie den Port und die Verschlüsselungseinstellung.</translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 s.</source>
        <translation>%1 hat %2 s lang nicht mehr geantwortet.</translation>
    </message>
    <message>
        <source>Its certificate is self-signed: it vouches for itself, so nothing shows that it belongs to %1.</source>
        <translation>Sein Zertifikat ist selbstsigniert: Es bürgt nur für sich selbst, daher belegt nichts, dass es zu %1 gehört.</translation>
    </message>
</context>
<context>
    <name>heron::net::HttpsFetcher</name>
    <message>
        <source>%1 is not an https address; Heron fetches this only over TLS.</source>
        <translation>%1 ist keine https-Adresse; Heron ruft dies nur über TLS ab.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 kB; Heron stopped reading.</source>
        <translation>%1 hat mehr als %2 kB gesendet; Heron hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>heron::net::InstanceChannel</name>
    <message>
        <source>Heron is already running with this profile (process %1) and does not answer. Close it, or end that process, and start Heron again.</source>
        <translation>Heron läuft bereits mit diesem Profil (Prozess %1) und antwortet nicht. Schließen Sie es oder beenden Sie diesen Prozess und starten Sie Heron erneut.</translation>
    </message>
    <message>
        <source>Heron cannot lock its profile in %1. Check that the folder exists and is writable.</source>
        <translation>Heron kann sein Profil in %1 nicht sperren. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Heron cannot listen for later starts (%1); links opened from the desktop will start a second window.</source>
        <translation>Heron kann nicht auf spätere Starts warten (%1); vom Desktop geöffnete Links starten ein zweites Fenster.</translation>
    </message>
</context>
<context>
    <name>heron::net::LoopbackRedirectListener</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this page and return to Heron.</source>
        <translation>Sie können diese Seite schließen und zu Heron zurückkehren.</translation>
    </message>
    <message>
        <source>Heron cannot wait for the browser&apos;s answer: no local port is free (%1).</source>
        <translation>Heron kann nicht auf die Antwort des Browsers warten: Kein lokaler Port ist frei (%1).</translation>
    </message>
</context>
<context>
    <name>heron::net::SrvLookup</name>
    <message>
        <source>DNS gave no answer for %1 within %2 s.</source>
        <translation>DNS hat für %1 innerhalb von %2 s nicht geantwortet.</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>DNS-Abfrage von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>heron::oauth::OAuth2SignIn</name>
    <message>
        <source>Heron has no client ID for %1, so it cannot sign in there. Add one in the profile&apos;s oauth2-providers.json, or use a password if %1 still accepts one.</source>
        <translation>Heron hat keine Client-ID für %1 und kann sich dort daher nicht anmelden. Tragen Sie eine in die Datei oauth2-providers.json des Profils ein, oder verwenden Sie ein Passwort, falls %1 noch eines annimmt.</translation>
    </message>
    <message>
        <source>%1&apos;s sign-in addresses are not https; Heron signs in over TLS only.</source>
        <translation>Die Anmeldeadressen von %1 sind nicht https; Heron meldet sich nur über TLS an.</translation>
    </message>
    <message>
        <source>The browser came back from %1 with an answer that does not belong to this sign-in. Try again.</source>
        <translation>Der Browser kam von %1 mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in at %1 was declined, so Heron has no access to this account.</source>
        <translation>Die Anmeldung bei %1 wurde abgelehnt; Heron hat daher keinen Zugriff auf dieses Konto.</translation>
    </message>
    <message>
        <source>%1 did not sign you in: %2</source>
        <translation>%1 hat Sie nicht angemeldet: %2</translation>
    </message>
    <message>
        <source>The browser came back from %1 without a sign-in code. Try again.</source>
        <translation>Der Browser kam von %1 ohne Anmeldecode zurück. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>heron::oauth::OAuth2TokenRequest</name>
    <message>
        <source>%1 offers no way to revoke a sign-in.</source>
        <translation>%1 bietet keine Möglichkeit, eine Anmeldung zu widerrufen.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with something other than a bearer token.</source>
        <translation>%1 hat auf die Anmeldung nicht mit einem Bearer-Token geantwortet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 no longer accepts Heron&apos;s sign-in (%2). Sign in again.</source>
        <translation>%1 akzeptiert die Anmeldung von Heron nicht mehr (%2). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 does not accept Heron&apos;s client ID (%2); check the OAuth client settings.</source>
        <translation>%1 akzeptiert die Client-ID von Heron nicht (%2); prüfen Sie die OAuth-Client-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>Heron cannot reach %1 to sign in: %2</source>
        <translation>Heron erreicht %1 nicht, um sich anzumelden: %2</translation>
    </message>
</context>
<context>
    <name>heron::smtp::SmtpSession</name>
    <message>
        <source>%1 sent something that is not SMTP: %2</source>
        <translation>%1 hat etwas gesendet, das kein SMTP ist: %2</translation>
    </message>
    <message>
        <source>%1 is closing the connection: %2</source>
        <translation>%1 schließt die Verbindung: %2</translation>
    </message>
    <message>
        <source>%1 sent a reply nobody asked for: %2</source>
        <translation>%1 hat eine Antwort gesendet, nach der niemand gefragt hat: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>%1 hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>%1 does not accept mail submission now: %2</source>
        <translation>%1 nimmt gerade keine Nachrichten zum Versand an: %2</translation>
    </message>
    <message>
        <source>%1 refused EHLO: %2</source>
        <translation>%1 hat EHLO abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused HELO: %2</source>
        <translation>%1 hat HELO abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the connection cannot be encrypted. Heron will not send your password or messages over it; ask your provider for the TLS port (usually 465).</source>
        <translation>%1 bietet kein STARTTLS an, daher kann die Verbindung nicht verschlüsselt werden. Heron sendet weder Ihr Passwort noch Ihre Nachrichten darüber; fragen Sie Ihren Anbieter nach dem TLS-Port (meist 465).</translation>
    </message>
    <message>
        <source>%1 refused to start TLS (%2); Heron will not continue unencrypted.</source>
        <translation>%1 hat den Start von TLS verweigert (%2); Heron fährt nicht unverschlüsselt fort.</translation>
    </message>
    <message>
        <source>This account&apos;s device ID is malformed, so Heron sent nothing to %1. Reset the device ID.</source>
        <translation>Die Geräte-ID dieses Kontos ist fehlerhaft, daher hat Heron nichts an %1 gesendet. Setzen Sie die Geräte-ID zurück.</translation>
    </message>
    <message>
        <source>%1 refused this device: %2. Your provider allows this account only on devices you have approved; register this device&apos;s ID with your provider, then try again.</source>
        <translation>%1 hat dieses Gerät abgelehnt: %2. Ihr Anbieter erlaubt dieses Konto nur auf Geräten, die Sie freigegeben haben; registrieren Sie die Geräte-ID dieses Geräts bei Ihrem Anbieter und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 could not check this device right now (%2); Heron will try again later.</source>
        <translation>%1 konnte dieses Gerät gerade nicht prüfen (%2); Heron versucht es später erneut.</translation>
    </message>
    <message>
        <source>%1 did not accept Heron&apos;s device ID command: %2</source>
        <translation>%1 hat den Geräte-ID-Befehl von Heron nicht angenommen: %2</translation>
    </message>
    <message>
        <source>%1 offers no way to log in (no AUTH after EHLO).</source>
        <translation>%1 bietet keine Möglichkeit zur Anmeldung (kein AUTH nach EHLO).</translation>
    </message>
    <message>
        <source>%1 offers only login methods Heron does not use: %2.</source>
        <translation>%1 bietet nur Anmeldeverfahren an, die Heron nicht verwendet: %2.</translation>
    </message>
    <message>
        <source>%1 did not accept the login: %2</source>
        <translation>%1 hat die Anmeldung nicht angenommen: %2</translation>
    </message>
    <message>
        <source>The provider may also require this device to be approved.</source>
        <translation>Möglicherweise verlangt der Anbieter außerdem, dass dieses Gerät freigegeben wird.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sender address.</source>
        <translation>„%1“ ist keine gültige Absenderadresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The delivery notification ID is longer than SMTP allows (%1 characters).</source>
        <translation>Die ID für die Zustellbenachrichtigung ist länger, als SMTP erlaubt (%1 Zeichen).</translation>
    </message>
    <message>
        <source>%1 cannot take international (UTF-8) addresses or headers; nothing was sent.</source>
        <translation>%1 kann keine internationalen Adressen oder Kopfzeilen (UTF-8) annehmen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 accepts only 7-bit messages and this one is 8-bit; nothing was sent.</source>
        <translation>%1 nimmt nur 7-Bit-Nachrichten an, diese ist aber 8-Bit; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The message is %1 kB and %2 accepts at most %3 kB.</source>
        <translation>Die Nachricht ist %1 kB groß, %2 nimmt aber höchstens %3 kB an.</translation>
    </message>
    <message>
        <source>The SMTP session is not ready to send.</source>
        <translation>Die SMTP-Sitzung ist nicht zum Senden bereit.</translation>
    </message>
    <message>
        <source>%1 refused the sender %2: %3</source>
        <translation>%1 hat den Absender %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 refused every recipient: %2</source>
        <translation>%1 hat alle Empfänger abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused to take the message: %2</source>
        <translation>%1 hat die Annahme der Nachricht verweigert: %2</translation>
    </message>
    <message>
        <source>%1 refused the message after receiving it: %2</source>
        <translation>%1 hat die Nachricht nach dem Empfang abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::AccountDiscovery</name>
    <message>
        <source>the provider&apos;s configuration at %1</source>
        <translation>der Konfiguration des Anbieters unter %1</translation>
    </message>
    <message>
        <source>the DNS SRV records of %1</source>
        <translation>den DNS-SRV-Einträgen von %1</translation>
    </message>
    <message>
        <source>common server names, checked over TLS</source>
        <translation>üblichen Servernamen, über TLS geprüft</translation>
    </message>
    <message>
        <source>Provider configuration</source>
        <translation>Konfiguration des Anbieters</translation>
    </message>
    <message>
        <source>DNS SRV records</source>
        <translation>DNS-SRV-Einträge</translation>
    </message>
    <message>
        <source>Common server names</source>
        <translation>Übliche Servernamen</translation>
    </message>
    <message>
        <source>Asking %1 for its mail configuration…</source>
        <translation>%1 wird nach seiner Mail-Konfiguration gefragt…</translation>
    </message>
    <message>
        <source>Looking up the DNS SRV records of %1…</source>
        <translation>DNS-SRV-Einträge von %1 werden abgefragt…</translation>
    </message>
    <message>
        <source>Trying common server names of %1 over TLS…</source>
        <translation>Übliche Servernamen von %1 werden über TLS versucht…</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>heron::sync::AccountSync</name>
    <message>
        <source>Offline changes could not be sent (they stay queued): %1</source>
        <translation>Offline vorgenommene Änderungen konnten nicht übertragen werden (sie bleiben vorgemerkt): %1</translation>
    </message>
    <message>
        <source>The server has no folder &quot;%1&quot;.</source>
        <translation>Der Server hat keinen Ordner „%1“.</translation>
    </message>
</context>
<context>
    <name>heron::sync::ActionReplayer</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::AutoconfigLookup</name>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no encrypted IMAP and SMTP servers in it (left out: %2).</source>
        <translation>%1: enthält keine verschlüsselten IMAP- und SMTP-Server (ausgelassen: %2).</translation>
    </message>
    <message>
        <source>%1: found %2.</source>
        <translation>%1: %2 gefunden.</translation>
    </message>
</context>
<context>
    <name>heron::sync::ConnectionTest</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>Device ID (CLIENTID)</source>
        <translation>Geräte-ID (CLIENTID)</translation>
    </message>
    <message>
        <source>Login (IMAP)</source>
        <translation>Anmeldung (IMAP)</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Versand (SMTP)</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>The CA file cannot be used: %1</source>
        <translation>Die CA-Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Not tried.</source>
        <translation>Nicht versucht.</translation>
    </message>
    <message>
        <source>Connecting to %1 and %2…</source>
        <translation>Verbindung zu %1 und %2…</translation>
    </message>
    <message>
        <source>Not tried: the IMAP server could not be reached over TLS.</source>
        <translation>Nicht versucht: Der IMAP-Server war über TLS nicht erreichbar.</translation>
    </message>
    <message>
        <source>Switched off for this account: no device ID is presented.</source>
        <translation>Für dieses Konto ausgeschaltet: Es wird keine Geräte-ID vorgelegt.</translation>
    </message>
    <message>
        <source>This device&apos;s ID cannot be loaded: %1</source>
        <translation>Die Geräte-ID dieses Geräts kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Presenting this device&apos;s ID to %1…</source>
        <translation>Die Geräte-ID dieses Geräts wird %1 vorgelegt…</translation>
    </message>
    <message>
        <source>%1 does not offer CLIENTID; Heron logs in without a device ID.</source>
        <translation>%1 bietet kein CLIENTID an; Heron meldet sich ohne Geräte-ID an.</translation>
    </message>
    <message>
        <source>%1 offers CLIENTID and accepted this device (ID %2 %3).</source>
        <translation>%1 bietet CLIENTID an und hat dieses Gerät akzeptiert (ID %2 %3).</translation>
    </message>
    <message>
        <source>%1 refused this device (ID %2 %3): your provider does not know it yet.</source>
        <translation>%1 hat dieses Gerät abgelehnt (ID %2 %3): Ihr Anbieter kennt es noch nicht.</translation>
    </message>
    <message>
        <source>Not tried: the server refused this device before any password was sent.</source>
        <translation>Nicht versucht: Der Server hat dieses Gerät abgelehnt, bevor ein Passwort gesendet wurde.</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2…</source>
        <translation>Anmeldung bei %1 als %2…</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Not tried: the SMTP server could not be reached over TLS.</source>
        <translation>Nicht versucht: Der SMTP-Server war über TLS nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 accepted the login; mail can be sent.</source>
        <translation>%1 hat die Anmeldung angenommen; Nachrichten können gesendet werden.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>heron::sync::DraftUploader</name>
    <message>
        <source>The draft could not be saved in %1 on the server: %2</source>
        <translation>Der Entwurf konnte nicht in %1 auf dem Server gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::FolderChange</name>
    <message>
        <source>Offline changes could not be sent first (they stay queued): %1</source>
        <translation>Offline-Änderungen konnten nicht zuerst gesendet werden (sie bleiben vorgemerkt): %1</translation>
    </message>
    <message>
        <source>The server did not create the folder &quot;%1&quot;</source>
        <translation>Der Server hat den Ordner „%1“ nicht angelegt</translation>
    </message>
    <message>
        <source>The server did not rename the folder &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Der Server hat den Ordner „%1“ nicht in „%2“ umbenannt</translation>
    </message>
    <message>
        <source>The server did not delete the folder &quot;%1&quot;</source>
        <translation>Der Server hat den Ordner „%1“ nicht gelöscht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::MailEngine</name>
    <message>
        <source>The mail cache is not open.</source>
        <translation>Der Nachrichten-Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The profile has no account %1.</source>
        <translation>Das Profil hat kein Konto %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not in the cache.</source>
        <translation>Der Ordner %1 ist nicht im Cache.</translation>
    </message>
    <message>
        <source>The server no longer has this message.</source>
        <translation>Der Server hat diese Nachricht nicht mehr.</translation>
    </message>
    <message>
        <source>The outbox of %1 cannot be opened.</source>
        <translation>Der Postausgang von %1 lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1 (%2); the others got it.</source>
        <translation>Der Server hat den Empfänger %1 abgelehnt (%2); die anderen haben die Nachricht erhalten.</translation>
    </message>
    <message>
        <source>The drafts of %1 cannot be opened.</source>
        <translation>Die Entwürfe von %1 lassen sich nicht öffnen.</translation>
    </message>
    <message>
        <source>That message is being sent or waits to be sent; it cannot be edited now.</source>
        <translation>Diese Nachricht wird gerade gesendet oder wartet darauf; sie lässt sich jetzt nicht bearbeiten.</translation>
    </message>
    <message>
        <source>Undo Move to %1</source>
        <translation>Verschieben nach %1 rückgängig machen</translation>
    </message>
    <message>
        <source>%1 is not an account of this profile.</source>
        <translation>%1 ist kein Konto dieses Profils.</translation>
    </message>
    <message>
        <source>Copying to %1 failed: %2</source>
        <translation>Kopieren nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::OutboxSender</name>
    <message>
        <source>The connection ended after the message was handed over, before the server confirmed it (%1). It may have been sent; look in the recipients&apos; or the Sent folder before sending it again.</source>
        <translation>Die Verbindung endete, nachdem die Nachricht übergeben war, aber bevor der Server sie bestätigt hat (%1). Sie wurde möglicherweise gesendet; sehen Sie im Ordner „Gesendet“ nach oder fragen Sie die Empfänger, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The message was sent, but no copy could be saved in the Sent folder: %1</source>
        <translation>Die Nachricht wurde gesendet, aber im Ordner „Gesendet“ konnte keine Kopie gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The message was sent, but the folders could not be listed to save a copy in Sent: %1</source>
        <translation>Die Nachricht wurde gesendet, aber die Ordner konnten nicht aufgelistet werden, um eine Kopie in „Gesendet“ abzulegen: %1</translation>
    </message>
    <message>
        <source>The message was sent, but the account has no Sent folder (none is marked \Sent).</source>
        <translation>Die Nachricht wurde gesendet, aber das Konto hat keinen Ordner „Gesendet“ (keiner ist als \Sent gekennzeichnet).</translation>
    </message>
    <message>
        <source>The message was sent, but saving it in %1 failed: %2</source>
        <translation>Die Nachricht wurde gesendet, aber das Speichern in %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::ServerProbe</name>
    <message>
        <source>%1 closed the connection before it said hello.</source>
        <translation>%1 hat die Verbindung vor der Begrüßung geschlossen.</translation>
    </message>
    <message>
        <source>%1 does not answer like a mail server.</source>
        <translation>%1 antwortet nicht wie ein Mailserver.</translation>
    </message>
    <message>
        <source>%1 refused EHLO: %2</source>
        <translation>%1 hat EHLO abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 did not greet like an IMAP server: %2</source>
        <translation>%1 hat nicht wie ein IMAP-Server gegrüßt: %2</translation>
    </message>
    <message>
        <source>%1 did not greet like an SMTP server: %2</source>
        <translation>%1 hat nicht wie ein SMTP-Server gegrüßt: %2</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: %2</source>
        <translation>%1 bietet kein STARTTLS an: %2</translation>
    </message>
    <message>
        <source>%1 answered over TLS with a trusted certificate.</source>
        <translation>%1 hat über TLS mit einem vertrauenswürdigen Zertifikat geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered and upgraded to TLS (STARTTLS) with a trusted certificate.</source>
        <translation>%1 hat geantwortet und mit einem vertrauenswürdigen Zertifikat auf TLS umgeschaltet (STARTTLS).</translation>
    </message>
</context>
<context>
    <name>heron::sync::SrvConfigLookup</name>
    <message>
        <source>DNS SRV records of %1: found.</source>
        <translation>DNS-SRV-Einträge von %1: gefunden.</translation>
    </message>
    <message>
        <source>DNS SRV records of %1: no usable IMAP and SMTP servers.</source>
        <translation>DNS-SRV-Einträge von %1: keine nutzbaren IMAP- und SMTP-Server.</translation>
    </message>
    <message>
        <source>%1.%2: the domain says it does not offer this service.</source>
        <translation>%1.%2: Die Domain gibt an, diesen Dienst nicht anzubieten.</translation>
    </message>
</context>
<context>
    <name>heron::ui::AccountIdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Ihr Mailkonto</translation>
    </message>
    <message>
        <source>Jo Doe</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <source>jo@example.org</source>
        <translation>erika@example.org</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>E-Mail-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Heron looks up the servers for your address and how to sign in there. A password is kept in the system keychain.</source>
        <translation>Heron sucht die Server für Ihre Adresse und wie Sie sich dort anmelden. Ein Passwort wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>not needed for providers with browser sign-in</source>
        <translation>bei Anbietern mit Anmeldung im Browser nicht nötig</translation>
    </message>
</context>
<context>
    <name>heron::ui::AccountServersPage</name>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>Looking up settings…</source>
        <translation>Einstellungen werden gesucht…</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Posteingang (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No settings found. Enter the servers your provider gives (manual setup).</source>
        <translation>Keine Einstellungen gefunden. Geben Sie die Server Ihres Anbieters ein (manuelle Einrichtung).</translation>
    </message>
    <message>
        <source>Heron could not find the servers of %1. Your provider&apos;s help pages name them.</source>
        <translation>Heron konnte die Server von %1 nicht finden. Die Hilfeseiten Ihres Anbieters nennen sie.</translation>
    </message>
    <message>
        <source>Settings found. Check them, or change them (manual setup).</source>
        <translation>Einstellungen gefunden. Prüfen oder ändern Sie sie (manuelle Einrichtung).</translation>
    </message>
    <message>
        <source>Found in %1.</source>
        <translation>Gefunden in %1.</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>%1 offers browser sign-in (OAuth 2.0), but Heron has no client ID for %1, so it cannot sign in there that way. Use a password if %1 still accepts one (some providers call it an app password); a client ID can be added in the profile&apos;s oauth2-providers.json.</source>
        <translation>%1 bietet die Anmeldung im Browser (OAuth 2.0) an, aber Heron hat keine Client-ID für %1 und kann sich dort deshalb nicht so anmelden. Verwenden Sie ein Passwort, wenn %1 noch eines annimmt (manche Anbieter nennen es App-Passwort); eine Client-ID kann in der Datei oauth2-providers.json des Profils eingetragen werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s settings say its servers accept browser sign-in only, so a password will probably be refused.</source>
        <translation>Laut den Einstellungen des Anbieters nehmen seine Server nur die Anmeldung im Browser an; ein Passwort wird daher wahrscheinlich abgelehnt.</translation>
    </message>
    <message>
        <source>With browser sign-in you sign in on %1&apos;s own page in your browser; Heron never sees your password and needs none here.</source>
        <translation>Bei der Anmeldung im Browser melden Sie sich auf der Seite von %1 selbst in Ihrem Browser an; Heron sieht Ihr Passwort nie und braucht hier keines.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Browser sign-in with %1 (OAuth 2.0)</source>
        <translation>Anmeldung im Browser bei %1 (OAuth 2.0)</translation>
    </message>
</context>
<context>
    <name>heron::ui::AccountSettingsDialog</name>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Posteingang (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Device ID…</source>
        <translation>&amp;Geräte-ID…</translation>
    </message>
    <message>
        <source>This device&apos;s ID for the account, its registration, and the CLIENTID switch</source>
        <translation>Die Geräte-ID dieses Geräts für das Konto, ihre Registrierung und der CLIENTID-Schalter</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Konto &amp;entfernen…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The settings were saved, the password was not: %1</source>
        <translation>Die Einstellungen wurden gespeichert, das Passwort nicht: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from Heron? Its settings and password are deleted from this computer; the mail on the server stays.</source>
        <translation>%1 aus Heron entfernen? Seine Einstellungen und sein Passwort werden von diesem Computer gelöscht; die Nachrichten auf dem Server bleiben.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The account was removed, its password could not be deleted: %1</source>
        <translation>Das Konto wurde entfernt, sein Passwort konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Put under your messages, after a &quot;-- &quot; line</source>
        <translation>Unter Ihre Nachrichten gesetzt, nach einer Zeile „-- “</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>Other addresses you send from with this account, one per line: Name &lt;name@example.org&gt;</source>
        <translation>Weitere Adressen, von denen Sie mit diesem Konto senden, eine pro Zeile: Name &lt;name@example.org&gt;</translation>
    </message>
    <message>
        <source>Other &amp;addresses:</source>
        <translation>Weitere &amp;Adressen:</translation>
    </message>
    <message>
        <source>Not saved: these other addresses are not valid: %1</source>
        <translation>Nicht gespeichert: Diese weiteren Adressen sind ungültig: %1</translation>
    </message>
    <message>
        <source>&amp;Keep this account&apos;s messages on this computer to read offline</source>
        <translation>Nachrichten dieses Kontos zum Offline-Lesen auf diesem Computer &amp;behalten</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>alle Nachrichten</translation>
    </message>
    <message>
        <source>of the last </source>
        <translation>der letzten </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Older messages are listed too, and downloaded when opened</source>
        <translation>Ältere Nachrichten werden ebenfalls aufgelistet und beim Öffnen heruntergeladen</translation>
    </message>
    <message>
        <source>&amp;Offline:</source>
        <translation>&amp;Offline:</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Sign in at the provider in your browser again, for example after changing your password there or withdrawing Heron&apos;s access</source>
        <translation>Im Browser erneut beim Anbieter anmelden, zum Beispiel nachdem Sie dort Ihr Passwort geändert oder Herons Zugriff entzogen haben</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Signs in with %1 in the browser.</source>
        <translation>Meldet sich im Browser bei %1 an.</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Erneut angemeldet.</translation>
    </message>
    <message>
        <source>Remove %1 from Heron? Its settings and sign-in are deleted from this computer, and %2 is asked to withdraw Heron&apos;s access; the mail on the server stays.</source>
        <translation>%1 aus Heron entfernen? Seine Einstellungen und seine Anmeldung werden von diesem Computer gelöscht, und %2 wird gebeten, Herons Zugriff zu entziehen; die Nachrichten auf dem Server bleiben.</translation>
    </message>
    <message>
        <source>The account was removed, its sign-in could not be deleted: %1</source>
        <translation>Das Konto wurde entfernt, seine Anmeldung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Not signed in at the moment.</source>
        <translation>Zurzeit nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>heron::ui::AccountTestPage</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Heron connects to the servers the way it will when getting and sending mail.</source>
        <translation>Heron verbindet sich mit den Servern so, wie es das beim Abrufen und Senden von Nachrichten tun wird.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Connect to this server despite the problem above, as long as it shows this very certificate. Only do this when you know the fingerprint is the server&apos;s.</source>
        <translation>Trotz des obigen Problems mit diesem Server verbinden, solange er genau dieses Zertifikat zeigt. Tun Sie das nur, wenn Sie wissen, dass der Fingerabdruck zum Server gehört.</translation>
    </message>
    <message>
        <source>Register this device</source>
        <translation>Dieses Gerät registrieren</translation>
    </message>
    <message>
        <source>Your provider lets this account log in only from devices the account owner approved, and it does not know this one yet. Register this device ID with your provider (usually on its web portal), then press Test Again. You can also add the account now and register the device later.</source>
        <translation>Ihr Anbieter erlaubt die Anmeldung bei diesem Konto nur von Geräten, die der Kontoinhaber freigegeben hat, und kennt dieses noch nicht. Registrieren Sie diese Geräte-ID bei Ihrem Anbieter (meist in seinem Webportal) und drücken Sie dann „Erneut testen“. Sie können das Konto auch jetzt hinzufügen und das Gerät später registrieren.</translation>
    </message>
    <message>
        <source>&amp;Register Device…</source>
        <translation>Gerät &amp;registrieren…</translation>
    </message>
    <message>
        <source>Test &amp;Again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2</source>
        <translation>%1: SHA-256 %2</translation>
    </message>
    <message>
        <source>Everything works. Press Finish to add the account.</source>
        <translation>Alles funktioniert. Schließen Sie den Assistenten ab, um das Konto hinzuzufügen.</translation>
    </message>
    <message>
        <source>Some steps did not work (see above). Change the settings (Back), test again, or press Finish to add the account as it is.</source>
        <translation>Einige Schritte haben nicht funktioniert (siehe oben). Ändern Sie die Einstellungen (Zurück), testen Sie erneut oder schließen Sie den Assistenten ab, um das Konto so hinzuzufügen.</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Das Konto wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>No provider to sign in with was chosen.</source>
        <translation>Es wurde kein Anbieter für die Anmeldung gewählt.</translation>
    </message>
    <message>
        <source>Back from the browser; getting Heron&apos;s access from %1…</source>
        <translation>Zurück aus dem Browser; Heron holt den Zugriff bei %1 ab…</translation>
    </message>
    <message>
        <source>Opening the sign-in page of %1 in your browser…</source>
        <translation>Die Anmeldeseite von %1 wird in Ihrem Browser geöffnet…</translation>
    </message>
    <message>
        <source>Sign in in your browser to go on. Test Again starts a new sign-in.</source>
        <translation>Melden Sie sich in Ihrem Browser an, um fortzufahren. „Erneut testen“ beginnt eine neue Anmeldung.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten, bis Sie sich im Browser angemeldet haben…</translation>
    </message>
    <message>
        <source>Heron could not open a browser. Open the link below in one and sign in there.</source>
        <translation>Heron konnte keinen Browser öffnen. Öffnen Sie den Link unten in einem Browser und melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>Signed in at %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>The browser sign-in did not work (see above). Press Test Again to sign in again, choose a password instead (Back), or press Finish to add the account and sign in later.</source>
        <translation>Die Anmeldung im Browser hat nicht geklappt (siehe oben). Drücken Sie „Erneut testen“, um sich erneut anzumelden, wählen Sie stattdessen ein Passwort (Zurück), oder drücken Sie „Fertigstellen“, um das Konto hinzuzufügen und sich später anzumelden.</translation>
    </message>
</context>
<context>
    <name>heron::ui::AccountWizard</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>heron::ui::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation>&amp;Alle speichern…</translation>
    </message>
    <message>
        <source>message.eml</source>
        <translation>nachricht.eml</translation>
    </message>
    <message>
        <source>message-%1.eml</source>
        <translation>nachricht-%1.eml</translation>
    </message>
    <message>
        <source>attachment-%1</source>
        <translation>anhang-%1</translation>
    </message>
    <message>
        <source>Heron could not save %1: %2</source>
        <translation>Heron konnte %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a program or script. Heron does not start programs from mail; save it and open it yourself only if you trust the sender.</source>
        <translation>%1 ist ein Programm oder Skript. Heron startet keine Programme aus E-Mails; speichern Sie es und öffnen Sie es selbst nur, wenn Sie dem Absender vertrauen.</translation>
    </message>
    <message>
        <source>Heron could not make a temporary folder to open %1: %2</source>
        <translation>Heron konnte keinen temporären Ordner zum Öffnen von %1 anlegen: %2</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Keine Anwendung ist zum Öffnen von %1 eingerichtet.</translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Alle Anhänge speichern</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
</context>
<context>
    <name>heron::ui::ComposerManager</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Putting %1 in the outbox…</source>
        <translation>%1 wird in den Postausgang gelegt…</translation>
    </message>
    <message>
        <source>Writing mail</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <source>%1 is not a mailto: link.</source>
        <translation>%1 ist kein mailto:-Link.</translation>
    </message>
    <message>
        <source>Downloading the message…</source>
        <translation>Die Nachricht wird heruntergeladen…</translation>
    </message>
    <message>
        <source>%1 is in the outbox.</source>
        <translation>%1 liegt im Postausgang.</translation>
    </message>
    <message>
        <source>A message was not sent: %1</source>
        <translation>Eine Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) from %1…</source>
        <translation>
            <numerusform>%n Nachricht wird von %1 gesendet…</numerusform>
            <numerusform>%n Nachrichten werden von %1 gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was sent.</source>
        <translation>%1 wurde gesendet.</translation>
    </message>
    <message>
        <source>%1 was sent. %2</source>
        <translation>%1 wurde gesendet. %2</translation>
    </message>
    <message>
        <source>%1 is not sent yet: %2 It stays in the outbox and Heron tries again shortly.</source>
        <translation>%1 ist noch nicht gesendet: %2 Die Nachricht bleibt im Postausgang, Heron versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server refused %1: %2 It stays in the outbox and is not sent.</source>
        <translation>Der Server hat %1 abgelehnt: %2 Die Nachricht bleibt im Postausgang und wird nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 may have been sent: %2</source>
        <translation>%1 wurde vielleicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: sending stopped: %2</source>
        <translation>%1: Senden abgebrochen: %2</translation>
    </message>
    <message>
        <source>The draft %1 is saved in Drafts.</source>
        <translation>Der Entwurf %1 ist in „Entwürfe“ gespeichert.</translation>
    </message>
    <message>
        <source>The draft %1 is saved on this computer only; Heron puts it in Drafts at the next check for mail. %2</source>
        <translation>Der Entwurf %1 ist nur auf diesem Computer gespeichert; Heron legt ihn beim nächsten Abrufen in „Entwürfe“ ab. %2</translation>
    </message>
    <message>
        <source>%1 is out of the outbox; send it again when it is ready.</source>
        <translation>%1 ist nicht mehr im Postausgang; senden Sie sie erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>may have been sent</source>
        <translation>möglicherweise gesendet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No unsent messages</source>
        <translation>Keine ungesendeten Nachrichten</translation>
    </message>
</context>
<context>
    <name>heron::ui::ComposerWindow</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Kopie (Cc):</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Blindkopie (Bcc):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Den ausgewählten Anhang entfernen</translation>
    </message>
    <message>
        <source>name@example.org, …</source>
        <translation>name@example.org, …</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Die Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on this window, or paste an image)</source>
        <translation>Dateien anhängen (oder auf dieses Fenster ziehen, oder ein Bild einfügen)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>%1 cannot be attached: %2</source>
        <translation>%1 kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Verfassen: (kein Betreff)</translation>
    </message>
    <message>
        <source>Write: %1</source>
        <translation>Verfassen: %1</translation>
    </message>
    <message>
        <source>No attachment</source>
        <translation>Kein Anhang</translation>
    </message>
    <message>
        <source>The message speaks of an attachment, but nothing is attached.</source>
        <translation>Die Nachricht erwähnt einen Anhang, aber es ist nichts angehängt.</translation>
    </message>
    <message>
        <source>Send it without one, or go back and attach it?</source>
        <translation>Ohne Anhang senden, oder zurück und ihn anhängen?</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>These recipients are not valid addresses: %1
An address looks like name@example.org; separate several with commas.</source>
        <translation>Diese Empfänger sind keine gültigen Adressen: %1
Eine Adresse sieht so aus: name@example.org; mehrere durch Kommas trennen.</translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Mindestens einen Empfänger in An, Cc oder Bcc eintragen.</translation>
    </message>
    <message>
        <source>There is no account to send from. Add one first.</source>
        <translation>Es gibt kein Konto, von dem gesendet werden kann. Zuerst eines hinzufügen.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox, so nothing was sent: %1</source>
        <translation>Die Nachricht konnte nicht in den Postausgang gelegt werden, also wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Unsent message</source>
        <translation>Nicht gesendete Nachricht</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Save the message in Drafts to finish it later (Ctrl+S)</source>
        <translation>Die Nachricht in „Entwürfe“ speichern, um sie später fertigzuschreiben (Strg+S)</translation>
    </message>
    <message>
        <source>There is no account to keep the draft in. Add one first.</source>
        <translation>Es gibt kein Konto für den Entwurf. Legen Sie zuerst eines an.</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Entwurf wird gespeichert …</translation>
    </message>
    <message>
        <source>Draft saved on this computer at %1; putting it in Drafts…</source>
        <translation>Entwurf um %1 auf diesem Computer gespeichert; er wird in „Entwürfe“ abgelegt …</translation>
    </message>
    <message>
        <source>Draft saved in Drafts at %1.</source>
        <translation>Entwurf um %1 in „Entwürfe“ gespeichert.</translation>
    </message>
    <message>
        <source>Draft saved on this computer only; Heron puts it in Drafts on the server at the next check for mail. %1</source>
        <translation>Entwurf nur auf diesem Computer gespeichert; Heron legt ihn beim nächsten Abrufen in „Entwürfe“ auf dem Server ab. %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Entwurf nicht gespeichert</translation>
    </message>
    <message>
        <source>The draft could not be saved, so the window stays open: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden, daher bleibt das Fenster offen: %1</translation>
    </message>
    <message>
        <source>This message has not been sent. Save it as a draft?</source>
        <translation>Diese Nachricht wurde nicht gesendet. Als Entwurf speichern?</translation>
    </message>
    <message>
        <source>A saved draft is in the Drafts folder, to finish later. Discarded text and attachments cannot be brought back.</source>
        <translation>Ein gespeicherter Entwurf liegt im Ordner „Entwürfe“ und kann später fertiggeschrieben werden. Verworfener Text und Anhänge lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Rich Text (HTML)</source>
        <translation>&amp;Formatierter Text (HTML)</translation>
    </message>
    <message>
        <source>Write with bold, italics, lists and links; the message goes out as HTML with a plain-text version beside it</source>
        <translation>Mit Fett- und Kursivschrift, Listen und Links schreiben; die Nachricht wird als HTML verschickt, mit einer Fassung als reiner Text daneben</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Unterstrichen</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link …</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Switch this message to plain text? Its formatting is replaced by plain-text marks: *bold*, /italic/, _underlined_, &quot;- &quot; before list items and a link&apos;s address after its text.</source>
        <translation>Diese Nachricht auf reinen Text umstellen? Die Formatierung wird durch Textzeichen ersetzt: *fett*, /kursiv/, _unterstrichen_, „- “ vor Listeneinträgen und die Adresse eines Links hinter seinem Text.</translation>
    </message>
    <message>
        <source>Switch to Plain Text</source>
        <translation>Auf reinen Text umstellen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Web address or mail address:</source>
        <translation>Webadresse oder E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>%1 is not a web page (http:, https:) or mail (mailto:) address, so it cannot be a link in a message.</source>
        <translation>%1 ist weder eine Webseite (http:, https:) noch eine E-Mail-Adresse (mailto:) und kann daher kein Link in einer Nachricht sein.</translation>
    </message>
    <message>
        <source>Bulleted Li&amp;st</source>
        <translation>&amp;Aufzählung</translation>
    </message>
    <message>
        <source>Remove Te&amp;xt Styles</source>
        <translation>Te&amp;xtauszeichnung entfernen</translation>
    </message>
</context>
<context>
    <name>heron::ui::DeviceIdField</name>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the device ID to the clipboard</source>
        <translation>Die Geräte-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>heron::ui::DevicePage</name>
    <message>
        <source>Present this device&apos;s ID to the servers (CLIENTID)</source>
        <translation>Die Geräte-ID den Servern vorlegen (CLIENTID)</translation>
    </message>
    <message>
        <source>Providers that allow an account only on approved devices need it; servers that do not ask for it never see it.</source>
        <translation>Anbieter, die ein Konto nur auf freigegebenen Geräten erlauben, benötigen sie; Server, die nicht danach fragen, bekommen sie nie zu sehen.</translation>
    </message>
    <message>
        <source>Scan it with a phone to register this device on the provider&apos;s web page.</source>
        <translation>Scannen Sie ihn mit einem Smartphone, um dieses Gerät auf der Webseite des Anbieters zu registrieren.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Asks for device ID</source>
        <translation>Fragt nach Geräte-ID</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Reset This Account&apos;s Device ID…</source>
        <translation>Geräte-ID dieses Kontos zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset All Device IDs…</source>
        <translation>Alle Geräte-IDs zurücksetzen…</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Registrierung:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Secret kept in:</source>
        <translation>Geheimnis gespeichert in:</translation>
    </message>
    <message>
        <source>This device&apos;s identity cannot be read.</source>
        <translation>Die Identität dieses Geräts kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Until then Heron presents no device ID, and providers that allow only approved devices refuse this one.</source>
        <translation>Bis dahin legt Heron keine Geräte-ID vor, und Anbieter, die nur freigegebene Geräte erlauben, lehnen dieses Gerät ab.</translation>
    </message>
    <message>
        <source>No account yet: add one with Account → Add Account….</source>
        <translation>Noch kein Konto: Fügen Sie eines mit Konto → Konto hinzufügen… hinzu.</translation>
    </message>
    <message>
        <source>No device ID: the install secret cannot be read (see above).</source>
        <translation>Keine Geräte-ID: Das Installationsgeheimnis kann nicht gelesen werden (siehe oben).</translation>
    </message>
    <message>
        <source>Not presented: the device ID is switched off for this account.</source>
        <translation>Wird nicht vorgelegt: Die Geräte-ID ist für dieses Konto ausgeschaltet.</translation>
    </message>
    <message>
        <source>Register this ID with your provider as a new device (paste it, or scan the QR code on the provider&apos;s page). Only this account&apos;s servers see it.</source>
        <translation>Registrieren Sie diese ID bei Ihrem Anbieter als neues Gerät (fügen Sie sie ein oder scannen Sie den QR-Code auf der Seite des Anbieters). Nur die Server dieses Kontos bekommen sie zu sehen.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Never sent</source>
        <translation>Nie gesendet</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open %2&apos;s registration page&lt;/a&gt; (in your browser)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Registrierungsseite von %2 öffnen&lt;/a&gt; (in Ihrem Browser)</translation>
    </message>
    <message>
        <source>Your provider has not named a registration page. It usually has one among the security or device settings of its web portal.</source>
        <translation>Ihr Anbieter hat keine Registrierungsseite genannt. Meist findet sie sich in seinem Webportal bei den Sicherheits- oder Geräteeinstellungen.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Die Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Reset Device ID</source>
        <translation>Geräte-ID zurücksetzen</translation>
    </message>
    <message>
        <source>Heron will present a new device ID to the servers of %1. Your provider will see a new, unregistered device: if it allows this account only on approved devices, Heron cannot get or send this account&apos;s mail until the new ID is approved. The old ID stops being used here; other accounts keep theirs.</source>
        <translation>Heron wird den Servern von %1 eine neue Geräte-ID vorlegen. Ihr Anbieter sieht dann ein neues, nicht registriertes Gerät: Erlaubt er dieses Konto nur auf freigegebenen Geräten, kann Heron für dieses Konto keine Nachrichten abrufen oder senden, bis die neue ID freigegeben ist. Die alte ID wird hier nicht mehr verwendet; andere Konten behalten ihre.</translation>
    </message>
    <message>
        <source>The device ID was not reset: %1</source>
        <translation>Die Geräte-ID wurde nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Reset All Device IDs</source>
        <translation>Alle Geräte-IDs zurücksetzen</translation>
    </message>
    <message>
        <source>Heron will replace this installation&apos;s secret, so every account gets a new device ID. Every provider will see a new, unregistered device: those that allow an account only on approved devices refuse it until the new ID is approved.</source>
        <translation>Heron ersetzt das Geheimnis dieser Installation, sodass jedes Konto eine neue Geräte-ID erhält. Jeder Anbieter sieht dann ein neues, nicht registriertes Gerät: Anbieter, die ein Konto nur auf freigegebenen Geräten erlauben, lehnen es ab, bis die neue ID freigegeben ist.</translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>The device IDs were not reset: %1</source>
        <translation>Die Geräte-IDs wurden nicht zurückgesetzt: %1</translation>
    </message>
</context>
<context>
    <name>heron::ui::DeviceRefusalDialog</name>
    <message>
        <source>This Device Is Not Approved — %1</source>
        <translation>Dieses Gerät ist nicht freigegeben – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be used on this device yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 kann auf diesem Gerät noch nicht verwendet werden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show &amp;QR Code</source>
        <translation>&amp;QR-Code anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open Registration Page</source>
        <translation>&amp;Registrierungsseite öffnen</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Connect again once the provider has approved this device</source>
        <translation>Erneut verbinden, sobald der Anbieter dieses Gerät freigegeben hat</translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1:</source>
        <translation>Geräte-ID für %1:</translation>
    </message>
    <message>
        <source>the incoming mail server (IMAP) %1</source>
        <translation>Posteingangsserver (IMAP) %1</translation>
    </message>
    <message>
        <source>the outgoing mail server (SMTP) %1</source>
        <translation>Postausgangsserver (SMTP) %1</translation>
    </message>
    <message>
        <source>Refused by %1.</source>
        <translation>Abgelehnt vom %1.</translation>
    </message>
    <message>
        <source>The reply of %1: “%2”</source>
        <translation>Antwort vom %1: „%2“</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Öffnet %1 in Ihrem Browser</translation>
    </message>
    <message>
        <source>Register this device on your provider&apos;s page (%1): open it, or copy the device ID or scan the QR code there. Once the device is approved, press Try Again.</source>
        <translation>Registrieren Sie dieses Gerät auf der Seite Ihres Anbieters (%1): Öffnen Sie sie und fügen Sie dort die Geräte-ID ein oder scannen Sie den QR-Code. Sobald das Gerät freigegeben ist, klicken Sie auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Register this device with your provider, usually as a new device in its web portal, with the device ID above (copy it, or scan the QR code). Once the device is approved, press Try Again.</source>
        <translation>Registrieren Sie dieses Gerät bei Ihrem Anbieter, meist als neues Gerät in seinem Webportal, mit der obigen Geräte-ID (kopieren Sie sie oder scannen Sie den QR-Code). Sobald das Gerät freigegeben ist, klicken Sie auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Your provider allows this account only on devices the account owner has approved. This device is not approved yet. Heron did not send the password.</source>
        <translation>Ihr Anbieter erlaubt dieses Konto nur auf Geräten, die der Kontoinhaber freigegeben hat. Dieses Gerät ist noch nicht freigegeben. Heron hat das Passwort nicht gesendet.</translation>
    </message>
    <message>
        <source>Hide &amp;QR Code</source>
        <translation>&amp;QR-Code ausblenden</translation>
    </message>
</context>
<context>
    <name>heron::ui::FolderActions</name>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder</source>
        <translation>Ordner &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Mark Folder Read</source>
        <translation>Ordner als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>A folder name cannot contain &quot;%1&quot;: the server uses it between folder levels.</source>
        <translation>Ein Ordnername darf „%1“ nicht enthalten: Der Server trennt damit Ordnerebenen.</translation>
    </message>
    <message>
        <source>There is already a folder called &quot;%1&quot; here.</source>
        <translation>Hier gibt es schon einen Ordner „%1“.</translation>
    </message>
    <message>
        <source>Choose another name?</source>
        <translation>Einen anderen Namen wählen?</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; with its subfolders and %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Den Ordner „%1“ mit seinen Unterordnern und %n Nachricht endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Den Ordner „%1“ mit seinen Unterordnern und %n Nachrichten endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the folder &quot;%1&quot; with its subfolders and %n message(s) to the Trash?</source>
        <translation>
            <numerusform>Den Ordner „%1“ mit seinen Unterordnern und %n Nachricht in den Papierkorb verschieben?</numerusform>
            <numerusform>Den Ordner „%1“ mit seinen Unterordnern und %n Nachrichten in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
</context>
<context>
    <name>heron::ui::FolderRolesBox</name>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Sent messages:</source>
        <translation>Gesen&amp;dete Nachrichten:</translation>
    </message>
    <message>
        <source>&amp;Trash:</source>
        <translation>Pap&amp;ierkorb:</translation>
    </message>
    <message>
        <source>Arc&amp;hive:</source>
        <translation>Arc&amp;hiv:</translation>
    </message>
    <message>
        <source>&amp;Junk:</source>
        <translation>&amp;Junk:</translation>
    </message>
    <message>
        <source>Automatic: the folder the server marks for it, else the one with the usual name</source>
        <translation>Automatisch: der Ordner, den der Server dafür kennzeichnet, sonst der mit dem üblichen Namen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Dra&amp;fts:</source>
        <translation>En&amp;twürfe:</translation>
    </message>
</context>
<context>
    <name>heron::ui::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n ungelesene Nachricht</numerusform>
            <numerusform>%1: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>All Inboxes (%1)</source>
        <translation>Alle Posteingänge (%1)</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Alle Posteingänge</translation>
    </message>
    <message numerus="yes">
        <source>The Inboxes of every account together: %n unread</source>
        <translation>
            <numerusform>Die Posteingänge aller Konten zusammen: %n ungelesen</numerusform>
            <numerusform>Die Posteingänge aller Konten zusammen: %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heron::ui::MailNotifier</name>
    <message>
        <source>Heron</source>
        <translation>Heron</translation>
    </message>
    <message numerus="yes">
        <source>Heron: %n unread message(s)</source>
        <translation>
            <numerusform>Heron: %n ungelesene Nachricht</numerusform>
            <numerusform>Heron: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation>unbekannter Absender</translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>in the Inbox of %1</source>
        <translation>im Posteingang von %1</translation>
    </message>
</context>
<context>
    <name>heron::ui::MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Heron</source>
        <translation>Heron</translation>
    </message>
    <message>
        <source>Filter these messages &lt;Ctrl+Shift+K&gt;</source>
        <translation>Diese Nachrichten filtern &lt;Strg+Umschalt+K&gt;</translation>
    </message>
    <message>
        <source>%1 is up to date; new mail shows up as it arrives.</source>
        <translation>%1 ist auf dem neuesten Stand; neue Nachrichten erscheinen, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>No folder selected</source>
        <translation>Kein Ordner ausgewählt</translation>
    </message>
    <message>
        <source>The filter cannot be used: %1</source>
        <translation>Der Filter kann nicht verwendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages match</source>
        <translation>
            <numerusform>%n passende Nachricht</numerusform>
            <numerusform>%n passende Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting messages of %1 in %2…</source>
        <translation>Nachrichten von %1 in %2 werden abgerufen…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages</source>
        <translation>%1: %2 von %3 Nachrichten</translation>
    </message>
    <message>
        <source>%1 is up to date (%2).</source>
        <translation>%1 ist auf dem neuesten Stand (%2).</translation>
    </message>
    <message>
        <source>%1: your provider does not know this device yet. %2</source>
        <translation>%1: Ihr Anbieter kennt dieses Gerät noch nicht. %2</translation>
    </message>
    <message>
        <source>%1: the server refused the password. %2</source>
        <translation>%1: Der Server hat das Passwort abgelehnt. %2</translation>
    </message>
    <message>
        <source>%1: cannot reach the server. %2</source>
        <translation>%1: Der Server ist nicht erreichbar. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The message could not be loaded: %1</source>
        <translation>Die Nachricht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Get Messages</source>
        <translation>Nachrichten &amp;abrufen</translation>
    </message>
    <message>
        <source>Get new messages of the selected folder</source>
        <translation>Neue Nachrichten des ausgewählten Ordners abrufen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Device ID…</source>
        <translation>&amp;Geräte-ID…</translation>
    </message>
    <message>
        <source>This device&apos;s ID for the account, its registration with the provider, and resets</source>
        <translation>Die Geräte-ID für das Konto, ihre Registrierung beim Anbieter und das Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Heron</source>
        <translation>Ü&amp;ber Heron</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>About Heron</source>
        <translation>Über Heron</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Heron %1&lt;/h3&gt;&lt;p&gt;A desktop mail client with built-in device registration (CLIENTID).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Heron %1&lt;/h3&gt;&lt;p&gt;Ein Mailprogramm für den Desktop mit eingebauter Geräteregistrierung (CLIENTID).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Anordnung</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Mit &amp;Stern markieren</translation>
    </message>
    <message>
        <source>Star the selected messages, or take the star away when they all have one</source>
        <translation>Die ausgewählten Nachrichten mit Stern markieren oder den Stern entfernen, wenn alle bereits einen haben</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move the selected messages to the Trash (in the Trash: delete them for good)</source>
        <translation>Die ausgewählten Nachrichten in den Papierkorb verschieben (im Papierkorb: endgültig löschen)</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Classic</source>
        <translation>&amp;Klassisch</translation>
    </message>
    <message>
        <source>&amp;Wide</source>
        <translation>&amp;Breit</translation>
    </message>
    <message>
        <source>&amp;Vertical</source>
        <translation>&amp;Vertikal</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Heron will be in %1 the next time it starts.</source>
        <translation>Beim nächsten Start verwendet Heron diese Sprache: %1.</translation>
    </message>
    <message>
        <source>No accounts yet: add one with Account → Add Account… (profile %1).</source>
        <translation>Noch keine Konten: Fügen Sie eines mit Konto → Konto hinzufügen… hinzu (Profil %1).</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Account &amp;Settings…</source>
        <translation>Konto&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Verfassen</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>Eine neue Nachricht verfassen</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Reply &amp;All</source>
        <translation>Allen ant&amp;worten</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>Forward as A&amp;ttachment</source>
        <translation>Als An&amp;hang weiterleiten</translation>
    </message>
    <message>
        <source>Message &amp;Source</source>
        <translation>Nachrichten&amp;quelltext</translation>
    </message>
    <message>
        <source>&amp;Edit Draft</source>
        <translation>Entwurf &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Go on writing the selected draft</source>
        <translation>Den ausgewählten Entwurf weiterschreiben</translation>
    </message>
    <message>
        <source>&amp;Unsent Messages</source>
        <translation>&amp;Ungesendete Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>There are no unread messages in this folder.</source>
        <translation>In diesem Ordner gibt es keine ungelesenen Nachrichten.</translation>
    </message>
    <message>
        <source>No unread messages after this one.</source>
        <translation>Nach dieser gibt es keine ungelesenen Nachrichten.</translation>
    </message>
    <message>
        <source>&amp;Threaded</source>
        <translation>Nach &amp;Themen gruppiert</translation>
    </message>
    <message>
        <source>Group replies with the messages they answer</source>
        <translation>Antworten bei den Nachrichten zeigen, auf die sie antworten</translation>
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <translation>&amp;Nächste ungelesene Nachricht</translation>
    </message>
    <message>
        <source>Heron is working offline. Switch off File → Work Offline to get messages.</source>
        <translation>Heron arbeitet offline. Schalten Sie Datei → Offline arbeiten aus, um Nachrichten abzurufen.</translation>
    </message>
    <message>
        <source>The text of this message is not on this computer yet. It is downloaded when Heron is online again (File → Work Offline).</source>
        <translation>Der Text dieser Nachricht ist noch nicht auf diesem Computer. Er wird geladen, sobald Heron wieder online ist (Datei → Offline arbeiten).</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; created.</source>
        <translation>Ordner „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; deleted.</source>
        <translation>Ordner „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation>Ordner „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>&amp;Show Heron</source>
        <translation>Heron &amp;zeigen</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Work offline: no connection to any server until this is switched off again</source>
        <translation>Offline arbeiten: keine Verbindung zu einem Server, bis dies wieder ausgeschaltet wird</translation>
    </message>
    <message>
        <source>The copy is made when Heron is online again.</source>
        <translation>Die Kopie wird angelegt, sobald Heron wieder online ist.</translation>
    </message>
    <message>
        <source>&amp;Copy To</source>
        <translation>&amp;Kopieren nach</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline: click to connect</source>
        <translation>Offline: klicken zum Verbinden</translation>
    </message>
    <message>
        <source>Online: click to work offline</source>
        <translation>Online: klicken, um offline zu arbeiten</translation>
    </message>
    <message>
        <source>Working offline: changes wait on this computer until Heron is online again.</source>
        <translation>Offline: Änderungen warten auf diesem Computer, bis Heron wieder online ist.</translation>
    </message>
    <message>
        <source>Online again.</source>
        <translation>Wieder online.</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost; reconnecting in %2 s.</source>
        <translation>%1: Die Verbindung zum Server ist abgebrochen; neuer Verbindungsversuch in %2 s.</translation>
    </message>
    <message>
        <source>%1
Click for details.</source>
        <translation>%1
Für Einzelheiten klicken.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>The last %n problem(s), newest first, are under Show Details.</source>
        <translation>
            <numerusform>%n Problem steht unter „Details einblenden“.</numerusform>
            <numerusform>Die letzten %n Probleme, das neueste zuerst, stehen unter „Details einblenden“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Only unread messages</source>
        <translation>Nur ungelesene Nachrichten</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Only starred messages</source>
        <translation>Nur Nachrichten mit Stern</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Only messages with attachments</source>
        <translation>Nur Nachrichten mit Anhängen</translation>
    </message>
    <message>
        <source>Correspondents</source>
        <translation>Korrespondenten</translation>
    </message>
    <message>
        <source>Only messages from people you have written to</source>
        <translation>Nur Nachrichten von Personen, denen Sie geschrieben haben</translation>
    </message>
    <message>
        <source>Jun&amp;k</source>
        <translation>&amp;Junk</translation>
    </message>
    <message>
        <source>Move the selected messages to the Junk folder (in the Junk folder: back to the Inbox)</source>
        <translation>Die ausgewählten Nachrichten in den Junk-Ordner verschieben (im Junk-Ordner: zurück in den Posteingang)</translation>
    </message>
    <message>
        <source>Sign In Needed — %1</source>
        <translation>Anmeldung erforderlich — %1</translation>
    </message>
    <message>
        <source>Heron cannot get or send mail for %1 until you sign in again in your browser.</source>
        <translation>Heron kann für %1 keine Nachrichten abrufen oder senden, bis Sie sich in Ihrem Browser erneut angemeldet haben.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>%1 does not sign in in the browser.</source>
        <translation>%1 meldet sich nicht im Browser an.</translation>
    </message>
    <message>
        <source>%1: signed in again.</source>
        <translation>%1: erneut angemeldet.</translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageFileWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1 — Heron</source>
        <translation>%1 – Heron</translation>
    </message>
    <message>
        <source>Heron cannot open %1: %2</source>
        <translation>Heron kann %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is %2, too large to be a mail message; Heron shows message files up to %3.</source>
        <translation>%1 ist %2 groß, zu groß für eine E-Mail-Nachricht; Heron zeigt Nachrichtendateien bis %3 an.</translation>
    </message>
    <message>
        <source>Heron could not read all of %1: %2</source>
        <translation>Heron konnte %1 nicht vollständig lesen: %2</translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageListModel</name>
    <message>
        <source>(no recipient)</source>
        <translation>(kein Empfänger)</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(kein Absender)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Hat Anhänge</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message numerus="yes">
        <source>%n messages in this thread</source>
        <translation>
            <numerusform>%n Nachricht in diesem Thema</numerusform>
            <numerusform>%n Nachrichten in diesem Thema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Read (click to mark as unread)</source>
        <translation>Gelesen (klicken, um als ungelesen zu markieren)</translation>
    </message>
    <message>
        <source>Unread (click to mark as read)</source>
        <translation>Ungelesen (klicken, um als gelesen zu markieren)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageSourceWindow</name>
    <message>
        <source>Source of %1</source>
        <translation>Quelltext von %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageView</name>
    <message>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Loading the message from the server…</source>
        <translation>Die Nachricht wird vom Server geladen…</translation>
    </message>
    <message>
        <source>Preparing the message…</source>
        <translation>Nachricht wird vorbereitet…</translation>
    </message>
    <message>
        <source>Remote content</source>
        <translation>Externe Inhalte</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>The link text shows %1, but the link leads to %2.</source>
        <translation>Der Linktext zeigt %1, aber der Link führt zu %2.</translation>
    </message>
    <message>
        <source>Open %1 in the browser?</source>
        <translation>%1 im Browser öffnen?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>heron::ui::OAuthSignInDialog</name>
    <message>
        <source>Sign In — %1</source>
        <translation>Anmelden — %1</translation>
    </message>
    <message>
        <source>Sign in to %1 with %2 in your browser.</source>
        <translation>Melden Sie %1 in Ihrem Browser bei %2 an.</translation>
    </message>
    <message>
        <source>Heron opens %1&apos;s sign-in page in your browser. Sign in there and allow Heron to use your mail; then come back here. Heron never sees your password.</source>
        <translation>Heron öffnet die Anmeldeseite von %1 in Ihrem Browser. Melden Sie sich dort an und erlauben Sie Heron den Zugriff auf Ihre Nachrichten; kommen Sie dann hierher zurück. Heron sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The CA file of %1 cannot be used: %2</source>
        <translation>Die CA-Datei von %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Back from the browser; getting Heron&apos;s access from %1…</source>
        <translation>Zurück aus dem Browser; Heron holt den Zugriff bei %1 ab…</translation>
    </message>
    <message>
        <source>Opening the sign-in page of %1 in your browser…</source>
        <translation>Die Anmeldeseite von %1 wird in Ihrem Browser geöffnet…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten, bis Sie sich im Browser angemeldet haben…</translation>
    </message>
    <message>
        <source>Heron could not open a browser. Open the link below in one and sign in there.</source>
        <translation>Heron konnte keinen Browser öffnen. Öffnen Sie den Link unten in einem Browser und melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>You signed in, but Heron could not keep the sign-in: %1</source>
        <translation>Sie haben sich angemeldet, aber Heron konnte die Anmeldung nicht speichern: %1</translation>
    </message>
    <message>
        <source>Signed in. Heron gets and sends mail for %1 again.</source>
        <translation>Angemeldet. Heron ruft für %1 wieder Nachrichten ab und sendet sie.</translation>
    </message>
</context>
<context>
    <name>heron::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Remote content in messages</source>
        <translation>Externe Inhalte in Nachrichten</translation>
    </message>
    <message>
        <source>Heron loads no images or other content from the internet when it shows a message, so a sender cannot tell that, when or where you read it. These senders are trusted to load theirs (Always allow, in a message&apos;s banner):</source>
        <translation>Heron lädt beim Anzeigen einer Nachricht keine Bilder oder anderen Inhalte aus dem Internet, sodass ein Absender nicht erfährt, ob, wann oder wo Sie sie lesen. Diese Absender dürfen ihre Inhalte laden („Immer erlauben“ im Hinweisbalken einer Nachricht):</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Their messages load no remote content again until you allow it</source>
        <translation>Ihre Nachrichten laden keine externen Inhalte mehr, bis Sie es erlauben</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <source>Every account&apos;s Inbox is checked this often; the folder you look at shows new mail at once where the server can push it (IDLE)</source>
        <translation>So oft wird der Posteingang jedes Kontos abgerufen; im angezeigten Ordner erscheinen neue Nachrichten sofort, wo der Server sie meldet (IDLE)</translation>
    </message>
    <message>
        <source>&amp;Check for new mail every:</source>
        <translation>Neue Nachrichten &amp;abrufen alle:</translation>
    </message>
    <message>
        <source>No sender yet: every message shows without remote content.</source>
        <translation>Noch kein Absender: Jede Nachricht wird ohne externe Inhalte angezeigt.</translation>
    </message>
    <message>
        <source>Remote content</source>
        <translation>Externe Inhalte</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never (only by hand)</source>
        <translation>nie (nur von Hand)</translation>
    </message>
    <message>
        <source>A message you look at this long is marked read; 0 s: as soon as it is shown</source>
        <translation>Eine Nachricht, die Sie so lange ansehen, wird als gelesen markiert; 0 s: sobald sie angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Mark a shown message read after:</source>
        <translation>Angezeigte Nachricht als gelesen &amp;markieren nach:</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when new mail arrives in an Inbox</source>
        <translation>Eine Desktop-&amp;Benachrichtigung zeigen, wenn neue Nachrichten in einem Posteingang ankommen</translation>
    </message>
    <message>
        <source>Each message can still be switched in its Format menu</source>
        <translation>Jede Nachricht lässt sich im Menü Format trotzdem umstellen</translation>
    </message>
    <message>
        <source>&amp;Write new messages in rich text (HTML) instead of plain text</source>
        <translation>Neue Nachrichten als formatierten Text (HTML) statt als reinen Text &amp;schreiben</translation>
    </message>
</context>
<context>
    <name>heron::ui::QrCodeWidget</name>
    <message>
        <source>QR code of the device ID</source>
        <translation>QR-Code der Geräte-ID</translation>
    </message>
</context>
<context>
    <name>heron::ui::RemoteContentBanner</name>
    <message>
        <source>Remote content blocked</source>
        <translation>Externe Inhalte blockiert</translation>
    </message>
    <message>
        <source>Images and style sheets on other servers were not loaded, so the sender cannot tell that you opened this message.</source>
        <translation>Bilder und Stylesheets auf anderen Servern wurden nicht geladen, damit der Absender nicht erfährt, dass Sie diese Nachricht geöffnet haben.</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <source>Always allow for %1</source>
        <translation>Immer erlauben für %1</translation>
    </message>
</context>
<context>
    <name>heron::ui::ServerSettingsBox</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
</context>
<context>
    <name>heron::ui::SignInLinkField</name>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>&amp;Open Sign-In Page</source>
        <translation>Anmeldeseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the provider&apos;s sign-in page in your browser again</source>
        <translation>Die Anmeldeseite des Anbieters erneut in Ihrem Browser öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in page&apos;s address, to open it in another browser</source>
        <translation>Die Adresse der Anmeldeseite kopieren, um sie in einem anderen Browser zu öffnen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>heronctl</name>
    <message>
        <source>the folder &quot;%1&quot; is not in the cache yet; run `heronctl sync --folder %1` first.</source>
        <translation>der Ordner „%1“ ist noch nicht im Cache; führen Sie zuerst `heronctl sync --folder %1` aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when heronctl was stopped; they are marked &quot;may have been sent&quot; and are not sent again on their own (`heronctl outbox` lists them).</source>
        <translation>
            <numerusform>%n Nachricht wurde gerade gesendet, als heronctl beendet wurde; sie ist als „möglicherweise gesendet“ (may_have_been_sent) markiert und wird nicht von selbst erneut gesendet (`heronctl outbox` listet sie auf).</numerusform>
            <numerusform>%n Nachrichten wurden gerade gesendet, als heronctl beendet wurde; sie sind als „möglicherweise gesendet“ (may_have_been_sent) markiert und werden nicht von selbst erneut gesendet (`heronctl outbox` listet sie auf).</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile %1 has no account %2; `heronctl account list` shows its accounts.</source>
        <translation>das Profil %1 hat kein Konto %2; `heronctl account list` zeigt seine Konten an.</translation>
    </message>
    <message>
        <source>the profile %1 has no account yet; add one with `heronctl account add`.</source>
        <translation>das Profil %1 hat noch kein Konto; fügen Sie eines mit `heronctl account add` hinzu.</translation>
    </message>
    <message>
        <source>the profile has %1 accounts (%2); say which with --account ADDR.</source>
        <translation>das Profil hat %1 Konten (%2); geben Sie mit --account ADDR an, welches gemeint ist.</translation>
    </message>
    <message>
        <source>cannot read the password of %1: %2</source>
        <translation>das Passwort von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no password is stored for %1 and standard input is not a terminal to ask for one; store it with `heronctl account remove %1` and `heronctl account add ... --password-stdin`.</source>
        <translation>für %1 ist kein Passwort gespeichert, und die Standardeingabe ist kein Terminal, an dem danach gefragt werden könnte; speichern Sie es mit `heronctl account remove %1` und `heronctl account add ... --password-stdin`.</translation>
    </message>
    <message>
        <source>the CA file of %1 cannot be used: %2</source>
        <translation>die CA-Datei von %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Run &apos;heronctl --help&apos; for the commands.</source>
        <translation>Mit &apos;heronctl --help&apos; erhalten Sie eine Liste der Befehle.</translation>
    </message>
    <message>
        <source>--profile needs a directory.</source>
        <translation>--profile braucht ein Verzeichnis.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation>&apos;%1&apos; braucht einen dieser Unterbefehle: %2.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>not implemented yet (it arrives with %1).</source>
        <translation>noch nicht umgesetzt (kommt mit %1).</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 braucht %2.</translation>
    </message>
    <message>
        <source>%1 may be given only once.</source>
        <translation>%1 darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>heronctl %1: the Heron mail engine from the command line.</source>
        <translation>heronctl %1: die Mail-Engine von Heron auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>keep all state under DIR (or set HERON_PROFILE)</source>
        <translation>alle Daten unter DIR ablegen (oder HERON_PROFILE setzen)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>maschinenlesbare Ausgabe auf stdout</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source>this text; &apos;heronctl help COMMAND&apos; for one command</source>
        <translation>dieser Text; &apos;heronctl help COMMAND&apos; für einen einzelnen Befehl</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 other failure, 2 usage error, 3 connection or TLS failure,
4 authentication failed, 5 device refused (CLIENTID), 6 CLIENTID protocol error,
7 message rejected by the server (it stays in the outbox).</source>
        <translation>Exit-Codes: 0 erledigt, 1 sonstiger Fehler, 2 Aufruffehler, 3 Verbindungs- oder TLS-Fehler,
4 Anmeldung fehlgeschlagen, 5 Gerät abgelehnt (CLIENTID), 6 CLIENTID-Protokollfehler,
7 Nachricht vom Server abgelehnt (sie bleibt im Postausgang).</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>advertised</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>not advertised</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>, last reply &quot;%1&quot;</source>
        <translation>, letzte Antwort „%1“</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No accounts in %1; add one with `heronctl account add`.</source>
        <translation>Keine Konten in %1; fügen Sie eines mit `heronctl account add` hinzu.</translation>
    </message>
    <message>
        <source>device ID (CLIENTID %1): %2</source>
        <translation>Geräte-ID (CLIENTID %1): %2</translation>
    </message>
    <message>
        <source>presented to servers that advertise CLIENTID</source>
        <translation>wird Servern vorgelegt, die CLIENTID anbieten</translation>
    </message>
    <message>
        <source>not presented: CLIENTID is off for this account</source>
        <translation>wird nicht vorgelegt: CLIENTID ist für dieses Konto ausgeschaltet</translation>
    </message>
    <message>
        <source>no server contacted yet</source>
        <translation>noch kein Server kontaktiert</translation>
    </message>
    <message>
        <source>The device secret is kept in %1.</source>
        <translation>Das Gerätegeheimnis wird hier aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>Every account of this profile has a new device ID.</source>
        <translation>Jedes Konto dieses Profils hat eine neue Geräte-ID.</translation>
    </message>
    <message>
        <source>New device ID:</source>
        <translation>Neue Geräte-ID:</translation>
    </message>
    <message>
        <source>Providers that check CLIENTID will see a new, unregistered device: register it again (the Device page, or the provider&apos;s portal with the ID above).</source>
        <translation>Anbieter, die CLIENTID prüfen, sehen ein neues, nicht registriertes Gerät: Registrieren Sie es erneut (auf der Seite „Geräte-ID“ oder im Portal des Anbieters mit der obigen ID).</translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new device), then run this command again; `heronctl clientid` shows it again.</source>
        <translation>Die Geräte-ID für %1 lautet %2 %3. Registrieren Sie sie bei Ihrem Anbieter (meist in seinem Webportal, als neues Gerät) und führen Sie diesen Befehl dann erneut aus; `heronctl clientid` zeigt sie wieder an.</translation>
    </message>
    <message>
        <source>--%1 wants a number, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>the search could not be run: %1</source>
        <translation>die Suche konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>UID must be a positive number.</source>
        <translation>UID muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>%1 has no message with UID %2.</source>
        <translation>%1 enthält keine Nachricht mit der UID %2.</translation>
    </message>
    <message>
        <source>attempt %1 failed; next at %2</source>
        <translation>Versuch %1 fehlgeschlagen; nächster um %2</translation>
    </message>
    <message>
        <source>Nothing to send: the outbox of %1 has no queued message.</source>
        <translation>Nichts zu senden: Der Postausgang von %1 enthält keine wartende Nachricht.</translation>
    </message>
    <message>
        <source>%1 queued message(s): %2 tried, %3 delivered.</source>
        <translation>Wartende Nachrichten: %1; versucht: %2, zugestellt: %3.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>(unknown charset, read as %1)</source>
        <translation>(unbekannter Zeichensatz, gelesen als %1)</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Teile:</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no recipients in To, Cc or Bcc.</source>
        <translation>%1 hat keine Empfänger in To, Cc oder Bcc.</translation>
    </message>
    <message>
        <source>%1 is in the outbox; sending.</source>
        <translation>%1 liegt im Postausgang; wird gesendet.</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>%1 gesendet.</translation>
    </message>
    <message>
        <source>The message stays in the outbox; `heronctl outbox flush` sends it again.</source>
        <translation>Die Nachricht bleibt im Postausgang; `heronctl outbox flush` sendet sie erneut.</translation>
    </message>
    <message>
        <source>The messages stay in the outbox.</source>
        <translation>Die Nachrichten bleiben im Postausgang.</translation>
    </message>
    <message>
        <source>%1 delivered.</source>
        <translation>%1 zugestellt.</translation>
    </message>
    <message>
        <source>%1: the server refused the recipient %2 (%3); the others got it.</source>
        <translation>%1: Der Server hat den Empfänger %2 abgelehnt (%3); die anderen haben die Nachricht erhalten.</translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1 rejected: %2 It stays in the outbox as failed.</source>
        <translation>%1 abgelehnt: %2 Die Nachricht bleibt als fehlgeschlagen (failed) im Postausgang.</translation>
    </message>
    <message>
        <source>%1 may have been sent: %2 It stays in the outbox and is not sent again on its own.</source>
        <translation>%1 wurde möglicherweise gesendet: %2 Die Nachricht bleibt im Postausgang und wird nicht von selbst erneut gesendet.</translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new device), then run `heronctl outbox flush`; `heronctl clientid` shows it again.</source>
        <translation>Die Geräte-ID für %1 lautet %2 %3. Registrieren Sie sie bei Ihrem Anbieter (meist in seinem Webportal, als neues Gerät) und führen Sie dann `heronctl outbox flush` aus; `heronctl clientid` zeigt sie wieder an.</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist.</source>
        <translation>die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>the profile already has an account for %1; remove it first with `heronctl account remove %1`.</source>
        <translation>das Profil hat bereits ein Konto für %1; entfernen Sie es zuerst mit `heronctl account remove %1`.</translation>
    </message>
    <message>
        <source>--password-stdin read no password: standard input was empty.</source>
        <translation>--password-stdin hat kein Passwort gelesen: Die Standardeingabe war leer.</translation>
    </message>
    <message>
        <source>standard input is not a terminal, so the password cannot be asked for; pipe it in with --password-stdin, e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | heronctl account add ... --password-stdin</source>
        <translation>die Standardeingabe ist kein Terminal, daher kann nicht nach dem Passwort gefragt werden; übergeben Sie es über eine Pipe mit --password-stdin, z. B. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | heronctl account add ... --password-stdin</translation>
    </message>
    <message>
        <source>no password was entered.</source>
        <translation>es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>Added %1: IMAP %2, SMTP %3.</source>
        <translation>%1 hinzugefügt: IMAP %2, SMTP %3.</translation>
    </message>
    <message>
        <source>The password is kept in %1.</source>
        <translation>Das Passwort wird hier aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP: %1</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP: %1</translation>
    </message>
    <message>
        <source>login: %1</source>
        <translation>Anmeldename: %1</translation>
    </message>
    <message>
        <source>extra CA file: %1</source>
        <translation>zusätzliche CA-Datei: %1</translation>
    </message>
    <message>
        <source>CLIENTID: on</source>
        <translation>CLIENTID: an</translation>
    </message>
    <message>
        <source>CLIENTID: off</source>
        <translation>CLIENTID: aus</translation>
    </message>
    <message>
        <source>Removed %1 and its password.</source>
        <translation>%1 und das zugehörige Passwort wurden entfernt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the change is saved and stays queued; it is sent at the next sync.</source>
        <translation>die Änderung ist gespeichert und bleibt vorgemerkt; sie wird bei der nächsten Synchronisierung übertragen.</translation>
    </message>
    <message>
        <source>UID must be a message&apos;s IMAP UID (1 or more).</source>
        <translation>UID muss die IMAP-UID einer Nachricht sein (1 oder größer).</translation>
    </message>
    <message>
        <source>The account to act on; may be omitted when the profile holds one account.</source>
        <translation>Das betroffene Konto; kann weggelassen werden, wenn das Profil nur ein Konto enthält.</translation>
    </message>
    <message>
        <source>The folder (default: INBOX).</source>
        <translation>Der Ordner (Standard: INBOX).</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>Höchstens N Ergebnisse.</translation>
    </message>
    <message>
        <source>send needs either --to (to compose a message) or --eml FILE (to send a ready one), not both.</source>
        <translation>send braucht entweder --to (um eine Nachricht zu verfassen) oder --eml FILE (um eine fertige zu senden), nicht beides.</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --eml: the file already is the whole message.</source>
        <translation>--%1 kann nicht mit --eml kombiniert werden: Die Datei ist bereits die vollständige Nachricht.</translation>
    </message>
    <message>
        <source>clientid reset needs exactly one of --account ADDR or --all.</source>
        <translation>clientid reset braucht genau eine der Optionen --account ADDR oder --all.</translation>
    </message>
    <message>
        <source>clientid reset makes the provider see a new, unregistered device; add --yes to confirm.</source>
        <translation>nach clientid reset sieht der Anbieter ein neues, nicht registriertes Gerät; fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <source>flag needs exactly one of --seen, --unseen, --flagged, --unflagged.</source>
        <translation>flag braucht genau eine der Optionen --seen, --unseen, --flagged, --unflagged.</translation>
    </message>
    <message>
        <source>The message&apos;s IMAP UID.</source>
        <translation>Die IMAP-UID der Nachricht.</translation>
    </message>
    <message>
        <source>the account setup issue</source>
        <translation>dem Ticket zur Kontoeinrichtung</translation>
    </message>
    <message>
        <source>the IMAP engine issue</source>
        <translation>dem Ticket zur IMAP-Engine</translation>
    </message>
    <message>
        <source>the cache and sync issue</source>
        <translation>dem Ticket zu Cache und Synchronisierung</translation>
    </message>
    <message>
        <source>the SMTP engine and outbox issue</source>
        <translation>dem Ticket zu SMTP-Engine und Postausgang</translation>
    </message>
    <message>
        <source>the device identity (CLIENTID) issue</source>
        <translation>dem Ticket zur Geräteidentität (CLIENTID)</translation>
    </message>
    <message>
        <source>the MIME issue</source>
        <translation>dem Ticket zu MIME</translation>
    </message>
    <message>
        <source>Add an account to the profile.</source>
        <translation>Ein Konto zum Profil hinzufügen.</translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address.</source>
        <translation>Die E-Mail-Adresse des Kontos.</translation>
    </message>
    <message>
        <source>IMAP server (port default: 993 with tls, 143 with starttls).</source>
        <translation>IMAP-Server (Standardport: 993 mit tls, 143 mit starttls).</translation>
    </message>
    <message>
        <source>SMTP server (port default: 465 with tls, 587 with starttls).</source>
        <translation>SMTP-Server (Standardport: 465 mit tls, 587 mit starttls).</translation>
    </message>
    <message>
        <source>How IMAP is encrypted (default: tls).</source>
        <translation>Wie IMAP verschlüsselt wird (Standard: tls).</translation>
    </message>
    <message>
        <source>How SMTP is encrypted (default: tls).</source>
        <translation>Wie SMTP verschlüsselt wird (Standard: tls).</translation>
    </message>
    <message>
        <source>Login name, when it is not the address.</source>
        <translation>Anmeldename, falls er nicht die Adresse ist.</translation>
    </message>
    <message>
        <source>Read the password from one line of standard input.</source>
        <translation>Das Passwort aus einer Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for this account.</source>
        <translation>Für dieses Konto zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Do not present this device&apos;s CLIENTID token.</source>
        <translation>Das CLIENTID-Token dieses Geräts nicht vorlegen.</translation>
    </message>
    <message>
        <source>sync --bodies keeps the bodies of the last N days only (default 0: all mail).</source>
        <translation>sync --bodies behält nur die Nachrichteninhalte der letzten N Tage (Standard 0: alle Nachrichten).</translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation>Eine Bezeichnung für das Konto.</translation>
    </message>
    <message>
        <source>List the profile&apos;s accounts.</source>
        <translation>Die Konten des Profils auflisten.</translation>
    </message>
    <message>
        <source>Remove an account and its cache from the profile.</source>
        <translation>Ein Konto und seinen Cache aus dem Profil entfernen.</translation>
    </message>
    <message>
        <source>The account&apos;s address.</source>
        <translation>Die Adresse des Kontos.</translation>
    </message>
    <message>
        <source>List an account&apos;s folders.</source>
        <translation>Die Ordner eines Kontos auflisten.</translation>
    </message>
    <message>
        <source>Bring the local cache up to date with the server.</source>
        <translation>Den lokalen Cache mit dem Server abgleichen.</translation>
    </message>
    <message>
        <source>Also download message bodies.</source>
        <translation>Auch die Nachrichteninhalte herunterladen.</translation>
    </message>
    <message>
        <source>List cached messages, newest first.</source>
        <translation>Zwischengespeicherte Nachrichten auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Skip the first N messages.</source>
        <translation>Die ersten N Nachrichten überspringen.</translation>
    </message>
    <message>
        <source>Show one message.</source>
        <translation>Eine Nachricht anzeigen.</translation>
    </message>
    <message>
        <source>Print the message source as stored.</source>
        <translation>Den Quelltext der Nachricht so ausgeben, wie er gespeichert ist.</translation>
    </message>
    <message>
        <source>Mark a message read or unread, flagged or not (works offline: queued until the next sync).</source>
        <translation>Eine Nachricht als gelesen oder ungelesen markieren, mit Stern oder ohne (funktioniert offline: bis zur nächsten Synchronisierung vorgemerkt).</translation>
    </message>
    <message>
        <source>Mark it read.</source>
        <translation>Als gelesen markieren.</translation>
    </message>
    <message>
        <source>Mark it unread.</source>
        <translation>Als ungelesen markieren.</translation>
    </message>
    <message>
        <source>Flag it.</source>
        <translation>Mit Stern markieren.</translation>
    </message>
    <message>
        <source>Remove its flag.</source>
        <translation>Stern entfernen.</translation>
    </message>
    <message>
        <source>Move a message to another folder (works offline: queued until the next sync).</source>
        <translation>Eine Nachricht in einen anderen Ordner verschieben (funktioniert offline: bis zur nächsten Synchronisierung vorgemerkt).</translation>
    </message>
    <message>
        <source>The destination.</source>
        <translation>Der Zielordner.</translation>
    </message>
    <message>
        <source>Move a message to the Trash; in the Trash, delete it for good (works offline).</source>
        <translation>Eine Nachricht in den Papierkorb verschieben; im Papierkorb endgültig löschen (funktioniert offline).</translation>
    </message>
    <message>
        <source>Move a message to the archive folder (works offline).</source>
        <translation>Eine Nachricht in den Archivordner verschieben (funktioniert offline).</translation>
    </message>
    <message>
        <source>Queue a message in the outbox and deliver it.</source>
        <translation>Eine Nachricht in den Postausgang stellen und zustellen.</translation>
    </message>
    <message>
        <source>Recipients.</source>
        <translation>Empfänger.</translation>
    </message>
    <message>
        <source>Copy recipients.</source>
        <translation>Empfänger in Kopie (Cc).</translation>
    </message>
    <message>
        <source>Blind copy recipients (never in the sent headers).</source>
        <translation>Empfänger in Blindkopie (Bcc; nie in den gesendeten Kopfzeilen).</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>Der Betreff.</translation>
    </message>
    <message>
        <source>The plain-text body, UTF-8.</source>
        <translation>Der Nachrichtentext als reiner Text, UTF-8.</translation>
    </message>
    <message>
        <source>Attach a file; may be repeated.</source>
        <translation>Eine Datei anhängen; kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>Send this ready RFC 5322 message instead of composing one.</source>
        <translation>Diese fertige RFC-5322-Nachricht senden, statt eine zu verfassen.</translation>
    </message>
    <message>
        <source>List queued messages.</source>
        <translation>Nachrichten im Postausgang auflisten.</translation>
    </message>
    <message>
        <source>Try to deliver every queued message now.</source>
        <translation>Jetzt versuchen, alle wartenden Nachrichten zuzustellen.</translation>
    </message>
    <message>
        <source>Show this device&apos;s CLIENTID token and each server&apos;s CLIENTID status.</source>
        <translation>Das CLIENTID-Token dieses Geräts und den CLIENTID-Status jedes Servers anzeigen.</translation>
    </message>
    <message>
        <source>Give one account (or every account) a new device ID.</source>
        <translation>Einem Konto (oder allen Konten) eine neue Geräte-ID geben.</translation>
    </message>
    <message>
        <source>Reset every account&apos;s device ID.</source>
        <translation>Die Geräte-ID aller Konten zurücksetzen.</translation>
    </message>
    <message>
        <source>Confirm: providers will see a new, unregistered device.</source>
        <translation>Bestätigen: Anbieter sehen ein neues, nicht registriertes Gerät.</translation>
    </message>
    <message>
        <source>Parse a local .eml file and show its fields and parts.</source>
        <translation>Eine lokale .eml-Datei zerlegen und ihre Felder und Teile anzeigen.</translation>
    </message>
    <message>
        <source>The message file.</source>
        <translation>Die Nachrichtendatei.</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 braucht einen Dateipfad.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 needs at least one e-mail address.</source>
        <translation>%1 braucht mindestens eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not HOST or HOST:PORT (port 1-65535).</source>
        <translation>%1: „%2“ hat nicht die Form HOST oder HOST:PORT (Port 1–65535).</translation>
    </message>
    <message>
        <source>%1 must be tls or starttls, not &quot;%2&quot;.</source>
        <translation>%1 muss tls oder starttls sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl ab 0 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1: %2 messages (%3 new, %4 changed, %5 removed; %6) in %7 s</source>
        <translation>%1: %2 Nachrichten (%3 neu, %4 geändert, %5 entfernt; %6) in %7 s</translation>
    </message>
    <message>
        <source>To sign in to %1 as %2, open this address in a browser:</source>
        <translation>Um sich bei %1 als %2 anzumelden, öffnen Sie diese Adresse in einem Browser:</translation>
    </message>
    <message numerus="yes">
        <source>the browser did not come back within %n minute(s).</source>
        <translation>
            <numerusform>der Browser kam nicht innerhalb von %n Minute zurück.</numerusform>
            <numerusform>der Browser kam nicht innerhalb von %n Minuten zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>the password or sign-in could not be stored, so the account was not added: %1</source>
        <translation>das Passwort oder die Anmeldung konnte nicht gespeichert werden, daher wurde das Konto nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Heron knows no OAuth provider for %1; name one with --oauth-issuer, or add it to %2.</source>
        <translation>Heron kennt keinen OAuth-Anbieter für %1; nennen Sie einen mit --oauth-issuer, oder tragen Sie ihn in %2 ein.</translation>
    </message>
    <message>
        <source>The sign-in is kept in %1.</source>
        <translation>Die Anmeldung wird hier aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>%1 logs in with a password, not in the browser.</source>
        <translation>%1 meldet sich mit einem Passwort an, nicht im Browser.</translation>
    </message>
    <message>
        <source>the new sign-in could not be stored: %1</source>
        <translation>die neue Anmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>signs in with OAuth 2.0 at %1</source>
        <translation>meldet sich mit OAuth 2.0 bei %1 an</translation>
    </message>
    <message>
        <source>the password or sign-in of %1 could not be deleted, so the account was kept: %2</source>
        <translation>das Passwort oder die Anmeldung von %1 konnte nicht gelöscht werden, daher wurde das Konto behalten: %2</translation>
    </message>
    <message>
        <source>From here: `heronctl account signin %1`.</source>
        <translation>Von hier aus: `heronctl account signin %1`.</translation>
    </message>
    <message>
        <source>--oauth signs in in the browser; it takes no --password-stdin.</source>
        <translation>--oauth meldet sich im Browser an; --password-stdin ist dabei nicht möglich.</translation>
    </message>
    <message>
        <source>--oauth-issuer goes with --oauth.</source>
        <translation>--oauth-issuer gehört zu --oauth.</translation>
    </message>
    <message>
        <source>Sign in in the browser with OAuth 2.0 instead of a password (prints the address to open).</source>
        <translation>Im Browser mit OAuth 2.0 statt mit einem Passwort anmelden (gibt die zu öffnende Adresse aus).</translation>
    </message>
    <message>
        <source>With --oauth: the provider, when the address and the servers do not tell.</source>
        <translation>Mit --oauth: der Anbieter, wenn Adresse und Server ihn nicht erkennen lassen.</translation>
    </message>
    <message>
        <source>Sign in to an OAuth account again in the browser (after the provider revoked the sign-in).</source>
        <translation>Sich bei einem OAuth-Konto erneut im Browser anmelden (nachdem der Anbieter die Anmeldung widerrufen hat).</translation>
    </message>
    <message>
        <source>Removed %1 and its sign-in.</source>
        <translation>%1 und seine Anmeldung wurden entfernt.</translation>
    </message>
    <message>
        <source>Search the cache, and the server for messages whose text is not cached.</source>
        <translation>Im Zwischenspeicher suchen, und auf dem Server nach Nachrichten, deren Text nicht zwischengespeichert ist.</translation>
    </message>
    <message>
        <source>Search the cache only; no connection.</source>
        <translation>Nur im Zwischenspeicher suchen; keine Verbindung.</translation>
    </message>
    <message>
        <source>Words to look for (all of them; FTS5 syntax: &quot;a phrase&quot;, prefix*, OR, NOT).</source>
        <translation>Gesuchte Wörter (alle; FTS5-Syntax: &quot;eine Wortgruppe&quot;, Präfix*, OR, NOT).</translation>
    </message>
    <message numerus="yes">
        <source>only the cache was searched: the server cannot search with OR, NOT, NEAR, groups or column filters, and %n message(s) here have no cached text.</source>
        <translation>
            <numerusform>nur der Zwischenspeicher wurde durchsucht: der Server kann nicht mit OR, NOT, NEAR, Gruppen oder Spaltenfiltern suchen, und %n Nachricht hier hat keinen zwischengespeicherten Text.</numerusform>
            <numerusform>nur der Zwischenspeicher wurde durchsucht: der Server kann nicht mit OR, NOT, NEAR, Gruppen oder Spaltenfiltern suchen, und %n Nachrichten hier haben keinen zwischengespeicherten Text.</numerusform>
        </translation>
    </message>
    <message>
        <source>only the cache was searched.</source>
        <translation>nur der Zwischenspeicher wurde durchsucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) on the server match; `heronctl sync` brings them into the cache.</source>
        <translation>
            <numerusform>%n weitere Nachricht auf dem Server passt; `heronctl sync` holt sie in den Zwischenspeicher.</numerusform>
            <numerusform>%n weitere Nachrichten auf dem Server passen; `heronctl sync` holt sie in den Zwischenspeicher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Heron mail client</source>
        <translation>Heron-Mailprogramm</translation>
    </message>
    <message>
        <source>Keep all state (settings, cache, secrets) under &lt;dir&gt; (default: $HERON_PROFILE, else the standard location).</source>
        <translation>Alle Daten (Einstellungen, Cache, Geheimnisse) unter &lt;Verzeichnis&gt; ablegen (Standard: $HERON_PROFILE, sonst der übliche Ort).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Message files (.eml) to show, or a mailto: link.</source>
        <translation>Anzuzeigende Nachrichtendateien (.eml) oder ein mailto:-Link.</translation>
    </message>
    <message>
        <source>Heron cannot start</source>
        <translation>Heron kann nicht starten</translation>
    </message>
    <message>
        <source>Show Heron in &lt;language&gt; (%1) instead of the system&apos;s language.</source>
        <translation>Heron in &lt;Sprache&gt; (%1) statt in der Sprache des Systems anzeigen.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountConnector</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>Cannot read the password of %1: %2</source>
        <translation>Impossible de lire le mot de passe de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA file of %1 cannot be used: %2</source>
        <translation>Le fichier CA de %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new device), then get messages again.</source>
        <translation>L&apos;identifiant de cet appareil pour %1 est %2 %3. Enregistrez-le auprès de votre fournisseur (généralement sur son portail web, comme nouvel appareil), puis relevez à nouveau les messages.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The settings file %1 cannot be read or written; check its permissions.</source>
        <translation>Le fichier de paramètres %1 ne peut être ni lu ni écrit&#xa0;; vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; fix or move it aside.</source>
        <translation>Le fichier de paramètres %1 est endommagé&#xa0;; corrigez-le ou déplacez-le ailleurs.</translation>
    </message>
    <message>
        <source>An account needs an e-mail address.</source>
        <translation>Un compte doit avoir une adresse e-mail.</translation>
    </message>
    <message>
        <source>The account %1 needs an IMAP server and port.</source>
        <translation>Le compte %1 doit avoir un serveur IMAP et un port.</translation>
    </message>
    <message>
        <source>The account %1 needs an SMTP server and port.</source>
        <translation>Le compte %1 doit avoir un serveur SMTP et un port.</translation>
    </message>
    <message>
        <source>The profile already has an account for %1.</source>
        <translation>Le profil contient déjà un compte pour %1.</translation>
    </message>
    <message>
        <source>The profile has no account for %1.</source>
        <translation>Le profil ne contient aucun compte pour %1.</translation>
    </message>
    <message>
        <source>The account %1 signs in with OAuth but lacks its provider&apos;s addresses.</source>
        <translation>Le compte %1 se connecte avec OAuth, mais les adresses de son fournisseur manquent.</translation>
    </message>
    <message>
        <source>The OAuth address %1 of %2 is not https; Heron signs in over TLS only.</source>
        <translation>L’adresse OAuth %1 de %2 n’est pas en https&#xa0;; Heron ne se connecte que par TLS.</translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>%1 (no encryption)</source>
        <translation>%1 (sans chiffrement)</translation>
    </message>
    <message>
        <source>%1 (not a host name)</source>
        <translation>%1 (pas un nom d&apos;hôte)</translation>
    </message>
    <message>
        <source>%1 (sign-in by %2, which Heron does not support)</source>
        <translation>%1 (identification par %2, que Heron ne prend pas en charge)</translation>
    </message>
    <message>
        <source>%1 (%2, which Heron does not speak)</source>
        <translation>%1 (%2, que Heron ne prend pas en charge)</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is larger than %1 kB; Heron does not read it.</source>
        <translation>La configuration du fournisseur dépasse %1 ko&#xa0;; Heron ne la lit pas.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration declares a document type; Heron does not read such files.</source>
        <translation>La configuration du fournisseur déclare un type de document&#xa0;; Heron ne lit pas de tels fichiers.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is not valid XML: %1.</source>
        <translation>La configuration du fournisseur n&apos;est pas du XML valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The document is not a mail client configuration (no &lt;clientConfig&gt;).</source>
        <translation>Le document n&apos;est pas une configuration de client de messagerie (pas de &lt;clientConfig&gt;).</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is not valid XML: %1 (line %2).</source>
        <translation>La configuration du fournisseur n&apos;est pas du XML valide&#xa0;: %1 (ligne %2).</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration names no mail provider (&lt;emailProvider&gt;).</source>
        <translation>La configuration du fournisseur n&apos;indique aucun fournisseur de messagerie (&lt;emailProvider&gt;).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le répertoire de %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot use write-ahead logging: %2</source>
        <translation>Le cache %1 ne peut pas utiliser la journalisation anticipée (WAL)&#xa0;: %2</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>Cette bibliothèque SQLite ne sait pas faire respecter les clés étrangères.</translation>
    </message>
    <message>
        <source>Cannot read the cache&apos;s schema version: %1</source>
        <translation>Impossible de lire la version du schéma du cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cache was written by a newer Heron (schema %1; this one knows up to %2). Update Heron, or remove the cache to rebuild it from the server.</source>
        <translation>Le cache a été écrit par une version plus récente de Heron (schéma %1&#xa0;; celle-ci connaît les schémas jusqu&apos;au %2). Mettez Heron à jour, ou supprimez le cache pour le reconstruire depuis le serveur.</translation>
    </message>
    <message>
        <source>Cannot migrate the cache from schema %1 to %2.</source>
        <translation>Impossible de migrer le cache du schéma %1 vers le schéma %2.</translation>
    </message>
    <message>
        <source>The migrations skip from schema %1 to %2.</source>
        <translation>Les migrations sautent du schéma %1 au schéma %2.</translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 (%2) failed, nothing was changed: %3</source>
        <translation>La mise à jour du cache vers le schéma %1 (%2) a échoué, rien n&apos;a été modifié&#xa0;: %3</translation>
    </message>
    <message>
        <source>The disk that holds Heron&apos;s cache is full. Free some space, then try again; what was stored before is kept. (%1)</source>
        <translation>Le disque qui contient le cache de Heron est plein. Libérez de l&apos;espace, puis réessayez&#xa0;; ce qui était déjà enregistré est conservé. (%1)</translation>
    </message>
    <message>
        <source>Heron&apos;s cache cannot be written: the file or its folder is read-only. (%1)</source>
        <translation>Le cache de Heron ne peut pas être écrit&#xa0;: le fichier ou son dossier est en lecture seule. (%1)</translation>
    </message>
    <message>
        <source>The disk reported an error while Heron wrote its cache. Check the disk, then try again. (%1)</source>
        <translation>Le disque a signalé une erreur pendant que Heron écrivait son cache. Vérifiez le disque, puis réessayez. (%1)</translation>
    </message>
    <message>
        <source>Heron&apos;s cache file is damaged. Close Heron and delete cache.sqlite in the profile folder; everything in it is downloaded again. (%1)</source>
        <translation>Le fichier de cache de Heron est endommagé. Fermez Heron et supprimez cache.sqlite dans le dossier du profil&#xa0;; tout son contenu sera téléchargé de nouveau. (%1)</translation>
    </message>
    <message>
        <source>Heron&apos;s cache is in use by another program for too long. Close other Heron windows or heronctl commands, then try again. (%1)</source>
        <translation>Le cache de Heron est utilisé trop longtemps par un autre programme. Fermez les autres fenêtres de Heron ou les commandes heronctl, puis réessayez. (%1)</translation>
    </message>
    <message>
        <source>unknown SQLite error</source>
        <translation>erreur SQLite inconnue</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>Heron does not make a new one silently: every account would get a new, unregistered device ID. If it is lost for good, reset all device IDs (heronctl clientid reset --all --yes, or &quot;Reset all&quot; on the Device page) and register this device with your providers again.</source>
        <translation>Heron n&apos;en crée pas un nouveau sans vous le dire&#xa0;: chaque compte recevrait un nouvel identifiant d&apos;appareil non enregistré. S&apos;il est définitivement perdu, réinitialisez tous les identifiants d&apos;appareil (heronctl clientid reset --all --yes, ou «&#xa0;Réinitialiser tous les identifiants d&apos;appareil&#xa0;» sur la page «&#xa0;Identifiant d&apos;appareil&#xa0;») et enregistrez de nouveau cet appareil auprès de vos fournisseurs.</translation>
    </message>
    <message>
        <source>This profile&apos;s device secret in %1 is damaged (%2 bytes instead of %3). %4</source>
        <translation>Le secret d&apos;appareil de ce profil est endommagé (%2 octets au lieu de %3&#xa0;; emplacement&#xa0;: %1). %4</translation>
    </message>
    <message>
        <source>This profile&apos;s device secret (created %1) is missing from %2. %3</source>
        <translation>Le secret d&apos;appareil de ce profil (créé le %1) est introuvable (emplacement&#xa0;: %2). %3</translation>
    </message>
    <message>
        <source>This profile&apos;s device secret cannot be read: %1 %2</source>
        <translation>Impossible de lire le secret d&apos;appareil de ce profil&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>This profile&apos;s device secret cannot be read: %1</source>
        <translation>Impossible de lire le secret d&apos;appareil de ce profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store this profile&apos;s new device secret: %1</source>
        <translation>Impossible d&apos;enregistrer le nouveau secret d&apos;appareil de ce profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot record the new device secret in %1.</source>
        <translation>Impossible de consigner le nouveau secret d&apos;appareil dans %1.</translation>
    </message>
    <message>
        <source>Cannot save the new device ID in %1.</source>
        <translation>Impossible d&apos;enregistrer le nouvel identifiant d&apos;appareil dans %1.</translation>
    </message>
    <message>
        <source>Cannot save the CLIENTID status in %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;état CLIENTID dans %1.</translation>
    </message>
</context>
<context>
    <name>ImapParseError</name>
    <message>
        <source>IMAP response error: %1 (at byte %2)</source>
        <translation>Erreur dans la réponse IMAP&#xa0;: %1 (à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>IMAP response error: %1 (at byte %2, near &quot;%3&quot;)</source>
        <translation>Erreur dans la réponse IMAP&#xa0;: %1 (à l&apos;octet %2, près de «&#xa0;%3&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>LocalDrafts</name>
    <message>
        <source>The draft is empty or has no Message-ID.</source>
        <translation>Le brouillon est vide ou n&apos;a pas de Message-ID.</translation>
    </message>
</context>
<context>
    <name>MailCache</name>
    <message>
        <source>Could not save the folder list.</source>
        <translation>La liste des dossiers n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Could not save messages in the cache.</source>
        <translation>Les messages n&apos;ont pas pu être enregistrés dans le cache.</translation>
    </message>
    <message>
        <source>Could not save flag changes.</source>
        <translation>Les modifications d&apos;indicateurs n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Could not remove messages.</source>
        <translation>Les messages n&apos;ont pas pu être supprimés.</translation>
    </message>
    <message>
        <source>Could not empty the folder&apos;s cache.</source>
        <translation>Le cache du dossier n&apos;a pas pu être vidé.</translation>
    </message>
    <message>
        <source>Could not save the folder&apos;s search index.</source>
        <translation>L&apos;index de recherche du dossier n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Could not save message bodies in the cache.</source>
        <translation>Le corps des messages n&apos;a pas pu être enregistré dans le cache.</translation>
    </message>
    <message>
        <source>The folder %1 is not in the cache.</source>
        <translation>Le dossier %1 n’est pas dans le cache.</translation>
    </message>
</context>
<context>
    <name>OAuth2ProviderTable</name>
    <message>
        <source>The OAuth provider file %1 cannot be used: %2</source>
        <translation>Le fichier de fournisseurs OAuth %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>it has no &quot;providers&quot; list</source>
        <translation>il ne contient pas de liste «&#xa0;providers&#xa0;»</translation>
    </message>
</context>
<context>
    <name>OAuth2TokenSource</name>
    <message>
        <source>Heron is not signed in to %1.</source>
        <translation>Heron n’est pas connecté à %1.</translation>
    </message>
    <message>
        <source>Cannot read the sign-in of %1: %2</source>
        <translation>Impossible de lire la connexion de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The stored sign-in of %1 is damaged.</source>
        <translation>La connexion enregistrée de %1 est endommagée.</translation>
    </message>
    <message>
        <source>The sign-in of %1 has ended.</source>
        <translation>La connexion de %1 a expiré.</translation>
    </message>
    <message>
        <source>Heron has no client ID for %1 any more, so it cannot renew the sign-in of %2.</source>
        <translation>Heron n’a plus d’identifiant client pour %1 et ne peut donc pas renouveler la connexion de %2.</translation>
    </message>
    <message>
        <source>Cannot keep the renewed sign-in of %1: %2</source>
        <translation>Impossible de conserver la connexion renouvelée de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign in to %1 again.</source>
        <translation>Reconnectez-vous à %1.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The message has no Message-ID.</source>
        <translation>Le message n&apos;a pas de Message-ID.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Le message n&apos;a aucun destinataire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid recipient.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un destinataire valide.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The message %1 is already in the outbox.</source>
        <translation>Le message %1 est déjà dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Cannot put the message in the outbox: %1</source>
        <translation>Impossible de placer le message dans la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outbox entry %1 does not exist or is not in a state that allows this.</source>
        <translation>L&apos;entrée %1 de la boîte d&apos;envoi n&apos;existe pas ou n&apos;est pas dans un état qui le permet.</translation>
    </message>
    <message>
        <source>Heron stopped while sending this message; it may have reached the server.</source>
        <translation>Heron s&apos;est arrêté pendant l&apos;envoi de ce message&#xa0;; il a peut-être atteint le serveur.</translation>
    </message>
</context>
<context>
    <name>PartCache</name>
    <message>
        <source>Cannot create the folder for cached parts %1.</source>
        <translation>Impossible de créer le répertoire des parties en cache %1.</translation>
    </message>
    <message>
        <source>Cannot write the cached part %1: %2</source>
        <translation>Impossible d&apos;écrire la partie en cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot cache part %1: %2</source>
        <translation>Impossible de mettre en cache la partie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cached part file %1 is missing: %2</source>
        <translation>Le fichier de la partie en cache %1 est introuvable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cached part file %1 is damaged.</source>
        <translation>Le fichier de la partie en cache %1 est endommagé.</translation>
    </message>
</context>
<context>
    <name>PendingActions</name>
    <message>
        <source>Could not save the change in the cache: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Marking %1 as read</source>
        <translation>Marquage de %1 comme lu</translation>
    </message>
    <message>
        <source>Marking %1 as unread</source>
        <translation>Marquage de %1 comme non lu</translation>
    </message>
    <message>
        <source>Flagging %1</source>
        <translation>Ajout d&apos;une étoile à %1</translation>
    </message>
    <message>
        <source>Unflagging %1</source>
        <translation>Retrait de l&apos;étoile de %1</translation>
    </message>
    <message>
        <source>Setting %1 on %2</source>
        <translation>Ajout de %1 à %2</translation>
    </message>
    <message>
        <source>Clearing %1 on %2</source>
        <translation>Retrait de %1 de %2</translation>
    </message>
    <message>
        <source>Moving %1 to %2</source>
        <translation>Déplacement de %1 vers %2</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in this folder&apos;s cache; run a sync first.</source>
        <translation>Le cache de ce dossier ne contient aucun message d&apos;UID %1&#xa0;; lancez d&apos;abord une synchronisation.</translation>
    </message>
    <message>
        <source>This message is still being moved here; try again after the next sync.</source>
        <translation>Ce message est encore en cours de déplacement vers ce dossier&#xa0;; réessayez après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in the cache; run a sync to update the folder list.</source>
        <translation>Le cache ne contient aucun dossier «&#xa0;%1&#xa0;»&#xa0;; lancez une synchronisation pour mettre à jour la liste des dossiers.</translation>
    </message>
    <message>
        <source>The message already is in &quot;%1&quot;.</source>
        <translation>Le message est déjà dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server names no Trash folder (special-use \Trash) for this account, so there is nowhere to move deleted messages.</source>
        <translation>Le serveur n&apos;indique aucun dossier Corbeille (special-use \Trash) pour ce compte&#xa0;; les messages supprimés n&apos;ont donc nulle part où aller.</translation>
    </message>
    <message>
        <source>The server names no archive folder (special-use \Archive) for this account.</source>
        <translation>Le serveur n&apos;indique aucun dossier d&apos;archives (special-use \Archive) pour ce compte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in %2, so it cannot be moved back.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus dans %2&#xa0;; il ne peut donc pas être remis à sa place.</translation>
    </message>
    <message>
        <source>The server names no junk folder (special-use \Junk) for this account.</source>
        <translation>Le serveur n’indique aucun dossier des indésirables (usage spécial \Junk) pour ce compte.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No profile directory is known on this system; pass --profile DIR or set HERON_PROFILE.</source>
        <translation>Aucun répertoire de profil n&apos;est connu sur ce système&#xa0;; indiquez --profile DIR ou définissez HERON_PROFILE.</translation>
    </message>
    <message>
        <source>The profile path %1 is a file, not a directory; choose another path.</source>
        <translation>Le chemin de profil %1 est un fichier, pas un répertoire&#xa0;; choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1; check that its parent exists and is writable.</source>
        <translation>Impossible de créer le répertoire de profil %1&#xa0;; vérifiez que son répertoire parent existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The profile directory %1 is not writable by you.</source>
        <translation>Vous n&apos;avez pas le droit d&apos;écrire dans le répertoire de profil %1.</translation>
    </message>
</context>
<context>
    <name>RemoteContentAllowList</name>
    <message>
        <source>Heron could not save the senders allowed to load remote content in %1; check that the file can be written.</source>
        <translation>Heron n&apos;a pas pu enregistrer dans %1 les expéditeurs autorisés à charger du contenu distant&#xa0;; vérifiez que le fichier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Le %1, %2 a écrit&#xa0;:</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 a écrit&#xa0;:</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Message transféré --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc&#xa0;: %1</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secrets file %1 cannot be read: %2.</source>
        <translation>Impossible de lire le fichier des secrets %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged; Heron will not overwrite it. Move it aside to start a new one (the passwords it held must then be entered again).</source>
        <translation>Le fichier des secrets %1 est endommagé&#xa0;; Heron ne l&apos;écrasera pas. Déplacez-le ailleurs pour en créer un nouveau (vous devrez alors saisir à nouveau les mots de passe qu&apos;il contenait).</translation>
    </message>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>le trousseau du système (service «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the file %1, readable only by you</source>
        <translation>le fichier %1, lisible par vous seul</translation>
    </message>
    <message>
        <source> (no system keychain: %1)</source>
        <translation> (pas de trousseau système&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>le trousseau n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>This profile has no secrets stored yet.</source>
        <translation>Ce profil n&apos;a encore aucun secret enregistré.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds; unlock it and try again.</source>
        <translation>Le trousseau du système n&apos;a pas répondu en %1 secondes&#xa0;; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain holds no secret &quot;%1&quot; for this profile.</source>
        <translation>Le trousseau du système ne contient aucun secret «&#xa0;%1&#xa0;» pour ce profil.</translation>
    </message>
    <message>
        <source>The system keychain that holds this profile&apos;s secrets cannot be reached (%1); start the desktop&apos;s keyring service and try again.</source>
        <translation>Le trousseau du système qui contient les secrets de ce profil est injoignable (%1)&#xa0;; démarrez le service de trousseau de votre environnement de bureau et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused to read a secret: %1</source>
        <translation>Le trousseau du système a refusé de lire un secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>the system keychain cannot be reached (%1)</source>
        <translation>le trousseau du système est injoignable (%1)</translation>
    </message>
    <message>
        <source>the system keychain refused to store a secret (%1)</source>
        <translation>le trousseau du système a refusé d&apos;enregistrer un secret (%1)</translation>
    </message>
    <message>
        <source>The system keychain refused to delete a secret: %1</source>
        <translation>Le trousseau du système a refusé de supprimer un secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secrets file %1 holds no secret &quot;%2&quot;.</source>
        <translation>Le fichier des secrets %1 ne contient aucun secret «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; in %2 is damaged.</source>
        <translation>Le secret «&#xa0;%1&#xa0;» dans %2 est endommagé.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2.</source>
        <translation>Impossible d&apos;écrire le fichier des secrets %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line of %1 bytes (limit %2).</source>
        <translation>Le serveur a envoyé une ligne de %1 octets (limite&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes without a line end.</source>
        <translation>Le serveur a envoyé plus de %1 octets sans fin de ligne.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not SMTP: &quot;%1&quot;</source>
        <translation>La réponse du serveur n&apos;est pas du SMTP&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The server mixed reply codes %1 and %2 in one reply.</source>
        <translation>Le serveur a mélangé les codes de réponse %1 et %2 dans une même réponse.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Le serveur a envoyé une réponse de plus de %1 lignes.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier CA %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (expected a -----BEGIN CERTIFICATE----- block)</source>
        <translation>Le fichier CA %1 ne contient aucun certificat PEM (un bloc -----BEGIN CERTIFICATE----- est attendu)</translation>
    </message>
    <message>
        <source>The CA file %1 holds a damaged certificate</source>
        <translation>Le fichier CA %1 contient un certificat endommagé</translation>
    </message>
</context>
<context>
    <name>heron::imap::ImapCommand</name>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison indiquée)</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Le serveur a refusé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server rejected %1 as invalid: %2</source>
        <translation>Le serveur a rejeté %1 comme non valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>heron::imap::ImapSession</name>
    <message>
        <source>%1 did not greet like an IMAP server.</source>
        <translation>%1 ne s&apos;est pas présenté comme un serveur IMAP.</translation>
    </message>
    <message>
        <source>%1 logged in without TLS (PREAUTH on an unencrypted connection); Heron will not continue unencrypted.</source>
        <translation>%1 a ouvert la session sans TLS (PREAUTH sur une connexion non chiffrée)&#xa0;; Heron ne continue pas sans chiffrement.</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the connection cannot be encrypted. Heron will not send your password over it; ask your provider for the TLS port (usually 993).</source>
        <translation>%1 ne propose pas STARTTLS, la connexion ne peut donc pas être chiffrée. Heron n&apos;y enverra pas votre mot de passe&#xa0;; demandez à votre fournisseur le port TLS (généralement 993).</translation>
    </message>
    <message>
        <source>%1 refused to start TLS (%2); Heron will not continue unencrypted.</source>
        <translation>%1 a refusé de démarrer TLS (%2)&#xa0;; Heron ne continue pas sans chiffrement.</translation>
    </message>
    <message>
        <source>This account&apos;s device ID is malformed, so Heron sent nothing to %1. Reset the device ID.</source>
        <translation>L&apos;identifiant d&apos;appareil de ce compte est mal formé, Heron n&apos;a donc rien envoyé à %1. Réinitialisez l&apos;identifiant d&apos;appareil.</translation>
    </message>
    <message>
        <source>%1 refused this device: %2. Your provider allows this account only on devices you have approved; register this device&apos;s ID with your provider, then try again.</source>
        <translation>%1 a refusé cet appareil&#xa0;: %2. Votre fournisseur n&apos;autorise ce compte que sur les appareils que vous avez approuvés&#xa0;; enregistrez l&apos;identifiant de cet appareil auprès de votre fournisseur, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 did not accept Heron&apos;s device ID command: %2</source>
        <translation>%1 n&apos;a pas accepté la commande d&apos;identifiant d&apos;appareil de Heron&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not accept a password login on this connection (LOGINDISABLED, no AUTH=PLAIN).</source>
        <translation>%1 n&apos;accepte pas de connexion par mot de passe sur cette connexion (LOGINDISABLED, pas d&apos;AUTH=PLAIN).</translation>
    </message>
    <message>
        <source>%1 does not offer OAuth login (AUTH=OAUTHBEARER or AUTH=XOAUTH2).</source>
        <translation>%1 ne propose pas de connexion OAuth (AUTH=OAUTHBEARER ou AUTH=XOAUTH2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provider may also require this device to be approved.</source>
        <translation>Le fournisseur exige peut-être aussi que cet appareil soit approuvé.</translation>
    </message>
    <message>
        <source>The connection to %1 is closed.</source>
        <translation>La connexion à %1 est fermée.</translation>
    </message>
    <message>
        <source>%1 needs a selected folder.</source>
        <translation>%1 nécessite un dossier sélectionné.</translation>
    </message>
    <message>
        <source>%1 cannot be sent in this state of the connection.</source>
        <translation>%1 ne peut pas être envoyé dans cet état de la connexion.</translation>
    </message>
    <message>
        <source>%1 does not support %2.</source>
        <translation>%1 ne prend pas en charge %2.</translation>
    </message>
    <message>
        <source>%1 sent a response Heron cannot read (%2); the connection was closed.</source>
        <translation>%1 a envoyé une réponse que Heron ne sait pas lire (%2)&#xa0;; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 a fermé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered a command Heron did not send (tag %2).</source>
        <translation>%1 a répondu à une commande que Heron n&apos;a pas envoyée (étiquette %2).</translation>
    </message>
    <message>
        <source>%1 sent a malformed command completion.</source>
        <translation>%1 a envoyé une fin de commande mal formée.</translation>
    </message>
    <message>
        <source>%1 asked for data Heron was not sending.</source>
        <translation>%1 a demandé des données que Heron n&apos;envoyait pas.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>La connexion à %1 a été fermée.</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>%1 a fermé la connexion de manière inattendue.</translation>
    </message>
</context>
<context>
    <name>heron::imap::LoginCommand</name>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison indiquée)</translation>
    </message>
    <message>
        <source>The server cannot check the login right now: %1</source>
        <translation>Le serveur ne peut pas vérifier l&apos;identification pour le moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not accept the login: %1</source>
        <translation>Le serveur n&apos;a pas accepté l&apos;identification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>heron::net::Connection</name>
    <message>
        <source>Heron refused to send a password or device ID to %1 over an unencrypted connection.</source>
        <translation>Heron a refusé d&apos;envoyer un mot de passe ou un identifiant d&apos;appareil à %1 sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>%1 sent compressed data that cannot be decompressed; the connection was closed.</source>
        <translation>%1 a envoyé des données compressées impossibles à décompresser&#xa0;; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>Its certificate expired on %1.</source>
        <translation>Son certificat a expiré le %1.</translation>
    </message>
    <message>
        <source>Its certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation>Son certificat n&apos;est pas valide avant le %1&#xa0;; vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Its certificate is for %1, not for %2.</source>
        <translation>Son certificat est établi pour %1, et non pour %2.</translation>
    </message>
    <message>
        <source>Its certificate was issued by &quot;%1&quot;, an authority this computer does not trust.</source>
        <translation>Son certificat a été émis par «&#xa0;%1&#xa0;», une autorité à laquelle cet ordinateur ne fait pas confiance.</translation>
    </message>
    <message>
        <source>Heron did not connect to %1 because the server could not prove its identity. %2 Certificate fingerprint (SHA-256): %3</source>
        <translation>Heron ne s&apos;est pas connecté à %1, car le serveur n&apos;a pas pu prouver son identité. %2 Empreinte du certificat (SHA-256)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot find the server %1; check its name and this computer&apos;s network.</source>
        <translation>Serveur %1 introuvable&#xa0;; vérifiez son nom et la connexion réseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 refused the connection; check the port and the security setting.</source>
        <translation>%1 a refusé la connexion&#xa0;; vérifiez le port et le paramètre de sécurité.</translation>
    </message>
    <message>
        <source>%1 closed the connection during TLS negotiation; check the security setting.</source>
        <translation>%1 a fermé la connexion pendant la négociation TLS&#xa0;; vérifiez le paramètre de sécurité.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>TLS negotiation with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Aucune réponse de %1 en %2 s.</translation>
    </message>
    <message>
        <source>TLS negotiation with %1 did not finish within %2 s; check the port and the security setting.</source>
        <translation>La négociation TLS avec %1 ne s&apos;est pas terminée en %2 s&#xa0;; vérifiez le port et le paramètre de sécurité.</translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 s.</source>
        <translation>%1 n&apos;a plus répondu pendant %2 s.</translation>
    </message>
    <message>
        <source>Its certificate is self-signed: it vouches for itself, so nothing shows that it belongs to %1.</source>
        <translation>Son certificat est auto-signé&#xa0;: il se garantit lui-même, donc rien ne prouve qu&apos;il appartient à %1.</translation>
    </message>
</context>
<context>
    <name>heron::net::HttpsFetcher</name>
    <message>
        <source>%1 is not an https address; Heron fetches this only over TLS.</source>
        <translation>%1 n&apos;est pas une adresse https&#xa0;; Heron ne récupère ceci que via TLS.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 kB; Heron stopped reading.</source>
        <translation>%1 a envoyé plus de %2 ko&#xa0;; Heron a arrêté la lecture.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
</context>
<context>
    <name>heron::net::InstanceChannel</name>
    <message>
        <source>Heron is already running with this profile (process %1) and does not answer. Close it, or end that process, and start Heron again.</source>
        <translation>Heron est déjà ouvert avec ce profil (processus %1) et ne répond pas. Fermez-le, ou arrêtez ce processus, puis relancez Heron.</translation>
    </message>
    <message>
        <source>Heron cannot lock its profile in %1. Check that the folder exists and is writable.</source>
        <translation>Heron ne peut pas verrouiller son profil dans %1. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>Heron cannot listen for later starts (%1); links opened from the desktop will start a second window.</source>
        <translation>Heron ne peut pas attendre les lancements suivants (%1)&#xa0;; les liens ouverts depuis le bureau ouvriront une deuxième fenêtre.</translation>
    </message>
</context>
<context>
    <name>heron::net::LoopbackRedirectListener</name>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You can close this page and return to Heron.</source>
        <translation>Vous pouvez fermer cette page et revenir à Heron.</translation>
    </message>
    <message>
        <source>Heron cannot wait for the browser&apos;s answer: no local port is free (%1).</source>
        <translation>Heron ne peut pas attendre la réponse du navigateur&#xa0;: aucun port local n’est libre (%1).</translation>
    </message>
</context>
<context>
    <name>heron::net::SrvLookup</name>
    <message>
        <source>DNS gave no answer for %1 within %2 s.</source>
        <translation>Le DNS n&apos;a pas répondu pour %1 en %2 s.</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>La requête DNS pour %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>heron::oauth::OAuth2SignIn</name>
    <message>
        <source>Heron has no client ID for %1, so it cannot sign in there. Add one in the profile&apos;s oauth2-providers.json, or use a password if %1 still accepts one.</source>
        <translation>Heron n’a pas d’identifiant client pour %1 et ne peut donc pas s’y connecter. Ajoutez-en un dans le fichier oauth2-providers.json du profil, ou utilisez un mot de passe si %1 en accepte encore un.</translation>
    </message>
    <message>
        <source>%1&apos;s sign-in addresses are not https; Heron signs in over TLS only.</source>
        <translation>Les adresses de connexion de %1 ne sont pas en https&#xa0;; Heron ne se connecte que par TLS.</translation>
    </message>
    <message>
        <source>The browser came back from %1 with an answer that does not belong to this sign-in. Try again.</source>
        <translation>Le navigateur est revenu de %1 avec une réponse qui n’appartient pas à cette connexion. Réessayez.</translation>
    </message>
    <message>
        <source>The sign-in at %1 was declined, so Heron has no access to this account.</source>
        <translation>La connexion chez %1 a été refusée&#xa0;; Heron n’a donc pas accès à ce compte.</translation>
    </message>
    <message>
        <source>%1 did not sign you in: %2</source>
        <translation>%1 ne vous a pas connecté&#xa0;: %2</translation>
    </message>
    <message>
        <source>The browser came back from %1 without a sign-in code. Try again.</source>
        <translation>Le navigateur est revenu de %1 sans code de connexion. Réessayez.</translation>
    </message>
</context>
<context>
    <name>heron::oauth::OAuth2TokenRequest</name>
    <message>
        <source>%1 offers no way to revoke a sign-in.</source>
        <translation>%1 ne permet pas de révoquer une connexion.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with something other than a bearer token.</source>
        <translation>%1 a répondu à la connexion par autre chose qu’un jeton porteur (bearer).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 no longer accepts Heron&apos;s sign-in (%2). Sign in again.</source>
        <translation>%1 n’accepte plus la connexion de Heron (%2). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 does not accept Heron&apos;s client ID (%2); check the OAuth client settings.</source>
        <translation>%1 n’accepte pas l’identifiant client de Heron (%2)&#xa0;; vérifiez les réglages du client OAuth.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>Heron cannot reach %1 to sign in: %2</source>
        <translation>Heron ne peut pas joindre %1 pour se connecter&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>heron::smtp::SmtpSession</name>
    <message>
        <source>%1 sent something that is not SMTP: %2</source>
        <translation>%1 a envoyé quelque chose qui n&apos;est pas du SMTP&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is closing the connection: %2</source>
        <translation>%1 ferme la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent a reply nobody asked for: %2</source>
        <translation>%1 a envoyé une réponse que personne n&apos;a demandée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>%1 a fermé la connexion de manière inattendue.</translation>
    </message>
    <message>
        <source>%1 does not accept mail submission now: %2</source>
        <translation>%1 n&apos;accepte pas l&apos;envoi de messages pour le moment&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused EHLO: %2</source>
        <translation>%1 a refusé EHLO&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused HELO: %2</source>
        <translation>%1 a refusé HELO&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the connection cannot be encrypted. Heron will not send your password or messages over it; ask your provider for the TLS port (usually 465).</source>
        <translation>%1 ne propose pas STARTTLS, la connexion ne peut donc pas être chiffrée. Heron n&apos;y enverra ni votre mot de passe ni vos messages&#xa0;; demandez à votre fournisseur le port TLS (généralement 465).</translation>
    </message>
    <message>
        <source>%1 refused to start TLS (%2); Heron will not continue unencrypted.</source>
        <translation>%1 a refusé de démarrer TLS (%2)&#xa0;; Heron ne continue pas sans chiffrement.</translation>
    </message>
    <message>
        <source>This account&apos;s device ID is malformed, so Heron sent nothing to %1. Reset the device ID.</source>
        <translation>L&apos;identifiant d&apos;appareil de ce compte est mal formé, Heron n&apos;a donc rien envoyé à %1. Réinitialisez l&apos;identifiant d&apos;appareil.</translation>
    </message>
    <message>
        <source>%1 refused this device: %2. Your provider allows this account only on devices you have approved; register this device&apos;s ID with your provider, then try again.</source>
        <translation>%1 a refusé cet appareil&#xa0;: %2. Votre fournisseur n&apos;autorise ce compte que sur les appareils que vous avez approuvés&#xa0;; enregistrez l&apos;identifiant de cet appareil auprès de votre fournisseur, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 could not check this device right now (%2); Heron will try again later.</source>
        <translation>%1 n&apos;a pas pu vérifier cet appareil pour le moment (%2)&#xa0;; Heron réessaiera plus tard.</translation>
    </message>
    <message>
        <source>%1 did not accept Heron&apos;s device ID command: %2</source>
        <translation>%1 n&apos;a pas accepté la commande d&apos;identifiant d&apos;appareil de Heron&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 offers no way to log in (no AUTH after EHLO).</source>
        <translation>%1 ne propose aucun moyen de s&apos;identifier (pas d&apos;AUTH après EHLO).</translation>
    </message>
    <message>
        <source>%1 offers only login methods Heron does not use: %2.</source>
        <translation>%1 ne propose que des méthodes d&apos;identification que Heron n&apos;utilise pas&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 did not accept the login: %2</source>
        <translation>%1 n&apos;a pas accepté l&apos;identification&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provider may also require this device to be approved.</source>
        <translation>Le fournisseur exige peut-être aussi que cet appareil soit approuvé.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Le message n&apos;a aucun destinataire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sender address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse d&apos;expéditeur valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The delivery notification ID is longer than SMTP allows (%1 characters).</source>
        <translation>L&apos;identifiant de notification de remise est plus long que ce que SMTP autorise (%1 caractères).</translation>
    </message>
    <message>
        <source>%1 cannot take international (UTF-8) addresses or headers; nothing was sent.</source>
        <translation>%1 n&apos;accepte pas les adresses ni les en-têtes internationaux (UTF-8)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 accepts only 7-bit messages and this one is 8-bit; nothing was sent.</source>
        <translation>%1 n&apos;accepte que les messages 7 bits et celui-ci est en 8 bits&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The message is %1 kB and %2 accepts at most %3 kB.</source>
        <translation>Le message fait %1 ko et %2 accepte au plus %3 ko.</translation>
    </message>
    <message>
        <source>The SMTP session is not ready to send.</source>
        <translation>La session SMTP n&apos;est pas prête pour l&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 refused the sender %2: %3</source>
        <translation>%1 a refusé l&apos;expéditeur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 refused every recipient: %2</source>
        <translation>%1 a refusé tous les destinataires&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused to take the message: %2</source>
        <translation>%1 a refusé de prendre le message&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the message after receiving it: %2</source>
        <translation>%1 a refusé le message après l&apos;avoir reçu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::AccountDiscovery</name>
    <message>
        <source>the provider&apos;s configuration at %1</source>
        <translation>la configuration du fournisseur à %1</translation>
    </message>
    <message>
        <source>the DNS SRV records of %1</source>
        <translation>les enregistrements DNS SRV de %1</translation>
    </message>
    <message>
        <source>common server names, checked over TLS</source>
        <translation>les noms de serveur courants, vérifiés via TLS</translation>
    </message>
    <message>
        <source>Provider configuration</source>
        <translation>Configuration du fournisseur</translation>
    </message>
    <message>
        <source>DNS SRV records</source>
        <translation>Enregistrements DNS SRV</translation>
    </message>
    <message>
        <source>Common server names</source>
        <translation>Noms de serveur courants</translation>
    </message>
    <message>
        <source>Asking %1 for its mail configuration…</source>
        <translation>Demande de la configuration de messagerie à %1…</translation>
    </message>
    <message>
        <source>Looking up the DNS SRV records of %1…</source>
        <translation>Recherche des enregistrements DNS SRV de %1…</translation>
    </message>
    <message>
        <source>Trying common server names of %1 over TLS…</source>
        <translation>Essai des noms de serveur courants de %1 via TLS…</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Trouvé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
</context>
<context>
    <name>heron::sync::AccountSync</name>
    <message>
        <source>Offline changes could not be sent (they stay queued): %1</source>
        <translation>Les modifications faites hors ligne n&apos;ont pas pu être transmises (elles restent en attente)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server has no folder &quot;%1&quot;.</source>
        <translation>Le serveur n&apos;a aucun dossier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>heron::sync::ActionReplayer</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::AutoconfigLookup</name>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no encrypted IMAP and SMTP servers in it (left out: %2).</source>
        <translation>%1&#xa0;: ne contient aucun serveur IMAP et SMTP chiffré (ignorés&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1: found %2.</source>
        <translation>%1&#xa0;: %2 trouvé.</translation>
    </message>
</context>
<context>
    <name>heron::sync::ConnectionTest</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <source>Device ID (CLIENTID)</source>
        <translation>Identifiant d&apos;appareil (CLIENTID)</translation>
    </message>
    <message>
        <source>Login (IMAP)</source>
        <translation>Connexion (IMAP)</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Envoi (SMTP)</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>The CA file cannot be used: %1</source>
        <translation>Le fichier CA ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not tried.</source>
        <translation>Pas essayé.</translation>
    </message>
    <message>
        <source>Connecting to %1 and %2…</source>
        <translation>Connexion à %1 et %2…</translation>
    </message>
    <message>
        <source>Not tried: the IMAP server could not be reached over TLS.</source>
        <translation>Pas essayé&#xa0;: le serveur IMAP n&apos;a pas pu être joint via TLS.</translation>
    </message>
    <message>
        <source>Switched off for this account: no device ID is presented.</source>
        <translation>Désactivé pour ce compte&#xa0;: aucun identifiant d&apos;appareil n&apos;est présenté.</translation>
    </message>
    <message>
        <source>This device&apos;s ID cannot be loaded: %1</source>
        <translation>L&apos;identifiant de cet appareil ne peut pas être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Presenting this device&apos;s ID to %1…</source>
        <translation>Présentation de l&apos;identifiant de cet appareil à %1…</translation>
    </message>
    <message>
        <source>%1 does not offer CLIENTID; Heron logs in without a device ID.</source>
        <translation>%1 ne propose pas CLIENTID&#xa0;; Heron se connecte sans identifiant d&apos;appareil.</translation>
    </message>
    <message>
        <source>%1 offers CLIENTID and accepted this device (ID %2 %3).</source>
        <translation>%1 propose CLIENTID et a accepté cet appareil (identifiant %2 %3).</translation>
    </message>
    <message>
        <source>%1 refused this device (ID %2 %3): your provider does not know it yet.</source>
        <translation>%1 a refusé cet appareil (identifiant %2 %3)&#xa0;: votre fournisseur ne le connaît pas encore.</translation>
    </message>
    <message>
        <source>Not tried: the server refused this device before any password was sent.</source>
        <translation>Pas essayé&#xa0;: le serveur a refusé cet appareil avant l&apos;envoi de tout mot de passe.</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2…</source>
        <translation>Connexion à %1 en tant que %2…</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Not tried: the SMTP server could not be reached over TLS.</source>
        <translation>Pas essayé&#xa0;: le serveur SMTP n&apos;a pas pu être joint via TLS.</translation>
    </message>
    <message>
        <source>%1 accepted the login; mail can be sent.</source>
        <translation>%1 a accepté la connexion&#xa0;; les messages peuvent être envoyés.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(aucun texte)</translation>
    </message>
</context>
<context>
    <name>heron::sync::DraftUploader</name>
    <message>
        <source>The draft could not be saved in %1 on the server: %2</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré dans %1 sur le serveur&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::FolderChange</name>
    <message>
        <source>Offline changes could not be sent first (they stay queued): %1</source>
        <translation>Les modifications hors ligne n’ont pas pu être envoyées d’abord (elles restent en attente)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not create the folder &quot;%1&quot;</source>
        <translation>Le serveur n’a pas créé le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The server did not rename the folder &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Le serveur n’a pas renommé le dossier «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The server did not delete the folder &quot;%1&quot;</source>
        <translation>Le serveur n’a pas supprimé le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::MailEngine</name>
    <message>
        <source>The mail cache is not open.</source>
        <translation>Le cache des messages n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The profile has no account %1.</source>
        <translation>Le profil ne contient pas de compte %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not in the cache.</source>
        <translation>Le dossier %1 n&apos;est pas dans le cache.</translation>
    </message>
    <message>
        <source>The server no longer has this message.</source>
        <translation>Le serveur n&apos;a plus ce message.</translation>
    </message>
    <message>
        <source>The outbox of %1 cannot be opened.</source>
        <translation>La boîte d&apos;envoi de %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1 (%2); the others got it.</source>
        <translation>Le serveur a refusé le destinataire %1 (%2)&#xa0;; les autres ont reçu le message.</translation>
    </message>
    <message>
        <source>The drafts of %1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir les brouillons de %1.</translation>
    </message>
    <message>
        <source>That message is being sent or waits to be sent; it cannot be edited now.</source>
        <translation>Ce message est en cours d&apos;envoi ou en attente d&apos;envoi&#xa0;; il ne peut pas être modifié maintenant.</translation>
    </message>
    <message>
        <source>Undo Move to %1</source>
        <translation>Annuler le déplacement vers %1</translation>
    </message>
    <message>
        <source>%1 is not an account of this profile.</source>
        <translation>%1 n’est pas un compte de ce profil.</translation>
    </message>
    <message>
        <source>Copying to %1 failed: %2</source>
        <translation>La copie vers %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::OutboxSender</name>
    <message>
        <source>The connection ended after the message was handed over, before the server confirmed it (%1). It may have been sent; look in the recipients&apos; or the Sent folder before sending it again.</source>
        <translation>La connexion s&apos;est interrompue après la transmission du message, avant que le serveur ne l&apos;ait confirmé (%1). Il a peut-être été envoyé&#xa0;; vérifiez le dossier Envoyés ou demandez aux destinataires avant de le renvoyer.</translation>
    </message>
    <message>
        <source>The message was sent, but no copy could be saved in the Sent folder: %1</source>
        <translation>Le message a été envoyé, mais aucune copie n&apos;a pu être enregistrée dans le dossier Envoyés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The message was sent, but the folders could not be listed to save a copy in Sent: %1</source>
        <translation>Le message a été envoyé, mais les dossiers n&apos;ont pas pu être listés pour en enregistrer une copie dans Envoyés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The message was sent, but the account has no Sent folder (none is marked \Sent).</source>
        <translation>Le message a été envoyé, mais le compte n&apos;a pas de dossier Envoyés (aucun n&apos;est marqué \Sent).</translation>
    </message>
    <message>
        <source>The message was sent, but saving it in %1 failed: %2</source>
        <translation>Le message a été envoyé, mais son enregistrement dans %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>heron::sync::ServerProbe</name>
    <message>
        <source>%1 closed the connection before it said hello.</source>
        <translation>%1 a fermé la connexion avant de saluer.</translation>
    </message>
    <message>
        <source>%1 does not answer like a mail server.</source>
        <translation>%1 ne répond pas comme un serveur de messagerie.</translation>
    </message>
    <message>
        <source>%1 refused EHLO: %2</source>
        <translation>%1 a refusé EHLO&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not greet like an IMAP server: %2</source>
        <translation>%1 n&apos;a pas salué comme un serveur IMAP&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not greet like an SMTP server: %2</source>
        <translation>%1 n&apos;a pas salué comme un serveur SMTP&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: %2</source>
        <translation>%1 ne propose pas STARTTLS&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered over TLS with a trusted certificate.</source>
        <translation>%1 a répondu via TLS avec un certificat de confiance.</translation>
    </message>
    <message>
        <source>%1 answered and upgraded to TLS (STARTTLS) with a trusted certificate.</source>
        <translation>%1 a répondu et est passé à TLS (STARTTLS) avec un certificat de confiance.</translation>
    </message>
</context>
<context>
    <name>heron::sync::SrvConfigLookup</name>
    <message>
        <source>DNS SRV records of %1: found.</source>
        <translation>Enregistrements DNS SRV de %1&#xa0;: trouvés.</translation>
    </message>
    <message>
        <source>DNS SRV records of %1: no usable IMAP and SMTP servers.</source>
        <translation>Enregistrements DNS SRV de %1&#xa0;: aucun serveur IMAP et SMTP utilisable.</translation>
    </message>
    <message>
        <source>%1.%2: the domain says it does not offer this service.</source>
        <translation>%1.%2&#xa0;: le domaine indique ne pas proposer ce service.</translation>
    </message>
</context>
<context>
    <name>heron::ui::AccountIdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Votre compte de messagerie</translation>
    </message>
    <message>
        <source>Jo Doe</source>
        <translation>Jean Dupont</translation>
    </message>
    <message>
        <source>jo@example.org</source>
        <translation>jean@example.org</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>A&amp;dresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Heron looks up the servers for your address and how to sign in there. A password is kept in the system keychain.</source>
        <translation>Heron recherche les serveurs de votre adresse et la façon de vous y connecter. Un mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>not needed for providers with browser sign-in</source>
        <translation>inutile chez les fournisseurs avec connexion dans le navigateur</translation>
    </message>
</context>
<context>
    <name>heron::ui::AccountServersPage</name>
    <message>
        <source>Server settings</source>
        <translation>Paramètres des serveurs</translation>
    </message>
    <message>
        <source>Looking up settings…</source>
        <translation>Recherche des paramètres…</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No settings found. Enter the servers your provider gives (manual setup).</source>
        <translation>Aucun paramètre trouvé. Saisissez les serveurs indiqués par votre fournisseur (configuration manuelle).</translation>
    </message>
    <message>
        <source>Heron could not find the servers of %1. Your provider&apos;s help pages name them.</source>
        <translation>Heron n&apos;a pas trouvé les serveurs de %1. Les pages d&apos;aide de votre fournisseur les indiquent.</translation>
    </message>
    <message>
        <source>Settings found. Check them, or change them (manual setup).</source>
        <translation>Paramètres trouvés. Vérifiez-les ou modifiez-les (configuration manuelle).</translation>
    </message>
    <message>
        <source>Found in %1.</source>
        <translation>Trouvés dans %1.</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>%1 offers browser sign-in (OAuth 2.0), but Heron has no client ID for %1, so it cannot sign in there that way. Use a password if %1 still accepts one (some providers call it an app password); a client ID can be added in the profile&apos;s oauth2-providers.json.</source>
        <translation>%1 propose la connexion dans le navigateur (OAuth 2.0), mais Heron n&apos;a pas d&apos;identifiant client pour %1 et ne peut donc pas s&apos;y connecter ainsi. Utilisez un mot de passe si %1 en accepte encore (certains fournisseurs parlent de mot de passe d&apos;application)&#xa0;; un identifiant client peut être ajouté dans le fichier oauth2-providers.json du profil.</translation>
    </message>
    <message>
        <source>The provider&apos;s settings say its servers accept browser sign-in only, so a password will probably be refused.</source>
        <translation>Selon les paramètres du fournisseur, ses serveurs n&apos;acceptent que la connexion dans le navigateur&#xa0;; un mot de passe sera donc probablement refusé.</translation>
    </message>
    <message>
        <source>With browser sign-in you sign in on %1&apos;s own page in your browser; Heron never sees your password and needs none here.</source>
        <translation>Avec la connexion dans le navigateur, vous vous connectez sur la page de %1 elle-même, dans votre navigateur&#xa0;; Heron ne voit jamais votre mot de passe et n&apos;en a pas besoin ici.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Browser sign-in with %1 (OAuth 2.0)</source>
        <translation>Connexion dans le navigateur chez %1 (OAuth 2.0)</translation>
    </message>
</context>
<context>
    <name>heron::ui::AccountSettingsDialog</name>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Device ID…</source>
        <translation>&amp;Identifiant d&apos;appareil…</translation>
    </message>
    <message>
        <source>This device&apos;s ID for the account, its registration, and the CLIENTID switch</source>
        <translation>L&apos;identifiant de cet appareil pour le compte, son enregistrement et l&apos;interrupteur CLIENTID</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Supp&amp;rimer le compte…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The settings were saved, the password was not: %1</source>
        <translation>Les paramètres ont été enregistrés, le mot de passe non&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove %1 from Heron? Its settings and password are deleted from this computer; the mail on the server stays.</source>
        <translation>Supprimer %1 de Heron&#xa0;? Ses paramètres et son mot de passe sont effacés de cet ordinateur&#xa0;; les messages restent sur le serveur.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The account was removed, its password could not be deleted: %1</source>
        <translation>Le compte a été supprimé, son mot de passe n&apos;a pas pu être effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Put under your messages, after a &quot;-- &quot; line</source>
        <translation>Placée sous vos messages, après une ligne «&#xa0;--&#xa0;»</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <source>Other addresses you send from with this account, one per line: Name &lt;name@example.org&gt;</source>
        <translation>Autres adresses d&apos;envoi de ce compte, une par ligne&#xa0;: Nom &lt;nom@example.org&gt;</translation>
    </message>
    <message>
        <source>Other &amp;addresses:</source>
        <translation>Autres &amp;adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved: these other addresses are not valid: %1</source>
        <translation>Non enregistré&#xa0;: ces autres adresses ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Keep this account&apos;s messages on this computer to read offline</source>
        <translation>&amp;Garder les messages de ce compte sur cet ordinateur pour les lire hors ligne</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>tous les messages</translation>
    </message>
    <message>
        <source>of the last </source>
        <translation>des </translation>
    </message>
    <message>
        <source> days</source>
        <translation> derniers jours</translation>
    </message>
    <message>
        <source>Older messages are listed too, and downloaded when opened</source>
        <translation>Les messages plus anciens sont aussi listés, et téléchargés à leur ouverture</translation>
    </message>
    <message>
        <source>&amp;Offline:</source>
        <translation>&amp;Hors ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>&amp;Se reconnecter…</translation>
    </message>
    <message>
        <source>Sign in at the provider in your browser again, for example after changing your password there or withdrawing Heron&apos;s access</source>
        <translation>Se connecter de nouveau chez le fournisseur dans votre navigateur, par exemple après y avoir changé votre mot de passe ou retiré l&apos;accès de Heron</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Signs in with %1 in the browser.</source>
        <translation>Se connecte chez %1 dans le navigateur.</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>De nouveau connecté.</translation>
    </message>
    <message>
        <source>Remove %1 from Heron? Its settings and sign-in are deleted from this computer, and %2 is asked to withdraw Heron&apos;s access; the mail on the server stays.</source>
        <translation>Supprimer %1 de Heron&#xa0;? Ses paramètres et sa connexion sont effacés de cet ordinateur, et %2 est prié de retirer l&apos;accès de Heron&#xa0;; les messages sur le serveur restent.</translation>
    </message>
    <message>
        <source>The account was removed, its sign-in could not be deleted: %1</source>
        <translation>Le compte a été supprimé, sa connexion n&apos;a pas pu être effacée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not signed in at the moment.</source>
        <translation>Pas connecté pour le moment.</translation>
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
        <translation>Problème</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Heron connects to the servers the way it will when getting and sending mail.</source>
        <translation>Heron se connecte aux serveurs comme il le fera pour relever et envoyer les messages.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Faire &amp;confiance à ce certificat</translation>
    </message>
    <message>
        <source>Connect to this server despite the problem above, as long as it shows this very certificate. Only do this when you know the fingerprint is the server&apos;s.</source>
        <translation>Se connecter à ce serveur malgré le problème ci-dessus, tant qu&apos;il présente exactement ce certificat. Ne le faites que si vous savez que l&apos;empreinte est celle du serveur.</translation>
    </message>
    <message>
        <source>Register this device</source>
        <translation>Enregistrer cet appareil</translation>
    </message>
    <message>
        <source>Your provider lets this account log in only from devices the account owner approved, and it does not know this one yet. Register this device ID with your provider (usually on its web portal), then press Test Again. You can also add the account now and register the device later.</source>
        <translation>Votre fournisseur n&apos;autorise la connexion à ce compte que depuis les appareils approuvés par son titulaire, et il ne connaît pas encore celui-ci. Enregistrez cet identifiant d&apos;appareil auprès de votre fournisseur (en général sur son portail web), puis appuyez sur «&#xa0;Tester à nouveau&#xa0;». Vous pouvez aussi ajouter le compte maintenant et enregistrer l&apos;appareil plus tard.</translation>
    </message>
    <message>
        <source>&amp;Register Device…</source>
        <translation>&amp;Enregistrer l&apos;appareil…</translation>
    </message>
    <message>
        <source>Test &amp;Again</source>
        <translation>Tester à &amp;nouveau</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2</source>
        <translation>%1&#xa0;: SHA-256 %2</translation>
    </message>
    <message>
        <source>Everything works. Press Finish to add the account.</source>
        <translation>Tout fonctionne. Appuyez sur «&#xa0;Terminer&#xa0;» pour ajouter le compte.</translation>
    </message>
    <message>
        <source>Some steps did not work (see above). Change the settings (Back), test again, or press Finish to add the account as it is.</source>
        <translation>Certaines étapes n&apos;ont pas fonctionné (voir ci-dessus). Modifiez les paramètres (Retour), testez à nouveau, ou appuyez sur «&#xa0;Terminer&#xa0;» pour ajouter le compte tel quel.</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Le compte n&apos;a pas été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Connexion dans le navigateur</translation>
    </message>
    <message>
        <source>No provider to sign in with was chosen.</source>
        <translation>Aucun fournisseur de connexion n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>Back from the browser; getting Heron&apos;s access from %1…</source>
        <translation>Retour du navigateur&#xa0;; Heron obtient son accès auprès de %1…</translation>
    </message>
    <message>
        <source>Opening the sign-in page of %1 in your browser…</source>
        <translation>Ouverture de la page de connexion de %1 dans votre navigateur…</translation>
    </message>
    <message>
        <source>Sign in in your browser to go on. Test Again starts a new sign-in.</source>
        <translation>Connectez-vous dans votre navigateur pour continuer. «&#xa0;Tester à nouveau&#xa0;» commence une nouvelle connexion.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Heron could not open a browser. Open the link below in one and sign in there.</source>
        <translation>Heron n&apos;a pas pu ouvrir de navigateur. Ouvrez le lien ci-dessous dans un navigateur et connectez-vous-y.</translation>
    </message>
    <message>
        <source>Signed in at %1.</source>
        <translation>Connecté chez %1.</translation>
    </message>
    <message>
        <source>The browser sign-in did not work (see above). Press Test Again to sign in again, choose a password instead (Back), or press Finish to add the account and sign in later.</source>
        <translation>La connexion dans le navigateur n&apos;a pas abouti (voir ci-dessus). Appuyez sur «&#xa0;Tester à nouveau&#xa0;» pour vous reconnecter, choisissez plutôt un mot de passe (Précédent), ou appuyez sur «&#xa0;Terminer&#xa0;» pour ajouter le compte et vous connecter plus tard.</translation>
    </message>
</context>
<context>
    <name>heron::ui::AccountWizard</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
</context>
<context>
    <name>heron::ui::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation>Enregistrer &amp;tout…</translation>
    </message>
    <message>
        <source>message.eml</source>
        <translation>message.eml</translation>
    </message>
    <message>
        <source>message-%1.eml</source>
        <translation>message-%1.eml</translation>
    </message>
    <message>
        <source>attachment-%1</source>
        <translation>piece-jointe-%1</translation>
    </message>
    <message>
        <source>Heron could not save %1: %2</source>
        <translation>Heron n’a pas pu enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a program or script. Heron does not start programs from mail; save it and open it yourself only if you trust the sender.</source>
        <translation>%1 est un programme ou un script. Heron ne lance pas de programmes venus par courrier&#xa0;; enregistrez-le et ouvrez-le vous-même seulement si vous faites confiance à l’expéditeur.</translation>
    </message>
    <message>
        <source>Heron could not make a temporary folder to open %1: %2</source>
        <translation>Heron n’a pas pu créer de dossier temporaire pour ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Aucune application n’est configurée pour ouvrir %1.</translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Enregistrer toutes les pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
</context>
<context>
    <name>heron::ui::ComposerManager</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Putting %1 in the outbox…</source>
        <translation>%1 est placé dans la boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>Writing mail</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <source>%1 is not a mailto: link.</source>
        <translation>%1 n&apos;est pas un lien mailto:.</translation>
    </message>
    <message>
        <source>Downloading the message…</source>
        <translation>Téléchargement du message…</translation>
    </message>
    <message>
        <source>%1 is in the outbox.</source>
        <translation>%1 est dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>A message was not sent: %1</source>
        <translation>Un message n&apos;a pas été envoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) from %1…</source>
        <translation>
            <numerusform>Envoi de %n message depuis %1…</numerusform>
            <numerusform>Envoi de %n messages depuis %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was sent.</source>
        <translation>%1 a été envoyé.</translation>
    </message>
    <message>
        <source>%1 was sent. %2</source>
        <translation>%1 a été envoyé. %2</translation>
    </message>
    <message>
        <source>%1 is not sent yet: %2 It stays in the outbox and Heron tries again shortly.</source>
        <translation>%1 n&apos;est pas encore envoyé&#xa0;: %2 Il reste dans la boîte d&apos;envoi et Heron réessaie sous peu.</translation>
    </message>
    <message>
        <source>The server refused %1: %2 It stays in the outbox and is not sent.</source>
        <translation>Le serveur a refusé %1&#xa0;: %2 Il reste dans la boîte d&apos;envoi et n&apos;est pas envoyé.</translation>
    </message>
    <message>
        <source>%1 may have been sent: %2</source>
        <translation>%1 a peut-être été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: sending stopped: %2</source>
        <translation>%1&#xa0;: envoi interrompu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The draft %1 is saved in Drafts.</source>
        <translation>Le brouillon %1 est enregistré dans Brouillons.</translation>
    </message>
    <message>
        <source>The draft %1 is saved on this computer only; Heron puts it in Drafts at the next check for mail. %2</source>
        <translation>Le brouillon %1 n&apos;est enregistré que sur cet ordinateur&#xa0;; Heron le placera dans Brouillons à la prochaine relève du courrier. %2</translation>
    </message>
    <message>
        <source>%1 is out of the outbox; send it again when it is ready.</source>
        <translation>%1 est sorti de la boîte d&apos;envoi&#xa0;; renvoyez-le quand il est prêt.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>may have been sent</source>
        <translation>peut-être envoyé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No unsent messages</source>
        <translation>Aucun message non envoyé</translation>
    </message>
</context>
<context>
    <name>heron::ui::ComposerWindow</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Retirer la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>name@example.org, …</source>
        <translation>nom@example.org, …</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Envoyer le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on this window, or paste an image)</source>
        <translation>Joindre des fichiers (ou les déposer sur cette fenêtre, ou coller une image)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>%1 cannot be attached: %2</source>
        <translation>%1 ne peut pas être joint&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Rédaction&#xa0;: (sans objet)</translation>
    </message>
    <message>
        <source>Write: %1</source>
        <translation>Rédaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>No attachment</source>
        <translation>Aucune pièce jointe</translation>
    </message>
    <message>
        <source>The message speaks of an attachment, but nothing is attached.</source>
        <translation>Le message parle d&apos;une pièce jointe, mais rien n&apos;est joint.</translation>
    </message>
    <message>
        <source>Send it without one, or go back and attach it?</source>
        <translation>L&apos;envoyer sans, ou revenir pour la joindre&#xa0;?</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>These recipients are not valid addresses: %1
An address looks like name@example.org; separate several with commas.</source>
        <translation>Ces destinataires ne sont pas des adresses valides&#xa0;: %1
Une adresse ressemble à nom@example.org&#xa0;; séparez-en plusieurs par des virgules.</translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Ajoutez au moins un destinataire dans À, Cc ou Cci.</translation>
    </message>
    <message>
        <source>There is no account to send from. Add one first.</source>
        <translation>Aucun compte depuis lequel envoyer. Ajoutez-en d&apos;abord un.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox, so nothing was sent: %1</source>
        <translation>Le message n&apos;a pas pu être placé dans la boîte d&apos;envoi, donc rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unsent message</source>
        <translation>Message non envoyé</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <source>Save the message in Drafts to finish it later (Ctrl+S)</source>
        <translation>Enregistrer le message dans Brouillons pour le terminer plus tard (Ctrl+S)</translation>
    </message>
    <message>
        <source>There is no account to keep the draft in. Add one first.</source>
        <translation>Aucun compte où garder le brouillon. Ajoutez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Enregistrement du brouillon…</translation>
    </message>
    <message>
        <source>Draft saved on this computer at %1; putting it in Drafts…</source>
        <translation>Brouillon enregistré sur cet ordinateur à %1&#xa0;; envoi vers Brouillons…</translation>
    </message>
    <message>
        <source>Draft saved in Drafts at %1.</source>
        <translation>Brouillon enregistré dans Brouillons à %1.</translation>
    </message>
    <message>
        <source>Draft saved on this computer only; Heron puts it in Drafts on the server at the next check for mail. %1</source>
        <translation>Brouillon enregistré sur cet ordinateur seulement&#xa0;; Heron le placera dans Brouillons sur le serveur à la prochaine relève du courrier. %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>The draft could not be saved, so the window stays open: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré, la fenêtre reste donc ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>This message has not been sent. Save it as a draft?</source>
        <translation>Ce message n&apos;a pas été envoyé. L&apos;enregistrer comme brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>A saved draft is in the Drafts folder, to finish later. Discarded text and attachments cannot be brought back.</source>
        <translation>Un brouillon enregistré se trouve dans le dossier Brouillons, pour le terminer plus tard. Le texte et les pièces jointes abandonnés ne peuvent pas être récupérés.</translation>
    </message>
    <message>
        <source>&amp;Rich Text (HTML)</source>
        <translation>Texte &amp;enrichi (HTML)</translation>
    </message>
    <message>
        <source>Write with bold, italics, lists and links; the message goes out as HTML with a plain-text version beside it</source>
        <translation>Écrire avec du gras, de l’italique, des listes et des liens&#xa0;; le message part en HTML, accompagné d’une version en texte brut</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Souligné</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Switch this message to plain text? Its formatting is replaced by plain-text marks: *bold*, /italic/, _underlined_, &quot;- &quot; before list items and a link&apos;s address after its text.</source>
        <translation>Passer ce message en texte brut&#xa0;? Sa mise en forme est remplacée par des marques de texte&#xa0;: *gras*, /italique/, _souligné_, «&#xa0;-&#xa0;» devant les éléments de liste et l’adresse d’un lien après son texte.</translation>
    </message>
    <message>
        <source>Switch to Plain Text</source>
        <translation>Passer en texte brut</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Web address or mail address:</source>
        <translation>Adresse web ou adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is not a web page (http:, https:) or mail (mailto:) address, so it cannot be a link in a message.</source>
        <translation>%1 n’est ni une page web (http:, https:) ni une adresse e-mail (mailto:)&#xa0;: ce ne peut pas être un lien dans un message.</translation>
    </message>
    <message>
        <source>Bulleted Li&amp;st</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <source>Remove Te&amp;xt Styles</source>
        <translation>Supprimer les st&amp;yles du texte</translation>
    </message>
</context>
<context>
    <name>heron::ui::DeviceIdField</name>
    <message>
        <source>Device ID</source>
        <translation>Identifiant d&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the device ID to the clipboard</source>
        <translation>Copier l&apos;identifiant d&apos;appareil dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>heron::ui::DevicePage</name>
    <message>
        <source>Present this device&apos;s ID to the servers (CLIENTID)</source>
        <translation>Présenter l&apos;identifiant de cet appareil aux serveurs (CLIENTID)</translation>
    </message>
    <message>
        <source>Providers that allow an account only on approved devices need it; servers that do not ask for it never see it.</source>
        <translation>Les fournisseurs qui n&apos;autorisent un compte que sur des appareils approuvés en ont besoin&#xa0;; les serveurs qui ne le demandent pas ne le voient jamais.</translation>
    </message>
    <message>
        <source>Scan it with a phone to register this device on the provider&apos;s web page.</source>
        <translation>Scannez-le avec un téléphone pour enregistrer cet appareil sur la page web du fournisseur.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Asks for device ID</source>
        <translation>Demande l&apos;identifiant d&apos;appareil</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reset This Account&apos;s Device ID…</source>
        <translation>Réinitialiser l&apos;identifiant d&apos;appareil de ce compte…</translation>
    </message>
    <message>
        <source>Reset All Device IDs…</source>
        <translation>Réinitialiser tous les identifiants d&apos;appareil…</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Cet appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Identifiant d&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Serveurs&#xa0;:</translation>
    </message>
    <message>
        <source>Secret kept in:</source>
        <translation>Emplacement du secret&#xa0;:</translation>
    </message>
    <message>
        <source>This device&apos;s identity cannot be read.</source>
        <translation>Impossible de lire l&apos;identité de cet appareil.</translation>
    </message>
    <message>
        <source>Until then Heron presents no device ID, and providers that allow only approved devices refuse this one.</source>
        <translation>D&apos;ici là, Heron ne présente aucun identifiant d&apos;appareil, et les fournisseurs qui n&apos;autorisent que les appareils approuvés refusent celui-ci.</translation>
    </message>
    <message>
        <source>No account yet: add one with Account → Add Account….</source>
        <translation>Aucun compte pour l&apos;instant&#xa0;: ajoutez-en un avec Compte → Ajouter un compte…</translation>
    </message>
    <message>
        <source>No device ID: the install secret cannot be read (see above).</source>
        <translation>Aucun identifiant d&apos;appareil&#xa0;: le secret d&apos;installation est illisible (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Not presented: the device ID is switched off for this account.</source>
        <translation>Non présenté&#xa0;: l&apos;identifiant d&apos;appareil est désactivé pour ce compte.</translation>
    </message>
    <message>
        <source>Register this ID with your provider as a new device (paste it, or scan the QR code on the provider&apos;s page). Only this account&apos;s servers see it.</source>
        <translation>Enregistrez cet identifiant auprès de votre fournisseur comme nouvel appareil (collez-le, ou scannez le code QR sur la page du fournisseur). Seuls les serveurs de ce compte le voient.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Never sent</source>
        <translation>Jamais envoyé</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open %2&apos;s registration page&lt;/a&gt; (in your browser)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Ouvrir la page d&apos;enregistrement de %2&lt;/a&gt; (dans votre navigateur)</translation>
    </message>
    <message>
        <source>Your provider has not named a registration page. It usually has one among the security or device settings of its web portal.</source>
        <translation>Votre fournisseur n&apos;a indiqué aucune page d&apos;enregistrement. Elle se trouve généralement dans les paramètres de sécurité ou d&apos;appareils de son portail web.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Le paramètre n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reset Device ID</source>
        <translation>Réinitialiser l&apos;identifiant d&apos;appareil</translation>
    </message>
    <message>
        <source>Heron will present a new device ID to the servers of %1. Your provider will see a new, unregistered device: if it allows this account only on approved devices, Heron cannot get or send this account&apos;s mail until the new ID is approved. The old ID stops being used here; other accounts keep theirs.</source>
        <translation>Heron présentera un nouvel identifiant d&apos;appareil aux serveurs de %1. Votre fournisseur verra un nouvel appareil non enregistré&#xa0;: s&apos;il n&apos;autorise ce compte que sur des appareils approuvés, Heron ne pourra ni relever ni envoyer le courrier de ce compte tant que le nouvel identifiant n&apos;aura pas été approuvé. L&apos;ancien identifiant n&apos;est plus utilisé ici&#xa0;; les autres comptes conservent le leur.</translation>
    </message>
    <message>
        <source>The device ID was not reset: %1</source>
        <translation>L&apos;identifiant d&apos;appareil n&apos;a pas été réinitialisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reset All Device IDs</source>
        <translation>Réinitialiser tous les identifiants d&apos;appareil</translation>
    </message>
    <message>
        <source>Heron will replace this installation&apos;s secret, so every account gets a new device ID. Every provider will see a new, unregistered device: those that allow an account only on approved devices refuse it until the new ID is approved.</source>
        <translation>Heron va remplacer le secret de cette installation&#xa0;: chaque compte recevra donc un nouvel identifiant d&apos;appareil. Chaque fournisseur verra un nouvel appareil non enregistré&#xa0;: ceux qui n&apos;autorisent un compte que sur des appareils approuvés le refuseront tant que le nouvel identifiant n&apos;aura pas été approuvé.</translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation>Tout réinitialiser</translation>
    </message>
    <message>
        <source>The device IDs were not reset: %1</source>
        <translation>Les identifiants d&apos;appareil n&apos;ont pas été réinitialisés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>heron::ui::DeviceRefusalDialog</name>
    <message>
        <source>This Device Is Not Approved — %1</source>
        <translation>Cet appareil n&apos;est pas approuvé — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be used on this device yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 ne peut pas encore être utilisé sur cet appareil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show &amp;QR Code</source>
        <translation>Afficher le code &amp;QR</translation>
    </message>
    <message>
        <source>&amp;Open Registration Page</source>
        <translation>&amp;Ouvrir la page d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Connect again once the provider has approved this device</source>
        <translation>Se reconnecter une fois que le fournisseur a approuvé cet appareil</translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1:</source>
        <translation>Identifiant de cet appareil pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>the incoming mail server (IMAP) %1</source>
        <translation>serveur de réception (IMAP) %1</translation>
    </message>
    <message>
        <source>the outgoing mail server (SMTP) %1</source>
        <translation>serveur d&apos;envoi (SMTP) %1</translation>
    </message>
    <message>
        <source>Refused by %1.</source>
        <translation>Refusé par le %1.</translation>
    </message>
    <message>
        <source>The reply of %1: “%2”</source>
        <translation>Réponse du %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Ouvre %1 dans votre navigateur</translation>
    </message>
    <message>
        <source>Register this device on your provider&apos;s page (%1): open it, or copy the device ID or scan the QR code there. Once the device is approved, press Try Again.</source>
        <translation>Enregistrez cet appareil sur la page de votre fournisseur (%1)&#xa0;: ouvrez-la, puis copiez-y l&apos;identifiant d&apos;appareil ou scannez-y le code QR. Une fois l&apos;appareil approuvé, cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Register this device with your provider, usually as a new device in its web portal, with the device ID above (copy it, or scan the QR code). Once the device is approved, press Try Again.</source>
        <translation>Enregistrez cet appareil auprès de votre fournisseur, généralement comme nouvel appareil sur son portail web, avec l&apos;identifiant d&apos;appareil ci-dessus (copiez-le, ou scannez le code QR). Une fois l&apos;appareil approuvé, cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Your provider allows this account only on devices the account owner has approved. This device is not approved yet. Heron did not send the password.</source>
        <translation>Votre fournisseur n&apos;autorise ce compte que sur les appareils approuvés par le titulaire du compte. Cet appareil n&apos;est pas encore approuvé. Heron n&apos;a pas envoyé le mot de passe.</translation>
    </message>
    <message>
        <source>Hide &amp;QR Code</source>
        <translation>Masquer le code &amp;QR</translation>
    </message>
</context>
<context>
    <name>heron::ui::FolderActions</name>
    <message>
        <source>&amp;New Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder</source>
        <translation>&amp;Supprimer le dossier</translation>
    </message>
    <message>
        <source>&amp;Mark Folder Read</source>
        <translation>&amp;Marquer le dossier comme lu</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A folder name cannot contain &quot;%1&quot;: the server uses it between folder levels.</source>
        <translation>Un nom de dossier ne peut pas contenir «&#xa0;%1&#xa0;»&#xa0;: le serveur s’en sert entre les niveaux de dossiers.</translation>
    </message>
    <message>
        <source>There is already a folder called &quot;%1&quot; here.</source>
        <translation>Il y a déjà un dossier «&#xa0;%1&#xa0;» ici.</translation>
    </message>
    <message>
        <source>Choose another name?</source>
        <translation>Choisir un autre nom&#xa0;?</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; with its subfolders and %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement le dossier «&#xa0;%1&#xa0;» avec ses sous-dossiers et %n message&#xa0;? C’est irréversible.</numerusform>
            <numerusform>Supprimer définitivement le dossier «&#xa0;%1&#xa0;» avec ses sous-dossiers et %n messages&#xa0;? C’est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the folder &quot;%1&quot; with its subfolders and %n message(s) to the Trash?</source>
        <translation>
            <numerusform>Mettre le dossier «&#xa0;%1&#xa0;» avec ses sous-dossiers et %n message à la corbeille&#xa0;?</numerusform>
            <numerusform>Mettre le dossier «&#xa0;%1&#xa0;» avec ses sous-dossiers et %n messages à la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
</context>
<context>
    <name>heron::ui::FolderRolesBox</name>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;Sent messages:</source>
        <translation>Messages &amp;envoyés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trash:</source>
        <translation>Corbei&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>Arc&amp;hive:</source>
        <translation>Archi&amp;ves&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Junk:</source>
        <translation>&amp;Pourriels&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic: the folder the server marks for it, else the one with the usual name</source>
        <translation>Automatique&#xa0;: le dossier que le serveur désigne, sinon celui qui porte le nom habituel</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Dra&amp;fts:</source>
        <translation>&amp;Brouillons&#xa0;:</translation>
    </message>
</context>
<context>
    <name>heron::ui::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1&#xa0;: %n message non lu</numerusform>
            <numerusform>%1&#xa0;: %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>All Inboxes (%1)</source>
        <translation>Toutes les boîtes de réception (%1)</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Toutes les boîtes de réception</translation>
    </message>
    <message numerus="yes">
        <source>The Inboxes of every account together: %n unread</source>
        <translation>
            <numerusform>Les boîtes de réception de tous les comptes ensemble&#xa0;: %n non lu</numerusform>
            <numerusform>Les boîtes de réception de tous les comptes ensemble&#xa0;: %n non lus</numerusform>
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
            <numerusform>Heron&#xa0;: %n message non lu</numerusform>
            <numerusform>Heron&#xa0;: %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation>expéditeur inconnu</translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <translation>Nouveau message de %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>in the Inbox of %1</source>
        <translation>dans la boîte de réception de %1</translation>
    </message>
</context>
<context>
    <name>heron::ui::MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Heron</source>
        <translation>Heron</translation>
    </message>
    <message>
        <source>Filter these messages &lt;Ctrl+Shift+K&gt;</source>
        <translation>Filtrer ces messages &lt;Ctrl+Maj+K&gt;</translation>
    </message>
    <message>
        <source>%1 is up to date; new mail shows up as it arrives.</source>
        <translation>%1 est à jour&#xa0;; les nouveaux messages s&apos;affichent dès leur arrivée.</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Identifiant d&apos;appareil</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Aucun message sélectionné</translation>
    </message>
    <message>
        <source>No folder selected</source>
        <translation>Aucun dossier sélectionné</translation>
    </message>
    <message>
        <source>The filter cannot be used: %1</source>
        <translation>Le filtre est inutilisable&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages match</source>
        <translation>
            <numerusform>%n message correspond</numerusform>
            <numerusform>%n messages correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting messages of %1 in %2…</source>
        <translation>Relève des messages de %1 dans %2…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages</source>
        <translation>%1&#xa0;: %2 messages sur %3</translation>
    </message>
    <message>
        <source>%1 is up to date (%2).</source>
        <translation>%1 est à jour (%2).</translation>
    </message>
    <message>
        <source>%1: your provider does not know this device yet. %2</source>
        <translation>%1&#xa0;: votre fournisseur ne connaît pas encore cet appareil. %2</translation>
    </message>
    <message>
        <source>%1: the server refused the password. %2</source>
        <translation>%1&#xa0;: le serveur a refusé le mot de passe. %2</translation>
    </message>
    <message>
        <source>%1: cannot reach the server. %2</source>
        <translation>%1&#xa0;: le serveur est injoignable. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The message could not be loaded: %1</source>
        <translation>Le message n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Get Messages</source>
        <translation>&amp;Relever les messages</translation>
    </message>
    <message>
        <source>Get new messages of the selected folder</source>
        <translation>Relever les nouveaux messages du dossier sélectionné</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Device ID…</source>
        <translation>&amp;Identifiant d&apos;appareil…</translation>
    </message>
    <message>
        <source>This device&apos;s ID for the account, its registration with the provider, and resets</source>
        <translation>L&apos;identifiant de cet appareil pour le compte, son enregistrement auprès du fournisseur et sa réinitialisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Heron</source>
        <translation>À &amp;propos de Heron</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Heron</source>
        <translation>À propos de Heron</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Heron %1&lt;/h3&gt;&lt;p&gt;A desktop mail client with built-in device registration (CLIENTID).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Heron %1&lt;/h3&gt;&lt;p&gt;Un client de messagerie de bureau avec enregistrement d&apos;appareil intégré (CLIENTID).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Marquer d&apos;une ét&amp;oile</translation>
    </message>
    <message>
        <source>Star the selected messages, or take the star away when they all have one</source>
        <translation>Marquer d&apos;une étoile les messages sélectionnés, ou retirer l&apos;étoile s&apos;ils en ont déjà tous une</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected messages to the Trash (in the Trash: delete them for good)</source>
        <translation>Déplacer les messages sélectionnés dans la corbeille (dans la corbeille&#xa0;: les supprimer définitivement)</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Classic</source>
        <translation>&amp;Classique</translation>
    </message>
    <message>
        <source>&amp;Wide</source>
        <translation>&amp;Large</translation>
    </message>
    <message>
        <source>&amp;Vertical</source>
        <translation>&amp;Verticale</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Heron will be in %1 the next time it starts.</source>
        <translation>Au prochain démarrage, Heron utilisera cette langue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No accounts yet: add one with Account → Add Account… (profile %1).</source>
        <translation>Aucun compte pour l&apos;instant&#xa0;: ajoutez-en un avec Compte → Ajouter un compte… (profil %1).</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Account &amp;Settings…</source>
        <translation>&amp;Paramètres du compte…</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Écrire</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>Écrire un nouveau message</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Reply &amp;All</source>
        <translation>Répondre à &amp;tous</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Forward as A&amp;ttachment</source>
        <translation>Transférer en &amp;pièce jointe</translation>
    </message>
    <message>
        <source>Message &amp;Source</source>
        <translation>&amp;Source du message</translation>
    </message>
    <message>
        <source>&amp;Edit Draft</source>
        <translation>&amp;Modifier le brouillon</translation>
    </message>
    <message>
        <source>Go on writing the selected draft</source>
        <translation>Continuer à rédiger le brouillon sélectionné</translation>
    </message>
    <message>
        <source>&amp;Unsent Messages</source>
        <translation>Messages &amp;non envoyés</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>There are no unread messages in this folder.</source>
        <translation>Ce dossier ne contient aucun message non lu.</translation>
    </message>
    <message>
        <source>No unread messages after this one.</source>
        <translation>Aucun message non lu après celui-ci.</translation>
    </message>
    <message>
        <source>&amp;Threaded</source>
        <translation>Par &amp;fils de discussion</translation>
    </message>
    <message>
        <source>Group replies with the messages they answer</source>
        <translation>Regrouper les réponses avec les messages auxquels elles répondent</translation>
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <translation>Message non lu sui&amp;vant</translation>
    </message>
    <message>
        <source>Heron is working offline. Switch off File → Work Offline to get messages.</source>
        <translation>Heron travaille hors ligne. Désactivez Fichier → Travailler hors ligne pour relever les messages.</translation>
    </message>
    <message>
        <source>The text of this message is not on this computer yet. It is downloaded when Heron is online again (File → Work Offline).</source>
        <translation>Le texte de ce message n’est pas encore sur cet ordinateur. Il sera téléchargé quand Heron sera de nouveau en ligne (Fichier → Travailler hors ligne).</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; created.</source>
        <translation>Dossier «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; deleted.</source>
        <translation>Dossier «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» est maintenant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Show Heron</source>
        <translation>&amp;Afficher Heron</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>Work offline: no connection to any server until this is switched off again</source>
        <translation>Travailler hors ligne&#xa0;: aucune connexion à un serveur jusqu’à ce que ce soit désactivé</translation>
    </message>
    <message>
        <source>The copy is made when Heron is online again.</source>
        <translation>La copie sera faite quand Heron sera de nouveau en ligne.</translation>
    </message>
    <message>
        <source>&amp;Copy To</source>
        <translation>&amp;Copier vers</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline: click to connect</source>
        <translation>Hors ligne&#xa0;: cliquer pour se connecter</translation>
    </message>
    <message>
        <source>Online: click to work offline</source>
        <translation>En ligne&#xa0;: cliquer pour travailler hors ligne</translation>
    </message>
    <message>
        <source>Working offline: changes wait on this computer until Heron is online again.</source>
        <translation>Hors ligne&#xa0;: les modifications attendent sur cet ordinateur que Heron soit de nouveau en ligne.</translation>
    </message>
    <message>
        <source>Online again.</source>
        <translation>De nouveau en ligne.</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost; reconnecting in %2 s.</source>
        <translation>%1&#xa0;: la connexion au serveur a été perdue&#xa0;; reconnexion dans %2 s.</translation>
    </message>
    <message>
        <source>%1
Click for details.</source>
        <translation>%1
Cliquer pour les détails.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>The last %n problem(s), newest first, are under Show Details.</source>
        <translation>
            <numerusform>Le dernier problème (%n) est sous «&#xa0;Afficher les détails&#xa0;».</numerusform>
            <numerusform>Les %n derniers problèmes, le plus récent d’abord, sont sous «&#xa0;Afficher les détails&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Only unread messages</source>
        <translation>Seulement les messages non lus</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Avec étoile</translation>
    </message>
    <message>
        <source>Only starred messages</source>
        <translation>Seulement les messages marqués d&apos;une étoile</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Only messages with attachments</source>
        <translation>Seulement les messages avec pièces jointes</translation>
    </message>
    <message>
        <source>Correspondents</source>
        <translation>Correspondants</translation>
    </message>
    <message>
        <source>Only messages from people you have written to</source>
        <translation>Seulement les messages des personnes à qui vous avez écrit</translation>
    </message>
    <message>
        <source>Jun&amp;k</source>
        <translation>Indésirabl&amp;e</translation>
    </message>
    <message>
        <source>Move the selected messages to the Junk folder (in the Junk folder: back to the Inbox)</source>
        <translation>Déplacer les messages sélectionnés dans le dossier des indésirables (depuis ce dossier&#xa0;: les remettre dans la boîte de réception)</translation>
    </message>
    <message>
        <source>Sign In Needed — %1</source>
        <translation>Connexion nécessaire — %1</translation>
    </message>
    <message>
        <source>Heron cannot get or send mail for %1 until you sign in again in your browser.</source>
        <translation>Heron ne peut ni recevoir ni envoyer de messages pour %1 tant que vous ne vous êtes pas reconnecté dans votre navigateur.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>%1 does not sign in in the browser.</source>
        <translation>%1 ne se connecte pas dans le navigateur.</translation>
    </message>
    <message>
        <source>%1: signed in again.</source>
        <translation>%1&#xa0;: de nouveau connecté.</translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageFileWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1 — Heron</source>
        <translation>%1 — Heron</translation>
    </message>
    <message>
        <source>Heron cannot open %1: %2</source>
        <translation>Heron ne peut pas ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2, too large to be a mail message; Heron shows message files up to %3.</source>
        <translation>%1 fait %2, c&apos;est trop pour un message électronique&#xa0;; Heron affiche les fichiers de message jusqu&apos;à %3.</translation>
    </message>
    <message>
        <source>Heron could not read all of %1: %2</source>
        <translation>Heron n&apos;a pas pu lire %1 en entier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageListModel</name>
    <message>
        <source>(no recipient)</source>
        <translation>(aucun destinataire)</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(aucun expéditeur)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Contient des pièces jointes</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message numerus="yes">
        <source>%n messages in this thread</source>
        <translation>
            <numerusform>%n message dans ce fil</numerusform>
            <numerusform>%n messages dans ce fil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Read (click to mark as unread)</source>
        <translation>Lu (cliquer pour marquer comme non lu)</translation>
    </message>
    <message>
        <source>Unread (click to mark as read)</source>
        <translation>Non lu (cliquer pour marquer comme lu)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageSourceWindow</name>
    <message>
        <source>Source of %1</source>
        <translation>Source de %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageView</name>
    <message>
        <source>No message selected</source>
        <translation>Aucun message sélectionné</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Loading the message from the server…</source>
        <translation>Chargement du message depuis le serveur…</translation>
    </message>
    <message>
        <source>Preparing the message…</source>
        <translation>Préparation du message…</translation>
    </message>
    <message>
        <source>Remote content</source>
        <translation>Contenu distant</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>The link text shows %1, but the link leads to %2.</source>
        <translation>Le texte du lien affiche %1, mais le lien mène à %2.</translation>
    </message>
    <message>
        <source>Open %1 in the browser?</source>
        <translation>Ouvrir %1 dans le navigateur&#xa0;?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>heron::ui::OAuthSignInDialog</name>
    <message>
        <source>Sign In — %1</source>
        <translation>Connexion — %1</translation>
    </message>
    <message>
        <source>Sign in to %1 with %2 in your browser.</source>
        <translation>Connectez %1 chez %2 dans votre navigateur.</translation>
    </message>
    <message>
        <source>Heron opens %1&apos;s sign-in page in your browser. Sign in there and allow Heron to use your mail; then come back here. Heron never sees your password.</source>
        <translation>Heron ouvre la page de connexion de %1 dans votre navigateur. Connectez-vous-y et autorisez Heron à accéder à vos messages&#xa0;; revenez ensuite ici. Heron ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The CA file of %1 cannot be used: %2</source>
        <translation>Le fichier CA de %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Back from the browser; getting Heron&apos;s access from %1…</source>
        <translation>Retour du navigateur&#xa0;; Heron obtient son accès auprès de %1…</translation>
    </message>
    <message>
        <source>Opening the sign-in page of %1 in your browser…</source>
        <translation>Ouverture de la page de connexion de %1 dans votre navigateur…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Heron could not open a browser. Open the link below in one and sign in there.</source>
        <translation>Heron n&apos;a pas pu ouvrir de navigateur. Ouvrez le lien ci-dessous dans un navigateur et connectez-vous-y.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>You signed in, but Heron could not keep the sign-in: %1</source>
        <translation>Vous vous êtes connecté, mais Heron n&apos;a pas pu conserver la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in. Heron gets and sends mail for %1 again.</source>
        <translation>Connecté. Heron reçoit et envoie de nouveau les messages de %1.</translation>
    </message>
</context>
<context>
    <name>heron::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Remote content in messages</source>
        <translation>Contenu distant dans les messages</translation>
    </message>
    <message>
        <source>Heron loads no images or other content from the internet when it shows a message, so a sender cannot tell that, when or where you read it. These senders are trusted to load theirs (Always allow, in a message&apos;s banner):</source>
        <translation>Heron ne charge aucune image ni aucun autre contenu depuis Internet quand il affiche un message&#xa0;: un expéditeur ne peut donc pas savoir si, quand ni où vous le lisez. Ces expéditeurs sont autorisés à charger le leur («&#xa0;Toujours autoriser&#xa0;», dans le bandeau d&apos;un message)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Their messages load no remote content again until you allow it</source>
        <translation>Leurs messages ne chargent plus de contenu distant tant que vous ne l&apos;autorisez pas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>seulement sur demande</translation>
    </message>
    <message>
        <source>Every account&apos;s Inbox is checked this often; the folder you look at shows new mail at once where the server can push it (IDLE)</source>
        <translation>La boîte de réception de chaque compte est relevée à cette fréquence&#xa0;; le dossier affiché montre les nouveaux messages aussitôt quand le serveur les signale (IDLE)</translation>
    </message>
    <message>
        <source>&amp;Check for new mail every:</source>
        <translation>&amp;Relever le courrier toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>No sender yet: every message shows without remote content.</source>
        <translation>Aucun expéditeur pour l&apos;instant&#xa0;: chaque message s&apos;affiche sans contenu distant.</translation>
    </message>
    <message>
        <source>Remote content</source>
        <translation>Contenu distant</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never (only by hand)</source>
        <translation>jamais (seulement à la main)</translation>
    </message>
    <message>
        <source>A message you look at this long is marked read; 0 s: as soon as it is shown</source>
        <translation>Un message affiché aussi longtemps est marqué comme lu&#xa0;; 0 s&#xa0;: dès qu&apos;il s&apos;affiche</translation>
    </message>
    <message>
        <source>&amp;Mark a shown message read after:</source>
        <translation>&amp;Marquer un message affiché comme lu après&#xa0;:</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when new mail arrives in an Inbox</source>
        <translation>Afficher une &amp;notification quand du courrier arrive dans une boîte de réception</translation>
    </message>
    <message>
        <source>Each message can still be switched in its Format menu</source>
        <translation>Chaque message peut quand même être changé dans son menu Format</translation>
    </message>
    <message>
        <source>&amp;Write new messages in rich text (HTML) instead of plain text</source>
        <translation>&amp;Écrire les nouveaux messages en texte enrichi (HTML) plutôt qu’en texte brut</translation>
    </message>
</context>
<context>
    <name>heron::ui::QrCodeWidget</name>
    <message>
        <source>QR code of the device ID</source>
        <translation>Code QR de l&apos;identifiant d&apos;appareil</translation>
    </message>
</context>
<context>
    <name>heron::ui::RemoteContentBanner</name>
    <message>
        <source>Remote content blocked</source>
        <translation>Contenu distant bloqué</translation>
    </message>
    <message>
        <source>Images and style sheets on other servers were not loaded, so the sender cannot tell that you opened this message.</source>
        <translation>Les images et feuilles de style hébergées sur d&apos;autres serveurs n&apos;ont pas été chargées&#xa0;: l&apos;expéditeur ne peut pas savoir que vous avez ouvert ce message.</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <source>Always allow for %1</source>
        <translation>Toujours autoriser pour %1</translation>
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
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité&#xa0;:</translation>
    </message>
</context>
<context>
    <name>heron::ui::SignInLinkField</name>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>&amp;Open Sign-In Page</source>
        <translation>&amp;Ouvrir la page de connexion</translation>
    </message>
    <message>
        <source>Open the provider&apos;s sign-in page in your browser again</source>
        <translation>Ouvrir de nouveau la page de connexion du fournisseur dans votre navigateur</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy the sign-in page&apos;s address, to open it in another browser</source>
        <translation>Copier l&apos;adresse de la page de connexion, pour l&apos;ouvrir dans un autre navigateur</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>heronctl</name>
    <message>
        <source>the folder &quot;%1&quot; is not in the cache yet; run `heronctl sync --folder %1` first.</source>
        <translation>le dossier «&#xa0;%1&#xa0;» n&apos;est pas encore dans le cache&#xa0;; lancez d&apos;abord `heronctl sync --folder %1`.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when heronctl was stopped; they are marked &quot;may have been sent&quot; and are not sent again on their own (`heronctl outbox` lists them).</source>
        <translation>
            <numerusform>%n message était en cours d&apos;envoi à l&apos;arrêt de heronctl&#xa0;; il est marqué «&#xa0;peut-être envoyé&#xa0;» (may_have_been_sent) et ne sera pas renvoyé automatiquement (`heronctl outbox` le liste).</numerusform>
            <numerusform>%n messages étaient en cours d&apos;envoi à l&apos;arrêt de heronctl&#xa0;; ils sont marqués «&#xa0;peut-être envoyés&#xa0;» (may_have_been_sent) et ne seront pas renvoyés automatiquement (`heronctl outbox` les liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile %1 has no account %2; `heronctl account list` shows its accounts.</source>
        <translation>le profil %1 ne contient pas de compte %2&#xa0;; `heronctl account list` affiche ses comptes.</translation>
    </message>
    <message>
        <source>the profile %1 has no account yet; add one with `heronctl account add`.</source>
        <translation>le profil %1 ne contient encore aucun compte&#xa0;; ajoutez-en un avec `heronctl account add`.</translation>
    </message>
    <message>
        <source>the profile has %1 accounts (%2); say which with --account ADDR.</source>
        <translation>le profil contient %1 comptes (%2)&#xa0;; précisez lequel avec --account ADDR.</translation>
    </message>
    <message>
        <source>cannot read the password of %1: %2</source>
        <translation>impossible de lire le mot de passe de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>no password is stored for %1 and standard input is not a terminal to ask for one; store it with `heronctl account remove %1` and `heronctl account add ... --password-stdin`.</source>
        <translation>aucun mot de passe n&apos;est enregistré pour %1 et l&apos;entrée standard n&apos;est pas un terminal permettant de le demander&#xa0;; enregistrez-le avec `heronctl account remove %1` puis `heronctl account add ... --password-stdin`.</translation>
    </message>
    <message>
        <source>the CA file of %1 cannot be used: %2</source>
        <translation>le fichier CA de %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run &apos;heronctl --help&apos; for the commands.</source>
        <translation>Lancez &apos;heronctl --help&apos; pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>--profile needs a directory.</source>
        <translation>--profile nécessite un répertoire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation>&apos;%1&apos; nécessite l&apos;une de ces sous-commandes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>commande inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>not implemented yet (it arrives with %1).</source>
        <translation>pas encore disponible (arrivera avec %1).</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 nécessite %2.</translation>
    </message>
    <message>
        <source>%1 may be given only once.</source>
        <translation>%1 ne peut être indiqué qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>heronctl %1: the Heron mail engine from the command line.</source>
        <translation>heronctl %1&#xa0;: le moteur de messagerie de Heron en ligne de commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>keep all state under DIR (or set HERON_PROFILE)</source>
        <translation>conserver toutes les données sous DIR (ou définir HERON_PROFILE)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>sortie lisible par une machine sur stdout</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>this text; &apos;heronctl help COMMAND&apos; for one command</source>
        <translation>ce texte&#xa0;; &apos;heronctl help COMMAND&apos; pour une seule commande</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 other failure, 2 usage error, 3 connection or TLS failure,
4 authentication failed, 5 device refused (CLIENTID), 6 CLIENTID protocol error,
7 message rejected by the server (it stays in the outbox).</source>
        <translation>Codes de sortie&#xa0;: 0 terminé, 1 autre échec, 2 erreur d&apos;utilisation, 3 échec de connexion ou TLS,
4 échec de l&apos;authentification, 5 appareil refusé (CLIENTID), 6 erreur du protocole CLIENTID,
7 message rejeté par le serveur (il reste dans la boîte d&apos;envoi).</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>advertised</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <source>not advertised</source>
        <translation>non annoncé</translation>
    </message>
    <message>
        <source>, last reply &quot;%1&quot;</source>
        <translation>, dernière réponse «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No accounts in %1; add one with `heronctl account add`.</source>
        <translation>Aucun compte dans %1&#xa0;; ajoutez-en un avec `heronctl account add`.</translation>
    </message>
    <message>
        <source>device ID (CLIENTID %1): %2</source>
        <translation>identifiant d&apos;appareil (CLIENTID %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>presented to servers that advertise CLIENTID</source>
        <translation>présenté aux serveurs qui annoncent CLIENTID</translation>
    </message>
    <message>
        <source>not presented: CLIENTID is off for this account</source>
        <translation>non présenté&#xa0;: CLIENTID est désactivé pour ce compte</translation>
    </message>
    <message>
        <source>no server contacted yet</source>
        <translation>aucun serveur contacté pour l&apos;instant</translation>
    </message>
    <message>
        <source>The device secret is kept in %1.</source>
        <translation>Le secret d&apos;appareil est conservé dans %1.</translation>
    </message>
    <message>
        <source>Every account of this profile has a new device ID.</source>
        <translation>Chaque compte de ce profil a un nouvel identifiant d&apos;appareil.</translation>
    </message>
    <message>
        <source>New device ID:</source>
        <translation>Nouvel identifiant d&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Providers that check CLIENTID will see a new, unregistered device: register it again (the Device page, or the provider&apos;s portal with the ID above).</source>
        <translation>Les fournisseurs qui vérifient CLIENTID verront un nouvel appareil non enregistré&#xa0;: enregistrez-le de nouveau (depuis la page «&#xa0;Identifiant d&apos;appareil&#xa0;», ou sur le portail du fournisseur avec l&apos;identifiant ci-dessus).</translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new device), then run this command again; `heronctl clientid` shows it again.</source>
        <translation>L&apos;identifiant de cet appareil pour %1 est %2 %3. Enregistrez-le auprès de votre fournisseur (généralement sur son portail web, comme nouvel appareil), puis relancez cette commande&#xa0;; `heronctl clientid` le réaffiche.</translation>
    </message>
    <message>
        <source>--%1 wants a number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the search could not be run: %1</source>
        <translation>la recherche n&apos;a pas pu être effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>UID must be a positive number.</source>
        <translation>UID doit être un nombre positif.</translation>
    </message>
    <message>
        <source>%1 has no message with UID %2.</source>
        <translation>%1 ne contient aucun message d&apos;UID %2.</translation>
    </message>
    <message>
        <source>attempt %1 failed; next at %2</source>
        <translation>échec de la tentative %1&#xa0;; prochaine à %2</translation>
    </message>
    <message>
        <source>Nothing to send: the outbox of %1 has no queued message.</source>
        <translation>Rien à envoyer&#xa0;: la boîte d&apos;envoi de %1 ne contient aucun message en attente.</translation>
    </message>
    <message>
        <source>%1 queued message(s): %2 tried, %3 delivered.</source>
        <translation>Messages en attente&#xa0;: %1&#xa0;; tentés&#xa0;: %2, envoyés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>(unknown charset, read as %1)</source>
        <translation>(jeu de caractères inconnu, lu comme %1)</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Parties&#xa0;:</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no recipients in To, Cc or Bcc.</source>
        <translation>%1 n&apos;a aucun destinataire dans To, Cc ou Bcc.</translation>
    </message>
    <message>
        <source>%1 is in the outbox; sending.</source>
        <translation>%1 est dans la boîte d&apos;envoi&#xa0;; envoi en cours.</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>%1 envoyé.</translation>
    </message>
    <message>
        <source>The message stays in the outbox; `heronctl outbox flush` sends it again.</source>
        <translation>Le message reste dans la boîte d&apos;envoi&#xa0;; `heronctl outbox flush` le renvoie.</translation>
    </message>
    <message>
        <source>The messages stay in the outbox.</source>
        <translation>Les messages restent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 delivered.</source>
        <translation>%1 envoyé.</translation>
    </message>
    <message>
        <source>%1: the server refused the recipient %2 (%3); the others got it.</source>
        <translation>%1&#xa0;: le serveur a refusé le destinataire %2 (%3)&#xa0;; les autres l&apos;ont reçu.</translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 non envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 rejected: %2 It stays in the outbox as failed.</source>
        <translation>%1 rejeté&#xa0;: %2 Le message reste dans la boîte d&apos;envoi comme ayant échoué (failed).</translation>
    </message>
    <message>
        <source>%1 may have been sent: %2 It stays in the outbox and is not sent again on its own.</source>
        <translation>%1 a peut-être été envoyé&#xa0;: %2 Le message reste dans la boîte d&apos;envoi et ne sera pas renvoyé automatiquement.</translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new device), then run `heronctl outbox flush`; `heronctl clientid` shows it again.</source>
        <translation>L&apos;identifiant de cet appareil pour %1 est %2 %3. Enregistrez-le auprès de votre fournisseur (généralement sur son portail web, comme nouvel appareil), puis lancez `heronctl outbox flush`&#xa0;; `heronctl clientid` le réaffiche.</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist.</source>
        <translation>le fichier CA %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the profile already has an account for %1; remove it first with `heronctl account remove %1`.</source>
        <translation>le profil contient déjà un compte pour %1&#xa0;; supprimez-le d&apos;abord avec `heronctl account remove %1`.</translation>
    </message>
    <message>
        <source>--password-stdin read no password: standard input was empty.</source>
        <translation>--password-stdin n&apos;a lu aucun mot de passe&#xa0;: l&apos;entrée standard était vide.</translation>
    </message>
    <message>
        <source>standard input is not a terminal, so the password cannot be asked for; pipe it in with --password-stdin, e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | heronctl account add ... --password-stdin</source>
        <translation>l&apos;entrée standard n&apos;est pas un terminal, le mot de passe ne peut donc pas être demandé&#xa0;; transmettez-le par un tube avec --password-stdin, par exemple printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | heronctl account add ... --password-stdin</translation>
    </message>
    <message>
        <source>no password was entered.</source>
        <translation>aucun mot de passe n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>Added %1: IMAP %2, SMTP %3.</source>
        <translation>%1 ajouté&#xa0;: IMAP %2, SMTP %3.</translation>
    </message>
    <message>
        <source>The password is kept in %1.</source>
        <translation>Le mot de passe est conservé dans %1.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP&#xa0;: %1</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>login: %1</source>
        <translation>identifiant de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>extra CA file: %1</source>
        <translation>fichier CA supplémentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>CLIENTID: on</source>
        <translation>CLIENTID&#xa0;: activé</translation>
    </message>
    <message>
        <source>CLIENTID: off</source>
        <translation>CLIENTID&#xa0;: désactivé</translation>
    </message>
    <message>
        <source>Removed %1 and its password.</source>
        <translation>%1 et son mot de passe ont été supprimés.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the change is saved and stays queued; it is sent at the next sync.</source>
        <translation>la modification est enregistrée et reste en attente&#xa0;; elle sera transmise à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>UID must be a message&apos;s IMAP UID (1 or more).</source>
        <translation>UID doit être l&apos;UID IMAP d&apos;un message (1 ou plus).</translation>
    </message>
    <message>
        <source>The account to act on; may be omitted when the profile holds one account.</source>
        <translation>Le compte concerné&#xa0;; peut être omis si le profil ne contient qu&apos;un seul compte.</translation>
    </message>
    <message>
        <source>The folder (default: INBOX).</source>
        <translation>Le dossier (par défaut&#xa0;: INBOX).</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>Au plus N résultats.</translation>
    </message>
    <message>
        <source>send needs either --to (to compose a message) or --eml FILE (to send a ready one), not both.</source>
        <translation>send nécessite soit --to (pour rédiger un message), soit --eml FILE (pour envoyer un message déjà prêt), mais pas les deux.</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --eml: the file already is the whole message.</source>
        <translation>--%1 ne peut pas être combiné avec --eml&#xa0;: le fichier constitue déjà le message complet.</translation>
    </message>
    <message>
        <source>clientid reset needs exactly one of --account ADDR or --all.</source>
        <translation>clientid reset nécessite exactement une des options --account ADDR ou --all.</translation>
    </message>
    <message>
        <source>clientid reset makes the provider see a new, unregistered device; add --yes to confirm.</source>
        <translation>après clientid reset, le fournisseur verra un nouvel appareil non enregistré&#xa0;; ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>flag needs exactly one of --seen, --unseen, --flagged, --unflagged.</source>
        <translation>flag nécessite exactement une des options --seen, --unseen, --flagged, --unflagged.</translation>
    </message>
    <message>
        <source>The message&apos;s IMAP UID.</source>
        <translation>L&apos;UID IMAP du message.</translation>
    </message>
    <message>
        <source>the account setup issue</source>
        <translation>le ticket sur la configuration des comptes</translation>
    </message>
    <message>
        <source>the IMAP engine issue</source>
        <translation>le ticket sur le moteur IMAP</translation>
    </message>
    <message>
        <source>the cache and sync issue</source>
        <translation>le ticket sur le cache et la synchronisation</translation>
    </message>
    <message>
        <source>the SMTP engine and outbox issue</source>
        <translation>le ticket sur le moteur SMTP et la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>the device identity (CLIENTID) issue</source>
        <translation>le ticket sur l&apos;identité de l&apos;appareil (CLIENTID)</translation>
    </message>
    <message>
        <source>the MIME issue</source>
        <translation>le ticket sur MIME</translation>
    </message>
    <message>
        <source>Add an account to the profile.</source>
        <translation>Ajouter un compte au profil.</translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address.</source>
        <translation>L&apos;adresse e-mail du compte.</translation>
    </message>
    <message>
        <source>IMAP server (port default: 993 with tls, 143 with starttls).</source>
        <translation>Serveur IMAP (port par défaut&#xa0;: 993 avec tls, 143 avec starttls).</translation>
    </message>
    <message>
        <source>SMTP server (port default: 465 with tls, 587 with starttls).</source>
        <translation>Serveur SMTP (port par défaut&#xa0;: 465 avec tls, 587 avec starttls).</translation>
    </message>
    <message>
        <source>How IMAP is encrypted (default: tls).</source>
        <translation>Mode de chiffrement d&apos;IMAP (par défaut&#xa0;: tls).</translation>
    </message>
    <message>
        <source>How SMTP is encrypted (default: tls).</source>
        <translation>Mode de chiffrement de SMTP (par défaut&#xa0;: tls).</translation>
    </message>
    <message>
        <source>Login name, when it is not the address.</source>
        <translation>Identifiant de connexion, s&apos;il diffère de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Read the password from one line of standard input.</source>
        <translation>Lire le mot de passe sur une ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for this account.</source>
        <translation>Faire aussi confiance, pour ce compte, aux certificats CA de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Do not present this device&apos;s CLIENTID token.</source>
        <translation>Ne pas présenter le jeton CLIENTID de cet appareil.</translation>
    </message>
    <message>
        <source>sync --bodies keeps the bodies of the last N days only (default 0: all mail).</source>
        <translation>sync --bodies ne conserve que le corps des messages des N derniers jours (par défaut 0&#xa0;: tous les messages).</translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation>Un libellé pour le compte.</translation>
    </message>
    <message>
        <source>List the profile&apos;s accounts.</source>
        <translation>Lister les comptes du profil.</translation>
    </message>
    <message>
        <source>Remove an account and its cache from the profile.</source>
        <translation>Supprimer un compte et son cache du profil.</translation>
    </message>
    <message>
        <source>The account&apos;s address.</source>
        <translation>L&apos;adresse du compte.</translation>
    </message>
    <message>
        <source>List an account&apos;s folders.</source>
        <translation>Lister les dossiers d&apos;un compte.</translation>
    </message>
    <message>
        <source>Bring the local cache up to date with the server.</source>
        <translation>Mettre le cache local à jour avec le serveur.</translation>
    </message>
    <message>
        <source>Also download message bodies.</source>
        <translation>Télécharger aussi le corps des messages.</translation>
    </message>
    <message>
        <source>List cached messages, newest first.</source>
        <translation>Lister les messages en cache, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>Skip the first N messages.</source>
        <translation>Ignorer les N premiers messages.</translation>
    </message>
    <message>
        <source>Show one message.</source>
        <translation>Afficher un message.</translation>
    </message>
    <message>
        <source>Print the message source as stored.</source>
        <translation>Afficher la source du message telle qu&apos;elle est stockée.</translation>
    </message>
    <message>
        <source>Mark a message read or unread, flagged or not (works offline: queued until the next sync).</source>
        <translation>Marquer un message comme lu ou non lu, avec ou sans étoile (fonctionne hors ligne&#xa0;: en attente jusqu&apos;à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>Mark it read.</source>
        <translation>Le marquer comme lu.</translation>
    </message>
    <message>
        <source>Mark it unread.</source>
        <translation>Le marquer comme non lu.</translation>
    </message>
    <message>
        <source>Flag it.</source>
        <translation>Lui ajouter une étoile.</translation>
    </message>
    <message>
        <source>Remove its flag.</source>
        <translation>Lui retirer son étoile.</translation>
    </message>
    <message>
        <source>Move a message to another folder (works offline: queued until the next sync).</source>
        <translation>Déplacer un message vers un autre dossier (fonctionne hors ligne&#xa0;: en attente jusqu&apos;à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>The destination.</source>
        <translation>Le dossier de destination.</translation>
    </message>
    <message>
        <source>Move a message to the Trash; in the Trash, delete it for good (works offline).</source>
        <translation>Déplacer un message dans la corbeille&#xa0;; s&apos;il y est déjà, le supprimer définitivement (fonctionne hors ligne).</translation>
    </message>
    <message>
        <source>Move a message to the archive folder (works offline).</source>
        <translation>Déplacer un message vers le dossier d&apos;archives (fonctionne hors ligne).</translation>
    </message>
    <message>
        <source>Queue a message in the outbox and deliver it.</source>
        <translation>Placer un message dans la boîte d&apos;envoi et l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Recipients.</source>
        <translation>Destinataires.</translation>
    </message>
    <message>
        <source>Copy recipients.</source>
        <translation>Destinataires en copie (Cc).</translation>
    </message>
    <message>
        <source>Blind copy recipients (never in the sent headers).</source>
        <translation>Destinataires en copie cachée (Cci&#xa0;; jamais dans les en-têtes envoyés).</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>L&apos;objet.</translation>
    </message>
    <message>
        <source>The plain-text body, UTF-8.</source>
        <translation>Le corps du message en texte brut, UTF-8.</translation>
    </message>
    <message>
        <source>Attach a file; may be repeated.</source>
        <translation>Joindre un fichier&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>Send this ready RFC 5322 message instead of composing one.</source>
        <translation>Envoyer ce message RFC 5322 déjà prêt au lieu d&apos;en rédiger un.</translation>
    </message>
    <message>
        <source>List queued messages.</source>
        <translation>Lister les messages en attente.</translation>
    </message>
    <message>
        <source>Try to deliver every queued message now.</source>
        <translation>Essayer d&apos;envoyer maintenant tous les messages en attente.</translation>
    </message>
    <message>
        <source>Show this device&apos;s CLIENTID token and each server&apos;s CLIENTID status.</source>
        <translation>Afficher le jeton CLIENTID de cet appareil et l&apos;état CLIENTID de chaque serveur.</translation>
    </message>
    <message>
        <source>Give one account (or every account) a new device ID.</source>
        <translation>Attribuer un nouvel identifiant d&apos;appareil à un compte (ou à tous les comptes).</translation>
    </message>
    <message>
        <source>Reset every account&apos;s device ID.</source>
        <translation>Réinitialiser l&apos;identifiant d&apos;appareil de tous les comptes.</translation>
    </message>
    <message>
        <source>Confirm: providers will see a new, unregistered device.</source>
        <translation>Confirmer&#xa0;: les fournisseurs verront un nouvel appareil non enregistré.</translation>
    </message>
    <message>
        <source>Parse a local .eml file and show its fields and parts.</source>
        <translation>Analyser un fichier .eml local et afficher ses champs et ses parties.</translation>
    </message>
    <message>
        <source>The message file.</source>
        <translation>Le fichier du message.</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 nécessite un chemin de fichier.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 needs at least one e-mail address.</source>
        <translation>%1 nécessite au moins une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not HOST or HOST:PORT (port 1-65535).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas de la forme HOST ou HOST:PORT (port 1 à 65535).</translation>
    </message>
    <message>
        <source>%1 must be tls or starttls, not &quot;%2&quot;.</source>
        <translation>%1 doit valoir tls ou starttls, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>%1 doit être un nombre entier supérieur ou égal à 0, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2 messages (%3 new, %4 changed, %5 removed; %6) in %7 s</source>
        <translation>%1&#xa0;: %2 messages (%3 nouveaux, %4 modifiés, %5 supprimés&#xa0;; %6) en %7 s</translation>
    </message>
    <message>
        <source>To sign in to %1 as %2, open this address in a browser:</source>
        <translation>Pour vous connecter à %1 en tant que %2, ouvrez cette adresse dans un navigateur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>the browser did not come back within %n minute(s).</source>
        <translation>
            <numerusform>le navigateur n’est pas revenu dans les %n minute.</numerusform>
            <numerusform>le navigateur n’est pas revenu dans les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the password or sign-in could not be stored, so the account was not added: %1</source>
        <translation>le mot de passe ou la connexion n’a pas pu être enregistré, le compte n’a donc pas été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Heron knows no OAuth provider for %1; name one with --oauth-issuer, or add it to %2.</source>
        <translation>Heron ne connaît aucun fournisseur OAuth pour %1&#xa0;; indiquez-en un avec --oauth-issuer, ou ajoutez-le à %2.</translation>
    </message>
    <message>
        <source>The sign-in is kept in %1.</source>
        <translation>La connexion est conservée dans %1.</translation>
    </message>
    <message>
        <source>%1 logs in with a password, not in the browser.</source>
        <translation>%1 se connecte avec un mot de passe, pas dans le navigateur.</translation>
    </message>
    <message>
        <source>the new sign-in could not be stored: %1</source>
        <translation>la nouvelle connexion n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>signs in with OAuth 2.0 at %1</source>
        <translation>se connecte avec OAuth 2.0 chez %1</translation>
    </message>
    <message>
        <source>the password or sign-in of %1 could not be deleted, so the account was kept: %2</source>
        <translation>le mot de passe ou la connexion de %1 n’a pas pu être supprimé, le compte a donc été conservé&#xa0;: %2</translation>
    </message>
    <message>
        <source>From here: `heronctl account signin %1`.</source>
        <translation>Depuis la ligne de commande&#xa0;: `heronctl account signin %1`.</translation>
    </message>
    <message>
        <source>--oauth signs in in the browser; it takes no --password-stdin.</source>
        <translation>--oauth se connecte dans le navigateur&#xa0;; il n’accepte pas --password-stdin.</translation>
    </message>
    <message>
        <source>--oauth-issuer goes with --oauth.</source>
        <translation>--oauth-issuer va avec --oauth.</translation>
    </message>
    <message>
        <source>Sign in in the browser with OAuth 2.0 instead of a password (prints the address to open).</source>
        <translation>Se connecter dans le navigateur avec OAuth 2.0 au lieu d’un mot de passe (affiche l’adresse à ouvrir).</translation>
    </message>
    <message>
        <source>With --oauth: the provider, when the address and the servers do not tell.</source>
        <translation>Avec --oauth&#xa0;: le fournisseur, quand l’adresse et les serveurs ne l’indiquent pas.</translation>
    </message>
    <message>
        <source>Sign in to an OAuth account again in the browser (after the provider revoked the sign-in).</source>
        <translation>Se reconnecter à un compte OAuth dans le navigateur (après que le fournisseur a révoqué la connexion).</translation>
    </message>
    <message>
        <source>Removed %1 and its sign-in.</source>
        <translation>%1 et sa connexion ont été supprimés.</translation>
    </message>
    <message>
        <source>Search the cache, and the server for messages whose text is not cached.</source>
        <translation>Chercher dans le cache, et sur le serveur pour les messages dont le texte n’est pas en cache.</translation>
    </message>
    <message>
        <source>Search the cache only; no connection.</source>
        <translation>Chercher dans le cache seulement ; aucune connexion.</translation>
    </message>
    <message>
        <source>Words to look for (all of them; FTS5 syntax: &quot;a phrase&quot;, prefix*, OR, NOT).</source>
        <translation>Mots à chercher (tous ; syntaxe FTS5 : « une expression », préfixe*, OR, NOT).</translation>
    </message>
    <message numerus="yes">
        <source>only the cache was searched: the server cannot search with OR, NOT, NEAR, groups or column filters, and %n message(s) here have no cached text.</source>
        <translation>
            <numerusform>seul le cache a été consulté : le serveur ne sait pas chercher avec OR, NOT, NEAR, des groupes ou des filtres de colonne, et %n message ici n’a pas de texte en cache.</numerusform>
            <numerusform>seul le cache a été consulté : le serveur ne sait pas chercher avec OR, NOT, NEAR, des groupes ou des filtres de colonne, et %n messages ici n’ont pas de texte en cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>only the cache was searched.</source>
        <translation>seul le cache a été consulté.</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) on the server match; `heronctl sync` brings them into the cache.</source>
        <translation>
            <numerusform>%n autre message sur le serveur correspond ; `heronctl sync` le met en cache.</numerusform>
            <numerusform>%n autres messages sur le serveur correspondent ; `heronctl sync` les met en cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Heron mail client</source>
        <translation>Client de messagerie Heron</translation>
    </message>
    <message>
        <source>Keep all state (settings, cache, secrets) under &lt;dir&gt; (default: $HERON_PROFILE, else the standard location).</source>
        <translation>Conserver toutes les données (paramètres, cache, secrets) sous &lt;répertoire&gt; (par défaut&#xa0;: $HERON_PROFILE, sinon l&apos;emplacement standard).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>Message files (.eml) to show, or a mailto: link.</source>
        <translation>Fichiers de message (.eml) à afficher, ou un lien mailto:.</translation>
    </message>
    <message>
        <source>Heron cannot start</source>
        <translation>Heron ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Show Heron in &lt;language&gt; (%1) instead of the system&apos;s language.</source>
        <translation>Afficher Heron dans la langue &lt;langue&gt; (%1) au lieu de la langue du système.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
</context>
</TS>

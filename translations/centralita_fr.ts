<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This value is not in the expected format.</source>
        <translation>Cette valeur n&apos;est pas au format attendu.</translation>
    </message>
    <message>
        <source>This value is too short.</source>
        <translation>Cette valeur est trop courte.</translation>
    </message>
    <message>
        <source>This value is too long.</source>
        <translation>Cette valeur est trop longue.</translation>
    </message>
    <message>
        <source>This value is not one of the allowed choices.</source>
        <translation>Cette valeur ne fait pas partie des choix autorisés.</translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation>Cette valeur est déjà utilisée.</translation>
    </message>
    <message>
        <source>This refers to something that no longer exists.</source>
        <translation>Cet élément fait référence à quelque chose qui n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The values do not match.</source>
        <translation>Les valeurs ne correspondent pas.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This field is not supported by the server.</source>
        <translation>Ce champ n&apos;est pas pris en charge par le serveur.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Company main number</source>
        <translation>Numéro principal de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Caller ID name</source>
        <translation>Nom présenté</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the server address and your connection.</source>
        <translation>Impossible de joindre %1. Vérifiez l&apos;adresse du serveur et votre connexion.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>Délai dépassé&#xa0;: %1 n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The identity of %1 could not be verified, so Centralita did not connect.</source>
        <translation>L&apos;identité de %1 n&apos;a pas pu être vérifiée&#xa0;; Centralita ne s&apos;est donc pas connecté.</translation>
    </message>
    <message>
        <source>Unencrypted connections (http://) are only allowed to this computer. Use an https:// address.</source>
        <translation>Les connexions non chiffrées (http://) ne sont autorisées que vers cet ordinateur. Utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>%1 sent an answer Centralita cannot read. Check the server address.</source>
        <translation>Centralita ne sait pas lire la réponse envoyée par %1. Vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some fields are not valid. Check the highlighted fields.</source>
        <translation>Certains champs ne sont pas valides. Vérifiez les champs mis en évidence.</translation>
    </message>
    <message>
        <source>The number, extension or password is not correct.</source>
        <translation>Le numéro, le poste ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n&apos;est pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <source>This item no longer exists. It may have been deleted by someone else.</source>
        <translation>Cet élément n&apos;existe plus. Quelqu&apos;un d&apos;autre l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>This change conflicts with the current state of the account.</source>
        <translation>Cette modification est en conflit avec l&apos;état actuel du compte.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload to see the latest version.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément entre-temps. Rechargez pour voir la dernière version.</translation>
    </message>
    <message>
        <source>The server needs the current version before accepting changes. Reload and try again.</source>
        <translation>Le serveur a besoin de la version actuelle avant d&apos;accepter des modifications. Rechargez et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Trop de tentatives. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The server did not accept the request. This version of Centralita may be too old for the server.</source>
        <translation>Le serveur n&apos;a pas accepté la requête. Cette version de Centralita est peut-être trop ancienne pour le serveur.</translation>
    </message>
    <message>
        <source>The server had an internal problem. Try again later.</source>
        <translation>Le serveur a rencontré un problème interne. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Administrator e-mail</source>
        <translation>E-mail de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Nom de l&apos;administrateur</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Caller ID number</source>
        <translation>Numéro présenté</translation>
    </message>
    <message>
        <source>Caller name</source>
        <translation>Nom de l&apos;appelant</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Numéro de l&apos;appelant</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Destination des appels</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First room</source>
        <translation>Première salle</translation>
    </message>
    <message>
        <source>Conference ID</source>
        <translation>ID de conférence</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Maximum participants</source>
        <translation>Nombre maximal de participants</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Message d&apos;accueil</translation>
    </message>
    <message>
        <source>Recorded greeting</source>
        <translation>Message d&apos;accueil enregistré</translation>
    </message>
    <message>
        <source>Menu options</source>
        <translation>Options du menu</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Wait for a key</source>
        <translation>Attendre une touche</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Voicemail PIN</source>
        <translation>Code PIN de la messagerie vocale</translation>
    </message>
    <message>
        <source>Ring time before voicemail</source>
        <translation>Durée de sonnerie avant la messagerie vocale</translation>
    </message>
    <message>
        <source>Attach the recording to the e-mail</source>
        <translation>Joindre l&apos;enregistrement à l&apos;e-mail</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Renvoi d&apos;appel</translation>
    </message>
    <message>
        <source>Forwarding number</source>
        <translation>Numéro de renvoi</translation>
    </message>
    <message>
        <source>Confirm forwarded calls with a key</source>
        <translation>Confirmer les appels renvoyés par une touche</translation>
    </message>
    <message>
        <source>Ring this extension too</source>
        <translation>Faire aussi sonner ce poste</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nom sur la carte</translation>
    </message>
    <message>
        <source>Security code (CVC)</source>
        <translation>Code de sécurité (CVC)</translation>
    </message>
    <message>
        <source>Expiry month</source>
        <translation>Mois d&apos;expiration</translation>
    </message>
    <message>
        <source>Expiry year</source>
        <translation>Année d&apos;expiration</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Opérateur actuel</translation>
    </message>
    <message>
        <source>Account number with the carrier</source>
        <translation>Numéro de compte chez l&apos;opérateur</translation>
    </message>
    <message>
        <source>PIN with the carrier</source>
        <translation>Code PIN chez l&apos;opérateur</translation>
    </message>
    <message>
        <source>Authorized name</source>
        <translation>Nom autorisé</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse d&apos;installation</translation>
    </message>
    <message>
        <source>Letter of authorization</source>
        <translation>Lettre d&apos;autorisation</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>These numbers still ring it: %1. Unmap or remap them first.</source>
        <translation>Ces numéros le font encore sonner&#xa0;: %1. Dissociez-les ou réaffectez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Delete the conference rooms first.</source>
        <translation>Supprimez d&apos;abord les salles de conférence.</translation>
    </message>
    <message numerus="yes">
        <source>A company can have at most %n conference room(s).</source>
        <translation>
            <numerusform>Une entreprise peut avoir au plus %n salle de conférence.</numerusform>
            <numerusform>Une entreprise peut avoir au plus %n salles de conférence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable the conference server in the User tab first.</source>
        <translation>Activez d&apos;abord le serveur de conférence dans l&apos;onglet Utilisateur.</translation>
    </message>
    <message>
        <source>Set up the conference server first.</source>
        <translation>Configurez d&apos;abord le serveur de conférence.</translation>
    </message>
    <message>
        <source>The conference server already exists.</source>
        <translation>Le serveur de conférence existe déjà.</translation>
    </message>
    <message>
        <source>The virtual receptionist transfers callers to it. Change its menus first.</source>
        <translation>Le standard automatique y transfère des appelants. Modifiez d&apos;abord ses menus.</translation>
    </message>
    <message>
        <source>That number was just taken. Choose another one.</source>
        <translation>Ce numéro vient d&apos;être pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The company&apos;s main number cannot be released.</source>
        <translation>Le numéro principal de l&apos;entreprise ne peut pas être libéré.</translation>
    </message>
    <message>
        <source>The conference server has no portal password.</source>
        <translation>Le serveur de conférence n&apos;a pas de mot de passe de portail.</translation>
    </message>
    <message>
        <source>There is no card on file. Add a card under Account → Billing first.</source>
        <translation>Aucune carte n&apos;est enregistrée. Ajoutez d&apos;abord une carte dans Compte → Facturation.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing was charged.</source>
        <translation>La carte a été refusée. Aucun montant n&apos;a été débité.</translation>
    </message>
    <message>
        <source>Use at least %1 characters with both letters and digits.</source>
        <translation>Utilisez au moins %1 caractères, avec des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>Your administrator has not enabled international calls for extension %1.</source>
        <translation>Votre administrateur n’a pas autorisé les appels internationaux pour le poste %1.</translation>
    </message>
    <message>
        <source>Your administrator has not enabled premium-rate calls for extension %1.</source>
        <translation>Votre administrateur n’a pas autorisé les appels surtaxés pour le poste %1.</translation>
    </message>
    <message>
        <source>This call would exceed the monthly limit for premium-rate calls of extension %1 (%2 left this month).</source>
        <translation>Cet appel dépasserait la limite mensuelle d’appels surtaxés du poste %1 (reste %2 ce mois-ci).</translation>
    </message>
    <message>
        <source>This call would exceed the monthly limit for international calls of extension %1 (%2 left this month).</source>
        <translation>Cet appel dépasserait la limite mensuelle d’appels internationaux du poste %1 (reste %2 ce mois-ci).</translation>
    </message>
    <message>
        <source>No connection to %1 since %2, so nothing was saved. Your changes are still here: save again when the connection is back.</source>
        <translation>Pas de connexion à %1 depuis %2 : rien n’a été enregistré. Vos modifications sont toujours là : enregistrez à nouveau quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>No connection to %1, so nothing was saved. Your changes are still here: save again when the connection is back.</source>
        <translation>Pas de connexion à %1 : rien n’a été enregistré. Vos modifications sont toujours là : enregistrez à nouveau quand la connexion sera rétablie.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start the bundled demo server and sign in as its administrator.</source>
        <translation>Démarrer le serveur de démonstration intégré et se connecter en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://pbx.example.com.</source>
        <translation>Adresse du serveur, p. ex. https://pbx.example.com.</translation>
    </message>
    <message>
        <source>Interface language (es, en, fr).</source>
        <translation>Langue de l&apos;interface (es, en, fr).</translation>
    </message>
    <message>
        <source>Sign in to the demo server, save a screenshot of every page into the folder and exit.</source>
        <translation>Se connecter au serveur de démonstration, enregistrer une capture d&apos;écran de chaque page dans le dossier, puis quitter.</translation>
    </message>
    <message>
        <source>Desktop client for hosted office phone systems.</source>
        <translation>Client de bureau pour les systèmes téléphoniques d&apos;entreprise hébergés.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--screenshots needs a folder.</source>
        <translation>--screenshots nécessite un dossier.</translation>
    </message>
    <message>
        <source>Not a valid server address: %1</source>
        <translation>Adresse de serveur non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use es, en or fr.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez es, en ou fr.</translation>
    </message>
    <message>
        <source>Window width for --screenshots, in pixels (default 1180).</source>
        <translation>Largeur de la fenêtre pour --screenshots, en pixels (1180 par défaut).</translation>
    </message>
    <message>
        <source>Colors: light or dark (by default those of the system&apos;s theme).</source>
        <translation>Couleurs : light (claires) ou dark (sombres) ; par défaut, celles du thème du système.</translation>
    </message>
    <message>
        <source>--screenshot-width takes a width from 900 to 3840 pixels.</source>
        <translation>--screenshot-width accepte une largeur de 900 à 3840 pixels.</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use light or dark.</source>
        <translation>Palette inconnue « %1 » : utilisez light ou dark.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Call logs</source>
        <translation>Journal des appels</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Renvoi d&apos;appel</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Présentation du numéro</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Mastercard</source>
        <translation>Mastercard</translation>
    </message>
    <message>
        <source>American Express</source>
        <translation>American Express</translation>
    </message>
    <message>
        <source>Centralita</source>
        <translation>Centralita</translation>
    </message>
    <message>
        <source>These numbers still ring it: %1. Unmap or remap them first.</source>
        <translation>Ces numéros le font encore sonner&#xa0;: %1. Dissociez-les ou réaffectez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Delete the conference rooms first.</source>
        <translation>Supprimez d&apos;abord les salles de conférence.</translation>
    </message>
    <message>
        <source>A company can have at most %1 conference rooms.</source>
        <translation>Une entreprise peut avoir au plus %1 salles de conférence.</translation>
    </message>
    <message>
        <source>Enable the conference server in the User tab first.</source>
        <translation>Activez d&apos;abord le serveur de conférence dans l&apos;onglet Utilisateur.</translation>
    </message>
    <message>
        <source>Set up the conference server first.</source>
        <translation>Configurez d&apos;abord le serveur de conférence.</translation>
    </message>
    <message>
        <source>The conference server still exists; delete it here first.</source>
        <translation>Le serveur de conférence existe encore&#xa0;; supprimez-le d&apos;abord ici.</translation>
    </message>
    <message>
        <source>The virtual receptionist transfers callers to it. Change its menus first.</source>
        <translation>Le standard automatique y transfère des appelants. Modifiez d&apos;abord ses menus.</translation>
    </message>
    <message>
        <source>That number was just taken. Choose another one.</source>
        <translation>Ce numéro vient d&apos;être pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The company&apos;s main number cannot be released.</source>
        <translation>Le numéro principal de l&apos;entreprise ne peut pas être libéré.</translation>
    </message>
    <message>
        <source>The conference server has no portal password.</source>
        <translation>Le serveur de conférence n&apos;a pas de mot de passe de portail.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bring your numbers to Centralita&lt;/h3&gt;&lt;p&gt;Keep the phone numbers your customers know. Tell us the numbers, your account with the current carrier and who authorizes the move; we ask the carrier to release them.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;The carrier checks the request, usually within a day.&lt;/li&gt;&lt;li&gt;It commits to a port date (a few days later).&lt;/li&gt;&lt;li&gt;On that date the numbers start ringing here. Keep your current service until then.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Follow your requests under &lt;b&gt;Account → Number porting&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Transférez vos numéros vers Centralita&lt;/h3&gt;&lt;p&gt;Conservez les numéros de téléphone que vos clients connaissent. Indiquez-nous les numéros, votre compte chez l&apos;opérateur actuel et la personne qui autorise le transfert&#xa0;; nous demandons à l&apos;opérateur de les libérer.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;L&apos;opérateur vérifie la demande, généralement sous un jour.&lt;/li&gt;&lt;li&gt;Il s&apos;engage sur une date de portage (quelques jours plus tard).&lt;/li&gt;&lt;li&gt;À cette date, les numéros commencent à sonner ici. Conservez votre service actuel jusque-là.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Suivez vos demandes dans &lt;b&gt;Compte → Portabilité des numéros&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Port numbers…</source>
        <translation>Porter des numéros…</translation>
    </message>
    <message numerus="yes">
        <source>Request submitted for %n number(s). Follow it under Account → Number porting.</source>
        <translation>
            <numerusform>Demande envoyée pour %n numéro. Suivez-la dans Compte → Portabilité des numéros.</numerusform>
            <numerusform>Demande envoyée pour %n numéros. Suivez-la dans Compte → Portabilité des numéros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::AppController</name>
    <message>
        <source>Your saved sign-in could not be read. %1 Sign in with your password.</source>
        <translation>Votre connexion enregistrée n&apos;a pas pu être lue. %1 Connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Sign in again.</source>
        <translation>Votre connexion enregistrée a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You will need to sign in again next time: %1</source>
        <translation>Vous devrez vous reconnecter la prochaine fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Centralita</source>
        <translation>Centralita</translation>
    </message>
    <message>
        <source>The data saved on this computer could not be read.</source>
        <translation>Les données enregistrées sur cet ordinateur n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>%1 — Centralita</source>
        <translation>%1 — Centralita</translation>
    </message>
    <message>
        <source>%1 · Administration</source>
        <translation>%1 · Administration</translation>
    </message>
    <message>
        <source>%1 · Extension %2</source>
        <translation>%1 · Poste %2</translation>
    </message>
    <message>
        <source>Offline · saved data, read-only</source>
        <translation>Hors ligne · données enregistrées, en lecture seule</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to the server again to see current data and make changes.</source>
        <translation>Reconnectez-vous au serveur pour voir les données à jour et faire des modifications.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Try &apos;centralita-cli --help&apos;.</source>
        <translation>Essayez « centralita-cli --help ».</translation>
    </message>
    <message>
        <source>Exports call logs from a Centralita server to a CSV file (RFC 4180, UTF-8 with BOM, CRLF) or an
Excel workbook.

--format xlsx|csv|csv-data chooses the file:
  csv-data (the default) the data CSV, stable for scripts: snake_case headers and codes,
           ISO 8601 times with their UTC offset, durations in seconds, E.164 numbers.
  csv      a CSV for spreadsheets: headers and values in the system&apos;s language (or --lang&apos;s),
           local date and time, h:mm:ss durations, readable phone numbers kept as text.
  xlsx     an Excel workbook with typed cells (dates, durations), a frozen header row and
           filters.

An end user exports their own calls (--extension); the administrator (--admin) exports every
extension&apos;s calls, or one extension&apos;s with --extension. The password is read from the first
line of standard input, or, with --keychain, the session the desktop client remembered
(&quot;Remember me&quot;) is used. Dates are whole days in the company&apos;s time zone; without them the
last 7 days are exported. The file appears only when the export is complete.

Examples:
  echo &quot;$PASSWORD&quot; | centralita-cli --server https://pbx.example.com --company &quot;55 5000 1000&quot; \
      --admin --from 2026-01-01 --to 2026-01-31 --direction missed --output enero.csv
  echo &quot;$PASSWORD&quot; | centralita-cli --server https://pbx.example.com --company &quot;55 5000 1000&quot; \
      --admin --from 2026-01-01 --to 2026-01-31 --format xlsx --lang es --output enero.xlsx</source>
        <translation>Exporte le journal des appels d’un serveur Centralita vers un fichier CSV (RFC 4180, UTF-8 avec BOM,
CRLF) ou un classeur Excel.

--format xlsx|csv|csv-data choisit le fichier :
  csv-data (par défaut) le CSV de données, stable pour les scripts : en-têtes et codes en
           snake_case, heures ISO 8601 avec leur décalage UTC, durées en secondes, numéros E.164.
  csv      un CSV pour tableurs : en-têtes et valeurs dans la langue du système (ou celle de
           --lang), date et heure locales, durées h:mm:ss, numéros lisibles gardés comme texte.
  xlsx     un classeur Excel aux cellules typées (dates, durées), avec ligne d’en-tête figée et
           filtres.

Un utilisateur exporte ses propres appels (--extension) ; l’administrateur (--admin) exporte les
appels de tous les postes, ou ceux d’un poste avec --extension. Le mot de passe est lu sur la
première ligne de l’entrée standard ou, avec --keychain, la session mémorisée par le client de
bureau (« Se souvenir de moi ») est utilisée. Les dates sont des jours entiers dans le fuseau
horaire de l’entreprise ; sans elles, les 7 derniers jours sont exportés. Le fichier n’apparaît
qu’une fois l’exportation terminée.

Exemples :
  echo &quot;$PASSWORD&quot; | centralita-cli --server https://pbx.example.com --company &quot;55 5000 1000&quot; \
      --admin --from 2026-01-01 --to 2026-01-31 --direction missed --output janvier.csv
  echo &quot;$PASSWORD&quot; | centralita-cli --server https://pbx.example.com --company &quot;55 5000 1000&quot; \
      --admin --from 2026-01-01 --to 2026-01-31 --format xlsx --lang fr --output janvier.xlsx</translation>
    </message>
    <message>
        <source>Server address, e.g. https://pbx.example.com.</source>
        <translation>Adresse du serveur, p. ex. https://pbx.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Company number, as you type it to sign in.</source>
        <translation>Numéro de l’entreprise, tel que vous le tapez pour vous connecter.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>End user: the extension to sign in as. With --admin: export only this extension&apos;s calls.</source>
        <translation>Utilisateur : le poste avec lequel se connecter. Avec --admin : n’exporter que les appels de ce poste.</translation>
    </message>
    <message>
        <source>ext</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>Sign in as the company&apos;s administrator.</source>
        <translation>Se connecter en tant qu’administrateur de l’entreprise.</translation>
    </message>
    <message>
        <source>Use the session remembered in the system keychain instead of a password on standard input.</source>
        <translation>Utiliser la session mémorisée dans le trousseau du système au lieu d’un mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <source>First day to export (YYYY-MM-DD).</source>
        <translation>Premier jour à exporter (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day to export, included (YYYY-MM-DD).</source>
        <translation>Dernier jour à exporter, inclus (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>all (default), incoming, outgoing, missed or internal (--admin).</source>
        <translation>all (par défaut), incoming, outgoing, missed ou internal (--admin).</translation>
    </message>
    <message>
        <source>which</source>
        <translation>lesquels</translation>
    </message>
    <message>
        <source>Only calls whose number or name contains this.</source>
        <translation>Seulement les appels dont le numéro ou le nom contient ceci.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;;&apos; (also &apos;comma&apos;, &apos;semicolon&apos;). Default: &apos;;&apos; where the locale writes decimals with a comma, &apos;,&apos; elsewhere.</source>
        <translation>&apos;,&apos; ou &apos;;&apos; (aussi &apos;comma&apos;, &apos;semicolon&apos;). Par défaut : &apos;;&apos; là où les paramètres régionaux écrivent les décimales avec une virgule, &apos;,&apos; ailleurs.</translation>
    </message>
    <message>
        <source>char</source>
        <translation>caractère</translation>
    </message>
    <message>
        <source>csv-data (default: the data CSV for scripts), csv (for spreadsheets) or xlsx (an Excel workbook).</source>
        <translation>csv-data (par défaut : le CSV de données pour les scripts), csv (pour tableurs) ou xlsx (un classeur Excel).</translation>
    </message>
    <message>
        <source>Language of the messages and of the spreadsheet formats: es, en or fr. Default: the system&apos;s (English where no translation is installed).</source>
        <translation>Langue des messages et des formats pour tableurs : es, en ou fr. Par défaut : celle du système (l’anglais là où aucune traduction n’est installée).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>give --extension to sign in as an end user, or --admin</source>
        <translation>indiquez --extension pour vous connecter en tant qu’utilisateur, ou --admin</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-01-31</source>
        <translation>--%1 doit être une date comme 2026-01-31</translation>
    </message>
    <message>
        <source>--to must not be before --from</source>
        <translation>--to ne doit pas être antérieur à --from</translation>
    </message>
    <message>
        <source>--direction must be all, incoming, outgoing, missed or (with --admin) internal</source>
        <translation>--direction doit être all, incoming, outgoing, missed ou (avec --admin) internal</translation>
    </message>
    <message>
        <source>--separator must be &apos;,&apos; or &apos;;&apos;</source>
        <translation>--separator doit être &apos;,&apos; ou &apos;;&apos;</translation>
    </message>
    <message>
        <source>--format must be csv-data, csv or xlsx</source>
        <translation>--format doit être csv-data, csv ou xlsx</translation>
    </message>
    <message>
        <source>--separator applies to CSV files only</source>
        <translation>--separator ne s’applique qu’aux fichiers CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n appel exporté vers %1.</numerusform>
            <numerusform>%n appels exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué : %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>No password on standard input (or use --keychain).</source>
        <translation>Aucun mot de passe sur l’entrée standard (ou utilisez --keychain).</translation>
    </message>
    <message>
        <source>No remembered session in the keychain for this server and account. %1</source>
        <translation>Aucune session mémorisée dans le trousseau pour ce serveur et ce compte. %1</translation>
    </message>
    <message>
        <source>--lang must be es, en or fr</source>
        <translation>--lang doit être es, en ou fr</translation>
    </message>
</context>
<context>
    <name>models::CallLogExporter</name>
    <message>
        <source>The server&apos;s export is not the CSV the API describes.</source>
        <translation>L’export du serveur n’est pas le CSV que décrit l’API.</translation>
    </message>
</context>
<context>
    <name>models::CallLogModel</name>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>models::CallLogSheet</name>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Numéro appelant</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nom de l’appelant</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>Numéro appelé</translation>
    </message>
    <message>
        <source>To name</source>
        <translation>Nom de l’appelé</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Call logs</source>
        <translation>Journal des appels</translation>
    </message>
    <message>
        <source>call logs from %1 to %2</source>
        <translation>journal des appels du %1 au %2</translation>
    </message>
    <message>
        <source>call logs from %1</source>
        <translation>journal des appels depuis le %1</translation>
    </message>
    <message>
        <source>call logs up to %1</source>
        <translation>journal des appels jusqu’au %1</translation>
    </message>
    <message>
        <source>all call logs</source>
        <translation>tout le journal des appels</translation>
    </message>
</context>
<context>
    <name>models::ConferenceRoomTableModel</name>
    <message>
        <source>No PIN</source>
        <translation>Sans code PIN</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n people</source>
        <translation>
            <numerusform>Jusqu&apos;à %n personne</numerusform>
            <numerusform>Jusqu&apos;à %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Conference ID</source>
        <translation>ID de conférence</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>models::CredentialStore</name>
    <message>
        <source>The system keychain did not answer. It may be locked.</source>
        <translation>Le trousseau système n&apos;a pas répondu. Il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>L&apos;accès au trousseau système a été refusé.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>Aucun trousseau système n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau système a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>models::DemoServerLauncher</name>
    <message>
        <source>The demo server did not start in time.</source>
        <translation>Le serveur de démonstration n&apos;a pas démarré à temps.</translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>Impossible de démarrer le serveur de démonstration (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1).</source>
        <translation>Le serveur de démonstration s&apos;est arrêté avant d&apos;être prêt (code de sortie %1).</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo server.</source>
        <translation>Impossible de créer un dossier temporaire pour le serveur de démonstration.</translation>
    </message>
    <message>
        <source>The demo server was not found at %1.</source>
        <translation>Le serveur de démonstration est introuvable à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The demo server reported an unexpected address: %1</source>
        <translation>Le serveur de démonstration a signalé une adresse inattendue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>models::DesktopNotifications</name>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>New voicemail</source>
        <translation>Nouveau message vocal</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Fax sent</source>
        <translation>Fax envoyé</translation>
    </message>
    <message>
        <source>Fax not sent</source>
        <translation>Fax non envoyé</translation>
    </message>
    <message>
        <source>Your fax was delivered.</source>
        <translation>Votre fax a été remis.</translation>
    </message>
    <message>
        <source>Your fax could not be delivered.</source>
        <translation>Votre fax n’a pas pu être remis.</translation>
    </message>
    <message>
        <source>Your fax could not be delivered: %1</source>
        <translation>Votre fax n’a pas pu être remis : %1</translation>
    </message>
    <message>
        <source>Prepaid balance low</source>
        <translation>Solde prépayé faible</translation>
    </message>
    <message>
        <source>%1 left for international and premium calls. Buy credit in Add-ons.</source>
        <translation>Il reste %1 pour les appels internationaux et surtaxés. Achetez du crédit dans Options.</translation>
    </message>
    <message>
        <source>Extension %1 reached its prepaid limit</source>
        <translation>Le poste %1 a atteint sa limite prépayée</translation>
    </message>
    <message>
        <source>Extension %1 is near its prepaid limit</source>
        <translation>Le poste %1 approche de sa limite prépayée</translation>
    </message>
    <message>
        <source>%1 of %2 spent on premium-rate calls this month (%3%).</source>
        <translation>%1 sur %2 dépensés en appels surtaxés ce mois-ci (%3 %).</translation>
    </message>
    <message>
        <source>%1 of %2 spent on international calls this month (%3%).</source>
        <translation>%1 sur %2 dépensés en appels internationaux ce mois-ci (%3 %).</translation>
    </message>
</context>
<context>
    <name>models::ExpressSetupRunner</name>
    <message>
        <source>no number</source>
        <translation>aucun numéro</translation>
    </message>
    <message>
        <source>Company details and time zone</source>
        <translation>Coordonnées de l&apos;entreprise et fuseau horaire</translation>
    </message>
    <message>
        <source>Add %1 (extension %2)</source>
        <translation>Ajouter %1 (poste %2)</translation>
    </message>
    <message>
        <source>Assign %1 to extension %2</source>
        <translation>Attribuer %1 au poste %2</translation>
    </message>
    <message>
        <source>Virtual receptionist</source>
        <translation>Standard automatique</translation>
    </message>
    <message>
        <source>Conference server (extension %1)</source>
        <translation>Serveur de conférence (poste %1)</translation>
    </message>
    <message>
        <source>Enable the conference server</source>
        <translation>Activer le serveur de conférence</translation>
    </message>
    <message>
        <source>Prepaid credit for new extensions</source>
        <translation>Crédit prépayé des nouveaux postes</translation>
    </message>
</context>
<context>
    <name>models::ExtensionTableModel</name>
    <message>
        <source>Conference server</source>
        <translation>Serveur de conférence</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Portal access</source>
        <translation>Accès au portail</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>Pas encore de mot de passe</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>models::FaxLogExporter</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>Numéro de fax</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Fax logs</source>
        <translation>Journal des fax</translation>
    </message>
    <message>
        <source>fax logs</source>
        <translation>journal des fax</translation>
    </message>
    <message>
        <source>fax logs of extension %1</source>
        <translation>journal des fax du poste %1</translation>
    </message>
</context>
<context>
    <name>models::FaxModel</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec · %1</translation>
    </message>
    <message>
        <source>Main line</source>
        <translation>Ligne principale</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>Numéro de fax</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>models::InvoiceTableModel</name>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>models::PhoneCatalogModel</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>models::PhoneNumberTableModel</name>
    <message>
        <source>Extension %1</source>
        <translation>Poste %1</translation>
    </message>
    <message>
        <source>Virtual receptionist</source>
        <translation>Standard automatique</translation>
    </message>
    <message>
        <source>Conference server</source>
        <translation>Serveur de conférence</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>%1 (main number)</source>
        <translation>%1 (numéro principal)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Aboutit à</translation>
    </message>
</context>
<context>
    <name>models::PhoneOrderModel</name>
    <message>
        <source>Placed</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>models::PortingRequestModel</name>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Pending with the carrier</source>
        <translation>En attente de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Port date set</source>
        <translation>Date de portage fixée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>The account number does not match the carrier&apos;s records.</source>
        <translation>Le numéro de compte ne correspond pas aux données de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>The PIN or passcode is wrong.</source>
        <translation>Le code PIN ou le code d&apos;accès est erroné.</translation>
    </message>
    <message>
        <source>The authorized name does not match the account holder.</source>
        <translation>Le nom autorisé ne correspond pas au titulaire du compte.</translation>
    </message>
    <message>
        <source>The service address does not match the carrier&apos;s records.</source>
        <translation>L&apos;adresse d&apos;installation ne correspond pas aux données de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>A number is not active with this carrier.</source>
        <translation>Un numéro n&apos;est pas actif chez cet opérateur.</translation>
    </message>
    <message>
        <source>A number is part of a larger group that must move together.</source>
        <translation>Un numéro fait partie d&apos;un groupe plus large qui doit être transféré en bloc.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Opérateur actuel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Port date</source>
        <translation>Date de portage</translation>
    </message>
    <message>
        <source>Carrier&apos;s answer</source>
        <translation>Réponse de l&apos;opérateur</translation>
    </message>
    <message>
        <source>To be confirmed</source>
        <translation>À confirmer</translation>
    </message>
</context>
<context>
    <name>models::PrepaidActivityExporter</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Extension name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Solde (%1)</translation>
    </message>
    <message>
        <source>Prepaid activity</source>
        <translation>Activité prépayée</translation>
    </message>
    <message>
        <source>prepaid activity from %1 to %2</source>
        <translation>activité prépayée du %1 au %2</translation>
    </message>
    <message>
        <source>prepaid activity from %1</source>
        <translation>activité prépayée depuis le %1</translation>
    </message>
    <message>
        <source>prepaid activity up to %1</source>
        <translation>activité prépayée jusqu’au %1</translation>
    </message>
    <message>
        <source>all prepaid activity</source>
        <translation>toute l’activité prépayée</translation>
    </message>
    <message>
        <source>extension %1</source>
        <translation>poste %1</translation>
    </message>
</context>
<context>
    <name>models::PrepaidActivityModel</name>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Auto-refill</source>
        <translation>Recharge automatique</translation>
    </message>
    <message>
        <source>Call charge</source>
        <translation>Coût d&apos;appel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Call refused</source>
        <translation>Appel refusé</translation>
    </message>
</context>
<context>
    <name>models::SnapshotStore</name>
    <message>
        <source>Saved copy from %1, read-only: no connection to the server.</source>
        <translation>Copie enregistrée de %1, en lecture seule : pas de connexion au serveur.</translation>
    </message>
</context>
<context>
    <name>models::TimeZones</name>
    <message>
        <source>Mexico City</source>
        <translation>Mexico</translation>
    </message>
    <message>
        <source>Monterrey</source>
        <translation>Monterrey</translation>
    </message>
    <message>
        <source>Mérida</source>
        <translation>Mérida</translation>
    </message>
    <message>
        <source>Cancún</source>
        <translation>Cancún</translation>
    </message>
    <message>
        <source>Chihuahua</source>
        <translation>Chihuahua</translation>
    </message>
    <message>
        <source>Ciudad Juárez</source>
        <translation>Ciudad Juárez</translation>
    </message>
    <message>
        <source>Hermosillo</source>
        <translation>Hermosillo</translation>
    </message>
    <message>
        <source>Mazatlán</source>
        <translation>Mazatlán</translation>
    </message>
    <message>
        <source>Matamoros</source>
        <translation>Matamoros</translation>
    </message>
    <message>
        <source>Ojinaga</source>
        <translation>Ojinaga</translation>
    </message>
    <message>
        <source>Bahía de Banderas</source>
        <translation>Bahía de Banderas</translation>
    </message>
    <message>
        <source>Tijuana</source>
        <translation>Tijuana</translation>
    </message>
    <message>
        <source>Bogotá</source>
        <translation>Bogota</translation>
    </message>
    <message>
        <source>Lima</source>
        <translation>Lima</translation>
    </message>
    <message>
        <source>Santiago de Chile</source>
        <translation>Santiago du Chili</translation>
    </message>
    <message>
        <source>Buenos Aires</source>
        <translation>Buenos Aires</translation>
    </message>
    <message>
        <source>Guatemala City</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>New York</translation>
    </message>
    <message>
        <source>Chicago</source>
        <translation>Chicago</translation>
    </message>
    <message>
        <source>Denver</source>
        <translation>Denver</translation>
    </message>
    <message>
        <source>Los Angeles</source>
        <translation>Los Angeles</translation>
    </message>
    <message>
        <source>Toronto</source>
        <translation>Toronto</translation>
    </message>
    <message>
        <source>Montreal</source>
        <translation>Montréal</translation>
    </message>
    <message>
        <source>Madrid</source>
        <translation>Madrid</translation>
    </message>
    <message>
        <source>Paris</source>
        <translation>Paris</translation>
    </message>
    <message>
        <source>London</source>
        <translation>Londres</translation>
    </message>
    <message>
        <source>Coordinated Universal Time (UTC)</source>
        <translation>Temps universel coordonné (UTC)</translation>
    </message>
</context>
<context>
    <name>models::VoicemailModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Écouté</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>models::XlsxSheetWriter</name>
    <message>
        <source>More rows than an Excel worksheet holds (%L1); narrow the period or export a CSV file.</source>
        <translation>Plus de lignes qu’une feuille Excel n’en contient (%L1) ; réduisez la période ou exportez un fichier CSV.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>The workbook would be larger than 4 GiB, more than Centralita writes in an .xlsx file; narrow the period or export a CSV file.</source>
        <translation>Le classeur dépasserait 4 Gio, plus que ce que Centralita écrit dans un fichier .xlsx ; réduisez la période ou exportez un fichier CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>views::AboutDialog</name>
    <message>
        <source>About Centralita</source>
        <translation>À propos de Centralita</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Desktop client for hosted office phone systems.</source>
        <translation>Client de bureau pour les systèmes téléphoniques d&apos;entreprise hébergés.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté sur Qt %2.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisée pour</translation>
    </message>
    <message>
        <source>Windows, networking, audio and PDF</source>
        <translation>Fenêtres, réseau, audio et PDF</translation>
    </message>
    <message>
        <source>Keeping the sign-in token in the system keychain</source>
        <translation>Conservation du jeton de connexion dans le trousseau système</translation>
    </message>
    <message>
        <source>Reading and formatting phone numbers</source>
        <translation>Lecture et mise en forme des numéros de téléphone</translation>
    </message>
    <message>
        <source>Password hashing in the reference server</source>
        <translation>Hachage des mots de passe dans le serveur de référence</translation>
    </message>
    <message>
        <source>Catch2 (BSL-1.0) is used by the test suite only and is not shipped.</source>
        <translation>Catch2 (BSL-1.0) n&apos;est utilisé que par la suite de tests et n&apos;est pas distribué.</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>Libraries and licenses</source>
        <translation>Bibliothèques et licences</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Icônes</translation>
    </message>
</context>
<context>
    <name>views::AccountPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Number porting</source>
        <translation>Portabilité des numéros</translation>
    </message>
</context>
<context>
    <name>views::AccountSettingsPanel</name>
    <message>
        <source>Administrator and company address</source>
        <translation>Administrateur et adresse de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Nom de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Administrator e-mail</source>
        <translation>E-mail de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Emergency services are sent to this address when someone dials the emergency number from any of your phones. Keep it current.</source>
        <translation>Les services d&apos;urgence sont envoyés à cette adresse lorsque quelqu&apos;un compose le numéro d&apos;urgence depuis l&apos;un de vos téléphones. Tenez-la à jour.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Company address&lt;/b&gt;</source>
        <translation>&lt;b&gt;Adresse de l&apos;entreprise&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>Corrigez les champs signalés.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Someone else changed these details meanwhile. Your edits are kept; reload to see theirs.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ces informations entre-temps. Vos modifications sont conservées&#xa0;; rechargez pour voir les siennes.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The two new passwords are different.</source>
        <translation>Les deux nouveaux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Mot de passe modifié.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Ce n&apos;est pas votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>views::AddNumberDialog</name>
    <message>
        <source>Add a phone number</source>
        <translation>Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <source>e.g. 55</source>
        <translation>p. ex. 55</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Available numbers</source>
        <translation>Numéros disponibles</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Indicatif</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Calls reach</source>
        <translation>Les appels aboutissent à</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Ajouter le numéro</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>No available number matches.</source>
        <translation>Aucun numéro disponible ne correspond.</translation>
    </message>
</context>
<context>
    <name>views::AddOnsPage</name>
    <message>
        <source>Prepaid account</source>
        <translation>Compte prépayé</translation>
    </message>
    <message>
        <source>IP phones</source>
        <translation>Téléphones IP</translation>
    </message>
    <message>
        <source>Number porting</source>
        <translation>Portabilité des numéros</translation>
    </message>
</context>
<context>
    <name>views::AdminUserPage</name>
    <message>
        <source>Faxes sent and received by every extension and the main line.</source>
        <translation>Fax envoyés et reçus par chaque poste et par la ligne principale.</translation>
    </message>
    <message>
        <source>The conference server hosts the company&apos;s conference rooms. Rooms are set up under Configuration.</source>
        <translation>Le serveur de conférence héberge les salles de conférence de l&apos;entreprise. Les salles se configurent dans Configuration.</translation>
    </message>
    <message>
        <source>Call logs</source>
        <translation>Journal des appels</translation>
    </message>
    <message>
        <source>Fax logs</source>
        <translation>Journal des fax</translation>
    </message>
    <message>
        <source>Conference server</source>
        <translation>Serveur de conférence</translation>
    </message>
</context>
<context>
    <name>views::AssistantPage</name>
    <message>
        <source>Express setup</source>
        <translation>Configuration express</translation>
    </message>
    <message>
        <source>Set up the most common things in one pass. The assistant asks for:</source>
        <translation>Configurez l&apos;essentiel en une seule fois. L&apos;assistant vous demande&#xa0;:</translation>
    </message>
    <message>
        <source>your company&apos;s name and time zone;</source>
        <translation>le nom et le fuseau horaire de votre entreprise&#xa0;;</translation>
    </message>
    <message>
        <source>the people to add, each with an extension (the next free numbers are suggested);</source>
        <translation>les personnes à ajouter, chacune avec un poste (les prochains numéros libres sont proposés)&#xa0;;</translation>
    </message>
    <message>
        <source>a direct phone number for each of them, from your free numbers or new ones;</source>
        <translation>un numéro direct pour chacune, parmi vos numéros libres ou de nouveaux numéros&#xa0;;</translation>
    </message>
    <message>
        <source>a virtual receptionist greeting with &quot;press 1 for…&quot; options, Monday to Friday, 9:00 to 18:00;</source>
        <translation>un message d&apos;accueil du standard automatique avec des options «&#xa0;tapez 1 pour…&#xa0;», du lundi au vendredi, de 9 h 00 à 18 h 00&#xa0;;</translation>
    </message>
    <message>
        <source>optionally, the conference server with its first room.</source>
        <translation>en option, le serveur de conférence avec sa première salle.</translation>
    </message>
    <message>
        <source>You see a summary before anything is changed. If a step fails, the assistant tells you which one and undoes what it had done.</source>
        <translation>Un récapitulatif s&apos;affiche avant toute modification. Si une étape échoue, l&apos;assistant vous indique laquelle et annule ce qu&apos;il avait fait.</translation>
    </message>
    <message>
        <source>Start express setup</source>
        <translation>Lancer la configuration express</translation>
    </message>
</context>
<context>
    <name>views::BillingPanel</name>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Select an invoice to read it.</source>
        <translation>Sélectionnez une facture pour la consulter.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Payment information</source>
        <translation>Informations de paiement</translation>
    </message>
    <message>
        <source>Change card…</source>
        <translation>Changer de carte…</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Carte&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Adresse de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>No card on file</source>
        <translation>Aucune carte enregistrée</translation>
    </message>
    <message>
        <source>Add card…</source>
        <translation>Ajouter une carte…</translation>
    </message>
    <message>
        <source>%1 ending in %2</source>
        <translation>%1 se terminant par %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Invoice %1.pdf</source>
        <translation>Facture %1.pdf</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Enregistrer la facture en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card saved.</source>
        <translation>Carte enregistrée.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
</context>
<context>
    <name>views::CallLogsPage</name>
    <message>
        <source>Export call logs</source>
        <translation>Exporter le journal des appels</translation>
    </message>
    <message>
        <source>Call logs</source>
        <translation>Journal des appels</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internes</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Numéro ou nom</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The To date must not be before the From date.</source>
        <translation>La date «&#xa0;Au&#xa0;» ne doit pas être antérieure à la date «&#xa0;Du&#xa0;».</translation>
    </message>
    <message>
        <source>Exporting call logs…</source>
        <translation>Exportation du journal des appels…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exporting call logs… %Ln call(s) written</source>
        <translation>
            <numerusform>Exportation du journal des appels… %Ln appel écrit</numerusform>
            <numerusform>Exportation du journal des appels… %Ln appels écrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>call-logs-%1-%2.csv</source>
        <comment>file name; %1 and %2 are dates</comment>
        <translation>journal-des-appels-%1-%2.csv</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>Aucun appel sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) so far; more load as you scroll</source>
        <translation>
            <numerusform>%n appel pour l’instant ; la suite se charge en faisant défiler</numerusform>
            <numerusform>%n appels pour l’instant ; la suite se charge en faisant défiler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Enregistrement du fichier…</translation>
    </message>
    <message>
        <source>Not available offline: the export is made by the server, which cannot be reached.</source>
        <translation>Indisponible hors ligne : l’exportation est faite par le serveur, qui est injoignable.</translation>
    </message>
</context>
<context>
    <name>views::CardDialog</name>
    <message>
        <source>Change card</source>
        <translation>Changer de carte</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Security code (CVC)</source>
        <translation>Code de sécurité (CVC)</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nom sur la carte</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <source>The card number and security code go straight to the payment processor; only the brand, the last four digits and the expiry are kept.</source>
        <translation>Le numéro de carte et le code de sécurité sont transmis directement au prestataire de paiement&#xa0;; seuls la marque, les quatre derniers chiffres et la date d&apos;expiration sont conservés.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Saisissez le numéro de carte.</translation>
    </message>
    <message>
        <source>This is not a valid Visa, Mastercard or American Express number. Check the digits.</source>
        <translation>Ce n&apos;est pas un numéro Visa, Mastercard ou American Express valide. Vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Cette carte a expiré.</translation>
    </message>
    <message>
        <source>The 4 digits on the front of the card.</source>
        <translation>Les 4 chiffres au recto de la carte.</translation>
    </message>
    <message>
        <source>The 3 digits on the back of the card.</source>
        <translation>Les 3 chiffres au verso de la carte.</translation>
    </message>
    <message>
        <source>Enter the name as it appears on the card.</source>
        <translation>Saisissez le nom tel qu&apos;il figure sur la carte.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s billing address.</source>
        <translation>Saisissez l&apos;adresse de facturation de la carte.</translation>
    </message>
    <message>
        <source>The card issuer declined this card. Your card on file has not changed; try another card.</source>
        <translation>L&apos;émetteur a refusé cette carte. Votre carte enregistrée n&apos;a pas changé&#xa0;; essayez une autre carte.</translation>
    </message>
    <message>
        <source>The card on file was changed meanwhile. Close this window and try again.</source>
        <translation>La carte enregistrée a été modifiée entre-temps. Fermez cette fenêtre et réessayez.</translation>
    </message>
</context>
<context>
    <name>views::CertificateDialog</name>
    <message>
        <source>(not specified)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>Unverified certificate</source>
        <translation>Certificat non vérifié</translation>
    </message>
    <message>
        <source>&lt;b&gt;Centralita cannot verify the identity of %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Centralita ne peut pas vérifier l&apos;identité de %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Someone could be impersonating the server. Only trust this certificate if your phone provider or IT department confirms that the fingerprint below is correct.</source>
        <translation>Quelqu&apos;un pourrait usurper l&apos;identité du serveur. Ne faites confiance à ce certificat que si votre fournisseur de téléphonie ou votre service informatique confirme que l&apos;empreinte ci-dessous est correcte.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
</context>
<context>
    <name>views::ClickToCall</name>
    <message>
        <source>Call with charge</source>
        <translation>Appel facturé</translation>
    </message>
    <message>
        <source>Enter an extension, a national number, or 00 and the country code.</source>
        <translation>Saisissez un poste, un numéro national, ou 00 et l’indicatif du pays.</translation>
    </message>
    <message>
        <source>%1 is a premium-rate number. The call is charged to your company&apos;s prepaid credit. Call anyway?</source>
        <translation>%1 est un numéro surtaxé. L’appel est débité du crédit prépayé de votre entreprise. Appeler quand même ?</translation>
    </message>
    <message>
        <source>%1 is an international number. The call is charged to your company&apos;s prepaid credit. Call anyway?</source>
        <translation>%1 est un numéro international. L’appel est débité du crédit prépayé de votre entreprise. Appeler quand même ?</translation>
    </message>
    <message>
        <source>Your phone is ringing: answer it to connect the call.</source>
        <translation>Votre téléphone sonne : décrochez pour établir l’appel.</translation>
    </message>
    <message>
        <source>Your administrator has not enabled these calls for your extension.</source>
        <translation>Votre administrateur n’a pas autorisé ces appels pour votre poste.</translation>
    </message>
    <message>
        <source>Your allowance for these calls is %1 a month; %2 left this month.</source>
        <translation>Votre allocation pour ces appels est de %1 par mois ; il reste %2 ce mois-ci.</translation>
    </message>
</context>
<context>
    <name>views::ClickToCallWidget</name>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Number or extension to call</source>
        <translation>Numéro ou poste à appeler</translation>
    </message>
    <message>
        <source>Your phone rings first, then Centralita dials this number.</source>
        <translation>Votre téléphone sonne d&apos;abord, puis Centralita compose ce numéro.</translation>
    </message>
</context>
<context>
    <name>views::CompanySetupPage</name>
    <message>
        <source>Company details</source>
        <translation>Coordonnées de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The name callers hear and see, and the time zone your business hours are in.</source>
        <translation>Le nom que les appelants entendent et voient, et le fuseau horaire de vos heures d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Could not read the account: %1</source>
        <translation>Impossible de lire le compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decide who may spend prepaid credit on international and premium-rate calls (the default for new extensions)</source>
        <translation>Choisir qui peut dépenser le crédit prépayé en appels internationaux et surtaxés (par défaut pour les nouveaux postes)</translation>
    </message>
</context>
<context>
    <name>views::ConferenceEnableWidget</name>
    <message>
        <source>Conference server (up to %1 rooms of %2 people)</source>
        <translation>Serveur de conférence (jusqu&apos;à %1 salles de %2 personnes)</translation>
    </message>
    <message numerus="yes">
        <source>Set up on extension %1 with %n room(s). Manage it in Configuration → Conference server.</source>
        <translation>
            <numerusform>Configuré sur le poste %1 avec %n salle. Gérez-le dans Configuration → Serveur de conférence.</numerusform>
            <numerusform>Configuré sur le poste %1 avec %n salles. Gérez-le dans Configuration → Serveur de conférence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched on. Set it up in Configuration → Conference server.</source>
        <translation>Activé. Configurez-le dans Configuration → Serveur de conférence.</translation>
    </message>
    <message>
        <source>Switched off.</source>
        <translation>Désactivé.</translation>
    </message>
</context>
<context>
    <name>views::ConferencePanel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The conference server is switched off. Switch it on in the User tab; then choose its extension and phone number here and create up to %1 rooms.</source>
        <translation>Le serveur de conférence est désactivé. Activez-le dans l&apos;onglet Utilisateur, puis choisissez ici son poste et son numéro de téléphone et créez jusqu&apos;à %1 salles.</translation>
    </message>
    <message>
        <source>Extension of the conference server</source>
        <translation>Poste du serveur de conférence</translation>
    </message>
    <message>
        <source>Its phone number</source>
        <translation>Son numéro de téléphone</translation>
    </message>
    <message>
        <source>First room&apos;s name</source>
        <translation>Nom de la première salle</translation>
    </message>
    <message>
        <source>Conference ID</source>
        <translation>ID de conférence</translation>
    </message>
    <message>
        <source>Participant PIN (optional)</source>
        <translation>Code PIN des participants (facultatif)</translation>
    </message>
    <message>
        <source>3 to 10 digits.</source>
        <translation>3 à 10 chiffres.</translation>
    </message>
    <message>
        <source>4 to 8 digits, or empty.</source>
        <translation>4 à 8 chiffres, ou vide.</translation>
    </message>
    <message>
        <source>Set up the conference server</source>
        <translation>Configurer le serveur de conférence</translation>
    </message>
    <message>
        <source>Conference server</source>
        <translation>Serveur de conférence</translation>
    </message>
    <message>
        <source>First room</source>
        <translation>Première salle</translation>
    </message>
    <message>
        <source>Change ID or PIN…</source>
        <translation>Modifier l&apos;ID ou le code PIN…</translation>
    </message>
    <message>
        <source>Delete room…</source>
        <translation>Supprimer la salle…</translation>
    </message>
    <message>
        <source>Delete the conference server…</source>
        <translation>Supprimer le serveur de conférence…</translation>
    </message>
    <message>
        <source>Switched off.</source>
        <translation>Désactivé.</translation>
    </message>
    <message>
        <source>Switched on, not set up yet. Choose its extension and phone number and create the first room.</source>
        <translation>Activé, pas encore configuré. Choisissez son poste et son numéro de téléphone, puis créez la première salle.</translation>
    </message>
    <message>
        <source>Callers dial the conference server&apos;s number or extension, then the conference ID and, if the room has one, its PIN.</source>
        <translation>Les appelants composent le numéro ou le poste du serveur de conférence, puis l&apos;ID de conférence et, si la salle en a un, son code PIN.</translation>
    </message>
    <message>
        <source>Extension %1 · %2</source>
        <translation>Poste %1 · %2</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>aucun numéro de téléphone</translation>
    </message>
    <message>
        <source>%1 (new, %2)</source>
        <translation>%1 (nouveau, %2)</translation>
    </message>
    <message>
        <source>The limit of %1 rooms is reached.</source>
        <translation>La limite de %1 salles est atteinte.</translation>
    </message>
    <message>
        <source>You have %1 of %1 rooms, the most a company can have. Delete a room to add another.</source>
        <translation>Vous avez %1 salles sur %1, le maximum pour une entreprise. Supprimez une salle pour en ajouter une autre.</translation>
    </message>
    <message>
        <source>%1 of %2 rooms. Each room holds up to %3 participants.</source>
        <translation>%1 salles sur %2. Chaque salle accueille jusqu&apos;à %3 participants.</translation>
    </message>
    <message>
        <source>Delete the room %1 (conference ID %2)?</source>
        <translation>Supprimer la salle %1 (ID de conférence %2)&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting the conference server takes three steps, in this order:
1. delete all %1 rooms,
2. unmap its phone number (it stays yours, not in use),
3. delete its extension %2.
Do all three now?</source>
        <translation>La suppression du serveur de conférence se fait en trois étapes, dans cet ordre&#xa0;:
1. supprimer les %1 salles,
2. dissocier son numéro de téléphone (il reste à vous, non utilisé),
3. supprimer son poste %2.
Effectuer les trois maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the conference server</source>
        <translation>Supprimer le serveur de conférence</translation>
    </message>
    <message>
        <source>Step 1 of 3: deleting room %1…</source>
        <translation>Étape 1 sur 3&#xa0;: suppression de la salle %1…</translation>
    </message>
    <message>
        <source>Step 2 of 3: unmapping the phone number…</source>
        <translation>Étape 2 sur 3&#xa0;: dissociation du numéro de téléphone…</translation>
    </message>
    <message>
        <source>Step 3 of 3: deleting extension %1…</source>
        <translation>Étape 3 sur 3&#xa0;: suppression du poste %1…</translation>
    </message>
    <message>
        <source>Choose a phone number</source>
        <translation>Choisissez un numéro de téléphone</translation>
    </message>
    <message>
        <source>%1 (yours, not in use)</source>
        <translation>%1 (le vôtre, inutilisé)</translation>
    </message>
    <message>
        <source>%1 (yours, now reaches %2)</source>
        <translation>%1 (le vôtre, aboutit à : %2)</translation>
    </message>
    <message>
        <source>Choose a phone number.</source>
        <translation>Choisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Conference rooms</source>
        <translation>Salles de conférence</translation>
    </message>
    <message>
        <source>No conference rooms yet.</source>
        <translation>Aucune salle de conférence pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n salle</numerusform>
            <numerusform>%n salles</numerusform>
        </translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Ajouter une salle…</translation>
    </message>
</context>
<context>
    <name>views::ConferenceSetupPage</name>
    <message>
        <source>Conference server</source>
        <translation>Serveur de conférence</translation>
    </message>
    <message>
        <source>Optional: an extension and a number people dial to join conference rooms.</source>
        <translation>Facultatif&#xa0;: un poste et un numéro à composer pour rejoindre les salles de conférence.</translation>
    </message>
    <message>
        <source>Set up the conference server</source>
        <translation>Configurer le serveur de conférence</translation>
    </message>
    <message>
        <source>Your conference server is already set up; manage it under Configuration.</source>
        <translation>Votre serveur de conférence est déjà configuré&#xa0;; gérez-le dans Configuration.</translation>
    </message>
    <message>
        <source>Main room</source>
        <translation>Salle principale</translation>
    </message>
    <message>
        <source>Conference extension</source>
        <translation>Poste de conférence</translation>
    </message>
    <message>
        <source>Conference number</source>
        <translation>Numéro de conférence</translation>
    </message>
    <message>
        <source>First room name</source>
        <translation>Nom de la première salle</translation>
    </message>
    <message>
        <source>Conference ID</source>
        <translation>ID de conférence</translation>
    </message>
    <message>
        <source>3 to 10 digits callers type to join.</source>
        <translation>3 à 10 chiffres que les appelants tapent pour participer.</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>Code PIN (facultatif)</translation>
    </message>
</context>
<context>
    <name>views::ConfigurationPage</name>
    <message>
        <source>Extensions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Virtual receptionist</source>
        <translation>Standard automatique</translation>
    </message>
    <message>
        <source>Conference server</source>
        <translation>Serveur de conférence</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>views::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing it. Compare the values and choose which to keep.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 pendant votre saisie. Comparez les valeurs et choisissez celles à conserver.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Enregistré entre-temps</translation>
    </message>
    <message>
        <source>Keep mine (overwrite)</source>
        <translation>Garder la mienne (écraser)</translation>
    </message>
    <message>
        <source>Take theirs (reload)</source>
        <translation>Prendre la leur (recharger)</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
</context>
<context>
    <name>views::ExportDialog</name>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV pour tableurs</translation>
    </message>
    <message>
        <source>Opens in Excel or LibreOffice with dates, durations and phone numbers as you read them.</source>
        <translation>S’ouvre dans Excel ou LibreOffice avec les dates, durées et numéros de téléphone tels que vous les lisez.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Typed cells, a frozen header row and filters.</source>
        <translation>Cellules typées, ligne d’en-tête figée et filtres.</translation>
    </message>
    <message>
        <source>CSV data, for scripts</source>
        <translation>CSV de données, pour les scripts</translation>
    </message>
    <message>
        <source>A stable format: ISO 8601 times, seconds, codes and numbers as the API gives them.</source>
        <translation>Un format stable : heures ISO 8601, secondes, codes et numéros tels que l’API les donne.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>Séparateur CSV :</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>views::ExpressSetupWizard</name>
    <message>
        <source>No number</source>
        <translation>Aucun numéro</translation>
    </message>
    <message>
        <source>%1 (one of your numbers)</source>
        <translation>%1 (un de vos numéros)</translation>
    </message>
    <message>
        <source>%1 (new number)</source>
        <translation>%1 (nouveau numéro)</translation>
    </message>
    <message>
        <source>Express setup</source>
        <translation>Configuration express</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>views::ExtensionDialog</name>
    <message>
        <source>Edit extension %1</source>
        <translation>Modifier le poste %1</translation>
    </message>
    <message>
        <source>Add an extension</source>
        <translation>Ajouter un poste</translation>
    </message>
    <message>
        <source>Extension number</source>
        <translation>Numéro de poste</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The next free numbers are suggested; you can type another one.</source>
        <translation>Les prochains numéros libres sont proposés&#xa0;; vous pouvez en saisir un autre.</translation>
    </message>
    <message>
        <source>Centralita emails the extension number and a temporary password here.</source>
        <translation>Centralita envoie à cette adresse le numéro de poste et un mot de passe temporaire.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add extension</source>
        <translation>Ajouter le poste</translation>
    </message>
    <message>
        <source>extension %1</source>
        <translation>le poste %1</translation>
    </message>
    <message>
        <source>Prepaid credit</source>
        <translation>Crédit prépayé</translation>
    </message>
    <message>
        <source>Someone else changed this extension&apos;s prepaid rules. Your values are kept here; close and open the extension to see theirs.</source>
        <translation>Quelqu’un d’autre a modifié les règles prépayées de ce poste. Vos valeurs sont conservées ici ; fermez puis rouvrez le poste pour voir les siennes.</translation>
    </message>
</context>
<context>
    <name>views::ExtensionsPanel</name>
    <message>
        <source>Search by number, name, email or phone number</source>
        <translation>Rechercher par numéro, nom, e-mail ou numéro de téléphone</translation>
    </message>
    <message>
        <source>Add extension…</source>
        <translation>Ajouter un poste…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>Mot de passe…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Extension %1 was added. %2 will get an email with the extension number and a temporary password.</source>
        <translation>Le poste %1 a été ajouté. %2 recevra un e-mail avec le numéro de poste et un mot de passe temporaire.</translation>
    </message>
    <message>
        <source>Delete extension %1 (%2)? Its voicemail is deleted with it.</source>
        <translation>Supprimer le poste %1 (%2)&#xa0;? Sa messagerie vocale sera supprimée avec lui.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Unmap them now and delete the extension? To send them elsewhere instead, remap them in Phone numbers.</source>
        <translation>Les dissocier maintenant et supprimer le poste&#xa0;? Pour les diriger plutôt ailleurs, réaffectez-les dans Numéros de téléphone.</translation>
    </message>
    <message>
        <source>Unmap and delete</source>
        <translation>Dissocier et supprimer</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Postes</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n poste</numerusform>
            <numerusform>%n postes</numerusform>
        </translation>
    </message>
    <message>
        <source>No extensions yet.</source>
        <translation>Aucun poste pour l’instant.</translation>
    </message>
    <message>
        <source>No extension matches the search.</source>
        <translation>Aucun poste ne correspond à la recherche.</translation>
    </message>
</context>
<context>
    <name>views::FaxListPanel</name>
    <message>
        <source>Save fax</source>
        <translation>Enregistrer le fax</translation>
    </message>
    <message>
        <source>Fax documents (*.pdf *.tif *.tiff)</source>
        <translation>Documents fax (*.pdf *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>This document cannot be shown; save it and open it with another program.</source>
        <translation>Ce document ne peut pas être affiché&#xa0;; enregistrez-le et ouvrez-le avec un autre programme.</translation>
    </message>
    <message>
        <source>The fax could not be saved: %1</source>
        <translation>Le fax n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export fax logs</source>
        <translation>Exporter le journal des fax</translation>
    </message>
    <message>
        <source>fax-logs.csv</source>
        <comment>file name</comment>
        <translation>journal-des-fax.csv</translation>
    </message>
    <message>
        <source>fax-logs-%1.csv</source>
        <comment>file name; %1 is an extension</comment>
        <translation>journal-des-fax-%1.csv</translation>
    </message>
    <message>
        <source>Faxes</source>
        <translation>Télécopies</translation>
    </message>
    <message>
        <source>No faxes.</source>
        <translation>Aucun fax.</translation>
    </message>
    <message numerus="yes">
        <source>%n fax(es)</source>
        <translation>
            <numerusform>%n fax</numerusform>
            <numerusform>%n fax</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available offline: fax documents are not kept on this computer.</source>
        <translation>Indisponible hors ligne : les documents de télécopie ne sont pas conservés sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>views::FaxPage</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is too large: a fax document can be at most %1.</source>
        <translation>Le fichier est trop volumineux&#xa0;: un document fax ne peut pas dépasser %1.</translation>
    </message>
    <message>
        <source>This file is not a PDF or TIFF document, whatever its name says.</source>
        <translation>Ce fichier n&apos;est pas un document PDF ou TIFF, quel que soit son nom.</translation>
    </message>
    <message>
        <source>The document is incomplete or damaged.</source>
        <translation>Le document est incomplet ou endommagé.</translation>
    </message>
    <message numerus="yes">
        <source>A fax can have at most %n pages.</source>
        <translation>
            <numerusform>Un fax peut comporter au plus %n page.</numerusform>
            <numerusform>Un fax peut comporter au plus %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>This document cannot be faxed.</source>
        <translation>Ce document ne peut pas être faxé.</translation>
    </message>
    <message>
        <source>Choose the document to fax</source>
        <translation>Choisir le document à faxer</translation>
    </message>
    <message>
        <source>Fax documents (*.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Documents fax (*.pdf *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Send a fax</source>
        <translation>Envoyer un fax</translation>
    </message>
    <message>
        <source>55 5658 1200</source>
        <translation>55 5658 1200</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>Numéro de fax</translation>
    </message>
    <message>
        <source>No document chosen</source>
        <translation>Aucun document choisi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Document (PDF or TIFF)</source>
        <translation>Document (PDF ou TIFF)</translation>
    </message>
    <message numerus="yes">
        <source>At most %1 and %n pages.</source>
        <translation>
            <numerusform>Au plus %1 et %n page.</numerusform>
            <numerusform>Au plus %1 et %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send fax</source>
        <translation>Envoyer le fax</translation>
    </message>
    <message>
        <source>Sent and received</source>
        <translation>Envoyés et reçus</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1</source>
        <translation>
            <numerusform>%n page, %1</numerusform>
            <numerusform>%n pages, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no preview available)</source>
        <translation>(aperçu non disponible)</translation>
    </message>
    <message>
        <source>Enter the fax number.</source>
        <translation>Saisissez le numéro de fax.</translation>
    </message>
    <message>
        <source>This is not a valid fax number.</source>
        <translation>Ce numéro de fax n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Choose a PDF or TIFF document.</source>
        <translation>Choisissez un document PDF ou TIFF.</translation>
    </message>
    <message>
        <source>Fax to %1 queued.</source>
        <translation>Fax vers %1 mis en file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>views::FaxPreview</name>
    <message>
        <source>Choose a PDF or TIFF document to see it here.</source>
        <translation>Choisissez un document PDF ou TIFF pour l&apos;afficher ici.</translation>
    </message>
</context>
<context>
    <name>views::ForgotPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Enter your company&apos;s main number. We will e-mail a reset code to the administrator&apos;s address on file.</source>
        <translation>Saisissez le numéro principal de votre entreprise. Nous enverrons un code de réinitialisation à l&apos;adresse e-mail enregistrée de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s main number and your extension. We will e-mail a reset code to the address on file for that extension.</source>
        <translation>Saisissez le numéro principal de votre entreprise et votre poste. Nous enverrons un code de réinitialisation à l&apos;adresse e-mail enregistrée pour ce poste.</translation>
    </message>
    <message>
        <source>Company main number</source>
        <translation>Numéro principal de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>If the account exists, a code is on its way to the e-mail address on file. Enter it below with your new password. The code expires after 30 minutes.</source>
        <translation>Si le compte existe, un code a été envoyé à l&apos;adresse e-mail enregistrée. Saisissez-le ci-dessous avec votre nouveau mot de passe. Le code expire au bout de 30 minutes.</translation>
    </message>
    <message>
        <source>Code from the e-mail</source>
        <translation>Code reçu par e-mail</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Envoyer un nouveau code</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Your password was changed. You can now sign in with it.</source>
        <translation>Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter avec celui-ci.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s main phone number.</source>
        <translation>Saisissez le numéro de téléphone principal de votre entreprise.</translation>
    </message>
    <message>
        <source>Enter your extension number.</source>
        <translation>Saisissez votre numéro de poste.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Enter the code from the e-mail.</source>
        <translation>Saisissez le code reçu par e-mail.</translation>
    </message>
    <message>
        <source>This code is not valid or has expired.</source>
        <translation>Ce code n&apos;est pas valide ou a expiré.</translation>
    </message>
</context>
<context>
    <name>views::GreetingControls</name>
    <message>
        <source>Upload recording…</source>
        <translation>Importer un enregistrement…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Remove recording</source>
        <translation>Supprimer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>A recorded greeting is uploaded.</source>
        <translation>Un message d&apos;accueil enregistré a été importé.</translation>
    </message>
    <message>
        <source>Choose the greeting recording</source>
        <translation>Choisir l&apos;enregistrement du message d&apos;accueil</translation>
    </message>
    <message>
        <source>Audio (*.wav *.mp3)</source>
        <translation>Audio (*.wav *.mp3)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>This file is not a WAV or MP3 recording.</source>
        <translation>Ce fichier n&apos;est pas un enregistrement WAV ou MP3.</translation>
    </message>
    <message>
        <source>The receptionist was changed meanwhile. Save or reload it, then upload again.</source>
        <translation>Le standard automatique a été modifié entre-temps. Enregistrez-le ou rechargez-le, puis importez à nouveau l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Cannot prepare the recording for playback.</source>
        <translation>Impossible de préparer l&apos;enregistrement pour la lecture.</translation>
    </message>
    <message>
        <source>Remove the recorded greeting? The greeting text is read aloud instead.</source>
        <translation>Supprimer le message d&apos;accueil enregistré&#xa0;? Le texte du message d&apos;accueil sera lu à voix haute à la place.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No recording: the greeting text is read aloud. WAV or MP3, up to %1.</source>
        <translation>Aucun enregistrement&#xa0;: le texte du message d&apos;accueil est lu à voix haute. WAV ou MP3, jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>The recording is larger than %1. Shorten it or save it at a lower quality.</source>
        <translation>L&apos;enregistrement dépasse %1. Raccourcissez-le ou enregistrez-le dans une qualité inférieure.</translation>
    </message>
</context>
<context>
    <name>views::KeyboardAccess</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip and its shortcut key</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>views::LiveStateLabel</name>
    <message>
        <source>Offline · showing data from %1</source>
        <translation>Hors ligne · données de %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>views::LoginDialog</name>
    <message>
        <source>Sign in — Centralita</source>
        <translation>Connexion — Centralita</translation>
    </message>
    <message>
        <source>Sign in to your phone system</source>
        <translation>Connectez-vous à votre système téléphonique</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>https://pbx.example.com</source>
        <translation>https://pbx.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>e.g. 55 5000 1000</source>
        <translation>p. ex. 55 5000 1000</translation>
    </message>
    <message>
        <source>Company main number</source>
        <translation>Numéro principal de l&apos;entreprise</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>p. ex. 101</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Mot de passe oublié&#xa0;?</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <source>Stores a sign-in token in the system keychain. Your password is never stored.</source>
        <translation>Enregistre un jeton de connexion dans le trousseau système. Votre mot de passe n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Manage the whole company: users, numbers, schedules and billing.</source>
        <translation>Gérez toute l&apos;entreprise&#xa0;: utilisateurs, numéros, horaires et facturation.</translation>
    </message>
    <message>
        <source>Your voicemail, call logs and personal preferences.</source>
        <translation>Votre messagerie vocale, votre journal des appels et vos préférences personnelles.</translation>
    </message>
    <message>
        <source>Enter the address of your phone system&apos;s server.</source>
        <translation>Saisissez l&apos;adresse du serveur de votre système téléphonique.</translation>
    </message>
    <message>
        <source>This is not a valid server address.</source>
        <translation>Cette adresse de serveur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s main phone number.</source>
        <translation>Saisissez le numéro de téléphone principal de votre entreprise.</translation>
    </message>
    <message>
        <source>Enter your extension number.</source>
        <translation>Saisissez votre numéro de poste.</translation>
    </message>
    <message>
        <source>An extension has 2 to 6 digits and does not start with 0.</source>
        <translation>Un numéro de poste comporte 2 à 6 chiffres et ne commence pas par 0.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>Vérifiez les champs mis en évidence.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in (%1)</source>
        <translation>Se connecter (%1)</translation>
    </message>
    <message>
        <source>Enter the address of your phone system&apos;s server first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur de votre système téléphonique.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new password.</source>
        <translation>Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>View saved data offline</source>
        <translation>Voir les données enregistrées hors ligne</translation>
    </message>
    <message>
        <source>Opens the voicemail, call logs and faxes last seen on this computer, read-only.</source>
        <translation>Ouvre la messagerie vocale, le journal des appels et les télécopies vus en dernier sur cet ordinateur, en lecture seule.</translation>
    </message>
</context>
<context>
    <name>views::MenuEditor</name>
    <message>
        <source>Greeting (read aloud)</source>
        <translation>Message d&apos;accueil (lu à voix haute)</translation>
    </message>
    <message>
        <source>Play the uploaded recording instead</source>
        <translation>Diffuser plutôt l&apos;enregistrement importé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Extension or message</source>
        <translation>Poste ou message</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for a key</source>
        <translation>Attendre une touche</translation>
    </message>
    <message>
        <source>If no key is pressed</source>
        <translation>Si aucune touche n&apos;est tapée</translation>
    </message>
    <message>
        <source>If another key is pressed</source>
        <translation>Si une autre touche est tapée</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Aucune action</translation>
    </message>
    <message>
        <source>Transfer to extension</source>
        <translation>Transférer vers un poste</translation>
    </message>
    <message>
        <source>Extension&apos;s voicemail</source>
        <translation>Messagerie vocale d&apos;un poste</translation>
    </message>
    <message>
        <source>Dial-by-name directory</source>
        <translation>Annuaire par nom</translation>
    </message>
    <message>
        <source>Repeat the menu</source>
        <translation>Répéter le menu</translation>
    </message>
    <message>
        <source>Play a message</source>
        <translation>Diffuser un message</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Text to read, e.g. the address</source>
        <translation>Texte à lire, p. ex. l&apos;adresse</translation>
    </message>
    <message>
        <source>No recording has been uploaded for this menu.</source>
        <translation>Aucun enregistrement n&apos;a été importé pour ce menu.</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Touche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Extension not in the list yet</source>
        <translation>Poste pas encore dans la liste</translation>
    </message>
    <message>
        <source>Menu options</source>
        <translation>Options du menu</translation>
    </message>
</context>
<context>
    <name>views::NotificationBanner</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>views::NumbersSetupPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Give people a direct number: one of your free numbers or a new one. Everyone can also be reached through the main number.</source>
        <translation>Attribuez un numéro direct à chacun&#xa0;: l&apos;un de vos numéros libres ou un nouveau. Tout le monde reste joignable par le numéro principal.</translation>
    </message>
    <message>
        <source>%1 (extension %2)</source>
        <translation>%1 (poste %2)</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one user.</source>
        <translation>%1 est choisi pour plusieurs utilisateurs.</translation>
    </message>
</context>
<context>
    <name>views::PasswordDialog</name>
    <message>
        <source>Password of extension %1</source>
        <translation>Mot de passe du poste %1</translation>
    </message>
    <message>
        <source>Generate a temporary password and email it to %1</source>
        <translation>Générer un mot de passe temporaire et l&apos;envoyer par e-mail à %1</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Set this password (tell the user yourself):</source>
        <translation>Définir ce mot de passe (communiquez-le vous-même à l&apos;utilisateur)&#xa0;:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Either way, the user is signed out everywhere.</source>
        <translation>Dans les deux cas, l&apos;utilisateur est déconnecté partout.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
</context>
<context>
    <name>views::PasswordRule</name>
    <message numerus="yes">
        <source>At least %n characters, with both letters and digits.</source>
        <translation>
            <numerusform>Au moins %n caractère, avec des lettres et des chiffres.</numerusform>
            <numerusform>Au moins %n caractères, avec des lettres et des chiffres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PhoneNumbersPanel</name>
    <message>
        <source>Add number…</source>
        <translation>Ajouter un numéro…</translation>
    </message>
    <message>
        <source>Map or remap…</source>
        <translation>Affecter ou réaffecter…</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Libérer…</translation>
    </message>
    <message>
        <source>Each number rings an extension, the virtual receptionist or the conference server. Numbers that reach nothing are still billed.</source>
        <translation>Chaque numéro fait sonner un poste, le standard automatique ou le serveur de conférence. Les numéros qui n&apos;aboutissent nulle part sont tout de même facturés.</translation>
    </message>
    <message>
        <source>The company&apos;s main number cannot be released.</source>
        <translation>Le numéro principal de l&apos;entreprise ne peut pas être libéré.</translation>
    </message>
    <message>
        <source>Release %1? It goes back to the pool and callers will no longer reach you on it. Someone else may take it.</source>
        <translation>Libérer %1&#xa0;? Il retourne dans le stock de numéros et les appelants ne pourront plus vous joindre sur ce numéro. Quelqu&apos;un d&apos;autre pourra le prendre.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>No phone numbers yet.</source>
        <translation>Aucun numéro de téléphone pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PhoneShopPanel</name>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>Cart and shipping</source>
        <translation>Panier et livraison</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Ship to (name)</source>
        <translation>Livrer à (nom)</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Passer la commande</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Historique des commandes</translation>
    </message>
    <message>
        <source>Set to 0 to remove this phone from the cart.</source>
        <translation>Indiquez 0 pour retirer ce téléphone du panier.</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s), total %1</source>
        <translation>
            <numerusform>%n téléphone, total %1</numerusform>
            <numerusform>%n téléphones, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Required for the delivery.</source>
        <translation>Obligatoire pour la livraison.</translation>
    </message>
    <message>
        <source>Charging your card…</source>
        <translation>Débit de votre carte…</translation>
    </message>
    <message>
        <source>Order placed: %1 charged to the card ending in %2.</source>
        <translation>Commande passée&#xa0;: %1 débité sur la carte se terminant par %2.</translation>
    </message>
    <message>
        <source>Your card was declined. Nothing was charged and no order was placed.</source>
        <translation>Votre carte a été refusée. Aucun montant n&apos;a été débité et aucune commande n&apos;a été passée.</translation>
    </message>
    <message>
        <source>There is no card on file. Add one under Account → Billing, then try again.</source>
        <translation>Aucune carte n&apos;est enregistrée. Ajoutez-en une dans Compte → Facturation, puis réessayez.</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>Corrigez les champs signalés.</translation>
    </message>
    <message>
        <source>Checking the card on file…</source>
        <translation>Vérification de la carte enregistrée…</translation>
    </message>
    <message>
        <source>Charge %1 to the card ending in %2 and place the order?</source>
        <translation>Débiter %1 sur la carte se terminant par %2 et passer la commande ?</translation>
    </message>
    <message>
        <source>No orders yet. Phones you order appear here.</source>
        <translation>Aucune commande pour l’instant. Les téléphones que vous commandez apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PortingStatusPanel</name>
    <message>
        <source>Numbers you are bringing from other carriers. Start a new request in Add-ons → Number porting.</source>
        <translation>Numéros que vous transférez depuis d&apos;autres opérateurs. Lancez une nouvelle demande dans Options → Portabilité des numéros.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>There are no porting requests yet.</source>
        <translation>Aucune demande de portabilité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Opérateur actuel</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (compte %2)</translation>
    </message>
    <message>
        <source>Authorized by</source>
        <translation>Autorisé par</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse d&apos;installation</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise le</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Port date</source>
        <translation>Date de portage</translation>
    </message>
    <message>
        <source>Carrier&apos;s code</source>
        <translation>Code de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Annuler la demande…</translation>
    </message>
    <message>
        <source>Possible until the current carrier sets the date of the port.</source>
        <translation>Possible jusqu’à ce que l’opérateur actuel fixe la date du portage.</translation>
    </message>
    <message>
        <source>Cancel the porting of %1? The numbers stay with %2.</source>
        <translation>Annuler le portage de %1 ? Les numéros restent chez %2.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Canceling the request…</source>
        <translation>Annulation de la demande…</translation>
    </message>
    <message>
        <source>The porting request was canceled.</source>
        <translation>La demande de portage a été annulée.</translation>
    </message>
    <message>
        <source>The carrier has already set the date of this port; it can no longer be canceled.</source>
        <translation>L’opérateur a déjà fixé la date de ce portage ; il ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Porting requests</source>
        <translation>Demandes de portabilité</translation>
    </message>
    <message>
        <source>No porting requests.</source>
        <translation>Aucune demande de portabilité.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PortingWizard</name>
    <message>
        <source>Port numbers to Centralita</source>
        <translation>Porter des numéros vers Centralita</translation>
    </message>
    <message>
        <source>Submit request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Numbers to port</source>
        <translation>Numéros à porter</translation>
    </message>
    <message>
        <source>The numbers you have with your current carrier, one per line (at most %1).</source>
        <translation>Les numéros que vous avez chez votre opérateur actuel, un par ligne (%1 au maximum).</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Opérateur actuel</translation>
    </message>
    <message>
        <source>Your account with the carrier the numbers are with today. The PIN is handed to the carrier with the request and not kept.</source>
        <translation>Votre compte chez l&apos;opérateur qui détient les numéros aujourd&apos;hui. Le code PIN est transmis à l&apos;opérateur avec la demande et n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Account number with the carrier</source>
        <translation>Numéro de compte chez l&apos;opérateur</translation>
    </message>
    <message>
        <source>Account PIN or passcode</source>
        <translation>Code PIN ou code d&apos;accès du compte</translation>
    </message>
    <message>
        <source>%1 to %2 digits.</source>
        <translation>%1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>The person named on the carrier account authorizes the move.</source>
        <translation>La personne désignée sur le compte de l&apos;opérateur autorise le transfert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter of authorization.&lt;/b&gt; I am authorized to act for the account holder of the numbers listed. I ask my current carrier to release these numbers to Centralita, understanding that service with the current carrier ends for them on the port date and that other services on the account may be affected.</source>
        <translation>&lt;b&gt;Lettre d&apos;autorisation.&lt;/b&gt; Je suis autorisé(e) à agir pour le compte du titulaire des numéros indiqués. Je demande à mon opérateur actuel de libérer ces numéros au profit de Centralita, en sachant que le service de l&apos;opérateur actuel prend fin pour ces numéros à la date de portage et que d&apos;autres services du compte peuvent être affectés.</translation>
    </message>
    <message>
        <source>I have read and accept the letter of authorization</source>
        <translation>J&apos;ai lu et j&apos;accepte la lettre d&apos;autorisation</translation>
    </message>
    <message>
        <source>Authorized name (as on the carrier account)</source>
        <translation>Nom autorisé (tel qu&apos;il figure sur le compte de l&apos;opérateur)</translation>
    </message>
    <message>
        <source>Service address (as on the carrier account)</source>
        <translation>Adresse d&apos;installation (telle qu&apos;elle figure sur le compte de l&apos;opérateur)</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Vérification et envoi</translation>
    </message>
    <message>
        <source>Check the details before sending them.</source>
        <translation>Vérifiez les informations avant de les envoyer.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number.</source>
        <translation>%1 n&apos;est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois.</translation>
    </message>
    <message>
        <source>Enter at least one number.</source>
        <translation>Saisissez au moins un numéro.</translation>
    </message>
    <message numerus="yes">
        <source>Port at most %n numbers at a time.</source>
        <translation>
            <numerusform>Portez au plus %n numéro à la fois.</numerusform>
            <numerusform>Portez au plus %n numéros à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the carrier&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Enter your account number with the carrier.</source>
        <translation>Saisissez votre numéro de compte chez l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Enter the address where the numbers are in service.</source>
        <translation>Saisissez l&apos;adresse où les numéros sont en service.</translation>
    </message>
    <message>
        <source>The carrier needs this authorization to move the numbers.</source>
        <translation>L&apos;opérateur a besoin de cette autorisation pour transférer les numéros.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Authorized name</source>
        <translation>Nom autorisé</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse d&apos;installation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some details need correcting; see the marked fields.</source>
        <translation>Certaines informations doivent être corrigées&#xa0;; voyez les champs signalés.</translation>
    </message>
</context>
<context>
    <name>views::PreferencesPage</name>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Renvoi d&apos;appel</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Présentation du numéro</translation>
    </message>
    <message>
        <source>Answer unanswered calls with voicemail</source>
        <translation>Répondre aux appels sans réponse par la messagerie vocale</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ring time before voicemail</source>
        <translation>Durée de sonnerie avant la messagerie vocale</translation>
    </message>
    <message>
        <source>New voicemail PIN</source>
        <translation>Nouveau code PIN de messagerie vocale</translation>
    </message>
    <message>
        <source>4 to 8 digits, to listen to messages from a phone. Leave empty to keep the current one.</source>
        <translation>4 à 8 chiffres, pour écouter vos messages depuis un téléphone. Laissez vide pour conserver le code actuel.</translation>
    </message>
    <message>
        <source>Attach the recording (MP3) to the e-mail notification</source>
        <translation>Joindre l&apos;enregistrement (MP3) à l&apos;e-mail de notification</translation>
    </message>
    <message>
        <source>Forward my calls</source>
        <translation>Renvoyer mes appels</translation>
    </message>
    <message>
        <source>e.g. 55 1234 5678</source>
        <translation>p. ex. 55 1234 5678</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Renvoyer vers</translation>
    </message>
    <message>
        <source>Also ring my extension at the same time</source>
        <translation>Faire aussi sonner mon poste en même temps</translation>
    </message>
    <message>
        <source>Ask me to press a key before connecting a forwarded call</source>
        <translation>Me demander d&apos;appuyer sur une touche avant de connecter un appel renvoyé</translation>
    </message>
    <message>
        <source>Number shown when you call</source>
        <translation>Numéro présenté lors de vos appels</translation>
    </message>
    <message>
        <source>Only numbers that reach your extension can be shown.</source>
        <translation>Seuls les numéros qui aboutissent à votre poste peuvent être présentés.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard my edits and reload</source>
        <translation>Annuler mes modifications et recharger</translation>
    </message>
    <message>
        <source>These settings were changed elsewhere meanwhile. Your edits are kept: save again to replace that change, or reload to see it.</source>
        <translation>Ces paramètres ont été modifiés ailleurs entre-temps. Vos modifications sont conservées&#xa0;: enregistrez à nouveau pour remplacer ce changement, ou rechargez pour le voir.</translation>
    </message>
    <message>
        <source>A PIN is set</source>
        <translation>Un code PIN est défini</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Aucun code PIN défini</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>Utilisez uniquement des chiffres.</translation>
    </message>
    <message>
        <source>Enter the number to forward calls to.</source>
        <translation>Saisissez le numéro vers lequel renvoyer les appels.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>views::PreferencesPanel</name>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Language of prompts and emails</source>
        <translation>Langue des annonces et des e-mails</translation>
    </message>
    <message>
        <source>Caller ID name on outgoing calls</source>
        <translation>Nom présenté lors des appels sortants</translation>
    </message>
    <message>
        <source>Business hours and every time Centralita shows are in this zone.</source>
        <translation>Les heures d&apos;ouverture et toutes les heures affichées par Centralita sont dans ce fuseau.</translation>
    </message>
    <message>
        <source>At most 15 characters, as phone networks show it.</source>
        <translation>15 caractères au maximum, tel que l&apos;affichent les réseaux téléphoniques.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Enregistrer les préférences</translation>
    </message>
    <message>
        <source>Main number %1 · billed in %2</source>
        <translation>Numéro principal %1 · facturé en %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Caller ID name</source>
        <translation>Nom présenté</translation>
    </message>
    <message>
        <source>the company preferences</source>
        <translation>les préférences de l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>views::PrepaidControlsPanel</name>
    <message>
        <source>Spend this month by extension</source>
        <translation>Dépenses du mois par poste</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>International calls</source>
        <translation>Appels internationaux</translation>
    </message>
    <message>
        <source>Premium-rate calls</source>
        <translation>Appels surtaxés</translation>
    </message>
    <message>
        <source>Spent against the monthly limit</source>
        <translation>Dépensé par rapport à la limite mensuelle</translation>
    </message>
    <message>
        <source>Extension %1 (%2)</source>
        <translation>Poste %1 (%2)</translation>
    </message>
    <message>
        <source>Who may spend prepaid credit</source>
        <translation>Qui peut dépenser le crédit prépayé</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Select an extension.</source>
        <translation>Sélectionnez un poste.</translation>
    </message>
    <message>
        <source>Default for new extensions</source>
        <translation>Par défaut pour les nouveaux postes</translation>
    </message>
    <message>
        <source>Allowed · %1 spent</source>
        <translation>Autorisé · %1 dépensés</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Limite mensuelle</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Someone else changed these rules. Select the extension again to see them; your values are kept here.</source>
        <translation>Quelqu’un d’autre a modifié ces règles. Sélectionnez à nouveau le poste pour les voir ; vos valeurs sont conservées ici.</translation>
    </message>
    <message>
        <source>No spend and no monthly limits this month.</source>
        <translation>Aucune dépense ni limite mensuelle ce mois-ci.</translation>
    </message>
</context>
<context>
    <name>views::PrepaidPanel</name>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Acheter</translation>
    </message>
    <message>
        <source>Add funds:</source>
        <translation>Ajouter du crédit&#xa0;:</translation>
    </message>
    <message>
        <source>Charged to the card on file.</source>
        <translation>Débité sur la carte enregistrée.</translation>
    </message>
    <message>
        <source>Auto-refill</source>
        <translation>Recharge automatique</translation>
    </message>
    <message>
        <source>Refill automatically from the card on file</source>
        <translation>Recharger automatiquement depuis la carte enregistrée</translation>
    </message>
    <message>
        <source>When the balance falls below</source>
        <translation>Lorsque le solde passe sous</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>All extensions</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Évolution du solde</translation>
    </message>
    <message>
        <source>Charging your card…</source>
        <translation>Débit de votre carte…</translation>
    </message>
    <message>
        <source>%1 added, charged to the card ending in %2.</source>
        <translation>%1 ajouté, débité sur la carte se terminant par %2.</translation>
    </message>
    <message>
        <source>Your card was declined. Nothing was charged.</source>
        <translation>Votre carte a été refusée. Aucun montant n&apos;a été débité.</translation>
    </message>
    <message>
        <source>There is no card on file. Add one under Account → Billing, then try again.</source>
        <translation>Aucune carte n&apos;est enregistrée. Ajoutez-en une dans Compte → Facturation, puis réessayez.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Auto-refill needs a card on file. Add one under Account → Billing.</source>
        <translation>La recharge automatique nécessite une carte enregistrée. Ajoutez-en une dans Compte → Facturation.</translation>
    </message>
    <message>
        <source>Someone else changed these settings. Reload to see them; your values are kept here.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ces paramètres. Rechargez pour les voir&#xa0;; vos valeurs sont conservées ici.</translation>
    </message>
    <message>
        <source>Export prepaid activity</source>
        <translation>Exporter l’activité prépayée</translation>
    </message>
    <message>
        <source>Buy prepaid credit</source>
        <translation>Acheter du crédit prépayé</translation>
    </message>
    <message>
        <source>prepaid-activity-%1-%2</source>
        <comment>file name; %1 and %2 are dates</comment>
        <translation>activite-prepayee-%1-%2</translation>
    </message>
    <message>
        <source>Buy %1 of prepaid credit with the card on file?</source>
        <translation>Acheter %1 de crédit prépayé avec la carte enregistrée ?</translation>
    </message>
    <message>
        <source>Buy %1 of prepaid credit? It is charged to the card ending in %2.</source>
        <translation>Acheter %1 de crédit prépayé ? Le montant est débité sur la carte se terminant par %2.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>Indiquez au moins %1.</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Aucun mouvement sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) so far</source>
        <translation>
            <numerusform>%n mouvement pour l’instant</numerusform>
            <numerusform>%n mouvements pour l’instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n mouvement</numerusform>
            <numerusform>%n mouvements</numerusform>
        </translation>
    </message>
    <message>
        <source>No movements in this period.</source>
        <translation>Aucun mouvement sur cette période.</translation>
    </message>
</context>
<context>
    <name>views::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Only your company&apos;s administrator can change your name and extension.</source>
        <translation>Seul l&apos;administrateur de votre entreprise peut modifier votre nom et votre poste.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Poste&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>New voicemail messages are announced at this address.</source>
        <translation>Les nouveaux messages vocaux sont signalés à cette adresse.</translation>
    </message>
    <message>
        <source>Save e-mail address</source>
        <translation>Enregistrer l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Discard my edit and reload</source>
        <translation>Annuler ma modification et recharger</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Your profile was changed elsewhere meanwhile. Your edit is kept: save again to replace that change, or reload to see it.</source>
        <translation>Votre profil a été modifié ailleurs entre-temps. Votre modification est conservée&#xa0;: enregistrez à nouveau pour remplacer ce changement, ou rechargez pour le voir.</translation>
    </message>
    <message>
        <source>Enter the password you use now.</source>
        <translation>Saisissez le mot de passe que vous utilisez actuellement.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choisissez un mot de passe différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Your password was changed. Your other signed-in devices must sign in again.</source>
        <translation>Votre mot de passe a été modifié. Vos autres appareils connectés devront se reconnecter.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
</context>
<context>
    <name>views::ReceptionistPanel</name>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Business hours menu</source>
        <translation>Menu des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>After hours menu</source>
        <translation>Menu hors heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Save the receptionist</source>
        <translation>Enregistrer le standard</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Holidays (after-hours menu all day)</source>
        <translation>Jours fériés (menu hors heures d&apos;ouverture toute la journée)</translation>
    </message>
    <message>
        <source>Schedule and holidays</source>
        <translation>Horaires et jours fériés</translation>
    </message>
    <message>
        <source>Times are in the company&apos;s time zone, %1 (change it in Preferences). Click or drag to mark when the office is open.</source>
        <translation>Les heures sont exprimées dans le fuseau horaire de l&apos;entreprise, %1 (modifiable dans Préférences). Cliquez ou faites glisser pour indiquer quand le bureau est ouvert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Some settings need attention; they are marked in red.</source>
        <translation>Certains paramètres nécessitent votre attention&#xa0;; ils sont signalés en rouge.</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>the virtual receptionist</source>
        <translation>le standard automatique</translation>
    </message>
    <message>
        <source>No holidays yet. Pick a date and click Add.</source>
        <translation>Aucun jour férié pour l’instant. Choisissez une date et cliquez sur Ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n jour férié</numerusform>
            <numerusform>%n jours fériés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ReceptionistSetupPage</name>
    <message>
        <source>%1 to %2, %3 to %4; the after-hours menu answers at other times.</source>
        <translation>Du %1 au %2, de %3 à %4&#xa0;; le menu hors heures d&apos;ouverture répond le reste du temps.</translation>
    </message>
    <message>
        <source>Press %1 for %2</source>
        <translation>Tapez %1 pour %2</translation>
    </message>
    <message>
        <source>Virtual receptionist</source>
        <translation>Standard automatique</translation>
    </message>
    <message>
        <source>Answers the main number during business hours with a greeting and a menu.</source>
        <translation>Répond au numéro principal pendant les heures d&apos;ouverture avec un message d&apos;accueil et un menu.</translation>
    </message>
    <message>
        <source>Set up the business-hours menu</source>
        <translation>Configurer le menu des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Greeting (read out to callers)</source>
        <translation>Message d&apos;accueil (lu aux appelants)</translation>
    </message>
    <message>
        <source>Thank you for calling %1. %2.</source>
        <translation>Merci d&apos;avoir appelé %1. %2.</translation>
    </message>
    <message>
        <source>Menu options:</source>
        <translation>Options du menu&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n users get a key; the others are reached through the directory.</source>
        <translation>
            <numerusform>Seul %n utilisateur obtient une touche&#xa0;; les autres sont joignables par l&apos;annuaire.</numerusform>
            <numerusform>Seuls les %n premiers utilisateurs obtiennent une touche&#xa0;; les autres sont joignables par l&apos;annuaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Business hours: %1</source>
        <translation>Heures d&apos;ouverture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>views::ResultSetupPage</name>
    <message>
        <source>Applying the express setup</source>
        <translation>Application de la configuration express</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>En attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everything is set up.</source>
        <translation>Tout est configuré.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>«&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: what this run had done was undone. Go back, correct it and apply again.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: ce que cette exécution avait fait a été annulé. Revenez en arrière, corrigez et appliquez à nouveau.</translation>
    </message>
    <message>
        <source>These changes could not be undone and remain: %1</source>
        <translation>Ces modifications n&apos;ont pas pu être annulées et subsistent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Non exécuté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>views::RoomDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add a conference room</source>
        <translation>Ajouter une salle de conférence</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nom de la salle</translation>
    </message>
    <message>
        <source>Conference ID</source>
        <translation>ID de conférence</translation>
    </message>
    <message>
        <source>3 to 10 digits that callers type to join.</source>
        <translation>3 à 10 chiffres que les appelants tapent pour participer.</translation>
    </message>
    <message>
        <source>Participant PIN (optional)</source>
        <translation>Code PIN des participants (facultatif)</translation>
    </message>
    <message>
        <source>4 to 8 digits; leave empty for no PIN.</source>
        <translation>4 à 8 chiffres&#xa0;; laissez vide pour ne pas utiliser de code PIN.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>A room holds at most %1 people.</source>
        <translation>Une salle accueille au plus %1 personnes.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Ajouter la salle</translation>
    </message>
    <message>
        <source>Someone else changed this room meanwhile. Close this window to see the current values; your input was not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette salle entre-temps. Fermez cette fenêtre pour voir les valeurs actuelles&#xa0;; votre saisie n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>views::RouteComboBox</name>
    <message>
        <source>Nothing (not in use)</source>
        <translation>Rien (non utilisé)</translation>
    </message>
    <message>
        <source>Virtual receptionist</source>
        <translation>Standard automatique</translation>
    </message>
    <message>
        <source>Conference server</source>
        <translation>Serveur de conférence</translation>
    </message>
    <message>
        <source>Extension %1 – %2</source>
        <translation>Poste %1 – %2</translation>
    </message>
</context>
<context>
    <name>views::RouteDialog</name>
    <message>
        <source>Map %1</source>
        <translation>Affecter %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Someone else changed this number meanwhile. Close this window to see the current mapping, then try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce numéro entre-temps. Fermez cette fenêtre pour voir l&apos;affectation actuelle, puis réessayez.</translation>
    </message>
    <message>
        <source>Calls reach</source>
        <translation>Les appels aboutissent à</translation>
    </message>
</context>
<context>
    <name>views::SheetExportButton</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export to a spreadsheet (%1)</source>
        <translation>Exporter vers un tableur (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln row(s) written</source>
        <translation>
            <numerusform>Exportation… %Ln ligne écrite</numerusform>
            <numerusform>Exportation… %Ln lignes écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué : %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Enregistrement du fichier…</translation>
    </message>
</context>
<context>
    <name>views::SpendControlsEditor</name>
    <message>
        <source>International calls</source>
        <translation>Appels internationaux</translation>
    </message>
    <message>
        <source>Premium-rate calls</source>
        <translation>Appels surtaxés</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Up to a monthly amount</source>
        <translation>Jusqu’à un montant mensuel</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Limite mensuelle</translation>
    </message>
</context>
<context>
    <name>views::SummarySetupPage</name>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Check what will be set up. Apply runs the steps in order; if one fails, what this run changed is undone.</source>
        <translation>Vérifiez ce qui va être configuré. «&#xa0;Appliquer&#xa0;» exécute les étapes dans l&apos;ordre&#xa0;; si l&apos;une d&apos;elles échoue, les modifications de cette exécution sont annulées.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Company:&lt;/b&gt; %1, time zone %2</source>
        <translation>&lt;b&gt;Entreprise&#xa0;:&lt;/b&gt; %1, fuseau horaire %2</translation>
    </message>
    <message>
        <source>%1, extension %2, %3, number: %4</source>
        <translation>%1, poste %2, %3, numéro&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s):</source>
        <translation>
            <numerusform>%n utilisateur&#xa0;:</numerusform>
            <numerusform>%n utilisateurs&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Virtual receptionist:</source>
        <translation>Standard automatique&#xa0;:</translation>
    </message>
    <message>
        <source>Conference server:</source>
        <translation>Serveur de conférence&#xa0;:</translation>
    </message>
    <message>
        <source>extension %1, number %2, room &quot;%3&quot; (ID %4)</source>
        <translation>poste %1, numéro %2, salle «&#xa0;%3&#xa0;» (ID %4)</translation>
    </message>
</context>
<context>
    <name>views::TrayIcon</name>
    <message>
        <source>Open Centralita</source>
        <translation>Ouvrir Centralita</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Centralita · %n new voicemail(s)</source>
        <translation>
            <numerusform>Centralita · %n nouveau message vocal</numerusform>
            <numerusform>Centralita · %n nouveaux messages vocaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Centralita</source>
        <translation>Centralita</translation>
    </message>
</context>
<context>
    <name>views::UserMenu</name>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Signed in as %1 (administrator)</source>
        <translation>Connecté en tant que %1 (administrateur)</translation>
    </message>
    <message>
        <source>Signed in as %1 (extension %2)</source>
        <translation>Connecté en tant que %1 (poste %2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Centralita.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Centralita.</translation>
    </message>
    <message>
        <source>About Centralita</source>
        <translation>À propos de Centralita</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>New voicemail</source>
        <translation>Nouveaux messages vocaux</translation>
    </message>
    <message>
        <source>Faxes delivered or failed</source>
        <translation>Fax remis ou en échec</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Rester dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Low prepaid balance</source>
        <translation>Solde prépayé faible</translation>
    </message>
</context>
<context>
    <name>views::UserShell</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>views::UsersSetupPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Someone in the company already has this name.</source>
        <translation>Quelqu&apos;un dans l&apos;entreprise porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Add at least one user.</source>
        <translation>Ajoutez au moins un utilisateur.</translation>
    </message>
    <message>
        <source>Each person gets an extension (the next free one is suggested) and can sign in to the portal; the password is e-mailed to them.</source>
        <translation>Chaque personne reçoit un poste (le prochain libre est proposé) et peut se connecter au portail&#xa0;; le mot de passe lui est envoyé par e-mail.</translation>
    </message>
</context>
<context>
    <name>views::VoicemailPage</name>
    <message>
        <source>Save voicemail</source>
        <translation>Enregistrer le message vocal</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>Audio MP3 (*.mp3)</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>No voicemail messages.</source>
        <translation>Aucun message vocal.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <source>Left and Right arrows seek five seconds</source>
        <translation>Les flèches gauche et droite avancent ou reculent de cinq secondes</translation>
    </message>
    <message>
        <source>Mark as new</source>
        <translation>Marquer comme nouveau</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Download MP3…</source>
        <translation>Télécharger le MP3…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>This recording cannot be played: the file is damaged or in a format Centralita cannot read.</source>
        <translation>Cet enregistrement ne peut pas être lu&#xa0;: le fichier est endommagé ou dans un format que Centralita ne sait pas lire.</translation>
    </message>
    <message>
        <source>This recording cannot be played on this computer (no audio output or decoder).</source>
        <translation>Cet enregistrement ne peut pas être lu sur cet ordinateur (aucune sortie audio ou aucun décodeur).</translation>
    </message>
    <message>
        <source>Voicemail (%1)</source>
        <translation>Messagerie vocale (%1)</translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation>Chargement de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>The recording of this message is missing on the server.</source>
        <translation>L&apos;enregistrement de ce message est introuvable sur le serveur.</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <source>Downloading the recording…</source>
        <translation>Téléchargement de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Download MP3</source>
        <translation>Télécharger le MP3</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Delete this message? Its recording is deleted too.</source>
        <translation>Supprimer ce message&#xa0;? Son enregistrement sera également supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Position in the message</source>
        <translation>Position dans le message</translation>
    </message>
    <message>
        <source>Not available offline: recordings are not kept on this computer, and nothing can be changed until you are back online.</source>
        <translation>Indisponible hors ligne : les enregistrements ne sont pas conservés sur cet ordinateur et rien ne peut être modifié avant le retour de la connexion.</translation>
    </message>
</context>
<context>
    <name>views::WeeklyScheduleEditor</name>
    <message>
        <source>Click or drag to mark business hours; click a marked slot to clear it.</source>
        <translation>Cliquez ou faites glisser pour indiquer les heures d&apos;ouverture&#xa0;; cliquez sur un créneau marqué pour l&apos;effacer.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountCaseFileTab</name>
    <message>
        <location filename="../ui/accounts/AccountCaseFileTab.cpp" line="+56"/>
        <source>The case file starts once the account is saved: its reminders, the events you record and its deadlines will be listed here.</source>
        <translation>Le dossier commence dès que le compte est enregistré&#xa0;: ses relances, les événements que vous enregistrez et ses échéances seront listés ici.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Record an event…</source>
        <translation>&amp;Enregistrer un événement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report to the CAF, a declaration, a commandement served, a note…</source>
        <translation>Un signalement à la CAF, une déclaration, un commandement signifié, une note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the event</source>
        <translation>A&amp;nnuler l&apos;événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event stays in the case file, marked cancelled, and no longer counts for the deadlines.</source>
        <translation>L&apos;événement reste dans le dossier, marqué annulé, et ne compte plus pour les échéances.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the document &amp;as…</source>
        <translation>Enregistrer le document &amp;sous…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The deadlines could not be read: %1</source>
        <translation>Les échéances n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cancel the event “%1” of %2 for %3?

It stays in the case file, marked cancelled with your name, and no longer counts for the deadlines.</source>
        <translation>Annuler l&apos;événement «&#xa0;%1&#xa0;» du %2 pour %3&#xa0;?

Il reste dans le dossier, marqué annulé avec votre nom, et ne compte plus pour les échéances.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>Cancel the event</source>
        <translation>Annuler l&apos;événement</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select an event that has a document.</source>
        <translation>Sélectionnez un événement qui a un document.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This event has no document.</source>
        <translation>Cet événement n&apos;a pas de document.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Open the document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot write a copy of the document to open it (%1). Use “Save the document as…” instead.</source>
        <translation>Impossible d&apos;écrire une copie du document pour l&apos;ouvrir (%1). Utilisez plutôt «&#xa0;Enregistrer le document sous…&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No application opens PDF files here. The document was copied to %1.</source>
        <translation>Aucune application n&apos;ouvre les fichiers PDF sur cet ordinateur. Le document a été copié dans %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the document to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le document dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/accounts/AccountDialog.cpp" line="+76"/>
        <source>New account</source>
        <translation>Nouveau compte locataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tenant</source>
        <translation>&amp;Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lease</source>
        <translation>&amp;Bail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wner</source>
        <translation>&amp;Propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guarantors</source>
        <translation>&amp;Cautions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reco&amp;very</source>
        <translation>Reco&amp;uvrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Statement</source>
        <translation>&amp;Relevé de compte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case &amp;file</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment plans</source>
        <translation>Plans d&apos;apurement</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. LOC0042</source>
        <translation>par ex. LOC0042</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>as on letters, e.g. M. et Mme Jean Dupont</source>
        <translation>tel qu&apos;il figure sur les courriers, par ex. M. et Mme Jean Dupont</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>several addresses separated by commas</source>
        <translation>plusieurs adresses séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+109"/>
        <source>Address (line 2)</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+108"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Language of letters</source>
        <translation>Langue des courriers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal &amp;code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage of letters:</source>
        <translation>Lan&amp;gue des courriers&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Property</source>
        <translation>Bien loué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Appt 3B, 12 rue des Lilas, 69003 Lyon</source>
        <translation>par ex. Appt 3B, 12 rue des Lilas, 69003 Lyon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lease type</source>
        <translation>Type de bail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly rent</source>
        <translation>Loyer mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rent and charges, e.g. 1 013,50</source>
        <translation>loyer et charges, par ex. 1&#xa0;013,50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a payment &amp;plan</source>
        <translation>En plan d&apos;&amp;apurement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In l&amp;itigation</source>
        <translation>En co&amp;ntentieux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder program</source>
        <translation>Programme de relance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom program</source>
        <translation>Programme personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom programs are made in Levels &amp; templates.</source>
        <translation>Les programmes personnalisés se créent dans «&#xa0;Niveaux et modèles&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Property:</source>
        <translation>B&amp;ien loué&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lease &amp;type:</source>
        <translation>&amp;Type de bail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly &amp;rent:</source>
        <translation>Loyer &amp;mensuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;method:</source>
        <translation>Mode de &amp;paiement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder pro&amp;gram:</source>
        <translation>Programme de &amp;relance&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Guarantors</source>
        <translation>Cautions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add guarantor</source>
        <translation>&amp;Ajouter une caution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move guarantor</source>
        <translation>&amp;Retirer la caution</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n entry(ies) — total debits %1 — total credits %2 — balance %3</source>
        <translation>
            <numerusform>%n écriture — total des débits %1 — total des crédits %2 — solde %3</numerusform>
            <numerusform>%n écritures — total des débits %1 — total des crédits %2 — solde %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in the tenant&apos;s favour</source>
        <translation>%1 en faveur du locataire</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>This amount is not valid.</source>
        <translation>Ce montant n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>AccountImporter</name>
    <message>
        <location filename="../core/import/AccountImporter.cpp" line="+150"/>
        <source>the reference is empty</source>
        <translation>la référence est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already appears on line %2</source>
        <translation>%1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the name is empty; it is printed on the letters</source>
        <translation>le nom est vide&#xa0;; il est imprimé sur les courriers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an e-mail address (several are separated by commas)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (séparez plusieurs adresses par des virgules)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the rent cannot be negative</source>
        <translation>le loyer ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the amount cannot be negative</source>
        <translation>le montant ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the guarantor has an address but no name</source>
        <translation>la caution a une adresse mais pas de nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>some rows were refused</source>
        <translation>des lignes ont été refusées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dry run</source>
        <translation>vérification seule</translation>
    </message>
</context>
<context>
    <name>AccountKeys</name>
    <message>
        <location filename="../core/ledger/Account.cpp" line="+65"/>
        <source>MSA</source>
        <translation>MSA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guarantor</source>
        <translation>Caution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visale</source>
        <translation>Visale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent guarantee insurance (GLI)</source>
        <translation>Garantie loyers impayés (GLI)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Residential</source>
        <translation>Habitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Furnished</source>
        <translation>Meublé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other method</source>
        <translation>Autre moyen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Departed</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Global program</source>
        <translation>Programme global</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminders</source>
        <translation>Pas de relance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom program</source>
        <translation>Programme personnalisé</translation>
    </message>
</context>
<context>
    <name>AccountOwnerBox</name>
    <message>
        <location filename="../ui/accounts/AccountOwnerBox.cpp" line="+30"/>
        <source>Owner (landlord)</source>
        <translation>Propriétaire (mandant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner&apos;s reference</source>
        <translation>Référence du propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type a reference or a name to find an owner</source>
        <translation>saisissez une référence ou un nom pour trouver un propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner&apos;s name</source>
        <translation>Nom du propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner&apos;s e-mail</source>
        <translation>E-mail du propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner&apos;s address</source>
        <translation>Adresse du propriétaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner&apos;s address (line 2)</source>
        <translation>Adresse du propriétaire (ligne 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner&apos;s postal code</source>
        <translation>Code postal du propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner&apos;s city</source>
        <translation>Ville du propriétaire</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Owner&apos;s re&amp;ference:</source>
        <translation>Ré&amp;férence du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s na&amp;me:</source>
        <translation>No&amp;m du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s e-&amp;mail:</source>
        <translation>&amp;E-mail du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s a&amp;ddress:</source>
        <translation>A&amp;dresse du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner&apos;s postal code:</source>
        <translation>Code postal du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s cit&amp;y:</source>
        <translation>&amp;Ville du propriétaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AccountPlansTab</name>
    <message>
        <location filename="../ui/accounts/AccountPlansTab.cpp" line="+47"/>
        <source>Payment plans</source>
        <translation>Plans d&apos;apurement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spread the overdue amount over monthly instalments, on top of the rent. Refused while another plan of the account holds.</source>
        <translation>Étaler le montant impayé en mensualités, en plus du loyer. Refusé tant qu&apos;un autre plan du compte est en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement &amp;letter…</source>
        <translation>Lettre d&apos;&amp;accord…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreement with the schedule, to print in two copies for the tenant to sign, or to save as PDF.</source>
        <translation>L&apos;accord avec l&apos;échéancier, à imprimer en deux exemplaires pour signature par le locataire, ou à enregistrer en PDF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;signed…</source>
        <translation>Marquer comme &amp;signé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tenant signed the agreement: records it with the debt acknowledgment in the case file.</source>
        <translation>Le locataire a signé l&apos;accord&#xa0;: l&apos;enregistre avec la reconnaissance de dette dans le dossier.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Where each plan stands as of %1.</source>
        <translation>Situation de chaque plan au %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The payment plans could not be read: %1</source>
        <translation>Les plans d&apos;apurement n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AccountRecoveryTab</name>
    <message>
        <location filename="../ui/accounts/AccountRecoveryTab.cpp" line="+27"/>
        <source>Lease start</source>
        <translation>Début du bail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 15/09/2023; empty if unknown</source>
        <translation>p. ex. 15/09/2023&#xa0;; vide si inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the lease was signed or last renewed. Leases from 29/07/2023 on give the tenant six weeks after a commandement de payer (loi 2023-668), older ones two months.</source>
        <translation>La date de signature ou du dernier renouvellement du bail. Les baux signés depuis le 29/07/2023 laissent au locataire six semaines après un commandement de payer (loi 2023-668), les plus anciens deux mois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rent without charges</source>
        <translation>Loyer hors charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty if unknown</source>
        <translation>vide si inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commissaire de justice signals the commandement to the CCAPEX from twice this amount owed. When it is empty, the rent with charges is used instead.</source>
        <translation>Le commissaire de justice signale le commandement à la CCAPEX dès que la dette atteint deux fois ce montant. Vide, le loyer charges comprises est pris à sa place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Housing aid</source>
        <translation>Aide au logement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid to the agency each month; empty if none</source>
        <translation>versée à l&apos;agence chaque mois&#xa0;; vide si aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing aid paid to the landlord (tiers payant): arrears must be reported to the payer within two months (CCH R.824-4).</source>
        <translation>Aide au logement versée au bailleur (tiers payant)&#xa0;: l&apos;impayé doit être signalé à l&apos;organisme payeur dans les deux mois (CCH R.824-4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Housing aid paid by</source>
        <translation>Aide versée par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visa or policy number</source>
        <translation>N° de visa ou de police</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lease &amp;start:</source>
        <translation>&amp;Début du bail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent &amp;without charges:</source>
        <translation>Loyer hors char&amp;ges&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing &amp;aid:</source>
        <translation>&amp;Aide au logement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing aid paid &amp;by:</source>
        <translation>Aide versée &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guara&amp;ntee:</source>
        <translation>&amp;Garantie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa or &amp;policy number:</source>
        <translation>N° de &amp;visa ou de police&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” is not a date: write it as 15/09/2023.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme 15/09/2023.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+3"/>
        <source>This amount is not valid.</source>
        <translation>Ce montant n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>AccountRemindersModel</name>
    <message>
        <location filename="../ui/debtors/AccountRemindersModel.cpp" line="+46"/>
        <source>%1 (repeat %2)</source>
        <translation>%1 (répétition %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, manual</source>
        <translation>%1, manuelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue then</source>
        <translation>Impayé échu à cette date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by</source>
        <translation>Envoi par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <location filename="../core/storage/AccountRepository.cpp" line="+146"/>
        <source>The reminder program “%1” does not exist. Create it first, or choose the global program.</source>
        <translation>Le programme de relance «&#xa0;%1&#xa0;» n&apos;existe pas. Créez-le d&apos;abord, ou choisissez le programme général.</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+80"/>
        <location line="+34"/>
        <source>This account no longer exists.</source>
        <translation>Ce compte locataire n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>There is no account “%1”.</source>
        <translation>Il n&apos;existe aucun compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The account has no reference.</source>
        <translation>Le compte n&apos;a pas de référence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account %1 has no name.</source>
        <translation>Le compte %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another account already has the reference %1. Choose another one.</source>
        <translation>Un autre compte a déjà la référence %1. Choisissez-en une autre.</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+87"/>
        <source>The database refused a request: %1</source>
        <translation>La base de données a refusé une opération&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AccountSave</name>
    <message>
        <location filename="../core/ledger/AccountSave.cpp" line="+30"/>
        <source>There is no owner “%1”: enter the owner&apos;s name to create it, or choose an existing owner.</source>
        <translation>Il n&apos;existe pas de propriétaire «&#xa0;%1&#xa0;»&#xa0;: saisissez le nom du propriétaire pour le créer, ou choisissez un propriétaire existant.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../ui/models/AccountTableModel.cpp" line="+35"/>
        <source>Visa or policy number: %1</source>
        <translation>N° de visa ou de police&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Housing aid paid to the landlord by the %1</source>
        <translation>Aide au logement versée au bailleur par la %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ref</source>
        <comment>account reference column</comment>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property</source>
        <translation>Bien loué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lease type</source>
        <translation>Type de bail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly rent</source>
        <translation>Loyer mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Housing aid</source>
        <translation>Aide au logement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
</context>
<context>
    <name>AccountValidator</name>
    <message>
        <location filename="../core/ledger/AccountValidator.cpp" line="+13"/>
        <source>Enter the account&apos;s reference, e.g. LOC0042.</source>
        <translation>Saisissez la référence du compte, par exemple LOC0042.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another account already has the reference %1: choose another one.</source>
        <translation>Un autre compte a déjà la référence %1&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the tenant&apos;s name as it should appear on letters.</source>
        <translation>Saisissez le nom du locataire tel qu&apos;il doit figurer sur les courriers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This e-mail address is not valid: write it as name@example.fr (several addresses separated by commas).</source>
        <translation>Cette adresse e-mail n&apos;est pas valide&#xa0;: écrivez-la sous la forme nom@exemple.fr (séparez plusieurs adresses par des virgules).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The monthly rent cannot be negative.</source>
        <translation>Le loyer mensuel ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the custom program.</source>
        <translation>Saisissez le nom du programme personnalisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The monthly rent is at most %1.</source>
        <translation>Le loyer mensuel est au plus de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (line 2)</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property</source>
        <translation>Bien loué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guarantor %1: </source>
        <translation>Caution %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter a name.</source>
        <translation>saisissez un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the e-mail address is not valid.</source>
        <translation>l&apos;adresse e-mail n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address (line 2)</source>
        <translation>adresse (ligne 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1: at most %n characters.</source>
        <translation>
            <numerusform>%1&#xa0;: %n caractère au plus.</numerusform>
            <numerusform>%1&#xa0;: %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: write it on one line (letters and e-mails cannot carry a line break here).</source>
        <translation>%1&#xa0;: écrivez-le sur une seule ligne (les courriers et les e-mails ne peuvent pas contenir de saut de ligne ici).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the country as a two-letter code, e.g. FR or BE.</source>
        <translation>Saisissez le pays sous la forme d&apos;un code à deux lettres, par exemple FR ou BE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A French postal code has five digits, e.g. 69003.</source>
        <translation>Un code postal français compte cinq chiffres, par exemple 69003.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the postal code of this address.</source>
        <translation>Saisissez le code postal de cette adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the city of this address.</source>
        <translation>Saisissez la ville de cette adresse.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rent without charges is an amount from 0 to %1.</source>
        <translation>Le loyer hors charges est un montant de 0 à %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rent without charges (%1) cannot be more than the rent with charges (%2).</source>
        <translation>Le loyer hors charges (%1) ne peut pas dépasser le loyer charges comprises (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The housing aid is an amount from 0 to %1.</source>
        <translation>L&apos;aide au logement est un montant de 0 à %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa or policy number</source>
        <translation>N° de visa ou de police</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="+45"/>
        <source>Search by ref, name, property, city or e-mail (Ctrl+F)</source>
        <translation>Rechercher par référence, nom, bien, ville ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the accounts of one owner (type a reference or a name to find it)</source>
        <translation>Afficher uniquement les comptes d&apos;un propriétaire (saisissez une référence ou un nom pour le trouver)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+58"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a tenant account (Ctrl+N)</source>
        <translation>Créer un compte locataire (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected account (Enter or double-click)</source>
        <translation>Modifier le compte sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected account (Delete)</source>
        <translation>Supprimer le compte sélectionné (Suppr)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>All owners</source>
        <translation>Tous les propriétaires</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Prepare the file for the commissaire de justice…</source>
        <translation>Préparer le dossier pour le commissaire de justice…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the account %1 — %2?

Its ledger, its reminders and its e-mails are removed with it. This cannot be undone.</source>
        <translation>Supprimer le compte %1 — %2&#xa0;?

Ses écritures, ses relances et ses e-mails seront supprimés avec lui. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 sur %n compte</numerusform>
            <numerusform>%1 sur %n comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgeingTableModel</name>
    <message>
        <location filename="../ui/dashboard/AgeingTableModel.cpp" line="+30"/>
        <source>Over %1 days</source>
        <translation>Plus de %1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 jours</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 in arrears: %2 owed by %n debtor(s). Click to list them.</source>
        <translation>
            <numerusform>%1 d&apos;impayé&#xa0;: %2 dus par %n débiteur. Cliquez pour l&apos;afficher.</numerusform>
            <numerusform>%1 d&apos;impayé&#xa0;: %2 dus par %n débiteurs. Cliquez pour les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Days in arrears</source>
        <translation>Jours d&apos;impayé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Impayé échu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debtors</source>
        <translation>Débiteurs</translation>
    </message>
</context>
<context>
    <name>AgencyImage</name>
    <message>
        <location filename="../core/letters/AgencyImage.cpp" line="+13"/>
        <source>The image %1 could not be opened (%2): check that it exists and that you may read it.</source>
        <translation>L&apos;image %1 n&apos;a pas pu être ouverte (%2)&#xa0;: vérifiez qu&apos;elle existe et que vous avez le droit de la lire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not an image Relance can read: choose a PNG, JPEG or BMP file.</source>
        <translation>%1 n&apos;est pas une image que Relance sait lire&#xa0;: choisissez un fichier PNG, JPEG ou BMP.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be converted to PNG: save it as PNG and try again.</source>
        <translation>%1 n&apos;a pas pu être converti en PNG&#xa0;: enregistrez-le au format PNG, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>AgencyMail</name>
    <message>
        <location filename="../ui/common/AgencyMail.cpp" line="+34"/>
        <location line="+15"/>
        <source>E-mail to the agency</source>
        <translation>E-mail à l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message to %1 was not sent: %2</source>
        <translation>Le message à %1 n&apos;a pas été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
</context>
<context>
    <name>AgencyRepository</name>
    <message>
        <location filename="../core/storage/AgencyRepository.cpp" line="+68"/>
        <source>The agency logo must be a PNG image: convert it and try again.</source>
        <translation>Le logo de l&apos;agence doit être une image PNG&#xa0;: convertissez-le puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature image must be a PNG image: convert it and try again.</source>
        <translation>L&apos;image de la signature doit être une image PNG&#xa0;: convertissez-la puis réessayez.</translation>
    </message>
</context>
<context>
    <name>AgencyValidator</name>
    <message>
        <location filename="../core/letters/AgencyValidator.cpp" line="+11"/>
        <source>Enter the agency&apos;s name as it should appear on letters.</source>
        <translation>Saisissez le nom de l&apos;agence tel qu&apos;il doit figurer sur les courriers.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This e-mail address is not valid: write one address as contact@agence.fr.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide&#xa0;: saisissez une seule adresse, sous la forme contact@agence.fr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A SIRET has 14 digits (the 9 of the SIREN and 5 more), e.g. 123 456 789 00012.</source>
        <translation>Un numéro SIRET compte 14 chiffres (les 9 du SIREN et 5 de plus), par exemple 123 456 789 00012.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/main/Application.cpp" line="+92"/>
        <location line="+9"/>
        <location line="+33"/>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The database used last time could not be opened: %1

Relance opens your own database instead; use File › Open database or Connect to a shared server to go back to it.</source>
        <translation>La base de données utilisée la dernière fois n&apos;a pas pu être ouverte&#xa0;: %1

Relance ouvre votre propre base de données à la place&#xa0;; utilisez Fichier › Ouvrir une base de données ou Se connecter à un serveur partagé pour y revenir.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>La sauvegarde automatique du jour n&apos;a pas pu être faite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AsOfDateEdit</name>
    <message>
        <location filename="../ui/debtors/AsOfDateEdit.cpp" line="+17"/>
        <location line="+8"/>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>What was typed in “As of” is not a date (type it like %1): the list stays as of %2.</source>
        <translation>La saisie dans «&#xa0;Date de référence&#xa0;» n&apos;est pas une date (saisissez-la comme %1)&#xa0;: la liste reste au %2.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <location filename="../core/setup/AutomaticBackups.cpp" line="+23"/>
        <source>The folder of the automatic backups, %1, cannot be created. Check its permissions.</source>
        <translation>Le dossier des sauvegardes automatiques, %1, ne peut pas être créé. Vérifiez ses droits.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The old automatic backup %1 could not be removed. Check the permissions of its folder.</source>
        <translation>L&apos;ancienne sauvegarde automatique %1 n&apos;a pas pu être supprimée. Vérifiez les droits de son dossier.</translation>
    </message>
</context>
<context>
    <name>AutomationSchedule</name>
    <message>
        <location filename="../core/reminders/AutomationSchedule.cpp" line="+42"/>
        <source>The day of the month must be between 1 and 31 (31 means the last day of every month).</source>
        <translation>Le jour du mois doit être compris entre 1 et 31 (31 désigne le dernier jour de chaque mois).</translation>
    </message>
</context>
<context>
    <name>AutomationTableModel</name>
    <message>
        <location filename="../ui/models/AutomationTableModel.cpp" line="+63"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day of the month; a day beyond the month&apos;s length means its last day.</source>
        <translation>Jour du mois&#xa0;; un jour au-delà de la longueur du mois désigne son dernier jour.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Already run this month.</source>
        <translation>Déjà lancé ce mois-ci.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day of month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation>Prochain lancement</translation>
    </message>
</context>
<context>
    <name>AutomationTimer</name>
    <message>
        <location filename="../ui/settings/AutomationTimer.cpp" line="+109"/>
        <source>The automation was not switched on: %1 could not be written (%2). Check that the folder is yours and the disk is not full.</source>
        <translation>L&apos;automatisation n&apos;a pas été activée&#xa0;: %1 n&apos;a pas pu être écrit (%2). Vérifiez que le dossier vous appartient et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The automation was not switched on: %1</source>
        <translation>L&apos;automatisation n&apos;a pas été activée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The automation was not switched off: %1</source>
        <translation>L&apos;automatisation n&apos;a pas été désactivée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>systemctl did not answer within %1 seconds.</source>
        <translation>systemctl n&apos;a pas répondu dans les %1 secondes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The daily timer (relance-run-due.timer) is not installed on this computer: it comes with Relance&apos;s package. Install the package, or run « relance-cli run-due » every day from cron.</source>
        <translation>Le minuteur quotidien (relance-run-due.timer) n&apos;est pas installé sur cet ordinateur&#xa0;: il est fourni par le paquet de Relance. Installez le paquet, ou lancez «&#xa0;relance-cli run-due&#xa0;» chaque jour depuis cron.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The timer has not started the automation since this session began.</source>
        <translation>Le minuteur n&apos;a pas lancé l&apos;automatisation depuis le début de cette session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last start by the timer: %1, finished.</source>
        <translation>Dernier lancement par le minuteur&#xa0;: %1, terminé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last start by the timer: %1, partly done (e-mails or letters left undone; see its messages).</source>
        <translation>Dernier lancement par le minuteur&#xa0;: %1, fait en partie (des e-mails ou des courriers restent à faire&#xa0;; voir ses messages).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last start by the timer: %1, refused for safety (see the last automatic run below).</source>
        <translation>Dernier lancement par le minuteur&#xa0;: %1, refusé par sécurité (voir la dernière exécution automatique ci-dessous).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last start by the timer: %1, failed (exit code %2; see its messages).</source>
        <translation>Dernier lancement par le minuteur&#xa0;: %1, échoué (code de sortie %2&#xa0;; voir ses messages).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>systemctl was not found: this computer does not run systemd. Run « relance-cli run-due » every day from cron instead (see the manual page of relance-cli).</source>
        <translation>systemctl est introuvable&#xa0;: cet ordinateur n&apos;utilise pas systemd. Lancez plutôt «&#xa0;relance-cli run-due&#xa0;» chaque jour depuis cron (voir la page de manuel de relance-cli).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily timer cannot be reached: this session has no systemd user manager (%1). Run « relance-cli run-due » every day from cron instead.</source>
        <translation>Le minuteur quotidien est injoignable&#xa0;: cette session n&apos;a pas de gestionnaire systemd utilisateur (%1). Lancez plutôt «&#xa0;relance-cli run-due&#xa0;» chaque jour depuis cron.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../core/setup/BackupService.cpp" line="+35"/>
        <source>%1 already exists and was left as it is. Choose a new file name.</source>
        <translation>%1 existe déjà et a été laissé tel quel. Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup could not be made: %1 Nothing was written; check that the disk has room and try again.</source>
        <translation>La sauvegarde n&apos;a pas pu être faite&#xa0;: %1 Rien n&apos;a été écrit&#xa0;; vérifiez qu&apos;il reste de la place sur le disque et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+56"/>
        <source>The backup could not be saved as %1. Check that you may write in that folder.</source>
        <translation>La sauvegarde n&apos;a pas pu être enregistrée sous %1. Vérifiez que vous pouvez écrire dans ce dossier.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The shared server&apos;s database is backed up with pg_dump, PostgreSQL&apos;s own backup program, which is not installed on this computer. Install it (on Debian: apt install postgresql-client) and try again, or ask whoever runs the server to back it up.</source>
        <translation>La base du serveur partagé se sauvegarde avec pg_dump, le programme de sauvegarde de PostgreSQL, qui n&apos;est pas installé sur cet ordinateur. Installez-le (sous Debian&#xa0;: apt install postgresql-client) et réessayez, ou demandez à la personne qui gère le serveur de la sauvegarder.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>pg_dump could not back up %1: %2 Nothing was written; check that the server can be reached and that the password is in ~/.pgpass or PGPASSWORD.</source>
        <translation>pg_dump n&apos;a pas pu sauvegarder %1&#xa0;: %2 Rien n&apos;a été écrit&#xa0;; vérifiez que le serveur est joignable et que le mot de passe est dans ~/.pgpass ou PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup %1 does not exist. Check the path.</source>
        <translation>La sauvegarde %1 n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the database open now, not a backup. Choose a backup copy.</source>
        <translation>%1 est la base ouverte en ce moment, pas une sauvegarde. Choisissez une copie de sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backup is restored into a new database file, never over one.</source>
        <translation>Une sauvegarde se restaure dans un nouveau fichier de base, jamais par-dessus une base existante.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a backup made by Relance; nothing was restored.</source>
        <translation>Choisissez une sauvegarde faite par Relance&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup %1 was made by a newer version of Relance (schema %2; this version knows up to %3). Install the newer version to restore it; nothing was restored.</source>
        <translation>La sauvegarde %1 a été faite par une version plus récente de Relance (schéma %2&#xa0;; cette version connaît jusqu&apos;au %3). Installez la version plus récente pour la restaurer&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose another, older backup; nothing was restored.</source>
        <translation>Choisissez une autre sauvegarde, plus ancienne&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The restored database could not be saved as %1. Check that you may write in that folder.</source>
        <translation>La base restaurée n&apos;a pas pu être enregistrée sous %1. Vérifiez que vous pouvez écrire dans ce dossier.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsTab</name>
    <message>
        <location filename="../ui/settings/BackupSettingsTab.cpp" line="+37"/>
        <source>Relance keeps a copy of the database file every day it is started, and before every upgrade of its structure: one a day for the last 7 days, then one a week for 4 weeks. A copy is restored into a new database file; the current one is left as it is.</source>
        <translation>Relance garde une copie du fichier de la base chaque jour où il est lancé, et avant chaque mise à jour de sa structure&#xa0;: une par jour sur les 7 derniers jours, puis une par semaine pendant 4 semaines. Une copie se restaure dans un nouveau fichier de base&#xa0;; la base actuelle reste telle quelle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore into a new file…</source>
        <translation>&amp;Restaurer dans un nouveau fichier…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This database is on a shared server: whoever runs the server backs it up (pg_dump; relance-cli backup makes such a copy).</source>
        <translation>Cette base est sur un serveur partagé&#xa0;: la personne qui gère le serveur la sauvegarde (pg_dump&#xa0;; relance-cli backup fait une telle copie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies are kept in %1.</source>
        <translation>Les copies sont gardées dans %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before an upgrade (from version %1)</source>
        <translation>Avant une mise à jour (depuis la version %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder %1 cannot be created. Check its permissions.</source>
        <translation>Le dossier %1 ne peut pas être créé. Vérifiez ses droits.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backing the database up…</source>
        <translation>Sauvegarde de la base…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Restore the copy %1 into the new database file %2?

The database open now is left as it is; the restored one opens in its place.</source>
        <translation>Restaurer la copie %1 dans le nouveau fichier de base %2&#xa0;?

La base ouverte en ce moment reste telle quelle&#xa0;; la base restaurée s&apos;ouvre à sa place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Nothing was restored.</source>
        <translation>Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore into a new database file</source>
        <translation>Restaurer dans un nouveau fichier de base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restored-agency.sqlite</source>
        <translation>agence-restauree.sqlite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relance databases (*.sqlite)</source>
        <translation>Bases Relance (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>CaseDeadlinesBox</name>
    <message>
        <location filename="../ui/accounts/CaseDeadlinesBox.cpp" line="+34"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadlines of the account</source>
        <translation>Échéances du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status now</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>After the commandement de payer, the lease ends on this day if the debt is still unpaid: 6 weeks for leases from 29/07/2023 (loi 2023-668), 2 months for older ones, 1 month for commercial and professional leases (C. com. L.145-41).</source>
        <translation>Après le commandement de payer, le bail prend fin ce jour-là si la dette n&apos;est toujours pas réglée&#xa0;: 6 semaines pour les baux conclus depuis le 29/07/2023 (loi 2023-668), 2 mois pour les plus anciens, 1 mois pour les baux commerciaux et professionnels (C. com. L.145-41).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unpaid item can no longer be claimed from this day on: 3 years for homes (loi 89-462 art. 7-1), 5 years for other leases (C. civ. 2224); a debt acknowledgment restarts the count (C. civ. 2240).</source>
        <translation>Un impayé ne peut plus être réclamé à partir de ce jour&#xa0;: 3 ans pour les logements (loi 89-462 art. 7-1), 5 ans pour les autres baux (C. civ. 2224)&#xa0;; une reconnaissance de dette fait repartir le délai (C. civ. 2240).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
Source: %2</source>
        <translation>%1
Source&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No deadline to keep as of %1.</source>
        <translation>Aucune échéance à respecter au %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: to be reported by the commissaire de justice (since %2)</source>
        <translation>%1&#xa0;: à signaler par le commissaire de justice (depuis le %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(rent without charges unknown: rent with charges used)</source>
        <translation>(loyer hors charges inconnu&#xa0;: loyer charges comprises utilisé)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolutory clause effective on %1</source>
        <translation>Clause résolutoire acquise le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 prescribed on %2</source>
        <translation>%1&#xa0;: prescrit le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CaseEventDialog</name>
    <message>
        <location filename="../ui/accounts/CaseEventDialog.cpp" line="+34"/>
        <source>Record an event — %1</source>
        <translation>Enregistrer un événement — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of event</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of the event</source>
        <translation>Date de l&apos;événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. reported on the CAF partner site, file no. 123456</source>
        <translation>p. ex. signalé sur l&apos;espace partenaires de la CAF, dossier n° 123456</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>&amp;Attach a PDF…</source>
        <translation>&amp;Joindre un PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document:</source>
        <translation>Document&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot read %1: check that the file exists and that you may open it.</source>
        <translation>Impossible de lire %1&#xa0;: vérifiez que le fichier existe et que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attach a PDF</source>
        <translation>Joindre un PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recording “%1” puts the account %2 in litigation: reminders stop for it.

Cancelling the event later does not lift it: to send reminders again, untick “In litigation” in the account form.</source>
        <translation>L&apos;enregistrement de «&#xa0;%1&#xa0;» met le compte %2 en contentieux&#xa0;: les relances s&apos;arrêtent pour ce compte.

Annuler l&apos;événement plus tard ne lève pas le contentieux&#xa0;: pour relancer de nouveau ce compte, décochez «&#xa0;En contentieux&#xa0;» dans sa fiche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Litigation</source>
        <translation>Contentieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record and put in litigation</source>
        <translation>Enregistrer et mettre en contentieux</translation>
    </message>
</context>
<context>
    <name>CaseEventRepository</name>
    <message>
        <location filename="../core/storage/CaseEventRepository.cpp" line="+78"/>
        <source>There is no event number %1 in the case files.</source>
        <translation>Aucun événement n° %1 dans les dossiers.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database did not return the new event&apos;s number.</source>
        <translation>La base de données n&apos;a pas donné le numéro du nouvel événement.</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../core/recovery/CaseFile.cpp" line="+20"/>
        <source>The event needs a date.</source>
        <translation>L&apos;événement doit avoir une date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note is longer than %1 characters: shorten it.</source>
        <translation>La note dépasse %1 caractères&#xa0;: raccourcissez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document is larger than %1 MB: scan it at a lower resolution or keep it outside Relance.</source>
        <translation>Le document dépasse %1 Mo&#xa0;: numérisez-le en plus basse résolution ou gardez-le hors de Relance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document is not a PDF file: save it as PDF and try again.</source>
        <translation>Le document n&apos;est pas un fichier PDF&#xa0;: enregistrez-le en PDF et recommencez.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Event %1 was already cancelled by %2; nothing was changed.</source>
        <translation>L&apos;événement %1 a déjà été annulé par %2&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>CaseTimelineModel</name>
    <message>
        <location filename="../ui/accounts/CaseTimelineModel.cpp" line="+128"/>
        <source>Reminder: %1 (repeat %2)</source>
        <translation>Relance&#xa0;: %1 (répétition %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder: %1</source>
        <translation>Relance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — registered letter no. %2</source>
        <translation>%1 — lettre recommandée n° %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled by %1 on %2</source>
        <translation>Annulé par %1 le %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="+39"/>
        <source>create or migrate the database</source>
        <translation>créer la base de données ou la mettre à jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill an empty database with a demo agency</source>
        <translation>remplir une base vide avec une agence de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the configuration (never a password) as JSON</source>
        <translation>exporter la configuration en JSON (jamais de mot de passe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace the configuration with a JSON file</source>
        <translation>remplacer la configuration par celle d&apos;un fichier JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the accounts with an overdue amount, as of a date</source>
        <translation>les comptes ayant un impayé échu à une date donnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the simulation: what a run would issue, and why not</source>
        <translation>la simulation&#xa0;: ce qu&apos;une campagne de relance émettrait, et pourquoi certains débiteurs seraient écartés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import accounts from a CSV file</source>
        <translation>importer des comptes depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import ledger entries from a CSV file</source>
        <translation>importer des écritures depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import ledger entries from the accounting program&apos;s FEC</source>
        <translation>importer les écritures depuis le FEC du logiciel comptable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reminders issued, per account or for all</source>
        <translation>les relances émises, pour un compte ou pour tous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issue what the plan shows, record it, produce the letters</source>
        <translation>émettre ce que montre la simulation, l&apos;enregistrer et produire les courriers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the automation: run the automated levels that are due</source>
        <translation>l&apos;automatisation&#xa0;: lancer les niveaux automatiques arrivés à échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agency&apos;s mail server (the password goes to the keyring)</source>
        <translation>le serveur de messagerie de l&apos;agence (le mot de passe va dans le trousseau)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send one test e-mail and show the server&apos;s answer</source>
        <translation>envoyer un e-mail de test et afficher la réponse du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail the pending messages with their letters</source>
        <translation>envoyer les e-mails en attente avec leurs courriers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recovery deadlines, CCAPEX flags and prescriptions, as of a date</source>
        <translation>les échéances de recouvrement, les signalements CCAPEX et les prescriptions, à une date donnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create a payment plan for an account</source>
        <translation>créer un plan d&apos;apurement pour un compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record a payment plan as signed (debt acknowledged)</source>
        <translation>enregistrer un plan d&apos;apurement comme signé (reconnaissance de dette)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the payment plans and their state, as of a date</source>
        <translation>les plans d&apos;apurement et leur état, à une date donnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an account&apos;s payment plan: state and instalments</source>
        <translation>le plan d&apos;apurement d&apos;un compte&#xa0;: état et mensualités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a payment plan&apos;s agreement letter, as PDF</source>
        <translation>la lettre d&apos;accord d&apos;un plan d&apos;apurement, en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record an event in an account&apos;s case file</source>
        <translation>enregistrer un événement dans le dossier d&apos;un compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an account&apos;s case file</source>
        <translation>le dossier d&apos;un compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancel an event of a case file (it is kept)</source>
        <translation>annuler un événement d&apos;un dossier (il est conservé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file handed to the commissaire de justice, as PDF (and CSV)</source>
        <translation>le dossier transmis au commissaire de justice, en PDF (et CSV)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agency&apos;s recovery figures (dashboard) as of a date</source>
        <translation>les chiffres du recouvrement de l&apos;agence (tableau de bord) à une date donnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the landlords&apos; statements as PDF, and e-mailed to them once</source>
        <translation>les relevés des propriétaires en PDF, envoyés une seule fois par e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back the database up into a new file (safe while it is in use)</source>
        <translation>sauvegarder la base dans un nouveau fichier (sans risque pendant son utilisation)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restore a backup into the new database file of --db</source>
        <translation>restaurer une sauvegarde dans le nouveau fichier de base indiqué par --db</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy the database file into an empty PostgreSQL database</source>
        <translation>copier le fichier de la base dans une base PostgreSQL vide</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+24"/>
        <source>The database file (default: $RELANCE_DB, or the user&apos;s data folder).</source>
        <translation>Le fichier de base de données (par défaut&#xa0;: $RELANCE_DB, ou le dossier de données de l&apos;utilisateur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of messages: fr or en.</source>
        <translation>Langue des messages&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lang</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+7"/>
        <location filename="../app/cli/ReportOwnersCommand.cpp" line="+44"/>
        <location filename="../app/cli/RunCommand.cpp" line="+73"/>
        <location filename="../app/cli/RunDueCommand.cpp" line="+94"/>
        <location filename="../app/cli/SendCommand.cpp" line="+140"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Create it with “relance-cli init --db %1”.</source>
        <translation>Créez-la avec «&#xa0;relance-cli init --db %1&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run “relance-cli %1 --help” for the options.</source>
        <translation>Lancez «&#xa0;relance-cli %1 --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 Save it with “relance-cli smtp set --password-stdin” or give it in RELANCE_SMTP_PASSWORD.</source>
        <translation>%1 Enregistrez-le avec «&#xa0;relance-cli smtp set --password-stdin&#xa0;» ou donnez-le dans RELANCE_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--%1 “%2” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-23.</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigExportCommand.cpp" line="+12"/>
        <source>Where to write the JSON (default: standard output).</source>
        <translation>Où écrire le JSON (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[FILE]</source>
        <translation>[FICHIER]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the programs, levels, templates, agency identity and mail settings (never the password), recovery and import settings as JSON.</source>
        <translation>Écrit en JSON les programmes, niveaux, modèles, l&apos;identité de l&apos;agence et les réglages d&apos;e-mail (jamais le mot de passe), les réglages du recouvrement et de l&apos;import.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config export takes at most one file.</source>
        <translation>config export accepte au plus un fichier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration written to %1.</source>
        <translation>Configuration écrite dans %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigImportCommand.cpp" line="+8"/>
        <source>The JSON written by config export.</source>
        <translation>Le JSON produit par config export.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="+16"/>
        <source>The new file to write the backup to.</source>
        <translation>Le nouveau fichier où écrire la sauvegarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location filename="../app/cli/ConfigImportCommand.cpp" line="+1"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Backs the database up into a new file. A database file is copied with SQLite&apos;s online backup, safe while the application or a run is writing, and the copy is checked (PRAGMA integrity_check). A shared server&apos;s database is saved with pg_dump in its custom format (pg_restore reads it); pg_dump takes the password from ~/.pgpass or PGPASSWORD. Restore a database file&apos;s backup with “relance-cli --db NEW.sqlite restore FILE”.</source>
        <translation>Sauvegarde la base dans un nouveau fichier. Un fichier de base est copié avec la sauvegarde en ligne de SQLite, sans risque pendant que l&apos;application ou une campagne écrit, et la copie est vérifiée (PRAGMA integrity_check). La base d&apos;un serveur partagé est enregistrée avec pg_dump dans son format personnalisé (lu par pg_restore)&#xa0;; pg_dump prend le mot de passe dans ~/.pgpass ou PGPASSWORD. Restaurez la sauvegarde d&apos;un fichier de base avec «&#xa0;relance-cli --db NOUVELLE.sqlite restore FICHIER&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>backup takes the file to write, e.g. “relance-cli backup relance-2026-11-23.sqlite”.</source>
        <translation>backup attend le fichier à écrire, par ex. «&#xa0;relance-cli backup relance-2026-11-23.sqlite&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup of %1 written to %2 (%3 KB).</source>
        <translation>Sauvegarde de %1 écrite dans %2 (%3 Ko).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup to restore (a database file).</source>
        <translation>La sauvegarde à restaurer (un fichier de base).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restores a backup into the NEW database file named by --db, which must not exist yet: a backup never replaces a database. The backup must be a Relance database this version can open; an older one is upgraded. The backup itself is left as it is.</source>
        <translation>Restaure une sauvegarde dans le NOUVEAU fichier de base indiqué par --db, qui ne doit pas encore exister&#xa0;: une sauvegarde ne remplace jamais une base. La sauvegarde doit être une base Relance que cette version sait ouvrir&#xa0;; une plus ancienne est mise à jour. La sauvegarde elle-même reste telle quelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restore takes the backup file, e.g. “relance-cli --db restored.sqlite restore relance-2026-11-23.sqlite”.</source>
        <translation>restore attend le fichier de sauvegarde, par ex. «&#xa0;relance-cli --db restauree.sqlite restore relance-2026-11-23.sqlite&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restore writes a new database file: give its name with --db (a server&apos;s pg_dump backup is restored with pg_restore).</source>
        <translation>restore écrit un nouveau fichier de base&#xa0;: donnez son nom avec --db (la sauvegarde pg_dump d&apos;un serveur se restaure avec pg_restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup %1 restored into %2.</source>
        <translation>Sauvegarde %1 restaurée dans %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was made by an older version (schema %1); the restored database was upgraded to schema %2.</source>
        <translation>La sauvegarde a été faite par une version plus ancienne (schéma %1)&#xa0;; la base restaurée a été mise à jour au schéma %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared server&apos;s empty database, postgresql://user@host[:port]/database[?sslmode=verify-full].</source>
        <translation>La base vide du serveur partagé, postgresql://utilisateur@hôte[:port]/base[?sslmode=verify-full].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the database file named by --db into an empty database on a PostgreSQL server: the schema is created there, every table is copied in one transaction, then the rows of every table and the ledger&apos;s total balance are counted on both sides and printed. Refused when the server&apos;s database already holds an agency. The password comes from ~/.pgpass or PGPASSWORD.</source>
        <translation>Copie le fichier de base indiqué par --db dans une base vide d&apos;un serveur PostgreSQL&#xa0;: le schéma y est créé, chaque table est copiée en une seule transaction, puis les lignes de chaque table et le solde total du grand livre sont comptés des deux côtés et affichés. Refusé quand la base du serveur contient déjà une agence. Le mot de passe vient de ~/.pgpass ou PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>migrate-to takes the server&apos;s database as postgresql://user@host/database.</source>
        <translation>migrate-to attend la base du serveur sous la forme postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>migrate-to copies a database file: name it with --db.</source>
        <translation>migrate-to copie un fichier de base&#xa0;: indiquez-le avec --db.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>total balance</source>
        <translation>solde total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server does not hold the same rows as the file (marked ≠ above). Keep working on the file and report the problem; the server&apos;s copy must not be used.</source>
        <translation>Le serveur ne contient pas les mêmes lignes que le fichier (marquées ≠ ci-dessus). Continuez à travailler sur le fichier et signalez le problème&#xa0;; la copie du serveur ne doit pas être utilisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 copied to %2; every table and the total balance agree. Open the server with “--db %2” from now on.</source>
        <translation>%1 copié vers %2&#xa0;; toutes les tables et le solde total concordent. Ouvrez désormais le serveur avec «&#xa0;--db %2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigImportCommand.cpp" line="+3"/>
        <source>Replaces the programs, levels, templates, agency identity and mail settings with those of FILE. Accounts, ledger and history are not touched.</source>
        <translation>Remplace les programmes, les niveaux, les modèles de courrier, l&apos;identité de l&apos;agence et les paramètres de messagerie par ceux de FICHIER. Les comptes, les écritures et l&apos;historique ne sont pas modifiés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config import takes one file.</source>
        <translation>config import attend un seul fichier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 holds the configuration already in place: nothing was changed.</source>
        <translation>%1 contient la configuration déjà en place&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration imported from %1.</source>
        <translation>Configuration importée depuis %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DeadlinesCommand.cpp" line="+24"/>
        <source>Deadlines as of %1: %n to keep</source>
        <translation>
            <numerusform>Échéances au %1&#xa0;: %n à respecter</numerusform>
            <numerusform>Échéances au %1&#xa0;: %n à respecter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n late)</source>
        <translation>
            <numerusform>(%n en retard)</numerusform>
            <numerusform>(%n en retard)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(since %1; %2)</source>
        <translation>(depuis le %1&#xa0;; %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(rent without charges unknown: approximate)</source>
        <translation>(loyer hors charges inconnu&#xa0;: valeur approchée)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is prescribed on %2</source>
        <translation>%1&#xa0;: prescrit le %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/DebtorsCommand.cpp" line="+30"/>
        <location filename="../app/cli/PaymentPlanCommand.cpp" line="+73"/>
        <source>The date of the computation (default: today).</source>
        <translation>La date du calcul (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DebtorsCommand.cpp" line="+1"/>
        <location filename="../app/cli/DemoCommand.cpp" line="+36"/>
        <location filename="../app/cli/DossierCommand.cpp" line="+20"/>
        <location filename="../app/cli/PaymentPlanCommand.cpp" line="+1"/>
        <location line="+25"/>
        <location line="+205"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+34"/>
        <location filename="../app/cli/ReportCommand.cpp" line="+71"/>
        <location line="+5"/>
        <location filename="../app/cli/ReportOwnersCommand.cpp" line="+19"/>
        <location filename="../app/cli/RunCommand.cpp" line="+41"/>
        <location filename="../app/cli/RunDueCommand.cpp" line="+65"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the late deadlines and those due within that many days.</source>
        <translation>Uniquement les échéances en retard et celles à respecter dans ce nombre de jours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DebtorsCommand.cpp" line="+1"/>
        <location filename="../app/cli/PaymentPlanCommand.cpp" line="-110"/>
        <location line="+57"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+1"/>
        <location filename="../app/cli/ReportCommand.cpp" line="+1"/>
        <source>Writes JSON to standard output.</source>
        <translation>Écrit du JSON sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists the recovery deadlines (CAF, Visale, GLI, guarantor), the CCAPEX flags and the debts near prescription, as of a date.</source>
        <translation>Liste les échéances de recouvrement (CAF, Visale, GLI, caution), les signalements CCAPEX et les impayés proches de la prescription, à une date donnée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--within takes a number of days from 0 to 3660, not “%1”.</source>
        <translation>--within prend un nombre de jours de 0 à 3660, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/DebtorsCommand.cpp" line="+4"/>
        <source>Lists the tenant accounts with an overdue amount, as of a date.</source>
        <translation>Liste les comptes locataires ayant un impayé échu à une date donnée.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Debtors as of %1: %n account(s)</source>
        <translation>
            <numerusform>Débiteurs au %1&#xa0;: %n compte</numerusform>
            <numerusform>Débiteurs au %1&#xa0;: %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Impayé échu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest due</source>
        <translation>Éch. impayée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>J. retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In arrears</source>
        <translation>J. période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niv.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total overdue: %1</source>
        <translation>Total des impayés échus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="-12"/>
        <source>How many accounts (tenancies) to create.</source>
        <translation>Nombre de comptes (locations) à créer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location filename="../app/cli/PaymentPlanCommand.cpp" line="-156"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>How many months of ledger, up to the as-of date (default 24).</source>
        <translation>Nombre de mois d&apos;écritures, jusqu&apos;à la date de référence (24 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seed: the same seed gives the same agency (default 1).</source>
        <translation>La graine&#xa0;: la même graine donne la même agence (1 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day of the ledger (default today).</source>
        <translation>Le dernier jour des écritures (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many tenants repay their arrears under a payment plan that Relance follows (default 0).</source>
        <translation>Nombre de locataires qui remboursent leur arriéré selon un plan d&apos;apurement suivi par Relance (0 par défaut).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fills an empty database with a realistic French letting agency, the same for the same seed.</source>
        <translation>Remplit une base vide avec une agence de gestion locative française réaliste, toujours la même pour une même graine.</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%1 ledger entries, %n debtor(s)</source>
        <translation>
            <numerusform>%1 écritures, %n débiteur</numerusform>
            <numerusform>%1 écritures, %n débiteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n payment plan(s)</source>
        <translation>
            <numerusform>, %n plan d&apos;apurement</numerusform>
            <numerusform>, %n plans d&apos;apurement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 s).</source>
        <translation> (%1&#xa0;s).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="-78"/>
        <location filename="../app/cli/DemoCommand.cpp" line="-58"/>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="+5"/>
        <source>--accounts is required, e.g. --accounts 200.</source>
        <translation>--accounts est obligatoire, par exemple --accounts 200.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--accounts takes a number of accounts from 1 to 1000000, not “%1”.</source>
        <translation>--accounts attend un nombre de comptes entre 1 et 1000000, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--months takes a number of months from 1 to 240, not “%1”.</source>
        <translation>--months attend un nombre de mois entre 1 et 240, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--plans takes a number of plans from 0 to the number of accounts (%1), not “%2”.</source>
        <translation>--plans attend un nombre de plans entre 0 et le nombre de comptes (%1), pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed attend un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--as-of takes a date between 2000-01-01 and 2100-12-31, not “%1”.</source>
        <translation>--as-of attend une date entre 2000-01-01 et 2100-12-31, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Demo agency created in %1 (seed %2, as of %3): %n account(s), </source>
        <translation>
            <numerusform>Agence de démonstration créée dans %1 (graine %2, au %3)&#xa0;: %n compte, </numerusform>
            <numerusform>Agence de démonstration créée dans %1 (graine %2, au %3)&#xa0;: %n comptes, </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+12"/>
        <source>Only this account&apos;s reminders.</source>
        <translation>Uniquement les relances de ce compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ref</source>
        <translation>réf</translation>
    </message>
    <message>
        <location filename="../app/cli/EventCommand.cpp" line="+28"/>
        <source>A note kept with it.</source>
        <translation>Une note conservée avec lui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF kept with it (e.g. the CAF&apos;s receipt).</source>
        <translation>Un PDF conservé avec lui (p. ex. l&apos;accusé de réception de la CAF).</translation>
    </message>
    <message>
        <location filename="../app/cli/DossierCommand.cpp" line="-9"/>
        <location filename="../app/cli/PaymentPlanCommand.cpp" line="+204"/>
        <source>The PDF to write.</source>
        <translation>Le PDF à écrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/PaymentPlanCommand.cpp" line="+1"/>
        <location filename="../app/cli/ReportCommand.cpp" line="+4"/>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also writes the statement as CSV.</source>
        <translation>Écrit aussi le relevé de compte en CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.csv</source>
        <translation>FICHIER.csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of the file (default: today).</source>
        <translation>La date du dossier (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/EventCommand.cpp" line="+4"/>
        <location line="+63"/>
        <location filename="../app/cli/PaymentPlanCommand.cpp" line="-194"/>
        <location line="+54"/>
        <location line="+35"/>
        <location line="+110"/>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the file handed to the commissaire de justice: cover letter, identities, lease, statement, reminders, case file and the copies of the letters sent. Records nothing.</source>
        <translation>Écrit le dossier transmis au commissaire de justice&#xa0;: lettre d&apos;accompagnement, identités, bail, relevé de compte, relances, événements du dossier et copies des courriers envoyés. N&apos;enregistre rien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dossier takes the account and --out, e.g. dossier LOC0042 --out dossier.pdf.</source>
        <translation>dossier prend le compte et --out, p. ex. dossier LOC0042 --out dossier.pdf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 written: %2 pages, then %3 letter(s) appended.</source>
        <translation>%1 écrit&#xa0;: %2 pages, suivies de %3 courrier(s) en annexe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 letter(s) could not be found and are listed as such.</source>
        <translation>%1 courrier(s) introuvable(s), signalé(s) comme tel(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement written to %1.</source>
        <translation>Relevé de compte écrit dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once the file is sent, record it: event add %1 handed_to_commissaire %2</source>
        <translation>Une fois le dossier envoyé, enregistrez-le&#xa0;: event add %1 handed_to_commissaire %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EventCommand.cpp" line="-62"/>
        <source>What happened.</source>
        <translation>Ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (YYYY-MM-DD).</source>
        <translation>Quand (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records an event in an account&apos;s case file; prints its number. Kinds: %1.</source>
        <translation>Enregistre un événement dans le dossier d&apos;un compte&#xa0;; affiche son numéro. Types&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>event add takes the account, the kind and the date, e.g. event add LOC0042 caf_reported 2026-11-15.</source>
        <translation>event add prend le compte, le type et la date, p. ex. event add LOC0042 caf_reported 2026-11-15.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a kind of event; write one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;événement&#xa0;; écrivez l&apos;un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/PaymentPlanCommand.cpp" line="-222"/>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1 (missing, not a file, or larger than %2 MB); nothing was recorded.</source>
        <translation>Impossible de lire %1 (absent, pas un fichier, ou plus de %2 Mo)&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is now in litigation: reminders stop. Clear the flag in the account form if that is not wanted.</source>
        <translation>%1 est maintenant en contentieux&#xa0;: les relances s&apos;arrêtent. Décochez-le dans la fiche du compte si ce n&apos;est pas voulu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/cli/HistoryCommand.cpp" line="+2"/>
        <source>Writes JSON on standard output.</source>
        <translation>Écrit du JSON sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists an account&apos;s case file, oldest first.</source>
        <translation>Liste le dossier d&apos;un compte, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>event list takes the account, e.g. event list LOC0042.</source>
        <translation>event list prend le compte, p. ex. event list LOC0042.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(cancelled by %1)</source>
        <translation>(annulé par %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case file of %1 is empty.</source>
        <translation>Le dossier de %1 est vide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The event&apos;s number.</source>
        <translation>Le numéro de l&apos;événement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancels an event of a case file: it is kept, marked cancelled, and counts for nothing.</source>
        <translation>Annule un événement d&apos;un dossier&#xa0;: il est conservé, marqué annulé, et ne compte plus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>event cancel takes the event&apos;s number, as event list shows it.</source>
        <translation>event cancel prend le numéro de l&apos;événement, tel que event list l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event %1 cancelled.</source>
        <translation>Événement %1 annulé.</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+5"/>
        <source>Lists the reminders issued, with their date, level, amount, channels and the state of their letters and e-mails.</source>
        <translation>Liste les relances émises, avec leur date, leur niveau, leur montant, leurs canaux et l&apos;état de leurs courriers et e-mails.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history takes no arguments besides its options.</source>
        <translation>history n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+37"/>
        <location filename="../app/cli/RunCommand.cpp" line="-93"/>
        <source> (repeat %1)</source>
        <translation> (répétition %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>letter: %1</source>
        <translation>courrier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail: %1</source>
        <translation>e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tracking %1</source>
        <translation>suivi %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual (despite: %1)</source>
        <translation>manuelle (malgré&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No reminder has been issued yet.</source>
        <translation>Aucune relance n&apos;a encore été émise.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+21"/>
        <source>Check the file and report, write nothing.</source>
        <translation>Vérifie le fichier et affiche le rapport, sans rien écrire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace entries whose content changed (recorded in the audit log).</source>
        <translation>Remplace les écritures dont le contenu a changé (noté dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The FEC file.</source>
        <translation>Le fichier FEC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file.</source>
        <translation>Le fichier CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imports accounts (one row per tenancy) from a CSV file.</source>
        <translation>Importe des comptes (une ligne par location) depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports ledger entries (one row per debit or credit) from a CSV file.</source>
        <translation>Importe des écritures (une ligne par débit ou crédit) depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports ledger entries from a FEC (fichier des écritures comptables) exported by the accounting program: the lines of the tenant accounts (Settings › Import: the account prefixes, default 411, with a CompAuxNum), the lettrage as matched payments, kinds from the agency&apos;s rules. Unknown tenants are created with their name; import the accounts file to complete them.</source>
        <translation>Importe les écritures d&apos;un FEC (fichier des écritures comptables) exporté par le logiciel comptable&#xa0;: les lignes des comptes locataires (Paramètres › Import&#xa0;: les préfixes de compte, 411 par défaut, avec un CompAuxNum), le lettrage en règlements affectés, les natures selon les règles de l&apos;agence. Les locataires inconnus sont créés avec leur nom&#xa0;; importez le fichier des comptes pour les compléter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one FEC file to import.</source>
        <translation>indiquez un fichier FEC à importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give one CSV file to import.</source>
        <translation>indiquez un fichier CSV à importer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hint: import again with --update to replace the entries whose content changed.</source>
        <translation>conseil&#xa0;: importez de nouveau avec --update pour remplacer les écritures dont le contenu a changé.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="+7"/>
        <source>Creates the database, or brings it to this version.</source>
        <translation>Crée la base de données, ou la met à jour vers cette version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy of the database was kept in %1.</source>
        <translation>Une copie de la base de données a été conservée dans %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="-62"/>
        <location filename="../app/cli/InitCommand.cpp" line="+2"/>
        <source>schema version %1</source>
        <translation>version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="-49"/>
        <source>payment plan %1</source>
        <translation>plan d&apos;apurement %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date of the simulation (default: today).</source>
        <translation>La date de la simulation (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows what a reminder run would issue, and why every other debtor would be skipped. Nothing is recorded.</source>
        <translation>Montre ce qu&apos;une campagne de relance émettrait, et pourquoi chacun des autres débiteurs serait écarté. Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Simulation as of %1</source>
        <translation>Simulation au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: no payment was recorded in the last days before this date; import the latest payments before running reminders.</source>
        <translation>Attention&#xa0;: aucun paiement n&apos;a été enregistré dans les jours précédant cette date&#xa0;; importez les derniers paiements avant de lancer les relances.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reminder(s) would be issued:</source>
        <translation>
            <numerusform>%n relance serait émise&#xa0;:</numerusform>
            <numerusform>%n relances seraient émises&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fee %1</source>
        <translation>frais %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fee not charged (residential lease)</source>
        <translation>frais non facturés (bail d&apos;habitation)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n debtor(s) skipped:</source>
        <translation>
            <numerusform>%n débiteur écarté&#xa0;:</numerusform>
            <numerusform>%n débiteurs écartés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="-2"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, manual (despite: %1)</source>
        <translation>, manuelle (malgré&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, fee %1 (invoice %2)</source>
        <translation>, frais %1 (facture %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, payment plan %1</source>
        <translation>, plan d&apos;apurement %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--resume takes the number of a run, not “%1”.</source>
        <translation>--resume attend le numéro d&apos;une campagne, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No recorded run still owes letters.</source>
        <translation>Aucune campagne enregistrée n&apos;a de courriers en attente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run %1: its letters wait in the print batch (the run asked for no PDF and no printer); give --out, --merged or --printer to produce them.</source>
        <translation>Campagne %1&#xa0;: ses courriers attendent dans le lot d&apos;impression (la campagne ne demandait ni PDF ni imprimante)&#xa0;; indiquez --out, --merged ou --printer pour les produire.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Run %1: %n letter(s) sent to the printer.</source>
        <translation>
            <numerusform>Campagne %1&#xa0;: %n courrier envoyé à l&apos;imprimante.</numerusform>
            <numerusform>Campagne %1&#xa0;: %n courriers envoyés à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Run %1: %n letter(s) written.</source>
        <translation>
            <numerusform>Campagne %1&#xa0;: %n courrier écrit.</numerusform>
            <numerusform>Campagne %1&#xa0;: %n courriers écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Run %1: %n e-mail(s) queued: send them with “relance-cli send --run %1”.</source>
        <translation>
            <numerusform>Campagne %1&#xa0;: %n e-mail mis en file d&apos;attente&#xa0;: envoyez-le avec «&#xa0;relance-cli send --run %1&#xa0;».</numerusform>
            <numerusform>Campagne %1&#xa0;: %n e-mails mis en file d&apos;attente&#xa0;: envoyez-les avec «&#xa0;relance-cli send --run %1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The date of the run (default: today).</source>
        <translation>La date de la campagne (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only these accounts (refs separated by commas).</source>
        <translation>Uniquement ces comptes (références séparées par des virgules).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refs</source>
        <translation>réfs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also issue the next level to the listed accounts that the plan skips for a reason that may be overridden (too early, gap, threshold, exclusion).</source>
        <translation>Émet aussi le niveau suivant pour les comptes indiqués que la simulation écarte pour une raison à laquelle on peut passer outre (trop tôt, écart entre relances, seuil, exclusion).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this template of each level instead of its default.</source>
        <translation>Utilise ce modèle de courrier pour chaque niveau au lieu de son modèle par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location filename="../app/cli/SmtpCommand.cpp" line="+34"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Write one PDF per letter into this folder.</source>
        <translation>Écrit un PDF par courrier dans ce dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write all the letters into one PDF to print.</source>
        <translation>Écrit tous les courriers dans un seul PDF à imprimer.</translation>
    </message>
    <message>
        <location filename="../app/cli/EventCommand.cpp" line="-141"/>
        <location filename="../app/cli/RunCommand.cpp" line="+1"/>
        <source>file.pdf</source>
        <translation>fichier.pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+2"/>
        <source>Print the letters on this printer.</source>
        <translation>Imprime les courriers sur cette imprimante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/RunDueCommand.cpp" line="+3"/>
        <source>Run even though the ledger looks stale (payments may be missing).</source>
        <translation>Lance la campagne même si les écritures semblent anciennes (des paiements peuvent manquer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the run id and what was issued as JSON on standard output.</source>
        <translation>Écrit en JSON sur la sortie standard le numéro de la campagne et ce qui a été émis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish a recorded run whose letters were not all written (the run was stopped, the disk was full…): give its number, or nothing for every such run. Writes only the letters still owed and queues only the e-mails not yet queued; records no reminder.</source>
        <translation>Termine une campagne enregistrée dont tous les courriers n&apos;ont pas été écrits (campagne interrompue, disque plein…)&#xa0;: indiquez son numéro, ou rien pour toutes les campagnes concernées. N&apos;écrit que les courriers restants et ne met en file d&apos;attente que les e-mails qui ne le sont pas encore&#xa0;; n&apos;enregistre aucune relance.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issues what “plan” shows, records it and produces the letters; prints the run id.</source>
        <translation>Émet ce que montre «&#xa0;plan&#xa0;», l&apos;enregistre et produit les courriers&#xa0;; affiche le numéro de la campagne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--resume finishes a run already recorded: it takes only --out, --merged and --printer, not --%1.</source>
        <translation>--resume termine une campagne déjà enregistrée&#xa0;: il n&apos;accepte que --out, --merged et --printer, et non --%1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run takes no arguments besides its options (a run number goes with --resume).</source>
        <translation>run n&apos;accepte aucun argument en dehors de ses options (un numéro de campagne s&apos;indique avec --resume).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--accounts names no account: give refs separated by commas (e.g. --accounts LOC0042,LOC0043), or leave it out for every debtor.</source>
        <translation>--accounts ne désigne aucun compte&#xa0;: indiquez des références séparées par des virgules (par exemple --accounts LOC0042,LOC0043), ou omettez-le pour tous les débiteurs.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../app/cli/RunDueCommand.cpp" line="+61"/>
        <source>Give --force to run anyway.</source>
        <translation>Ajoutez --force pour lancer quand même.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not issued: %1 Use --manual to issue it anyway.</source>
        <translation>Non émise&#xa0;: %1 Utilisez --manual pour l&apos;émettre quand même.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The run is recorded, but its letters were not produced: %1 Finish it with “relance-cli run --resume %2” once the cause is fixed.</source>
        <translation>La campagne est enregistrée, mais ses courriers n&apos;ont pas été produits&#xa0;: %1 Terminez-la avec «&#xa0;relance-cli run --resume %2&#xa0;» une fois la cause corrigée.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>--manual issues reminders to named accounts: add --accounts REF,…</source>
        <translation>--manual émet des relances pour des comptes désignés&#xa0;: ajoutez --accounts RÉF,…</translation>
    </message>
    <message>
        <location filename="../app/cli/EventCommand.cpp" line="+48"/>
        <location filename="../app/cli/RunCommand.cpp" line="+25"/>
        <location filename="../app/cli/RunDueCommand.cpp" line="-23"/>
        <source>Nothing was recorded: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+18"/>
        <source>Not issued: %1</source>
        <translation>Non émise&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Run %1: %n reminder(s) issued as of %2.</source>
        <translation>
            <numerusform>Campagne %1&#xa0;: %n relance émise au %2.</numerusform>
            <numerusform>Campagne %1&#xa0;: %n relances émises au %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The run is recorded, but this relance-cli cannot draw letters (no graphical application): they wait in the print batch.</source>
        <translation>La campagne est enregistrée, mais ce relance-cli ne peut pas dessiner les courriers (pas d&apos;application graphique)&#xa0;: ils attendent dans «&#xa0;Courriers à imprimer&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n courrier écrit.</numerusform>
            <numerusform>%n courriers écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n letter(s) sent to the printer.</source>
        <translation>
            <numerusform>%n courrier envoyé à l&apos;imprimante.</numerusform>
            <numerusform>%n courriers envoyés à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n letter(s) wait in the print batch.</source>
        <translation>
            <numerusform>%n courrier attend dans «&#xa0;Courriers à imprimer&#xa0;».</numerusform>
            <numerusform>%n courriers attendent dans «&#xa0;Courriers à imprimer&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n e-mail(s) queued: send them with “relance-cli send --run %1”.</source>
        <translation>
            <numerusform>%n e-mail mis en file d&apos;attente&#xa0;: envoyez-le avec «&#xa0;relance-cli send --run %1&#xa0;».</numerusform>
            <numerusform>%n e-mails mis en file d&apos;attente&#xa0;: envoyez-les avec «&#xa0;relance-cli send --run %1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+179"/>
        <location filename="../app/cli/RunDueCommand.cpp" line="+32"/>
        <source>E-mail not queued: %1</source>
        <translation>E-mail non mis en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RunDueCommand.cpp" line="-179"/>
        <location line="+13"/>
        <source>Run %1: %n letter(s) wait in the print batch.</source>
        <translation>
            <numerusform>Campagne %1&#xa0;: %n courrier attend dans «&#xa0;Courriers à imprimer&#xa0;».</numerusform>
            <numerusform>Campagne %1&#xa0;: %n courriers attendent dans «&#xa0;Courriers à imprimer&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Run %1: its letters were not produced: %2 Finish it with “relance-cli run --resume %1” once the cause is fixed.</source>
        <translation>Campagne %1&#xa0;: ses courriers n&apos;ont pas été produits&#xa0;: %2 Terminez-la avec «&#xa0;relance-cli run --resume %1&#xa0;» une fois la cause corrigée.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Run %1: %n e-mail(s) stay queued: %2</source>
        <translation>
            <numerusform>Campagne %1&#xa0;: %n e-mail reste en file d&apos;attente&#xa0;: %2</numerusform>
            <numerusform>Campagne %1&#xa0;: %n e-mails restent en file d&apos;attente&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run %1: the e-mails were not sent: %2</source>
        <translation>Campagne %1&#xa0;: les e-mails n&apos;ont pas été envoyés&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Run %1: %n e-mail(s) sent.</source>
        <translation>
            <numerusform>Campagne %1&#xa0;: %n e-mail envoyé.</numerusform>
            <numerusform>Campagne %1&#xa0;: %n e-mails envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The digest of the recovery deadlines was not sent: %1</source>
        <translation>Le récapitulatif des échéances de recouvrement n&apos;a pas été envoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n payment plan(s) became late or broken.</source>
        <translation>
            <numerusform>%n plan d&apos;apurement est passé en retard ou a été rompu.</numerusform>
            <numerusform>%n plans d&apos;apurement sont passés en retard ou ont été rompus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Digest of the recovery deadlines sent to the agency: %n deadline(s) late or due within 7 days.</source>
        <translation>
            <numerusform>Récapitulatif des échéances de recouvrement envoyé à l&apos;agence&#xa0;: %n échéance en retard ou à respecter dans les 7 jours.</numerusform>
            <numerusform>Récapitulatif des échéances de recouvrement envoyé à l&apos;agence&#xa0;: %n échéances en retard ou à respecter dans les 7 jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Digest of the recovery path sent to the agency: %n payment plan(s) became late or broken.</source>
        <translation>
            <numerusform>Récapitulatif du recouvrement envoyé à l&apos;agence&#xa0;: %n plan d&apos;apurement est passé en retard ou a été rompu.</numerusform>
            <numerusform>Récapitulatif du recouvrement envoyé à l&apos;agence&#xa0;: %n plans d&apos;apurement sont passés en retard ou ont été rompus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The digest of the recovery deadlines went already today.</source>
        <translation>Le récapitulatif des échéances de recouvrement a déjà été envoyé aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n recovery deadline(s) late or due within 7 days; no digest was e-mailed: the agency has no e-mail address (Settings, Agency).</source>
        <translation>
            <numerusform>%n échéance de recouvrement en retard ou à respecter dans les 7 jours&#xa0;; aucun récapitulatif n&apos;a été envoyé par e-mail&#xa0;: l&apos;agence n&apos;a pas d&apos;adresse e-mail (Paramètres, Agence).</numerusform>
            <numerusform>%n échéances de recouvrement en retard ou à respecter dans les 7 jours&#xa0;; aucun récapitulatif n&apos;a été envoyé par e-mail&#xa0;: l&apos;agence n&apos;a pas d&apos;adresse e-mail (Paramètres, Agence).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n recovery deadline(s) late or due within 7 days; no digest was e-mailed: no mail server is set (Settings, E-mail).</source>
        <translation>
            <numerusform>%n échéance de recouvrement en retard ou à respecter dans les 7 jours&#xa0;; aucun récapitulatif n&apos;a été envoyé par e-mail&#xa0;: aucun serveur de messagerie n&apos;est configuré (Paramètres, E-mail).</numerusform>
            <numerusform>%n échéances de recouvrement en retard ou à respecter dans les 7 jours&#xa0;; aucun récapitulatif n&apos;a été envoyé par e-mail&#xa0;: aucun serveur de messagerie n&apos;est configuré (Paramètres, E-mail).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The day to act as (default: today).</source>
        <translation>La date à prendre comme date du jour (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes what each automated level did as JSON on standard output.</source>
        <translation>Écrit en JSON sur la sortie standard ce qu&apos;a fait chaque niveau automatique.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The automation: runs each automated level that is due today, in order, once per month.</source>
        <translation>L&apos;automatisation&#xa0;: lance dans l&apos;ordre chaque niveau automatique prévu aujourd&apos;hui, une fois par mois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run-due takes no arguments besides its options.</source>
        <translation>run-due n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2): not due (next on or after %3, once a month).</source>
        <translation>%1 (%2)&#xa0;: pas prévu aujourd&apos;hui (prochain lancement le %3 ou après, une fois par mois).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): refused, recorded as run %3. %4</source>
        <translation>%1 (%2)&#xa0;: refusé, enregistré comme campagne %3. %4</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 (%2): run %3, %n reminder(s) issued.</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: campagne %3, %n relance émise.</numerusform>
            <numerusform>%1 (%2)&#xa0;: campagne %3, %n relances émises.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No level has automation enabled: nothing to do.</source>
        <translation>Aucun niveau n&apos;a l&apos;automatisation activée&#xa0;: rien à faire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No automated level is due today.</source>
        <translation>Aucun niveau automatique n&apos;est prévu aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="-122"/>
        <source>--%1 takes a number, not “%2”.</source>
        <translation>--%1 attend un nombre, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only the e-mails of this run.</source>
        <translation>Uniquement les e-mails de cette campagne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>id</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Records that an uncertain e-mail did arrive (it is not sent again).</source>
        <translation>Enregistre qu&apos;un e-mail incertain est bien arrivé (il n&apos;est pas renvoyé).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Puts an uncertain or failed e-mail back in the queue.</source>
        <translation>Remet dans la file d&apos;attente un e-mail incertain ou en échec.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists the failed and uncertain e-mails, sends nothing.</source>
        <translation>Liste les e-mails en échec ou incertains, sans rien envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mails the pending messages, each with its letter attached.</source>
        <translation>Envoie les e-mails en attente, chacun avec son courrier en pièce jointe.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>E-mail %1 will be sent with the next send.</source>
        <translation>L&apos;e-mail %1 partira au prochain envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail %1 is recorded as sent.</source>
        <translation>L&apos;e-mail %1 est enregistré comme envoyé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of %2 e-mails handled</source>
        <translation>%1 e-mails traités sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReportOwnersCommand.cpp" line="-26"/>
        <location filename="../app/cli/SendCommand.cpp" line="+7"/>
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail envoyé.</numerusform>
            <numerusform>%n e-mails envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some e-mails may or may not have arrived and are not sent again: see “send --list”.</source>
        <translation>Certains e-mails sont peut-être arrivés, peut-être pas, et ne seront pas renvoyés&#xa0;: consultez «&#xa0;send --list&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder the statements are written in.</source>
        <translation>Le dossier dans lequel les relevés sont écrits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of the statements (default: today).</source>
        <translation>La date des relevés (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mails each statement to its owner (once per owner and date).</source>
        <translation>Envoie chaque relevé par e-mail à son propriétaire (une fois par propriétaire et par date).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes a statement for each landlord with a tenant in arrears: the tenants&apos; arrears, the reminders sent and the next step; one PDF per owner and one to print them all.</source>
        <translation>Écrit un relevé pour chaque propriétaire ayant un locataire en impayé&#xa0;: les impayés des locataires, les relances envoyées et la prochaine étape&#xa0;; un PDF par propriétaire et un PDF pour tous les imprimer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report owners takes --out, e.g. report owners --as-of 2026-11-30 --out statements/.</source>
        <translation>report owners attend --out, par exemple report owners --as-of 2026-11-30 --out statements/.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No landlord has a tenant in arrears as of %1: nothing written.</source>
        <translation>Aucun propriétaire n&apos;a de locataire en impayé au %1&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n statement(s) written in %1; all of them in %2.</source>
        <translation>
            <numerusform>%n relevé écrit dans %1&#xa0;; fichier regroupant tous les relevés&#xa0;: %2.</numerusform>
            <numerusform>%n relevés écrits dans %1&#xa0;; fichier regroupant tous les relevés&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n e-mail(s) queued.</source>
        <translation>
            <numerusform>%n e-mail mis en file d&apos;attente.</numerusform>
            <numerusform>%n e-mails mis en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n owner(s) already had this date&apos;s statement queued: not again.</source>
        <translation>
            <numerusform>%n propriétaire avait déjà le relevé de cette date en file d&apos;attente&#xa0;: pas de nouvel envoi.</numerusform>
            <numerusform>%n propriétaires avaient déjà le relevé de cette date en file d&apos;attente&#xa0;: pas de nouvel envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n owner(s) have no e-mail address: print their statements.</source>
        <translation>
            <numerusform>%n propriétaire n&apos;a pas d&apos;adresse e-mail&#xa0;: imprimez son relevé.</numerusform>
            <numerusform>%n propriétaires n&apos;ont pas d&apos;adresse e-mail&#xa0;: imprimez leurs relevés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not queued: %1</source>
        <translation>Non mis en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SendCommand.cpp" line="+2"/>
        <source>%n e-mail(s) were being sent when Relance stopped: they may or may not have arrived and are not sent again. Check, then use “send --mark-sent ID” or “send --resend ID”.</source>
        <translation>
            <numerusform>%n e-mail était en cours d&apos;envoi quand Relance s&apos;est arrêté&#xa0;: il est peut-être arrivé, peut-être pas, et ne sera pas renvoyé. Vérifiez, puis utilisez «&#xa0;send --mark-sent ID&#xa0;» ou «&#xa0;send --resend ID&#xa0;».</numerusform>
            <numerusform>%n e-mails étaient en cours d&apos;envoi quand Relance s&apos;est arrêté&#xa0;: ils sont peut-être arrivés, peut-être pas, et ne seront pas renvoyés. Vérifiez, puis utilisez «&#xa0;send --mark-sent ID&#xa0;» ou «&#xa0;send --resend ID&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hint: “relance-cli run --resume” produces the letters of stopped runs; their e-mails then go with the next send.</source>
        <translation>conseil&#xa0;: «&#xa0;relance-cli run --resume&#xa0;» produit les courriers des campagnes interrompues&#xa0;; leurs e-mails partent alors au prochain envoi.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportOwnersCommand.cpp" line="-77"/>
        <location filename="../app/cli/SendCommand.cpp" line="+4"/>
        <source>Not sent: %1: stays in the queue for the next send.</source>
        <translation>Non envoyé&#xa0;: %1&#xa0;: reste dans la file d&apos;attente pour le prochain envoi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SendCommand.cpp" line="+3"/>
        <source>%n e-mail(s) went to the server whole but got no answer: they may or may not have arrived and are not sent again. Check (the recipient, or the server&apos;s log), then use “send --mark-sent ID” or “send --resend ID”.</source>
        <translation>
            <numerusform>%n e-mail a été transmis en entier au serveur sans obtenir de réponse&#xa0;: il est peut-être arrivé, peut-être pas, et n&apos;est pas renvoyé. Vérifiez (auprès du destinataire, ou dans le journal du serveur), puis utilisez «&#xa0;send --mark-sent ID&#xa0;» ou «&#xa0;send --resend ID&#xa0;».</numerusform>
            <numerusform>%n e-mails ont été transmis en entier au serveur sans obtenir de réponse&#xa0;: ils sont peut-être arrivés, peut-être pas, et ne sont pas renvoyés. Vérifiez (auprès du destinataire, ou dans le journal du serveur), puis utilisez «&#xa0;send --mark-sent ID&#xa0;» ou «&#xa0;send --resend ID&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReportOwnersCommand.cpp" line="-2"/>
        <location filename="../app/cli/RunDueCommand.cpp" line="-152"/>
        <location filename="../app/cli/SendCommand.cpp" line="-9"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SendCommand.cpp" line="+17"/>
        <source>%n e-mail(s) stay in the queue for the next send.</source>
        <translation>
            <numerusform>%n e-mail reste dans la file d&apos;attente pour le prochain envoi.</numerusform>
            <numerusform>%n e-mails restent dans la file d&apos;attente pour le prochain envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SmtpCommand.cpp" line="-15"/>
        <source>The mail server.</source>
        <translation>Le serveur de messagerie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its port: 587 (STARTTLS), 465 (TLS).</source>
        <translation>Son port&#xa0;: 587 (STARTTLS), 465 (TLS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none, starttls or tls.</source>
        <translation>none, starttls ou tls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login name.</source>
        <translation>L&apos;identifiant de connexion.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the password from the first line of stdin and keeps it in the system keyring.</source>
        <translation>Lit le mot de passe sur la première ligne de l&apos;entrée standard et le conserve dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sender address.</source>
        <translation>L&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+106"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The sender name (default: the agency&apos;s name).</source>
        <translation>Le nom de l&apos;expéditeur (par défaut&#xa0;: le nom de l&apos;agence).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where answers go.</source>
        <translation>L&apos;adresse qui reçoit les réponses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses that get a copy of every e-mail, comma-separated.</source>
        <translation>Les adresses qui reçoivent une copie de chaque e-mail, séparées par des virgules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A certificate authority (PEM) trusted besides the system&apos;s.</source>
        <translation>Une autorité de certification (PEM) reconnue en plus de celles du système.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="+46"/>
        <location filename="../app/cli/SmtpCommand.cpp" line="+1"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/SmtpCommand.cpp" line="+2"/>
        <source>Seconds to wait for the server (connect and each answer).</source>
        <translation>Nombre de secondes d&apos;attente du serveur (connexion et chaque réponse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sets the agency&apos;s mail server (never stores the password in the database).</source>
        <translation>Configure le serveur de messagerie de l&apos;agence (le mot de passe n&apos;est jamais stocké dans la base de données).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--security must be none, starttls or tls, not “%1”.</source>
        <translation>--security doit valoir none, starttls ou tls, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--port must be a number, not “%1”.</source>
        <translation>--port doit être un nombre, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--timeout must be a number of seconds from %1 to %2, not “%3”.</source>
        <translation>--timeout doit être un nombre de secondes de %1 à %2, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--password-stdin needs --user.</source>
        <translation>--password-stdin nécessite --user.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is in the system keyring.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail server: %1:%2 (%3), sender %4.</source>
        <translation>Serveur de messagerie&#xa0;: %1:%2 (%3), expéditeur %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the test message goes.</source>
        <translation>Le destinataire du message de test.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends one test message and shows the server&apos;s answer.</source>
        <translation>Envoie un message de test et affiche la réponse du serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the address with --to.</source>
        <translation>Indiquez l&apos;adresse avec --to.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted by %1: %2</source>
        <translation>Accepté par %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentPlanCommand.cpp" line="-30"/>
        <source>respected</source>
        <translation>respecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broken</source>
        <translation>rompu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <translation>soldé</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>How many monthly instalments (1 to 36; 36 for the CAF&apos;s default plan).</source>
        <translation>Nombre de mensualités (1 à 36&#xa0;; 36 pour le plan par défaut de la CAF).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of the first instalment; the others fall on the same day of the following months.</source>
        <translation>La date de la première mensualité&#xa0;; les suivantes tombent le même jour des mois suivants.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The debt to spread (default: the overdue amount on the plan&apos;s date).</source>
        <translation>La dette à étaler (par défaut&#xa0;: l&apos;impayé échu à la date du plan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creates a payment plan for an account; prints its number.</source>
        <translation>Crée un plan d&apos;apurement pour un compte&#xa0;; affiche son numéro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>payment-plan create takes the account, --instalments and --first, e.g. payment-plan create LOC0042 --instalments 12 --first 2026-12-10.</source>
        <translation>payment-plan create prend le compte, --instalments et --first, p. ex. payment-plan create LOC0042 --instalments 12 --first 2026-12-10.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--instalments takes a number from 1 to 36, not “%1”.</source>
        <translation>--instalments prend un nombre de 1 à 36, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--debt: “%1” is not an amount. %2</source>
        <translation>--debt&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un montant. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No payment plan was created: %1</source>
        <translation>Aucun plan d&apos;apurement n&apos;a été créé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Payment plan for %1: %2 in %n monthly instalment(s) from %3.</source>
        <translation>
            <numerusform>Plan d&apos;apurement pour %1&#xa0;: %2 en %n mensualité à partir du %3.</numerusform>
            <numerusform>Plan d&apos;apurement pour %1&#xa0;: %2 en %n mensualités à partir du %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The day the agreement was signed (YYYY-MM-DD).</source>
        <translation>Le jour de la signature de l&apos;accord (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records an account&apos;s payment plan as signed: the debt is acknowledged, which restarts its prescription.</source>
        <translation>Enregistre le plan d&apos;apurement d&apos;un compte comme signé&#xa0;: la dette est reconnue, ce qui fait repartir le délai de prescription.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>payment-plan sign takes the account and the date, e.g. payment-plan sign LOC0042 2026-12-01.</source>
        <translation>payment-plan sign prend le compte et la date, p. ex. payment-plan sign LOC0042 2026-12-01.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The payment plan of %1 is signed; the acknowledgment of the debt is in its case file.</source>
        <translation>Le plan d&apos;apurement de %1 est signé&#xa0;; la reconnaissance de dette figure dans son dossier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shows an account&apos;s payment plan as of a date: its state and its instalments.</source>
        <translation>Affiche le plan d&apos;apurement d&apos;un compte à une date donnée&#xa0;: son état et ses mensualités.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>payment-plan show takes the account, e.g. payment-plan show LOC0042.</source>
        <translation>payment-plan show prend le compte, p. ex. payment-plan show LOC0042.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 (%2): payment plan of %3, %4 in %n instalment(s): %5.</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: plan d&apos;apurement du %3, %4 en %n mensualité&#xa0;: %5.</numerusform>
            <numerusform>%1 (%2)&#xa0;: plan d&apos;apurement du %3, %4 en %n mensualités&#xa0;: %5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late since %1.</source>
        <translation>En retard depuis le %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broken on %1: reminders resume.</source>
        <translation>Rompu le %1&#xa0;: les relances reprennent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still allowed to owe on %1: %2; overdue: %3.</source>
        <translation>Restant dû prévu par le plan au %1&#xa0;: %2&#xa0;; impayé échu&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>covered</source>
        <translation>réglée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the payment plans and their state, as of a date.</source>
        <translation>Liste les plans d&apos;apurement et leur état, à une date donnée.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Payment plans as of %1: %n</source>
        <translation>
            <numerusform>Plans d&apos;apurement au %1&#xa0;: %n</numerusform>
            <numerusform>Plans d&apos;apurement au %1&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The date of the letter (default: today).</source>
        <translation>La date de la lettre (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes the agreement letter of an account&apos;s payment plan as PDF, to be signed in two copies. Records nothing.</source>
        <translation>Écrit en PDF la lettre d&apos;accord du plan d&apos;apurement d&apos;un compte, à signer en deux exemplaires. N&apos;enregistre rien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>payment-plan letter takes the account and --out, e.g. payment-plan letter LOC0042 --out plan.pdf.</source>
        <translation>payment-plan letter prend le compte et --out, p. ex. payment-plan letter LOC0042 --out plan.pdf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 written. Once both copies are signed, record it: payment-plan sign %2 DATE</source>
        <translation>%1 écrit. Une fois les deux exemplaires signés, enregistrez la signature&#xa0;: payment-plan sign %2 DATE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RecoveryReportOutput.cpp" line="+20"/>
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n page.</numerusform>
            <numerusform>%1 écrit&#xa0;: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="-55"/>
        <source>Recovery as of %1 (period from %2)</source>
        <translation>Recouvrement au %1 (période depuis le %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Total overdue: %1, %n debtor(s)</source>
        <translation>
            <numerusform>Total des impayés échus&#xa0;: %1, %n débiteur</numerusform>
            <numerusform>Total des impayés échus&#xa0;: %1, %n débiteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A month earlier (%1): %2, %n debtor(s)</source>
        <translation>
            <numerusform>Un mois plus tôt (%1)&#xa0;: %2, %n débiteur</numerusform>
            <numerusform>Un mois plus tôt (%1)&#xa0;: %2, %n débiteurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days in arrears</source>
        <translation>Jours d&apos;impayé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n debtor(s)</source>
        <translation>
            <numerusform>%n débiteur</numerusform>
            <numerusform>%n débiteurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue at each month end</source>
        <translation>Impayés échus à chaque fin de mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders issued in the period, arrears cleared within 15 / 30 days</source>
        <translation>Relances émises sur la période, impayés soldés sous 15 / 30 jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovered per month</source>
        <translation>Recouvré par mois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Late deadlines: %1; payment plans late: %2, broken: %3</source>
        <translation>Échéances en retard&#xa0;: %1&#xa0;; plans d&apos;apurement en retard&#xa0;: %2, rompus&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The date of the figures (default: today).</source>
        <translation>La date des chiffres (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first day of the period whose reminders and recoveries are counted (default: twelve months before the date).</source>
        <translation>Le premier jour de la période dont les relances et les sommes recouvrées sont comptées (par défaut&#xa0;: douze mois avant la date).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also writes the monthly recovery report (charts and the debtors by age) to this PDF.</source>
        <translation>Écrit aussi le rapport de recouvrement mensuel (graphiques et débiteurs par ancienneté) dans ce PDF.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agency&apos;s recovery figures as of a date: total overdue, arrears by age, the last 24 month ends, reminder effectiveness and amounts recovered.</source>
        <translation>Les chiffres du recouvrement de l&apos;agence à une date donnée&#xa0;: total des impayés échus, impayés par ancienneté, les 24 dernières fins de mois, efficacité des relances et montants recouvrés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--from (%1) must be on or before --as-of (%2).</source>
        <translation>--from (%1) doit être antérieur ou égal à --as-of (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--out takes the PDF to write, e.g. --out report.pdf.</source>
        <translation>--out attend le fichier PDF à écrire, par exemple --out report.pdf.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+34"/>
        <source>Usage: relance-cli [--db PATH] [--lang fr|en] COMMAND [options]

Commands:
</source>
        <translation>Utilisation&#xa0;: relance-cli [--db CHEMIN] [--lang fr|en] COMMANDE [options]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Run “relance-cli COMMAND --help” for the options of a command.
</source>
        <translation>
Lancez «&#xa0;relance-cli COMMANDE --help&#xa0;» pour voir les options d&apos;une commande.
</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Error: unknown command “%1”.
</source>
        <translation>Erreur&#xa0;: commande inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <location filename="../core/import/ColumnMap.cpp" line="+53"/>
        <source>unknown column, ignored</source>
        <translation>colonne inconnue, ignorée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this column appears twice (as “%1” and “%2”); keep only one</source>
        <translation>cette colonne apparaît deux fois («&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»)&#xa0;; n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this required column is missing</source>
        <translation>cette colonne obligatoire est absente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this row has %1 fields but the header has %2 columns; check the quotes and delimiters (an amount like 1013,50 must be quoted in a comma-separated file)</source>
        <translation>cette ligne a %1 champs alors que l&apos;en-tête a %2 colonnes&#xa0;; vérifiez les guillemets et les séparateurs (dans un fichier séparé par des virgules, un montant comme 1013,50 doit être entre guillemets)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this row has %1 fields but the header has %2 columns; it is incomplete (was the file cut short?) or a delimiter is missing</source>
        <translation>cette ligne a %1 champs alors que l&apos;en-tête a %2 colonnes&#xa0;; elle est incomplète (le fichier a-t-il été tronqué&#xa0;?) ou un séparateur manque</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>the file ends in the middle of this line (no line break after it); if the file was cut short, this row is incomplete</source>
        <translation>le fichier se termine au milieu de cette ligne (pas de saut de ligne après elle)&#xa0;; si le fichier a été tronqué, cette ligne est incomplète</translation>
    </message>
</context>
<context>
    <name>CommissaireCoverLetter</name>
    <message>
        <location filename="../core/recovery/CommissaireCoverLetter.cpp" line="+43"/>
        <source>The language « %1 » is not supported: choose fr or en.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n&apos;est pas prise en charge&#xa0;: choisissez fr ou en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cover letter is empty: write it, or restore the default text.</source>
        <translation>La lettre d&apos;accompagnement est vide&#xa0;: rédigez-la, ou rétablissez le texte par défaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cover letter is longer than %1 KB: shorten it.</source>
        <translation>La lettre d&apos;accompagnement dépasse %1 Ko&#xa0;: raccourcissez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cover letter cannot be saved (line %1, column %2): %3</source>
        <translation>La lettre d&apos;accompagnement ne peut pas être enregistrée (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CommissaireDossier</name>
    <message>
        <location filename="../core/recovery/CommissaireDossier.cpp" line="+90"/>
        <source>The statement of %1 adds up to %2 but its balance as of %3 is %4: the ledger changed while the file was read. Prepare it again.</source>
        <translation>Le relevé de compte de %1 totalise %2, mais son solde au %3 est de %4&#xa0;: les écritures ont changé pendant la lecture du dossier. Préparez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The file %1 cannot be written: check the folder and your rights on it. Nothing was written.</source>
        <translation>Le fichier %1 ne peut pas être écrit&#xa0;: vérifiez le dossier et vos droits sur ce dossier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>File handed to the commissaire de justice – %1</source>
        <translation>Dossier transmis au commissaire de justice – %1</translation>
    </message>
</context>
<context>
    <name>CommissaireDossierDialog</name>
    <message>
        <location filename="../ui/recovery/CommissaireDossierDialog.cpp" line="+32"/>
        <source>Prepare the file for the commissaire de justice</source>
        <translation>Préparer le dossier pour le commissaire de justice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also save the statement as a CSV file (for a spreadsheet)</source>
        <translation>Enregistrer aussi le relevé de compte en fichier CSV (pour un tableur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the letter…</source>
        <translation>Modifier la lettre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover letter&apos;s text, for every account</source>
        <translation>Le texte de la lettre d&apos;accompagnement, commun à tous les comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the file…</source>
        <translation>&amp;Enregistrer le dossier…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>The file cannot be prepared: %1</source>
        <translation>Le dossier ne peut pas être préparé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) as of %3: overdue %4, balance %5.</source>
        <translation>%1 (%2) au %3&#xa0;: impayé échu %4, solde %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The saved PDF also holds the copies of %n letter(s) sent, after these pages.</source>
        <translation>
            <numerusform>Le PDF enregistré contient aussi la copie de %n courrier envoyé, après ces pages.</numerusform>
            <numerusform>Le PDF enregistré contient aussi les copies de %n courriers envoyés, après ces pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n letter(s) cannot be found and are listed as such.</source>
        <translation>
            <numerusform>%n courrier est introuvable et signalé comme tel.</numerusform>
            <numerusform>%n courriers sont introuvables et signalés comme tels.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the file for the commissaire de justice</source>
        <translation>Enregistrer le dossier pour le commissaire de justice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the statement as CSV</source>
        <translation>Enregistrer le relevé de compte en CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File not saved</source>
        <translation>Dossier non enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Has the file been sent to the commissaire de justice?

Answer Yes once it is sent: the hand-off is recorded in the case file of %1 as of %2, the account goes into litigation and reminders stop for it. Answer No to record nothing now.</source>
        <translation>Le dossier a-t-il été envoyé au commissaire de justice&#xa0;?

Répondez Oui une fois qu&apos;il est envoyé&#xa0;: la transmission est enregistrée dans le dossier de %1 au %2, le compte passe en contentieux et les relances s&apos;arrêtent pour lui. Répondez Non pour ne rien enregistrer maintenant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File sent?</source>
        <translation>Dossier envoyé&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand-off not recorded</source>
        <translation>Transmission non enregistrée</translation>
    </message>
</context>
<context>
    <name>ConfigImport</name>
    <message>
        <location filename="../core/setup/ConfigImport.cpp" line="+22"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file: give the JSON file written by config export.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;: indiquez le fichier JSON écrit par config export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 MB: a configuration file is at most %3 MB. Is it the right file?</source>
        <translation>%1 fait %2 Mo&#xa0;: un fichier de configuration fait au plus %3 Mo. Est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is larger than %2 MB: a configuration file is at most that. Is it the right file?</source>
        <translation>%1 fait plus de %2 Mo&#xa0;: un fichier de configuration ne dépasse pas cette taille. Est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4. %5</source>
        <translation>%1 n&apos;est pas un JSON valide&#xa0;: %2 à la ligne %3, colonne %4. %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a Relance configuration is a JSON object. %2</source>
        <translation>%1&#xa0;: une configuration de Relance est un objet JSON. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: this is not a Relance configuration file (no &quot;format&quot;: &quot;relance-config&quot;). %2</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier de configuration de Relance (pas de &quot;format&quot;: &quot;relance-config&quot;). %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: version: this configuration format version is not supported (expected %2). %3</source>
        <translation>%1&#xa0;: version&#xa0;: cette version du format de configuration n&apos;est pas prise en charge (version attendue&#xa0;: %2). %3</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1: and %n more problem(s).</source>
        <translation>
            <numerusform>%1&#xa0;: et %n autre problème.</numerusform>
            <numerusform>%1&#xa0;: et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <location filename="../core/storage/ConfigStore.cpp" line="+166"/>
        <source>unknown section</source>
        <translation>section inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+22"/>
        <location line="+23"/>
        <location line="+25"/>
        <location line="+269"/>
        <source>expected an object</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <location line="-345"/>
        <location line="+22"/>
        <location line="+23"/>
        <source>expected a list</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>a program needs a name</source>
        <translation>un programme doit avoir un nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the program “%1” appears twice</source>
        <translation>le programme «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a level needs a position of 1 or more</source>
        <translation>un niveau doit avoir une position de 1 ou plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>two levels have the position %1</source>
        <translation>deux niveaux ont la position %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a template needs a name</source>
        <translation>un modèle de courrier doit avoir un nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the template “%1” (%2) appears twice</source>
        <translation>le modèle de courrier «&#xa0;%1&#xa0;» (%2) apparaît deux fois</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only the mail settings (smtp.*) can be imported</source>
        <translation>seuls les paramètres de messagerie (smtp.*) peuvent être importés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a configuration file never holds a password or any other secret; remove it, and give the password with the mail server settings</source>
        <translation>un fichier de configuration ne contient jamais de mot de passe ni d&apos;autre secret&#xa0;; retirez-le, et donnez le mot de passe avec les réglages du serveur de messagerie</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+71"/>
        <source>expected text</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>unknown setting</source>
        <translation>paramètre inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be empty (null)</source>
        <translation>ne peut pas être vide (null)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a whole number</source>
        <translation>un nombre entier est attendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected base64 text</source>
        <translation>un texte en base64 est attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a PNG image in base64</source>
        <translation>une image PNG en base64 est attendue</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <location line="+8"/>
        <source>%1: %2: %3.</source>
        <translation>%1&#xa0;: %2&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1: the program “%2” is followed by %n account(s) and is not in the file. Add it to the file, or move those accounts to another program first.</source>
        <translation>
            <numerusform>%1&#xa0;: le programme «&#xa0;%2&#xa0;» est suivi par %n compte et ne figure pas dans le fichier. Ajoutez-le au fichier, ou déplacez d&apos;abord ce compte vers un autre programme.</numerusform>
            <numerusform>%1&#xa0;: le programme «&#xa0;%2&#xa0;» est suivi par %n comptes et ne figure pas dans le fichier. Ajoutez-le au fichier, ou déplacez d&apos;abord ces comptes vers un autre programme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <location filename="../core/setup/ConfigValidator.cpp" line="+75"/>
        <source>must hold on one line (it contains a line break)</source>
        <translation>doit tenir sur une seule ligne (contient un saut de ligne)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected text</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be 0 or 1</source>
        <translation>doit valoir 0 ou 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole number of days from %1 to %2</source>
        <translation>doit être un nombre entier de jours de %1 à %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an amount in cents: a whole number, 0 or more (1000 is 10.00 €)</source>
        <translation>doit être un montant en centimes&#xa0;: un nombre entier positif ou nul (1000 vaut 10,00 €)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file has no programs; it must hold the global program (&quot;is_global&quot;: 1) and its levels, or reminders would stop</source>
        <translation>le fichier ne contient aucun programme&#xa0;; il doit contenir le programme global (&quot;is_global&quot;: 1) et ses niveaux, sans quoi les relances s&apos;arrêteraient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a list</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>exactly one program must be the global program (&quot;is_global&quot;: 1), the one every account follows by default; the file has %1</source>
        <translation>un seul programme doit être le programme global (&quot;is_global&quot;: 1), celui que suit chaque compte par défaut&#xa0;; le fichier en contient %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the global program needs at least one level, or no account would be reminded</source>
        <translation>le programme global doit avoir au moins un niveau, sans quoi aucun compte ne serait relancé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a whole number from 1 to %1 (the levels are numbered 1, 2, 3… without gaps)</source>
        <translation>doit être un nombre entier de 1 à %1 (les niveaux sont numérotés 1, 2, 3… sans trou)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two levels have the position %1</source>
        <translation>deux niveaux ont la position %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>“%1” is not an exclusion: use direct_debit, payment_plan, litigation or departed, separated by commas</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une exclusion&#xa0;: utilisez direct_debit, payment_plan, litigation ou departed, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be tenant, guarantor or tenant,guarantor (not “%1”)</source>
        <translation>doit valoir tenant, guarantor ou tenant,guarantor (et non «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be letter, email or letter,email (not “%1”)</source>
        <translation>doit valoir letter, email ou letter,email (et non «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a whole number from 0 to %1</source>
        <translation>doit être un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be empty (null) or a whole number from 1 to %1</source>
        <translation>doit être vide (null) ou un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>a template needs a name</source>
        <translation>un modèle de courrier doit avoir un nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be fr or en</source>
        <translation>doit valoir fr ou en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the letter body is empty: a letter would print blank</source>
        <translation>le corps du courrier est vide&#xa0;: le courrier s&apos;imprimerait vierge</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>another template of this level is already the default in this language</source>
        <translation>un autre modèle de ce niveau est déjà le modèle par défaut dans cette langue</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be none, starttls or tls</source>
        <translation>doit valoir none, starttls ou tls</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <location line="+12"/>
        <source>expected an object</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
</context>
<context>
    <name>CoverLetterEditor</name>
    <message>
        <location filename="../ui/recovery/CoverLetterEditor.cpp" line="+46"/>
        <source>Payment plan agreement letter</source>
        <translation>Lettre d&apos;accord du plan d&apos;apurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover letter to the commissaire de justice</source>
        <translation>Lettre d&apos;accompagnement au commissaire de justice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter the tenant signs in two copies with the agency. It takes the same merge fields as the reminder letters and the payment plan&apos;s, such as {{plan.debt}} or {{plan.first_due}}; {{plan.schedule_table}} places the schedule.</source>
        <translation>La lettre que le locataire signe en deux exemplaires avec l&apos;agence. Elle accepte les mêmes champs de fusion que les courriers de relance, ainsi que ceux du plan d&apos;apurement, comme {{plan.debt}} ou {{plan.first_due}}&#xa0;; {{plan.schedule_table}} place l&apos;échéancier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter that opens the file. It takes the same merge fields as the reminder letters, such as {{account.name}}, {{reminder.overdue}} or {{letter.date}}.</source>
        <translation>La lettre qui ouvre le dossier. Elle accepte les mêmes champs de fusion que les courriers de relance, comme {{account.name}}, {{reminder.overdue}} ou {{letter.date}}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the letter</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insert a field</source>
        <translation>&amp;Insérer un champ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Restore the default text</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 — e.g. %2</source>
        <translation>%1 — par ex. %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the other language and lose the changes made to this text?</source>
        <translation>Afficher l&apos;autre langue et perdre les modifications apportées à ce texte&#xa0;?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace this agreement letter with Relance&apos;s default text? Your changes are lost.</source>
        <translation>Remplacer cette lettre d&apos;accord par le texte par défaut de Relance&#xa0;? Vos modifications seront perdues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace this cover letter with Relance&apos;s default text? Your changes are lost.</source>
        <translation>Remplacer cette lettre d&apos;accompagnement par le texte par défaut de Relance&#xa0;? Vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="+125"/>
        <source>the file cannot be read: %1. Check its name and permissions.</source>
        <translation>le fichier ne peut pas être lu&#xa0;: %1. Vérifiez son nom et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>the file is larger than %1 MB; split it into several files (for instance one per year)</source>
        <translation>le fichier dépasse %1 Mo&#xa0;; découpez-le en plusieurs fichiers (par exemple un par année)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>the file is empty; it needs a header row and one row per line</source>
        <translation>le fichier est vide&#xa0;; il doit contenir une ligne d&apos;en-tête, puis une ligne par enregistrement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header has more than %1 columns; is this the right file?</source>
        <translation>l&apos;en-tête a plus de %1 colonnes&#xa0;; est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file is in UTF-16; export it again as CSV in UTF-8 or Windows-1252</source>
        <translation>le fichier est en UTF-16&#xa0;; exportez-le à nouveau en CSV, encodé en UTF-8 ou en Windows-1252</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file contains control characters: it is not a CSV text file. Export it again as CSV</source>
        <translation>le fichier contient des caractères de contrôle&#xa0;: ce n&apos;est pas un fichier texte CSV. Exportez-le à nouveau en CSV</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file says it is UTF-8 but this line is not valid UTF-8; export it again as CSV in UTF-8</source>
        <translation>le fichier se déclare en UTF-8 mais cette ligne n&apos;est pas de l&apos;UTF-8 valide&#xa0;; exportez-le à nouveau en CSV, encodé en UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file mixes UTF-8 and another encoding (from this line on); export it again as CSV in UTF-8</source>
        <translation>le fichier mélange l&apos;UTF-8 et un autre encodage (à partir de cette ligne)&#xa0;; exportez-le à nouveau en CSV, encodé en UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this line has bytes that are neither UTF-8 nor Windows-1252 text; export the file again as CSV in UTF-8</source>
        <translation>cette ligne contient des octets qui ne sont ni du texte UTF-8 ni du Windows-1252&#xa0;; exportez le fichier à nouveau en CSV, encodé en UTF-8</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>a quoted field is not closed (a &quot; is missing); the rest of the file was read as part of it</source>
        <translation>un champ entre guillemets n&apos;est pas refermé (il manque un &quot;)&#xa0;; la suite du fichier a été lue comme faisant partie de ce champ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a quote inside a quoted field is not doubled: text follows the closing quote. Write a quote inside a field as &quot;&quot;</source>
        <translation>un guillemet à l&apos;intérieur d&apos;un champ entre guillemets n&apos;est pas doublé&#xa0;: du texte suit le guillemet fermant. Écrivez un guillemet à l&apos;intérieur d&apos;un champ sous la forme &quot;&quot;</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/DashboardCharts.cpp" line="+36"/>
        <source>Amount (k€)</source>
        <translation>Montant (k€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Overdue</source>
        <translation>Impayé échu</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %2, %n debtor(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2, %n débiteur</numerusform>
            <numerusform>%1&#xa0;: %2, %n débiteurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days in arrears</source>
        <translation>Jours d&apos;impayé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%1: %2 overdue, %n debtor(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 d&apos;impayés échus, %n débiteur</numerusform>
            <numerusform>%1&#xa0;: %2 d&apos;impayés échus, %n débiteurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Within 15 days</source>
        <translation>Sous 15 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 30 days</source>
        <translation>Sous 30 jours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2 of %n reminder(s) paid within 15 days</source>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %n relance, impayé soldé sous 15 jours</numerusform>
            <numerusform>%1&#xa0;: %2 des %n relances, impayé soldé sous 15 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2 of %n reminder(s) paid within 30 days</source>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %n relance, impayé soldé sous 30 jours</numerusform>
            <numerusform>%1&#xa0;: %2 des %n relances, impayé soldé sous 30 jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>% of the reminders</source>
        <translation>% des relances</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recovered</source>
        <translation>Recouvré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 recovered</source>
        <translation>%1&#xa0;: %2 recouvrés</translation>
    </message>
</context>
<context>
    <name>DashboardHeadline</name>
    <message>
        <location filename="../ui/dashboard/DashboardHeadline.cpp" line="+53"/>
        <source>No change since %1</source>
        <translation>Aucun changement depuis le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▲ +%1 since %2</source>
        <translation>▲ +%1 depuis le %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ −%1 since %2</source>
        <translation>▼ −%1 depuis le %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+43"/>
        <source>Total overdue</source>
        <translation>Total des impayés échus</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Change of the total overdue from a month ago</source>
        <translation>Évolution du total des impayés échus depuis un mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Debtors</source>
        <translation>Débiteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change of the number of debtors from a month ago</source>
        <translation>Évolution du nombre de débiteurs depuis un mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the deadlines on the Deadlines screen</source>
        <translation>Afficher les échéances dans l&apos;écran «&#xa0;Échéances&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Show the debtors whose payment plan is late or broken</source>
        <translation>Afficher les débiteurs dont le plan d&apos;apurement est en retard ou rompu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Late deadlines</source>
        <translation>Échéances en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late payment plans</source>
        <translation>Plans d&apos;apurement en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken payment plans</source>
        <translation>Plans d&apos;apurement rompus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total overdue on %1</source>
        <translation>Total des impayés échus au %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 overdue on %2</source>
        <translation>%1 d&apos;impayés échus au %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n debtor(s) on %1</source>
        <translation>
            <numerusform>%n débiteur au %1</numerusform>
            <numerusform>%n débiteurs au %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n late deadline(s)</source>
        <translation>
            <numerusform>%n échéance en retard</numerusform>
            <numerusform>%n échéances en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n late payment plan(s)</source>
        <translation>
            <numerusform>%n plan d&apos;apurement en retard</numerusform>
            <numerusform>%n plans d&apos;apurement en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n broken payment plan(s)</source>
        <translation>
            <numerusform>%n plan d&apos;apurement rompu</numerusform>
            <numerusform>%n plans d&apos;apurement rompus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="+43"/>
        <location line="+28"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Stopped: the figures shown are those of %1.</source>
        <translation>Arrêt&#xa0;: les chiffres affichés sont ceux du %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before the figures were ready. Press Refresh to compute them.</source>
        <translation>Arrêt avant la fin du calcul des chiffres. Cliquez sur «&#xa0;Actualiser&#xa0;» pour les calculer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures could not be computed.</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>As of:</source>
        <translation>Date de référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The months whose reminders and recoveries are counted</source>
        <translation>Les mois dont les relances et les sommes recouvrées sont comptées</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>%n dernier mois</numerusform>
            <numerusform>%n derniers mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute the figures again (F5)</source>
        <translation>Recalculer les chiffres (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts read</source>
        <translation>Comptes lus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery report (PDF)…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the monthly recovery report of the figures shown as PDF</source>
        <translation>Enregistrer en PDF le rapport de recouvrement des chiffres affichés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landlords&apos; statements…</source>
        <translation>Relevés des propriétaires…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write each landlord&apos;s statement of their tenants&apos; arrears, to print or e-mail</source>
        <translation>Écrire le relevé des impayés de ses locataires pour chaque propriétaire, à imprimer ou à envoyer par e-mail</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Arrears by age</source>
        <translation>Impayés par ancienneté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is owed, by how long each debtor has been in arrears. Click a bar or a row to list those debtors.</source>
        <translation>Les sommes dues, selon l&apos;ancienneté de l&apos;impayé de chaque débiteur. Cliquez sur une barre ou une ligne pour afficher ces débiteurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total overdue at each month end</source>
        <translation>Total des impayés échus à chaque fin de mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 24 month ends. Click a point or a row to list the debtors of that day.</source>
        <translation>Les 24 dernières fins de mois. Cliquez sur un point ou une ligne pour afficher les débiteurs de ce jour-là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders that worked</source>
        <translation>Relances suivies d&apos;effet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of each level&apos;s reminders issued in the period, the share whose arrears were paid off within 15 and within 30 days.</source>
        <translation>Pour chaque niveau, la part des relances émises sur la période dont l&apos;impayé a été soldé sous 15 jours et sous 30 jours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered each month</source>
        <translation>Recouvré chaque mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments and credit notes that paid overdue amounts, month by month in the period.</source>
        <translation>Paiements et avoirs ayant réglé des impayés échus, mois par mois sur la période.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Reading the accounts…</source>
        <translation>Lecture des comptes…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/SqliteFileCheck.cpp" line="+42"/>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 does not exist. Check the path, or create a new database.</source>
        <translation>La base de données %1 n&apos;existe pas. Vérifiez le chemin, ou créez une nouvelle base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a database file. Choose a file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données. Choisissez un fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database %1 cannot be created: you may not write in the folder %2. Choose a folder where you may save files, for example your Documents.</source>
        <translation>La base de données %1 ne peut pas être créée&#xa0;: vous n&apos;avez pas le droit d&apos;écrire dans le dossier %2. Choisissez un dossier où vous pouvez enregistrer des fichiers, par exemple vos Documents.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database %1 cannot be read: %2. Check its permissions.</source>
        <translation>La base de données %1 ne peut pas être lue&#xa0;: %2. Vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Relance database (it is not an SQLite file). It was left untouched: choose another file.</source>
        <translation>%1 n&apos;est pas une base de données Relance (ce n&apos;est pas un fichier SQLite). Il n&apos;a pas été modifié&#xa0;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is shorter than it says it is (%1 of %2 bytes): it was cut off, by a full disk or an interrupted copy for example</source>
        <translation>le fichier est plus court qu&apos;il ne l&apos;indique (%1 octets sur %2)&#xa0;: il a été tronqué, par exemple par un disque plein ou une copie interrompue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database %1 cannot be opened: you may not write in its folder %2, where Relance keeps its working files (%3-wal and %3-shm). Copy the database to a folder where you may save files (for example your Documents) and open the copy, or ask for the right to write in this folder. Nothing was changed.</source>
        <translation>La base de données %1 ne peut pas être ouverte&#xa0;: vous n&apos;avez pas le droit d&apos;écrire dans son dossier %2, où Relance conserve ses fichiers de travail (%3-wal et %3-shm). Copiez la base de données dans un dossier où vous pouvez enregistrer des fichiers (par exemple vos Documents) et ouvrez la copie, ou demandez le droit d&apos;écrire dans ce dossier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 is read-only: Relance records every change in it. Make the file writable (or ask whoever manages it), or open a copy of it. Nothing was changed.</source>
        <translation>La base de données %1 est en lecture seule&#xa0;: Relance y enregistre chaque modification. Rendez le fichier modifiable (ou demandez-le à la personne qui le gère), ou ouvrez-en une copie. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database %1 is damaged (%2). Relance did not change it.</source>
        <translation>La base de données %1 est endommagée (%2). Relance ne l&apos;a pas modifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no automatic copy next to it: restore the file from your own backup, or ask your IT support.</source>
        <translation>Il n&apos;existe aucune copie automatique à côté&#xa0;: restaurez le fichier depuis votre propre sauvegarde, ou adressez-vous à votre support informatique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its newest automatic copy is %1 (made on %2, before an upgrade: what was recorded after that is not in it). To go back to it, close Relance, move the damaged file aside with its %4-wal and %4-shm files, then copy %1 to %3 and open it.</source>
        <translation>Sa copie automatique la plus récente est %1 (faite le %2, avant une mise à jour&#xa0;: ce qui a été enregistré depuis n&apos;y figure pas). Pour y revenir, fermez Relance, mettez de côté le fichier endommagé avec ses fichiers %4-wal et %4-shm, puis copiez %1 vers %3 et ouvrez-le.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The folder %1 cannot be created. Check its permissions.</source>
        <translation>Le dossier %1 ne peut pas être créé. Vérifiez les droits d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+111"/>
        <location line="+73"/>
        <source>The database %1 cannot be opened: %2</source>
        <translation>La base de données %1 ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+18"/>
        <source>The database refused a request: %1</source>
        <translation>La base de données a refusé une requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The database is in use by another program and stayed locked. Wait a moment and try again.</source>
        <translation>La base de données est utilisée par un autre programme et est restée verrouillée. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The database %1 is in use by another program and stayed locked. Close the other program or wait a moment, then try again.</source>
        <translation>La base de données %1 est utilisée par un autre programme et est restée verrouillée. Fermez l&apos;autre programme ou patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot start a change: %1</source>
        <translation>La base de données ne peut pas commencer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database could not save the change: %1</source>
        <translation>La base de données n&apos;a pas pu enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+91"/>
        <source>The database %1 is locked by another program. Close it and try again; nothing was changed.</source>
        <translation>La base de données %1 est verrouillée par un autre programme. Fermez-le, puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>%1 is not a Relance database (%2). It was left untouched: choose another file.</source>
        <translation>%1 n&apos;est pas une base de données Relance (%2). Il n&apos;a pas été modifié&#xa0;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is an SQLite database of another program (it is marked with that program&apos;s %2), not a Relance database. Relance did not touch it and will not: choose your Relance database instead.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme (elle porte le %2 de ce programme), et non une base de données Relance. Relance n&apos;y a pas touché et n&apos;y touchera pas&#xa0;: choisissez plutôt votre base de données Relance.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a database of another program (its tables: %2), not a Relance database. Relance did not touch it and will not: choose your Relance database instead.</source>
        <translation>%1 est une base de données d&apos;un autre programme (ses tables&#xa0;: %2), et non une base de données Relance. Relance n&apos;y a pas touché et n&apos;y touchera pas&#xa0;: choisissez plutôt votre base de données Relance.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is damaged: it has no schema version. It was left untouched.</source>
        <translation>%1 est endommagé&#xa0;: il n&apos;a pas de version de schéma. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database %1 was written by a newer version of Relance (schema %2; this version knows up to %3). Install the newer version of Relance; the file was left untouched.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Relance (schéma %2&#xa0;; cette version connaît les schémas jusqu&apos;au %3). Installez la version plus récente de Relance&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Before upgrading, Relance could not create the folder %1 for a copy of the database. Nothing was changed.</source>
        <translation>Avant la mise à jour, Relance n&apos;a pas pu créer le dossier %1 pour une copie de la base. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before upgrading, Relance could not copy the database to %1 (%2). Nothing was changed.</source>
        <translation>Avant la mise à jour, Relance n&apos;a pas pu copier la base de données vers %1 (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Upgrading the database to version %1 failed: %2. Nothing was changed.</source>
        <translation>La mise à jour de la base de données vers la version %1 a échoué&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upgrading the database to version %1 failed: the table %2 holds rows whose links the upgrade could not keep. Nothing was changed; keep this file and contact support.</source>
        <translation>La mise à jour de la base de données vers la version %1 a échoué&#xa0;: la table %2 contient des lignes dont la mise à jour n&apos;a pas pu conserver les liens. Rien n&apos;a été modifié&#xa0;; gardez ce fichier et contactez l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/storage/DatabaseCopy.cpp" line="+113"/>
        <source>The tables of the database refer to each other in a circle; they cannot be copied one after the other.</source>
        <translation>Les tables de la base se référencent en boucle&#xa0;; elles ne peuvent pas être copiées l&apos;une après l&apos;autre.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The rows of %1 could not be counted.</source>
        <translation>Les lignes de %1 n&apos;ont pas pu être comptées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ledger&apos;s balance could not be read.</source>
        <translation>Le solde du grand livre n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/main/DatabaseOpener.cpp" line="+24"/>
        <source>%1 already exists. Choose another name for the new database, or open this one with File › Open database.</source>
        <translation>%1 existe déjà. Choisissez un autre nom pour la nouvelle base de données, ou ouvrez celle-ci avec Fichier › Ouvrir une base de données.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The new database could not be prepared: %1</source>
        <translation>La nouvelle base de données n&apos;a pas pu être préparée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relance is updating the database %1 for this version. A copy of it is kept first.
On a large agency this takes up to a minute: please wait.</source>
        <translation>Relance met à jour la base de données %1 pour cette version. Une copie en est gardée d&apos;abord.
Pour une grande agence, cela prend jusqu&apos;à une minute&#xa0;: merci de patienter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updating the database</source>
        <translation>Mise à jour de la base de données</translation>
    </message>
</context>
<context>
    <name>DeadlineDigest</name>
    <message>
        <location filename="../core/recovery/DeadlineDigest.cpp" line="+17"/>
        <source>- %1  %2  %3: %4 (%5), since %6</source>
        <translation>- %1  %2  %3&#xa0;: %4 (%5), depuis le %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>- %1  %2: payment plan %3, %4 behind</source>
        <translation>- %1  %2&#xa0;: plan d&apos;apurement %3, %4 de retard</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Relance: %n deadline(s) late</source>
        <translation>
            <numerusform>Relance&#xa0;: %n échéance en retard</numerusform>
            <numerusform>Relance&#xa0;: %n échéances en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Relance: %n deadline(s) within 7 days</source>
        <translation>
            <numerusform>Relance&#xa0;: %n échéance dans les 7 jours</numerusform>
            <numerusform>Relance&#xa0;: %n échéances dans les 7 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n within 7 days</source>
        <translation>
            <numerusform>%n dans les 7 jours</numerusform>
            <numerusform>%n dans les 7 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n payment plan(s) late or broken</source>
        <translation>
            <numerusform>%n plan d&apos;apurement en retard ou rompu</numerusform>
            <numerusform>%n plans d&apos;apurement en retard ou rompus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Relance: %n payment plan(s) late or broken</source>
        <translation>
            <numerusform>Relance&#xa0;: %n plan d&apos;apurement en retard ou rompu</numerusform>
            <numerusform>Relance&#xa0;: %n plans d&apos;apurement en retard ou rompus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Recovery deadlines as of %1 (late, or due within %n day(s)).</source>
        <translation>
            <numerusform>Échéances de recouvrement au %1 (en retard, ou à respecter dans un délai de %n jour).</numerusform>
            <numerusform>Échéances de recouvrement au %1 (en retard, ou à respecter dans un délai de %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment plans as of %1.</source>
        <translation>Plans d&apos;apurement au %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LATE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WITHIN 7 DAYS</source>
        <translation>DANS LES 7 JOURS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PAYMENT PLANS LATE OR BROKEN SINCE THE LAST DIGEST</source>
        <translation>PLANS D&apos;APUREMENT PASSÉS EN RETARD OU ROMPUS DEPUIS LE DERNIER RÉCAPITULATIF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A late plan still holds reminders back; a broken one no longer does: reminders resume at the next level.</source>
        <translation>Un plan en retard suspend encore les relances&#xa0;; un plan rompu ne les suspend plus&#xa0;: les relances reprennent au niveau suivant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Relance, « Deadlines », to record what was done: a deadline leaves this list once its event is recorded in the account&apos;s case file.</source>
        <translation>Ouvrez Relance, «&#xa0;Échéances&#xa0;», pour enregistrer ce qui a été fait&#xa0;: une échéance sort de cette liste dès que son événement est enregistré dans le dossier du compte.</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message numerus="yes">
        <location filename="../ui/deadlines/DeadlineTableModel.cpp" line="+46"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>encore %n jour</numerusform>
            <numerusform>encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1
Source: %2</source>
        <translation>%1
Source&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../ui/deadlines/DeadlinesPage.cpp" line="+40"/>
        <location line="+65"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>As of:</source>
        <translation>Date de référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute the deadlines again (F5)</source>
        <translation>Recalculer les échéances (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of deadline</source>
        <translation>Type d&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deadlines</source>
        <translation>Toutes les échéances</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Due within</source>
        <translation>À &amp;tenir dans les</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the late deadlines and those due within this many days</source>
        <translation>Seulement les échéances en retard et celles à tenir dans ce nombre de jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of days</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search deadlines</source>
        <translation>Rechercher dans les échéances</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search ref or tenant… (Ctrl+F)</source>
        <translation>Rechercher une réf. ou un locataire… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Flags and warnings</source>
        <translation>Signalements et alertes</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Flags and warnings (%1)</source>
        <translation>Signalements et alertes (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Computing the deadlines…</source>
        <translation>Calcul des échéances…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s), %1</source>
        <translation>
            <numerusform>%n échéance, %1</numerusform>
            <numerusform>%n échéances, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n deadline(s), %2</source>
        <translation>
            <numerusform>%1 sur %n échéance, %2</numerusform>
            <numerusform>%1 sur %n échéances, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtorDetailPane</name>
    <message>
        <location filename="../ui/debtors/DebtorDetailPane.cpp" line="+85"/>
        <source>Next deadline: none</source>
        <translation>Prochaine échéance&#xa0;: aucune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next deadline: %1, due %2 (%3)</source>
        <translation>Prochaine échéance&#xa0;: %1, au %2 (%3)</translation>
    </message>
</context>
<context>
    <name>DebtorSelection</name>
    <message>
        <location filename="../ui/debtors/DebtorSelection.cpp" line="+45"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The rules skip %n of the checked debtor(s):
%1

</source>
        <translation>
            <numerusform>Les règles écartent %n des débiteurs cochés&#xa0;:
%1

</numerusform>
            <numerusform>Les règles écartent %n des débiteurs cochés&#xa0;:
%1

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“Ignore them and continue” issues the %n other reminder(s) only. </source>
        <translation>
            <numerusform>«&#xa0;Les ignorer et continuer&#xa0;» n&apos;émet que l&apos;autre relance (%n). </numerusform>
            <numerusform>«&#xa0;Les ignorer et continuer&#xa0;» n&apos;émet que les %n autres relances. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Include them” issues a manual reminder to each, with your name recorded. “Cancel” issues nothing.</source>
        <translation>«&#xa0;Les inclure&#xa0;» émet une relance manuelle à chacun, en enregistrant votre nom. «&#xa0;Annuler&#xa0;» n&apos;émet rien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include them</source>
        <translation>Les inclure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore them and continue</source>
        <translation>Les ignorer et continuer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manual reminders</source>
        <translation>Relances manuelles</translation>
    </message>
</context>
<context>
    <name>DebtorTableModel</name>
    <message>
        <location filename="../ui/debtors/DebtorTableModel.cpp" line="+172"/>
        <source>This debtor cannot be reminded: %1</source>
        <translation>Ce débiteur ne peut pas être relancé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Level %1, %2</source>
        <translation>Niveau %1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (repeat %2)</source>
        <translation>%1 (répétition %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped: %1</source>
        <translation>Écarté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Payment plan of %1: %2 in %n instalment(s)</source>
        <translation>
            <numerusform>Plan d&apos;apurement du %1&#xa0;: %2 en %n mensualité</numerusform>
            <numerusform>Plan d&apos;apurement du %1&#xa0;: %2 en %n mensualités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next instalment: %1 on %2</source>
        <translation>Prochaine mensualité&#xa0;: %1 le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Behind the plan: %1</source>
        <translation>Retard sur le plan&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Ref</source>
        <comment>account reference column</comment>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property</source>
        <translation>Bien loué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Impayé échu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reminder</source>
        <translation>Dernière relance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan</source>
        <comment>column header of the debtors: keep it short</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
</context>
<context>
    <name>DebtorsPage</name>
    <message>
        <location filename="../ui/debtors/DebtorsPage.cpp" line="+54"/>
        <location line="+33"/>
        <location line="+123"/>
        <location line="+60"/>
        <location line="+38"/>
        <source>Debtors</source>
        <translation>Débiteurs</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorFilterBar.cpp" line="+29"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the debtors again (F5)</source>
        <translation>Relire les débiteurs (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search debtors</source>
        <translation>Rechercher des débiteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search ref, name, property, e-mail… (Ctrl+F)</source>
        <translation>Rechercher par référence, nom, bien, e-mail… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All debtors</source>
        <translation>Tous les débiteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To remind</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plans</source>
        <translation>Plans d&apos;apurement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans late or broken</source>
        <translation>Plans en retard ou rompus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plans: the debtors with a payment plan; late or broken: those whose plan is no longer kept</source>
        <translation>Plans d&apos;apurement&#xa0;: les débiteurs ayant un plan d&apos;apurement&#xa0;; en retard ou rompus&#xa0;: ceux dont le plan n&apos;est plus respecté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Minimum overdue</source>
        <translation>Impayé échu minimum</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Over %1 days in arrears</source>
        <translation>Plus de %1 jours d&apos;impayé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2 days in arrears</source>
        <translation>%1–%2 jours d&apos;impayé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Last reminder: %1</source>
        <translation>Dernière relance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorActionBar.cpp" line="+27"/>
        <source>Letter template</source>
        <translation>Modèle de courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template of each level used for the letters</source>
        <translation>Le modèle de courrier de chaque niveau utilisé pour les courriers</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorFilterBar.cpp" line="-129"/>
        <source>As of:</source>
        <translation>Date de référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/debtors/PrintBatchBar.cpp" line="+44"/>
        <source>Print them…</source>
        <translation>Les imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorSelectionBar.cpp" line="+16"/>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every debtor shown that the plan reminds (a debtor the rules skip is checked by hand)</source>
        <translation>Cocher chaque débiteur affiché que le plan relance (un débiteur écarté par les règles se coche à la main)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;none</source>
        <translation>Tout désé&amp;lectionner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Si&amp;mulation…</source>
        <translation>Si&amp;mulation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a run would issue, and why each other debtor is skipped</source>
        <translation>Ce qu&apos;une campagne de relance émettrait, et pourquoi chacun des autres débiteurs est écarté</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorDetailPane.cpp" line="-41"/>
        <source>Unpaid items</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders sent</source>
        <translation>Relances envoyées</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorActionBar.cpp" line="+6"/>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue the reminders of the checked debtors and print their letters (Ctrl+P)</source>
        <translation>Émettre les relances des débiteurs cochés et imprimer leurs courriers (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue the reminders of the checked debtors and save their letters as one PDF file</source>
        <translation>Émettre les relances des débiteurs cochés et enregistrer leurs courriers dans un seul fichier PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;test to agency</source>
        <translation>Envoyer un &amp;test à l&apos;agence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail the current debtor&apos;s letter to the agency&apos;s own address instead of the tenant&apos;s</source>
        <translation>Envoyer par e-mail le courrier du débiteur sélectionné à l&apos;adresse de l&apos;agence plutôt qu&apos;à celle du locataire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/debtors/PrintBatchBar.cpp" line="+67"/>
        <source>Print the print batch</source>
        <translation>Imprimer le lot d&apos;impression</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorActionBar.cpp" line="+68"/>
        <source>Each level&apos;s default</source>
        <translation>Modèle par défaut de chaque niveau</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorFilterBar.cpp" line="+168"/>
        <source>Any level</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1: %2</source>
        <translation>Niveau %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorsPage.cpp" line="+53"/>
        <source>The ledger looks out of date: no payment was recorded recently. Import the latest ledger before issuing reminders, or tenants who paid may be reminded.</source>
        <translation>Les écritures semblent anciennes&#xa0;: aucun paiement n&apos;a été enregistré récemment. Importez les dernières écritures avant d&apos;émettre des relances, sinon des locataires qui ont payé risquent d&apos;être relancés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/debtors/PrintBatchBar.cpp" line="-41"/>
        <source>%n letter(s) to print from earlier runs (automation, or e-mails that could not be delivered).</source>
        <translation>
            <numerusform>%n courrier à imprimer issu de campagnes précédentes (automatisation, ou e-mail qui n&apos;a pas pu être remis).</numerusform>
            <numerusform>%n courriers à imprimer issus de campagnes précédentes (automatisation, ou e-mails qui n&apos;ont pas pu être remis).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The automatic run of %1 was refused: the ledger looked out of date. Import the latest ledger, then check and print the reminders here.</source>
        <translation>La campagne automatique du %1 a été refusée&#xa0;: le relevé de compte semblait ancien. Importez le dernier relevé, puis vérifiez et imprimez les relances ici.</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorDetailPane.cpp" line="+64"/>
        <source>%1: overdue %2, balance %3</source>
        <translation>%1&#xa0;: impayé échu %2, solde %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/debtors/DebtorSelectionBar.cpp" line="+17"/>
        <source>%1 of %n debtor(s) checked, %2 overdue · %3 shown</source>
        <translation>
            <numerusform>%1 débiteur coché sur %n, %2 d&apos;impayés échus · %3 affiché</numerusform>
            <numerusform>%1 coché(s) sur %n débiteurs, %2 d&apos;impayés échus · %3 affiché(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorsPage.cpp" line="-279"/>
        <source>Loading the debtors…</source>
        <translation>Chargement des débiteurs…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prepare the file for the commissaire de justice…</source>
        <translation>Préparer le dossier pour le commissaire de justice…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment plan…</source>
        <translation>Plan d&apos;apurement…</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>Letters are being issued as of %1: the list stays as of that date until they are done. Choose %2 again afterwards.</source>
        <translation>Des courriers sont en cours d&apos;émission au %1&#xa0;: la liste reste à cette date jusqu&apos;à la fin de l&apos;émission. Choisissez de nouveau le %2 ensuite.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ledger out of date</source>
        <translation>Écritures anciennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payment was recorded recently: the ledger may be out of date, and tenants who paid would be reminded.

Issue the reminders anyway?</source>
        <translation>Aucun paiement n&apos;a été enregistré récemment&#xa0;: les écritures ne sont peut-être pas à jour, et des locataires qui ont payé seraient relancés.

Émettre quand même les relances&#xa0;?</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Print the letters</source>
        <translation>Imprimer les courriers</translation>
    </message>
    <message>
        <location filename="../ui/debtors/LetterOutputChooser.cpp" line="+56"/>
        <source>reminders-%1.pdf</source>
        <translation>relances-%1.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the letters as PDF</source>
        <translation>Enregistrer les courriers en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/debtors/DebtorsPage.cpp" line="+23"/>
        <location line="+7"/>
        <source>Test letter</source>
        <translation>Courrier de test</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This debtor would receive no letter as of this date.</source>
        <translation>Ce débiteur ne recevrait aucun courrier à cette date.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending the test letter to %1…</source>
        <translation>Envoi du courrier de test à %1…</translation>
    </message>
</context>
<context>
    <name>DefaultProgram</name>
    <message>
        <location filename="../core/reminders/DefaultProgram.cpp" line="+7"/>
        <source>Default program</source>
        <translation>Programme par défaut</translation>
    </message>
</context>
<context>
    <name>DefaultTemplates</name>
    <message>
        <location filename="../core/letters/DefaultTemplates.cpp" line="+25"/>
        <source>There is no default text for level %1 in « %2 ».</source>
        <translation>Il n&apos;existe pas de texte par défaut pour le niveau %1 en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>The default letter texts are missing from this build of Relance: reinstall it.</source>
        <translation>Les textes de courrier par défaut manquent dans cette version de Relance&#xa0;: réinstallez-la.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>There is no default cover letter in « %1 ».</source>
        <translation>Il n&apos;y a pas de lettre d&apos;accompagnement par défaut en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no default payment plan agreement in « %1 ».</source>
        <translation>Il n&apos;y a pas de lettre d&apos;accord de plan d&apos;apurement par défaut en «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DemoAgency</name>
    <message>
        <location filename="../core/demo/DemoAgency.cpp" line="+39"/>
        <source>A demo agency has between 1 and 1000000 accounts, e.g. 200.</source>
        <translation>Une agence de démonstration a entre 1 et 1000000 comptes, p. ex. 200.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A demo agency covers between 1 and 240 months, e.g. 24.</source>
        <translation>Une agence de démonstration couvre entre 1 et 240 mois, p. ex. 24.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A demo agency needs a valid as-of date.</source>
        <translation>Une agence de démonstration a besoin d&apos;une date de situation valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A demo agency has from 0 to as many payment plans as accounts (%1), not %2.</source>
        <translation>Une agence de démonstration a de 0 à autant de plans d&apos;apurement que de comptes (%1), pas %2.</translation>
    </message>
</context>
<context>
    <name>DemoCsvWriter</name>
    <message>
        <location filename="../core/demo/DemoCsvWriter.cpp" line="+47"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+3"/>
        <source>Cannot write the CSV files: the disk may be full.</source>
        <translation>Impossible d&apos;écrire les fichiers CSV&#xa0;: le disque est peut-être plein.</translation>
    </message>
</context>
<context>
    <name>DemoFecWriter</name>
    <message>
        <location filename="../core/demo/DemoFecWriter.cpp" line="+37"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+5"/>
        <source>Cannot write the FEC: the disk may be full.</source>
        <translation>Impossible d&apos;écrire le FEC&#xa0;: le disque est peut-être plein.</translation>
    </message>
</context>
<context>
    <name>DemoInstaller</name>
    <message numerus="yes">
        <location filename="../core/demo/DemoInstaller.cpp" line="+39"/>
        <source>The database %1 already has %n account(s): the demo only fills an empty database, so that demo tenants never mix with real ones. Choose another, new database file.</source>
        <translation>
            <numerusform>La base de données %1 contient déjà %n compte&#xa0;: la démonstration ne remplit qu&apos;une base vide, pour que les locataires de démonstration ne se mêlent jamais aux vrais. Choisissez un autre fichier, une nouvelle base.</numerusform>
            <numerusform>La base de données %1 contient déjà %n comptes&#xa0;: la démonstration ne remplit qu&apos;une base vide, pour que les locataires de démonstration ne se mêlent jamais aux vrais. Choisissez un autre fichier, une nouvelle base.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectMail</name>
    <message>
        <location filename="../core/mail/DirectMail.cpp" line="+26"/>
        <source>The mail server did not accept the message: %1</source>
        <translation>Le serveur de messagerie n&apos;a pas accepté le message&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DossierAnnex</name>
    <message>
        <location filename="../core/recovery/DossierAnnex.cpp" line="+71"/>
        <source>File handed to the commissaire de justice – %1 (%2)</source>
        <translation>Dossier transmis au commissaire de justice – %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situation as of %1: overdue amount %2, balance of the account %3.</source>
        <translation>Situation au %1&#xa0;: impayé échu %2, solde du compte %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Rented property</source>
        <translation>Bien loué</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Guarantor</source>
        <translation>Caution</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No guarantor is recorded for this account.</source>
        <translation>Aucune caution n&apos;est enregistrée pour ce compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guarantor %1</source>
        <translation>Caution %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lease</source>
        <translation>Bail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of lease</source>
        <translation>Type de bail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the lease</source>
        <translation>Début du bail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Monthly rent with charges</source>
        <translation>Loyer mensuel charges comprises</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Rent without charges</source>
        <translation>Loyer hors charges</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Housing aid paid to the landlord</source>
        <translation>Aide au logement versée au bailleur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statement of account as of %1</source>
        <translation>Relevé de compte au %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+51"/>
        <location line="+30"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rent %1, charges %2</source>
        <translation>loyer %1, charges %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance as of %1: %2</source>
        <translation>Solde au %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminders sent</source>
        <translation>Relances envoyées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder was sent.</source>
        <translation>Aucune relance n&apos;a été envoyée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Impayé échu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered letter no.</source>
        <translation>N° de recommandé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case file</source>
        <translation>Historique du dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event is recorded.</source>
        <translation>Aucun événement n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(cancelled by %1)</source>
        <translation>(annulé par %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document: %1</source>
        <translation>Document&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copies of the letters sent</source>
        <translation>Copies des courriers envoyés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No letter was sent on paper.</source>
        <translation>Aucun courrier n&apos;a été envoyé sur papier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, level %2, to %3</source>
        <translation>%1, niveau %2, adressé à %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copy attached</source>
        <translation>copie jointe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>copy not found</source>
        <translation>copie introuvable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File %1 – page %2/%3</source>
        <translation>Dossier %1 – page %2/%3</translation>
    </message>
</context>
<context>
    <name>FecImporter</name>
    <message>
        <location filename="../core/import/FecImporter.cpp" line="+179"/>
        <source>account %1 is not known: created as « %2 », with no address; import the accounts file to complete it</source>
        <translation>le compte %1 est inconnu&#xa0;: créé sous le nom «&#xa0;%2&#xa0;», sans adresse&#xa0;; importez le fichier des comptes pour le compléter</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>FecReader</name>
    <message>
        <location filename="../core/import/FecReader.cpp" line="+80"/>
        <source>“%1” is not a date of the calendar</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date du calendrier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date; write YYYYMMDD (or YYYY-MM-DD, DD/MM/YYYY)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez AAAAMMJJ (ou AAAA-MM-JJ, JJ/MM/AAAA)</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>the journal code is empty</source>
        <translation>le code journal est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry number is empty</source>
        <translation>le numéro d&apos;écriture est vide</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>both a debit and a credit are given; a line is one or the other</source>
        <translation>un débit et un crédit sont donnés&#xa0;; une ligne est l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neither a debit nor a credit is given</source>
        <translation>ni débit ni crédit n&apos;est donné</translation>
    </message>
</context>
<context>
    <name>FecSettings</name>
    <message>
        <location filename="../core/import/FecSettings.cpp" line="+129"/>
        <source>FEC kind rule %1: unknown field « %2 » (label or journal).</source>
        <translation>Règle de nature FEC %1&#xa0;: champ «&#xa0;%2&#xa0;» inconnu (label ou journal).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>FEC kind rule %1: unknown side « %2 » (any, debit or credit).</source>
        <translation>Règle de nature FEC %1&#xa0;: sens «&#xa0;%2&#xa0;» inconnu (any, debit ou credit).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>FEC kind rule %1: unknown kind « %2 ».</source>
        <translation>Règle de nature FEC %1&#xa0;: nature «&#xa0;%2&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>FEC due date: unknown value « %1 » (piece_date or entry_date).</source>
        <translation>Échéance FEC&#xa0;: valeur «&#xa0;%1&#xa0;» inconnue (piece_date ou entry_date).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The FEC import settings stored in the database cannot be read. Open Settings › Import and save them again.</source>
        <translation>Les réglages d&apos;import du FEC enregistrés dans la base sont illisibles. Ouvrez Paramètres › Import et enregistrez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>FecSettingsValidator</name>
    <message>
        <location filename="../core/import/FecSettingsValidator.cpp" line="+28"/>
        <source>Tenant account prefixes: give at least one (411 in the French chart of accounts).</source>
        <translation>Préfixes des comptes locataires&#xa0;: indiquez-en au moins un (411 dans le plan comptable général).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant account prefixes: « %1 » is not the start of an account number; use digits only, e.g. 411.</source>
        <translation>Préfixes des comptes locataires&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un début de numéro de compte&#xa0;; utilisez des chiffres seulement, par exemple 411.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant account prefixes: « %1 » is longer than %2 digits.</source>
        <translation>Préfixes des comptes locataires&#xa0;: «&#xa0;%1&#xa0;» dépasse %2 chiffres.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kind rule %1: give at least one word to look for in the %2.</source>
        <translation>Règle de nature %1&#xa0;: indiquez au moins un mot à chercher dans le %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind rule %1: « %2 » is money received and cannot be given to a debit; choose a debit kind or the side « Credit ».</source>
        <translation>Règle de nature %1&#xa0;: «&#xa0;%2&#xa0;» est une somme reçue et ne peut pas être donnée à un débit&#xa0;; choisissez une nature de débit ou le sens «&#xa0;Crédit&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind rule %1: « %2 » is money owed and cannot be given to a credit; choose a credit kind or the side « Debit ».</source>
        <translation>Règle de nature %1&#xa0;: «&#xa0;%2&#xa0;» est une somme due et ne peut pas être donnée à un crédit&#xa0;; choisissez une nature de crédit ou le sens «&#xa0;Débit&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rent</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment reversal</source>
        <translation>Rejet de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Payment</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Either</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>FeeInvoiceDecision</name>
    <message>
        <location filename="../core/reminders/FeeInvoiceDecision.cpp" line="+15"/>
        <source>Fee invoice %1 is %2: only a draft can be validated.</source>
        <translation>La facture de frais %1 est à l&apos;état «&#xa0;%2&#xa0;»&#xa0;: seul un brouillon peut être validé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fee invoice %1 is already cancelled.</source>
        <translation>La facture de frais %1 est déjà annulée.</translation>
    </message>
</context>
<context>
    <name>FeeInvoiceRepository</name>
    <message>
        <location filename="../core/storage/FeeInvoiceRepository.cpp" line="+36"/>
        <source>A fee invoice needs an amount above zero.</source>
        <translation>Une facture de frais de relance doit avoir un montant supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fee invoice cannot be created cancelled.</source>
        <translation>Une facture de frais de relance ne peut pas être créée déjà annulée.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The fee invoice could not be recorded.</source>
        <translation>La facture de frais de relance n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reminder fee, invoice %1</source>
        <translation>Frais de relance, facture %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Credit note, fee invoice %1</source>
        <translation>Avoir, facture de frais %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is no fee invoice %1.</source>
        <translation>Il n&apos;existe aucune facture de frais %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no fee invoice number %1.</source>
        <translation>Il n&apos;existe aucune facture de frais numéro %1.</translation>
    </message>
</context>
<context>
    <name>FeeInvoiceStates</name>
    <message>
        <location filename="../core/reminders/FeeInvoiceState.cpp" line="+32"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>FieldLimits</name>
    <message numerus="yes">
        <location filename="../core/util/FieldLimits.cpp" line="+25"/>
        <source>this value is longer than %n characters; shorten it</source>
        <translation>
            <numerusform>cette valeur dépasse %n caractère&#xa0;; raccourcissez-la</numerusform>
            <numerusform>cette valeur dépasse %n caractères&#xa0;; raccourcissez-la</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this value holds a line break; write it on one line (letters and e-mails cannot carry a line break here)</source>
        <translation>cette valeur contient un saut de ligne&#xa0;; écrivez-la sur une seule ligne (les courriers et les e-mails ne peuvent pas contenir de saut de ligne ici)</translation>
    </message>
</context>
<context>
    <name>FieldToken</name>
    <message>
        <location filename="../ui/templates/FieldToken.cpp" line="+163"/>
        <source>For each unpaid item:</source>
        <translation>Pour chaque impayé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:</source>
        <comment>a section shown only when a condition holds</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If “%1” is filled in:</source>
        <translation>Si «&#xa0;%1&#xa0;» est renseigné&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If there is no unpaid item:</source>
        <translation>S&apos;il n&apos;y a aucun impayé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise than: %1:</source>
        <translation>Si différent de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If “%1” is empty:</source>
        <translation>Si «&#xa0;%1&#xa0;» est vide&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End of the unpaid items</source>
        <translation>Fin des impayés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of “%1”</source>
        <translation>Fin de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="+110"/>
        <source>%1 is the agency&apos;s open database (or one of its working files): Relance never reads it as another file or writes over it. Choose another file.</source>
        <translation>%1 est la base de données ouverte de l&apos;agence (ou l&apos;un de ses fichiers de travail)&#xa0;: Relance ne la lit jamais comme un autre fichier et ne l&apos;écrase jamais. Choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <location filename="../ui/common/FilterChip.cpp" line="+20"/>
        <location line="+1"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/history/HistoryPage.cpp" line="+21"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>E-&amp;mail outbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+9"/>
        <location line="+15"/>
        <location line="+45"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>E-&amp;mail outbox (%1)</source>
        <translation>&amp;Boîte d&apos;envoi (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../ui/history/HistoryTableModel.cpp" line="+202"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>%1: %2</source>
        <comment>letter recipient: state</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <comment>e-mail recipient: state</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1. %2 (repeat %3)</source>
        <translation>%1. %2 (répétition %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+137"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Manual (despite: %1)</source>
        <translation>Manuelle (malgré&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued by %1</source>
        <translation>Émise par %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Impayé échu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee invoice</source>
        <translation>Facture de frais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="+45"/>
        <source>Search by ref, name, level, address, tracking number…</source>
        <translation>Rechercher par référence, nom, niveau, adresse, numéro de suivi…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Search reminders</source>
        <translation>Rechercher des relances</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>any</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter: %1</source>
        <translation>Courrier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminders issued</source>
        <translation>Relances émises</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open letter PDF</source>
        <translation>&amp;Ouvrir le PDF du courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the PDF of the selected reminder&apos;s letter (double-click)</source>
        <translation>Ouvrir le PDF du courrier de la relance sélectionnée (double-clic)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+28"/>
        <location line="+8"/>
        <source>Open letter</source>
        <translation>Ouvrir le courrier</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>This reminder of %1 has no letter: it went by e-mail only.</source>
        <translation>Cette relance de %1 n&apos;a pas de courrier&#xa0;: elle a été envoyée uniquement par e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter of this reminder of %1 has not been rendered to PDF yet: print it or save it as PDF from the print batch first.</source>
        <translation>Le courrier de cette relance de %1 n&apos;a pas encore été produit en PDF&#xa0;: imprimez-le ou enregistrez-le d&apos;abord en PDF depuis le lot d&apos;impression.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The letter&apos;s PDF is no longer at %1: it was moved or deleted. Look for it where the letters were saved, or print the letter again.</source>
        <translation>Le PDF du courrier ne se trouve plus à l&apos;emplacement %1&#xa0;: il a été déplacé ou supprimé. Cherchez-le là où les courriers ont été enregistrés, ou imprimez de nouveau le courrier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No application could open %1. Install a PDF viewer, or open the file from its folder.</source>
        <translation>Aucune application n&apos;a pu ouvrir %1. Installez une visionneuse PDF, ou ouvrez le fichier depuis son dossier.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n reminder(s)</source>
        <translation>
            <numerusform>%1 sur %n relance</numerusform>
            <numerusform>%1 sur %n relances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <location filename="../ui/settings/ImageField.cpp" line="+30"/>
        <source>%1 preview</source>
        <translation>Aperçu (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Choose the %1 image</source>
        <translation>Choisir l&apos;image (%1)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the %1 image</source>
        <translation>Retirer l&apos;image (%1)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/import/ImportDialog.cpp" line="+41"/>
        <location line="+131"/>
        <source>Import CSV</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts (one row per tenancy)</source>
        <translation>Comptes (une ligne par location)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger (one row per debit or credit)</source>
        <translation>Écritures (une ligne par débit ou crédit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FEC (the ledger exported by the accounting program)</source>
        <translation>FEC (les écritures exportées par le logiciel comptable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a FEC is read (tenant accounts, kinds of entries, due dates) is set in Settings › Import.</source>
        <translation>La lecture d&apos;un FEC (comptes locataires, natures d&apos;écritures, échéances) se règle dans Paramètres › Import.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace entries whose content changed (recorded in the audit log)</source>
        <translation>&amp;Remplacer les écritures dont le contenu a changé (noté dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a CSV file exported from your other software, or the FEC exported by your accounting program.</source>
        <translation>Choisissez un fichier CSV exporté de votre autre logiciel, ou le FEC exporté par votre logiciel comptable.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>CSV and FEC files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV et FEC (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Errors (the file cannot be imported until they are corrected):</source>
        <translation>Erreurs (le fichier ne pourra pas être importé tant qu&apos;elles ne seront pas corrigées)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more error(s).</source>
        <translation>
            <numerusform>… et %n autre erreur.</numerusform>
            <numerusform>… et %n autres erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more warning(s).</source>
        <translation>
            <numerusform>… et %n autre avertissement.</numerusform>
            <numerusform>… et %n autres avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: FEC read with the choices of Settings › Import.</source>
        <translation>%1&#xa0;: FEC lu avec les choix de Paramètres › Import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been written yet: click Import to import this file.</source>
        <translation>Rien n&apos;a encore été écrit&#xa0;: cliquez sur Importer pour importer ce fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has been imported.</source>
        <translation>Le fichier a été importé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tenant lines: %1</source>
        <translation>Lignes locataires&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries: %1 new, %2 unchanged, %3 changed</source>
        <translation>Écritures&#xa0;: %1 nouvelles, %2 inchangées, %3 modifiées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries whose content changed are refused unless « Replace entries whose content changed » is ticked.</source>
        <translation>Les écritures dont le contenu a changé sont refusées, sauf si «&#xa0;Remplacer les écritures dont le contenu a changé&#xa0;» est coché.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts created: %1 (%2)</source>
        <translation>Comptes créés&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts created: 0</source>
        <translation>Comptes créés&#xa0;: 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>class %1: %2</source>
        <translation>classe %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other lines skipped: 0</source>
        <translation>Autres lignes ignorées&#xa0;: 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other lines skipped: %1 (%2)</source>
        <translation>Autres lignes ignorées&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../core/import/ImportReport.cpp" line="+64"/>
        <source>cancelled, nothing was written</source>
        <translation>annulé, rien n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s), nothing was written</source>
        <translation>
            <numerusform>%n erreur, rien n&apos;a été écrit</numerusform>
            <numerusform>%n erreurs, rien n&apos;a été écrit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>class %1: %2</source>
        <translation>classe %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenant lines: %1 (%2 added, %3 replaced, %4 unchanged)</source>
        <translation>lignes locataires&#xa0;: %1 (%2 ajoutées, %3 remplacées, %4 inchangées)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; accounts created: %1</source>
        <translation>&#xa0;; comptes créés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; other lines skipped: %1 (%2)</source>
        <translation>&#xa0;; autres lignes ignorées&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>%1 ajouté(s), %2 mis à jour, %3 inchangé(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 added, %2 replaced, %3 unchanged</source>
        <translation>%1 ajoutée(s), %2 remplacée(s), %3 inchangée(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; owners: %1 added, %2 updated</source>
        <translation>; propriétaires&#xa0;: %1 ajouté(s), %2 mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (dry run: nothing was written)</source>
        <translation> (vérification seule&#xa0;: rien n&apos;a été écrit)</translation>
    </message>
</context>
<context>
    <name>ImportSettingsTab</name>
    <message>
        <location filename="../ui/settings/ImportSettingsTab.cpp" line="+47"/>
        <source>How the ledger exported by the accounting program (FEC) is read: which accounts are tenants, what each line is, and when a debit falls due.</source>
        <translation>Comment lire les écritures exportées par le logiciel comptable (FEC)&#xa0;: quels comptes sont des locataires, ce qu&apos;est chaque ligne et quand un débit est exigible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant account prefixes</source>
        <translation>Préfixes des comptes locataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 411, 4191</source>
        <translation>par ex. 411, 4191</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines whose account number (CompteNum) starts with one of these, separated by commas, and that name a tenant (CompAuxNum) are imported; the others are counted and skipped.</source>
        <translation>Les lignes dont le numéro de compte (CompteNum) commence par l&apos;un de ces préfixes, séparés par des virgules, et qui nomment un locataire (CompAuxNum) sont importées&#xa0;; les autres sont comptées et ignorées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant accounts</source>
        <translation>Comptes locataires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;prefixes:</source>
        <translation>&amp;Préfixes de compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kinds of entries</source>
        <translation>Natures des écritures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line gets the kind of the first rule, from the top, whose words appear in its label or journal (case and accents ignored). No rule: rent for a debit, payment for a credit.</source>
        <translation>Chaque ligne prend la nature de la première règle, en partant du haut, dont un mot figure dans son libellé ou son journal (sans tenir compte des majuscules ni des accents). Sans règle&#xa0;: loyer pour un débit, règlement pour un crédit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind rules</source>
        <translation>Règles de nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Looks in</source>
        <translation>Cherche dans</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+110"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+122"/>
        <source>Side</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+135"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore de&amp;faults</source>
        <translation>Valeurs par dé&amp;faut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prefix 411 and the rules Relance starts with</source>
        <translation>Le préfixe 411 et les règles de départ de Relance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due date of a debit</source>
        <translation>Échéance d&apos;un débit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document&apos;s date (PieceDate), else the entry&apos;s date (EcritureDate)</source>
        <translation>La date de la pièce (PieceDate), sinon la date de l&apos;écriture (EcritureDate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always the entry&apos;s date (EcritureDate)</source>
        <translation>Toujours la date de l&apos;écriture (EcritureDate)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Separated by commas; one of them is enough.</source>
        <translation>Séparés par des virgules&#xa0;; un seul suffit.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <location filename="../core/import/ImportValues.cpp" line="+197"/>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is not a date; write YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a date of the calendar</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date du calendrier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not yes or no; write 1/0, yes/no or oui/non</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non&#xa0;; écrivez 1/0, oui/non ou yes/no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a lease type; write residential, furnished, commercial, professional, parking or other</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de bail&#xa0;; écrivez habitation, meublé, commercial, professionnel, parking ou autre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a housing aid payer; write caf or msa</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un organisme payeur&#xa0;; écrivez caf ou msa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a guarantee; write none, guarantor, visale or gli</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une garantie&#xa0;; écrivez none, guarantor, visale ou gli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a payment method; write transfer, cheque, direct_debit, cash or other</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mode de paiement&#xa0;; écrivez virement, chèque, prélèvement, espèces ou autre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a status; write active or departed</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut&#xa0;; écrivez actif ou sorti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a kind of entry; write rent, charges, fee, payment_reversal, other, payment or credit_note</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;écriture&#xa0;; écrivez loyer, charges, frais, rejet, autre, règlement ou avoir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a language; write fr or en</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue&#xa0;; écrivez fr ou en</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../core/mail/Keychain.cpp" line="+14"/>
        <source>No system keyring is used here (RELANCE_NO_KEYRING is set): give the password in RELANCE_SMTP_PASSWORD when sending.</source>
        <translation>Aucun trousseau système n&apos;est utilisé ici (RELANCE_NO_KEYRING est défini)&#xa0;: indiquez le mot de passe dans RELANCE_SMTP_PASSWORD au moment de l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>LateDeadlinesDialog</name>
    <message>
        <location filename="../ui/deadlines/LateDeadlinesDialog.cpp" line="+19"/>
        <location line="+17"/>
        <source>Late deadlines</source>
        <translation>Échéances en retard</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n deadline(s) passed on %1 without the step being recorded. Act on them, or record what was done in the account&apos;s case file.</source>
        <translation>
            <numerusform>%n échéance dépassée au %1 sans que la démarche ait été enregistrée. Agissez, ou enregistrez ce qui a été fait dans le dossier du compte.</numerusform>
            <numerusform>%n échéances dépassées au %1 sans que la démarche ait été enregistrée. Agissez, ou enregistrez ce qui a été fait dans le dossier du compte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show the &amp;Deadlines screen</source>
        <translation>Afficher l&apos;écran des É&amp;chéances</translation>
    </message>
</context>
<context>
    <name>LedgerImporter</name>
    <message>
        <location filename="../core/import/LedgerImporter.cpp" line="+140"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/import/LedgerEntryLoader.cpp" line="+214"/>
        <source>%1 is not an entry of account %2; give the entry_ref of the debit this credit pays</source>
        <translation>%1 n&apos;est pas une écriture du compte %2&#xa0;; indiquez dans entry_ref la référence du débit que ce crédit règle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a credit of account %2, not a debit</source>
        <translation>%1 est un crédit du compte %2, pas un débit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has errors</source>
        <translation>le fichier contient des erreurs</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>dry run</source>
        <translation>vérification seule</translation>
    </message>
    <message>
        <location filename="../core/import/LedgerImporter.cpp" line="+20"/>
        <source>the account is empty</source>
        <translation>le compte n&apos;est pas renseigné</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no account %1; import it with the accounts file first</source>
        <translation>il n&apos;existe aucun compte %1&#xa0;; importez-le d&apos;abord avec le fichier des comptes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the entry reference is empty</source>
        <translation>la référence de l&apos;écriture n&apos;est pas renseignée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the amount is zero</source>
        <translation>le montant est nul</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is negative; write debits in debit and credits in credit, both positive</source>
        <translation>«&#xa0;%1&#xa0;» est négatif&#xa0;; inscrivez les débits dans la colonne débit et les crédits dans la colonne crédit, tous en positif</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>both a debit and a credit are given; a row is one or the other</source>
        <translation>un débit et un crédit sont indiqués&#xa0;; une ligne est soit l&apos;un, soit l&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neither a debit nor a credit is given</source>
        <translation>ni débit ni crédit n&apos;est indiqué</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a debit needs a due date</source>
        <translation>un débit doit avoir une date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is a kind of credit but this row is a debit</source>
        <translation>«&#xa0;%1&#xa0;» est un type de crédit, mais cette ligne est un débit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a kind of debit but this row is a credit</source>
        <translation>«&#xa0;%1&#xa0;» est un type de débit, mais cette ligne est un crédit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only a credit can name the debit it pays; leave it empty on a debit</source>
        <translation>seul un crédit peut désigner le débit qu&apos;il règle&#xa0;; laissez ce champ vide sur un débit</translation>
    </message>
    <message>
        <location filename="../core/import/LedgerEntryLoader.cpp" line="-109"/>
        <source>%1 of account %2 repeats line %3; ignored</source>
        <translation>l&apos;écriture %1 du compte %2 répète la ligne %3&#xa0;; elle est ignorée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of account %2 already appears on line %3 with other content</source>
        <translation>l&apos;écriture %1 du compte %2 figure déjà à la ligne %3 avec un autre contenu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>with this entry the debits of account %1 would total more than %2; check the amounts</source>
        <translation>avec cette écriture, le total des débits du compte %1 dépasserait %2&#xa0;; vérifiez les montants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with this entry the credits of account %1 would total more than %2; check the amounts</source>
        <translation>avec cette écriture, le total des crédits du compte %1 dépasserait %2&#xa0;; vérifiez les montants</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of account %2 is already imported with other content (%3)</source>
        <translation>%1 du compte %2 est déjà importée avec un autre contenu (%3)</translation>
    </message>
    <message>
        <location filename="../core/import/LedgerImporter.cpp" line="+25"/>
        <source>the file has both debit/credit and amount columns; keep one way of writing amounts</source>
        <translation>le fichier a à la fois des colonnes débit/crédit et une colonne de montant&#xa0;; gardez une seule façon d&apos;écrire les montants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the amounts are missing: give debit and credit columns, or one signed amount column</source>
        <translation>les montants manquent&#xa0;: fournissez des colonnes débit et crédit, ou une seule colonne de montant signé</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <location filename="../core/storage/LedgerRepository.cpp" line="+102"/>
        <location line="+279"/>
        <source>This ledger entry no longer exists.</source>
        <translation>Cette écriture n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+6"/>
        <location line="+54"/>
        <location line="+81"/>
        <location line="+108"/>
        <location line="+22"/>
        <location line="+109"/>
        <location line="+16"/>
        <source>The database refused a request: %1</source>
        <translation>La base de données a refusé une requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-368"/>
        <location line="+123"/>
        <source>The ledger entries could not be written: %1</source>
        <translation>Les écritures n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LedgerStream</name>
    <message>
        <location filename="../core/storage/LedgerStream.cpp" line="+97"/>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+30"/>
        <location line="+18"/>
        <source>Stopped before the end.</source>
        <translation>Interrompu avant la fin.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+32"/>
        <source>The ledger could not be read: %1</source>
        <translation>Les écritures n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../ui/models/LedgerTableModel.cpp" line="+96"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
</context>
<context>
    <name>LetterOutputCheck</name>
    <message>
        <location filename="../core/letters/LetterOutputCheck.cpp" line="+22"/>
        <source>%1 is a folder: give the name of the PDF file to write, e.g. %2.</source>
        <translation>%1 est un dossier&#xa0;: indiquez le nom du fichier PDF à écrire, par exemple %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 cannot be replaced: check your rights on it, or choose another name.</source>
        <translation>Le fichier %1 ne peut pas être remplacé&#xa0;: vérifiez vos droits sur ce fichier, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is a file, not a folder: choose a folder for the letters.</source>
        <translation>%1 est un fichier, et non un dossier&#xa0;: choisissez un dossier pour les courriers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be created: check the path and your rights on it.</source>
        <translation>Le dossier %1 ne peut pas être créé&#xa0;: vérifiez le chemin et vos droits sur ce dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No file can be written in the folder %1: check your rights on it, or choose another folder.</source>
        <translation>Aucun fichier ne peut être écrit dans le dossier %1&#xa0;: vérifiez vos droits sur ce dossier, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk of %1 is almost full (%2 free): free some space before writing the letters.</source>
        <translation>Le disque de %1 est presque plein (%2 libres)&#xa0;: libérez de l&apos;espace avant d&apos;écrire les courriers.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no printer named « %1 »: no printer is installed here.</source>
        <translation>Il n&apos;existe aucune imprimante nommée «&#xa0;%1&#xa0;»&#xa0;: aucune imprimante n&apos;est installée ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no printer named « %1 ». Printers here: %2.</source>
        <translation>Il n&apos;existe aucune imprimante nommée «&#xa0;%1&#xa0;». Imprimantes disponibles&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>LetterPdf</name>
    <message>
        <location filename="../core/letters/LetterPdf.cpp" line="+15"/>
        <source>There is no letter to write.</source>
        <translation>Il n&apos;y a aucun courrier à écrire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file %1 cannot be written: check the folder and your rights on it.</source>
        <translation>Le fichier %1 ne peut pas être écrit&#xa0;: vérifiez le dossier et vos droits sur ce dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>The file %1 could not be written.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../core/letters/LetterPreview.cpp" line="+92"/>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../ui/debtors/LetterPreviewDialog.cpp" line="+20"/>
        <source>Preview of the letters (nothing is recorded yet)</source>
        <translation>Aperçu des courriers (rien n&apos;est encore enregistré)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fit &amp;width</source>
        <translation>A&amp;juster à la largeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole &amp;page</source>
        <translation>&amp;Page entière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;revious page</source>
        <translation>Page pr&amp;écédente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue the reminders of the checked debtors and print their letters</source>
        <translation>Émettre les relances des débiteurs cochés et imprimer leurs courriers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DRAFT</source>
        <comment>across a previewed letter not yet recorded</comment>
        <translation>PROJET</translation>
    </message>
</context>
<context>
    <name>LetterProducer</name>
    <message>
        <location filename="../core/letters/LetterProducer.cpp" line="+287"/>
        <source>Say where the letters go: a folder, a merged PDF file or a printer.</source>
        <translation>Indiquez où envoyer les courriers&#xa0;: un dossier, un fichier PDF unique ou une imprimante.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No temporary file can be written in %1.</source>
        <translation>Aucun fichier temporaire ne peut être écrit dans %1.</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+206"/>
        <source>Stopped: no letter was written.</source>
        <translation>Arrêt&#xa0;: aucun courrier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>The level of a reminder was deleted with its templates: its letter cannot be written.</source>
        <translation>Le niveau d&apos;une relance a été supprimé avec ses modèles de courrier&#xa0;: son courrier ne peut pas être écrit.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The PDF file %1 could not be written.</source>
        <translation>Le fichier PDF %1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Rent arrears reminders</source>
        <translation>Relances de loyers impayés</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Stopped: nothing was printed.</source>
        <translation>Arrêt&#xa0;: rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reminder run %1</source>
        <translation>Campagne de relance %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The reminder of letter %1 no longer exists.</source>
        <translation>La relance du courrier %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters to print</source>
        <translation>Courriers à imprimer</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <location filename="../core/letters/LetterRenderer.cpp" line="+99"/>
        <source>Address window
%1 mm from the left, %2 mm from the top
%3 × %4 mm</source>
        <translation>Fenêtre d&apos;adresse
%1&#xa0;mm du bord gauche, %2&#xa0;mm du bord supérieur
%3&#xa0;×&#xa0;%4&#xa0;mm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calibration sheet. Print this page, fold it as you fold your letters and slide it into a window envelope. The frame must show entirely in the window. If it does not, change the window offsets in the settings by the distance you see, using the millimetre marks along the top and left edges, and print this sheet again.</source>
        <translation>Feuille d&apos;étalonnage. Imprimez cette page, pliez-la comme vous pliez vos courriers et glissez-la dans une enveloppe à fenêtre. Le cadre doit apparaître entièrement dans la fenêtre. Sinon, corrigez dans les paramètres le décalage de la fenêtre de la distance constatée, mesurée grâce aux graduations en millimètres le long des bords supérieur et gauche, puis imprimez de nouveau cette feuille.</translation>
    </message>
</context>
<context>
    <name>LetterStateChange</name>
    <message>
        <location filename="../core/letters/LetterStateChange.cpp" line="+17"/>
        <source>There is no letter number %1.</source>
        <translation>Il n&apos;existe aucun courrier numéro %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A letter that is “%1” cannot become “%2”.</source>
        <translation>Un courrier à l&apos;état «&#xa0;%1&#xa0;» ne peut pas passer à l&apos;état «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LetterStates</name>
    <message>
        <location filename="../core/reminders/ReminderState.cpp" line="+32"/>
        <source>Generated (PDF)</source>
        <translation>Généré (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To print</source>
        <translation>À imprimer</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <location filename="../ui/levels/LevelDialog.cpp" line="+40"/>
        <source>New level</source>
        <translation>Nouveau niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %1 — %2</source>
        <translation>Niveau %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fee invoice</source>
        <translation>&amp;Facture de frais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Automation</source>
        <translation>&amp;Automatisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery</source>
        <translation>&amp;Envoi</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Level name</source>
        <translation>Nom du niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Première relance</source>
        <translation>par ex. Première relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay in days</source>
        <translation>Délai en jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+150"/>
        <location line="+4"/>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>The account must have been in arrears for at least this many days.</source>
        <translation>Le compte doit être en impayé depuis au moins ce nombre de jours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum gap since the last reminder:</source>
        <translation>Écart minimum depuis la dernière relance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum gap in days</source>
        <translation>Écart minimum en jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchecked: this level&apos;s delay minus the delay of the level before it.</source>
        <translation>Non coché&#xa0;: le délai de ce niveau moins celui du niveau précédent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum overdue amount, e.g. 10,00</source>
        <translation>impayé échu minimum, par ex. 10,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter and e-mail texts are edited in the templates of this level, under the list of levels.</source>
        <translation>Les textes du courrier et de l&apos;e-mail se modifient dans les modèles de ce niveau, sous la liste des niveaux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip accounts that are</source>
        <translation>Écarter les comptes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid by direct debit (unless a debit was rejected)</source>
        <translation>Payés par prélèvement (sauf en cas de prélèvement rejeté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a payment plan</source>
        <translation>En plan d&apos;apurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In litigation</source>
        <translation>En contentieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed tenants</source>
        <translation>De locataires sortis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delay:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Threshold:</source>
        <translation>&amp;Seuil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fees are never charged on residential or furnished leases (loi n° 89-462 du 6 juillet 1989, art. 4 p, and art. 25-3 for furnished main residences): the run leaves the fee out for those accounts. It applies to commercial, professional, parking and other leases.</source>
        <translation>Les frais ne sont jamais facturés sur les baux d&apos;habitation, vides ou meublés (loi n°&#xa0;89-462 du 6 juillet 1989, art. 4 p, et art. 25-3 pour les meublés constituant la résidence principale)&#xa0;: la campagne omet les frais pour ces comptes. Ils s&apos;appliquent aux baux commerciaux, professionnels, de parking et autres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residential leases</source>
        <translation>Baux d&apos;habitation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fee amount</source>
        <translation>Montant des frais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0,00: no fee</source>
        <translation>0,00&#xa0;: pas de frais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier account</source>
        <translation>Compte fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 401FRAIS</source>
        <translation>par ex. 401FRAIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense account</source>
        <translation>Compte de charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 6226</source>
        <translation>par ex. 6226</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Supplier account:</source>
        <translation>&amp;Compte fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expense account:</source>
        <translation>Compte de c&amp;harge&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validate the fee invoice automatically (otherwise it stays a draft)</source>
        <translation>&amp;Valider automatiquement la facture de frais (sinon, elle reste à l&apos;état de brouillon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee &amp;amount:</source>
        <translation>&amp;Montant des frais&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Issue this level automatically</source>
        <translation>Émettre ce niveau automat&amp;iquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of automated runs</source>
        <translation>Ordre des lancements automatiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels run in ascending order: 1 runs first.</source>
        <translation>Les niveaux sont lancés par ordre croissant&#xa0;: le 1 est lancé en premier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day of month:</source>
        <translation>&amp;Jour du mois&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The level runs once a month, on the first day on or after this day (a day beyond the month&apos;s length means its last day); a missed day is caught up the next day. A manual run does not count as the month&apos;s automated run.</source>
        <translation>Le niveau est lancé une fois par mois, le premier jour qui tombe à cette date ou après (un jour au-delà de la longueur du mois désigne son dernier jour)&#xa0;; un jour manqué est rattrapé le lendemain. Une campagne manuelle ne compte pas comme le lancement automatique du mois.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The &amp;tenant</source>
        <translation>Le &amp;locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;guarantors</source>
        <translation>Les &amp;cautions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Letter</source>
        <translation>Co&amp;urrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Registered letter with acknowledgement of receipt</source>
        <translation>Lettre &amp;recommandée avec accusé de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment deadline in days</source>
        <translation>Délai de paiement en jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;peat this level</source>
        <translation>Ré&amp;péter ce niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat interval</source>
        <translation>Intervalle de répétition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum repeats</source>
        <translation>Nombre maximal de répétitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> times</source>
        <translation>&#xa0;fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every</source>
        <translation>tous les</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to:</source>
        <translation>Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by:</source>
        <translation>Envoyer par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;deadline:</source>
        <translation>&amp;Délai de paiement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat:</source>
        <translation>Répétition&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the last level of a program can be repeated.</source>
        <translation>Seul le dernier niveau d&apos;un programme peut être répété.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This month&apos;s day (%1) is already past: once saved, the first automated run of this level happens today, %2.</source>
        <translation>Le jour de ce mois (%1) est déjà passé&#xa0;: une fois enregistré, le premier lancement automatique de ce niveau a lieu aujourd&apos;hui, %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once saved, the first automated run of this level happens on %1.</source>
        <translation>Une fois enregistré, le premier lancement automatique de ce niveau a lieu le %1.</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+3"/>
        <source>This amount is not valid.</source>
        <translation>Ce montant n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>LevelEffectivenessModel</name>
    <message>
        <location filename="../ui/dashboard/LevelEffectivenessModel.cpp" line="+29"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1%</source>
        <comment>a share in percent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: of %n reminder(s) issued in the period, %2 were followed by the end of the arrears within 15 days and %3 within 30 days. Click to list the debtors whose last reminder is of this level.</source>
        <translation>
            <numerusform>%1&#xa0;: %n relance émise sur la période&#xa0;; impayé soldé sous 15 jours&#xa0;: %2, sous 30 jours&#xa0;: %3. Cliquez pour afficher les débiteurs dont la dernière relance est de ce niveau.</numerusform>
            <numerusform>%1&#xa0;: %n relances émises sur la période&#xa0;; impayé soldé sous 15 jours&#xa0;: %2, sous 30 jours&#xa0;: %3. Cliquez pour afficher les débiteurs dont la dernière relance est de ce niveau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The share of the level&apos;s reminders whose arrears were paid off within %1 days of the reminder, and how many</source>
        <translation>La part des relances de ce niveau dont l&apos;impayé a été soldé dans les %1 jours suivant la relance, et leur nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within 15 days</source>
        <translation>Sous 15 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within 30 days</source>
        <translation>Sous 30 jours</translation>
    </message>
</context>
<context>
    <name>LevelKeys</name>
    <message>
        <location filename="../core/reminders/Level.cpp" line="+37"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan</source>
        <translation>Plan d&apos;apurement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Litigation</source>
        <translation>Contentieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departed</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown exclusion &quot;%1&quot;.</source>
        <translation>Exclusion inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/reminders/CodeLabels.cpp" line="+12"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor</source>
        <translation>Caution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>LevelTableModel</name>
    <message>
        <location filename="../ui/levels/LevelTableModel.cpp" line="+20"/>
        <source>Tenant, guarantors</source>
        <translation>Locataire, cautions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantors</source>
        <translation>Cautions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registered letter</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+8"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the %1 (order %2)</source>
        <translation>Le %1 (ordre %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Chaque jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, at most %n time(s)</source>
        <translation>
            <numerusform>, au plus %n fois</numerusform>
            <numerusform>, au plus %n fois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>#</source>
        <comment>level position column</comment>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skips accounts with</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automation</source>
        <translation>Automatisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
</context>
<context>
    <name>LevelValidator</name>
    <message>
        <location filename="../core/reminders/LevelValidator.cpp" line="+8"/>
        <source>Give the level a name, e.g. « Première relance ».</source>
        <translation>Donnez un nom au niveau, par exemple «&#xa0;Première relance&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another level of this program is already called “%1”: choose another name.</source>
        <translation>Un autre niveau de ce programme s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delay cannot be negative.</source>
        <translation>Le délai ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum gap cannot be negative.</source>
        <translation>L&apos;écart minimum ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threshold cannot be negative.</source>
        <translation>Le seuil ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who receives it: the tenant, the guarantors or both.</source>
        <translation>Choisissez qui le reçoit&#xa0;: le locataire, les cautions ou les deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how it is sent: letter, e-mail or both.</source>
        <translation>Choisissez comment il est envoyé&#xa0;: courrier, e-mail ou les deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment deadline cannot be negative.</source>
        <translation>Le délai de paiement ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fee cannot be negative: use 0 for no fee.</source>
        <translation>Les frais ne peuvent pas être négatifs&#xa0;: indiquez 0 pour ne pas facturer de frais.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A fee needs its supplier account and its expense account.</source>
        <translation>Des frais nécessitent un compte fournisseur et un compte de charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order cannot be negative.</source>
        <translation>L&apos;ordre ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day of month must be between %1 and %2 (a day beyond the month&apos;s length means its last day).</source>
        <translation>Le jour du mois doit être compris entre %1 et %2 (un jour au-delà de la longueur du mois désigne son dernier jour).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the last level of a program can be repeated.</source>
        <translation>Seul le dernier niveau d&apos;un programme peut être répété.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A repeat needs an interval of at least one day and at least one repeat.</source>
        <translation>Une répétition nécessite un intervalle d&apos;au moins un jour et au moins une répétition.</translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <location filename="../ui/levels/ProgramBar.cpp" line="+27"/>
        <source>Reminder program</source>
        <translation>Programme de relance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New program…</source>
        <translation>Nouveau programme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a custom program, starting as a copy of this one</source>
        <translation>Créer un programme personnalisé, à partir d&apos;une copie de celui-ci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename this program</source>
        <translation>Renommer ce programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this custom program</source>
        <translation>Supprimer ce programme personnalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+186"/>
        <location line="+8"/>
        <source>Make global</source>
        <translation>Rendre général</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Make this the program every account follows by default</source>
        <translation>Faire de ce programme celui que tous les comptes suivent par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/levels/LevelPanel.cpp" line="+34"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New level…</source>
        <translation>&amp;Nouveau niveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a level at the end of the program</source>
        <translation>Ajouter un niveau à la fin du programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected level (Enter or double-click)</source>
        <translation>Modifier le niveau sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected level and its templates (Delete)</source>
        <translation>Supprimer le niveau sélectionné et ses modèles de courrier (Suppr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue this level earlier (Alt+Up)</source>
        <translation>Émettre ce niveau plus tôt (Alt+Haut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Descend&amp;re</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue this level later (Alt+Down)</source>
        <translation>Émettre ce niveau plus tard (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../ui/levels/TemplatePanel.cpp" line="+47"/>
        <location line="+83"/>
        <location line="+11"/>
        <source>Letter templates</source>
        <translation>Modèles de courrier</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>New &amp;template…</source>
        <translation>Nou&amp;veau modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a new letter for the selected level</source>
        <translation>Rédiger un nouveau courrier pour le niveau sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit te&amp;mplate…</source>
        <translation>Mod&amp;ifier le modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected template (Enter or double-click)</source>
        <translation>Modifier le modèle sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected template under a new name</source>
        <translation>Copier le modèle sélectionné sous un nouveau nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove template…</source>
        <translation>Supprimer le modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected template (Delete)</source>
        <translation>Supprimer le modèle sélectionné (Suppr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set as &amp;default</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs use this template for its language</source>
        <translation>Les campagnes utilisent ce modèle pour sa langue</translation>
    </message>
    <message>
        <location filename="../ui/levels/LevelsPage.cpp" line="+84"/>
        <location filename="../ui/levels/TemplatePanel.cpp" line="+258"/>
        <location line="+10"/>
        <location line="+21"/>
        <source>Test letter</source>
        <translation>Courrier de test</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Levels &amp; templates</source>
        <translation>Niveaux et modèles</translation>
    </message>
    <message>
        <location filename="../ui/levels/ProgramBar.cpp" line="+33"/>
        <source>%1 (global)</source>
        <translation>%1 (général)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Accounts follow this program unless their form names a custom one.</source>
        <translation>Les comptes suivent ce programme, sauf si leur fiche désigne un programme personnalisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom program: accounts whose form names it follow it.</source>
        <translation>Programme personnalisé&#xa0;: les comptes dont la fiche le désigne le suivent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program yet.</source>
        <translation>Aucun programme pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/levels/TemplatePanel.cpp" line="-232"/>
        <source>Letter templates of level %1 — %2</source>
        <translation>Modèles de courrier du niveau %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/levels/ProgramBar.cpp" line="+41"/>
        <location line="+8"/>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Name of the new program (it starts as a copy of “%1”, with its letters):</source>
        <translation>Nom du nouveau programme (il part d&apos;une copie de «&#xa0;%1&#xa0;», avec ses courriers)&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <source>Rename program</source>
        <translation>Renommer le programme</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New name of “%1”:</source>
        <translation>Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Remove program</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Remove the program “%1”, its levels and their letter templates?

Accounts that follow it go back to the global program. Reminders already issued stay in the history.</source>
        <translation>Supprimer le programme «&#xa0;%1&#xa0;», ses niveaux et leurs modèles de courrier&#xa0;?

Les comptes qui le suivent reviennent au programme général. Les relances déjà émises restent dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Make “%1” the global program?

Every account that does not name a custom program will follow it from the next run.</source>
        <translation>Faire de «&#xa0;%1&#xa0;» le programme général&#xa0;?

Tous les comptes qui ne désignent pas de programme personnalisé le suivront à partir de la prochaine campagne.</translation>
    </message>
    <message>
        <location filename="../ui/levels/LevelPanel.cpp" line="+122"/>
        <source>The new level has no letter yet: once it is saved, write its templates in the list under the levels.</source>
        <translation>Le nouveau niveau n&apos;a pas encore de courrier&#xa0;: une fois qu&apos;il est enregistré, rédigez ses modèles dans la liste sous les niveaux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No letter yet: write one in the templates list under the levels.</source>
        <translation>Pas encore de courrier&#xa0;: rédigez-en un dans la liste des modèles, sous les niveaux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>« %1 » (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n template(s); default: %1. The texts are edited in the templates list under the levels.</source>
        <translation>
            <numerusform>%n modèle&#xa0;; par défaut&#xa0;: %1. Les textes se modifient dans la liste des modèles, sous les niveaux.</numerusform>
            <numerusform>%n modèles&#xa0;; par défaut&#xa0;: %1. Les textes se modifient dans la liste des modèles, sous les niveaux.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+10"/>
        <source>Remove level</source>
        <translation>Supprimer le niveau</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Remove the level %1 — %2 and its letter templates?

The levels after it move up one place. Reminders already issued at this level stay in the history.</source>
        <translation>Supprimer le niveau %1 — %2 et ses modèles de courrier&#xa0;?

Les niveaux suivants remontent d&apos;un rang. Les relances déjà émises à ce niveau restent dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move level</source>
        <translation>Déplacer le niveau</translation>
    </message>
    <message>
        <location filename="../ui/levels/TemplatePanel.cpp" line="+92"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate template</source>
        <translation>Dupliquer le modèle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the template “%1” (%2)?</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;» (%2)&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is the only letter of this level: the level cannot print until it has another one.</source>
        <translation>C&apos;est le seul courrier de ce niveau&#xa0;: le niveau ne pourra pas imprimer tant qu&apos;il n&apos;en aura pas un autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is the default one: another template of the level takes its place.</source>
        <translation>C&apos;est le modèle par défaut&#xa0;: un autre modèle du niveau prend sa place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Remove template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set as default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter of which account? It goes to the agency&apos;s address, not to the tenant.</source>
        <translation>Le courrier de quel compte&#xa0;? Il part à l&apos;adresse de l&apos;agence, pas au locataire.</translation>
    </message>
</context>
<context>
    <name>MailPasswordProblem</name>
    <message>
        <location filename="../ui/common/MailPasswordProblem.cpp" line="+7"/>
        <source>%1 Type it in Settings, on the E-mail tab.</source>
        <translation>%1 Saisissez-le dans Paramètres, onglet E-mail.</translation>
    </message>
</context>
<context>
    <name>MailQueue</name>
    <message>
        <location filename="../core/mail/MailQueue.cpp" line="+143"/>
        <source>%1 — account %2</source>
        <translation>%1 — compte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please find attached our letter about your account %1.</source>
        <translation>Veuillez trouver ci-joint notre courrier concernant votre compte %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+100"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Debtors</source>
        <translation>Débiteurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+219"/>
        <location line="+203"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location line="-435"/>
        <location line="+357"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Levels &amp; templates</source>
        <translation>Niveaux et modèles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+424"/>
        <source>Deadlines (%1)</source>
        <translation>Échéances (%1)</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored into %1.</source>
        <translation>Sauvegarde restaurée dans %1.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a shared &amp;server…</source>
        <translation>Se connecter à un &amp;serveur partagé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several staff working on one PostgreSQL server</source>
        <translation>Plusieurs collaborateurs sur un même serveur PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un fichier CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Relance</source>
        <translation>À &amp;propos de Relance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — Relance</source>
        <translation>%1 — Relance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database was not changed: the changes on this page are still to be saved or discarded.</source>
        <translation>La base de données n&apos;a pas été changée&#xa0;: les modifications de cette page restent à enregistrer ou à abandonner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database was not created: the changes on this page are still to be saved or discarded.</source>
        <translation>La base de données n&apos;a pas été créée&#xa0;: les modifications de cette page restent à enregistrer ou à abandonner.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Relance databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Relance (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Connect to a shared server</source>
        <translation>Se connecter à un serveur partagé</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The agency&apos;s PostgreSQL database, as postgresql://user@host:5432/database, best with ?sslmode=verify-full (encrypted, server checked).
The password comes from ~/.pgpass or PGPASSWORD (see docs/postgresql.md): do not type it here.</source>
        <translation>La base PostgreSQL de l&apos;agence, sous la forme postgresql://utilisateur@hôte:5432/base, de préférence avec&#xa0;?sslmode=verify-full (chiffré, serveur vérifié).
Le mot de passe vient de ~/.pgpass ou PGPASSWORD (voir docs/postgresql.md)&#xa0;: ne le tapez pas ici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a server address: it starts with postgresql://, e.g. postgresql://claire@serveur:5432/agence.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;adresse d&apos;un serveur&#xa0;: elle commence par postgresql://, par ex. postgresql://claire@serveur:5432/agence.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>agency.sqlite</source>
        <translation>agence.sqlite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relance databases (*.sqlite)</source>
        <translation>Bases de données Relance (*.sqlite)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import CSV</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV and FEC files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV et FEC (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>About Relance</source>
        <translation>À propos de Relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Relance %1&lt;/h3&gt;&lt;p&gt;Reminders of unpaid rent for letting agencies: the debtors as of a date, letters by level, printing and e-mail.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relance %1&lt;/h3&gt;&lt;p&gt;Relance des loyers impayés pour les agences de gestion locative&#xa0;: les débiteurs à une date donnée, les courriers par niveau, l&apos;impression et l&apos;envoi par e-mail.&lt;/p&gt;&lt;p&gt;Logiciel libre distribué sous la licence publique générale GNU (GPL), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n deadline(s) late as of today</source>
        <translation>
            <numerusform>%n échéance en retard à ce jour</numerusform>
            <numerusform>%n échéances en retard à ce jour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <location filename="../core/letters/MergeFields.cpp" line="+17"/>
        <source>Agency name</source>
        <translation>Nom de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency address on one line</source>
        <translation>Adresse de l&apos;agence sur une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency street address</source>
        <translation>Adresse de l&apos;agence (numéro et voie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency address complement</source>
        <translation>Complément d&apos;adresse de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency postal code</source>
        <translation>Code postal de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency city</source>
        <translation>Ville de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency phone number</source>
        <translation>Numéro de téléphone de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency e-mail address</source>
        <translation>Adresse e-mail de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency website</source>
        <translation>Site web de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency SIRET number</source>
        <translation>Numéro SIRET de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional card number</source>
        <translation>Numéro de carte professionnelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the person who signs</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant account reference</source>
        <translation>Référence du compte locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant address on one line</source>
        <translation>Adresse du locataire sur une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant street address</source>
        <translation>Adresse du locataire (numéro et voie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant address complement</source>
        <translation>Complément d&apos;adresse du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant postal code</source>
        <translation>Code postal du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant city</source>
        <translation>Ville du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rented property</source>
        <translation>Bien loué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant e-mail address</source>
        <translation>Adresse e-mail du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant phone number</source>
        <translation>Numéro de téléphone du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor name (the addressee of a guarantor letter)</source>
        <translation>Nom de la caution (destinataire d&apos;un courrier à la caution)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor address on one line</source>
        <translation>Adresse de la caution sur une ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor e-mail address</source>
        <translation>Adresse e-mail de la caution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the addressee (tenant or guarantor)</source>
        <translation>Nom du destinataire (locataire ou caution)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section shown only in letters to a guarantor</source>
        <translation>Section affichée uniquement dans les courriers à une caution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section shown only in letters to the tenant</source>
        <translation>Section affichée uniquement dans les courriers au locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level number</source>
        <translation>Numéro du niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level name</source>
        <translation>Nom du niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the reminder, long form</source>
        <translation>Date de la relance (format long)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue amount</source>
        <translation>Montant de l&apos;impayé échu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue amount in words</source>
        <translation>Montant de l&apos;impayé échu en toutes lettres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account balance</source>
        <translation>Solde du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest unpaid due date</source>
        <translation>Plus ancienne échéance impayée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the oldest unpaid due date</source>
        <translation>Nombre de jours depuis la plus ancienne échéance impayée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment deadline, long form</source>
        <translation>Date limite de paiement (format long)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days given to pay</source>
        <translation>Délai de paiement accordé, en jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section shown only for a registered letter</source>
        <translation>Section affichée uniquement pour une lettre recommandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table of unpaid items with their total</source>
        <translation>Le tableau des impayés avec leur total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats its content for each unpaid item</source>
        <translation>Répète son contenu pour chaque impayé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment plan: the day it was agreed</source>
        <translation>Plan d&apos;apurement&#xa0;: date de l&apos;accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan: the debt it spreads</source>
        <translation>Plan d&apos;apurement&#xa0;: dette étalée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan: the debt in words</source>
        <translation>Plan d&apos;apurement&#xa0;: dette en toutes lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan: number of monthly instalments</source>
        <translation>Plan d&apos;apurement&#xa0;: nombre de mensualités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan: the regular instalment</source>
        <translation>Plan d&apos;apurement&#xa0;: montant de la mensualité courante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan: due date of the first instalment</source>
        <translation>Plan d&apos;apurement&#xa0;: échéance de la première mensualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan: the last instalment (it takes the rest)</source>
        <translation>Plan d&apos;apurement&#xa0;: dernière mensualité (elle reprend le reliquat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan: due date of the last instalment</source>
        <translation>Plan d&apos;apurement&#xa0;: échéance de la dernière mensualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan: its state (respected, late, broken, completed)</source>
        <translation>Plan d&apos;apurement&#xa0;: son état (respecté, en retard, rompu, soldé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan: late since (empty when not late)</source>
        <translation>Plan d&apos;apurement&#xa0;: en retard depuis le (vide s&apos;il n&apos;est pas en retard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan: the day it broke (empty unless broken)</source>
        <translation>Plan d&apos;apurement&#xa0;: date de rupture (vide s&apos;il n&apos;est pas rompu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan: the day the agreement was signed</source>
        <translation>Plan d&apos;apurement&#xa0;: date de signature de l&apos;accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan: due date of the next instalment</source>
        <translation>Plan d&apos;apurement&#xa0;: échéance de la prochaine mensualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan: amount of the next instalment</source>
        <translation>Plan d&apos;apurement&#xa0;: montant de la prochaine mensualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan: amount owed beyond what the plan allows (empty when none)</source>
        <translation>Plan d&apos;apurement&#xa0;: montant dû au-delà de ce que prévoit le plan (vide s&apos;il n&apos;y en a pas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment plan: days allowed to catch up before it breaks</source>
        <translation>Plan d&apos;apurement&#xa0;: jours de grâce accordés pour régulariser avant la rupture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment plan&apos;s schedule: due dates, instalments, amounts and what is still owed after each, with the debt as total</source>
        <translation>L&apos;échéancier du plan d&apos;apurement&#xa0;: échéances, mensualités, montants et reste dû après chacune, avec la dette pour total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the letter, long form</source>
        <translation>Date du courrier (format long)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place and date, long form</source>
        <translation>Lieu et date (format long)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item label</source>
        <translation>Libellé de l&apos;impayé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item due date</source>
        <translation>Date d&apos;échéance de l&apos;impayé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item amount</source>
        <translation>Montant de l&apos;impayé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount still owed on the item</source>
        <translation>Montant restant dû sur l&apos;impayé</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <location filename="../core/mail/MessageBuilder.cpp" line="+20"/>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The addressee&apos;s name “%1” contains a line break.</source>
        <translation>Le nom du destinataire «&#xa0;%1&#xa0;» contient un saut de ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject “%1” contains a line break.</source>
        <translation>L&apos;objet «&#xa0;%1&#xa0;» contient un saut de ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy address “%1” is not a valid e-mail address.</source>
        <translation>L&apos;adresse en copie «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attachment name “%1” is not a plain ASCII file name.</source>
        <translation>Le nom de pièce jointe «&#xa0;%1&#xa0;» n&apos;est pas un simple nom de fichier ASCII.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” (looked for in %2)</source>
        <translation>«&#xa0;%1&#xa0;» (recherché dans %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its letter %1 cannot be found or read. Restore the file, or produce the run&apos;s letters again; the e-mail waits and goes with the next send.</source>
        <translation>son courrier %1 est introuvable ou illisible. Restaurez le fichier, ou produisez de nouveau les courriers de la campagne&#xa0;; l&apos;e-mail attend et part au prochain envoi.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The letter “%1” cannot be read: %2.</source>
        <translation>Le courrier «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/money/Money.cpp" line="+59"/>
        <source>the amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+22"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>“%1” is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>“%1” has more than two decimals: amounts are in euros and cents</source>
        <translation>«&#xa0;%1&#xa0;» a plus de deux décimales&#xa0;: les montants sont en euros et centimes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is too large: an amount is at most %2</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand&#xa0;: un montant est au plus de %2</translation>
    </message>
</context>
<context>
    <name>MonthlyOverdueModel</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/MonthlyOverdueModel.cpp" line="+44"/>
        <source>On %1: %2 overdue, %n debtor(s). Click to list them as of that day.</source>
        <translation>
            <numerusform>Au %1&#xa0;: %2 d&apos;impayés échus, %n débiteur. Cliquez pour l&apos;afficher à cette date.</numerusform>
            <numerusform>Au %1&#xa0;: %2 d&apos;impayés échus, %n débiteurs. Cliquez pour les afficher à cette date.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Month end</source>
        <translation>Fin de mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Impayé échu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debtors</source>
        <translation>Débiteurs</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <location filename="../ui/common/NameOnlyIconProvider.cpp" line="+41"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 file</source>
        <translation>Fichier %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/mail/Outbox.cpp" line="+81"/>
        <source>its letter has no PDF yet (produce the run&apos;s letters first); it stays queued.</source>
        <translation>son courrier n&apos;a pas encore de PDF (produisez d&apos;abord les courriers de la campagne)&#xa0;; il reste en file d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>The mail server %1 is not answering (%n time-outs in a row): sending stopped.</source>
        <translation>
            <numerusform>Le serveur de messagerie %1 ne répond pas (%n délai dépassé)&#xa0;: l&apos;envoi est arrêté.</numerusform>
            <numerusform>Le serveur de messagerie %1 ne répond pas (%n délais dépassés d&apos;affilée)&#xa0;: l&apos;envoi est arrêté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDecision</name>
    <message>
        <location filename="../core/mail/OutboxDecision.cpp" line="+16"/>
        <source>There is no e-mail number %1.</source>
        <translation>Il n&apos;existe aucun e-mail numéro %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail that is “%1” cannot become “%2”.</source>
        <translation>Un e-mail à l&apos;état «&#xa0;%1&#xa0;» ne peut pas passer à l&apos;état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed as received by a person.</source>
        <translation>Réception confirmée par une personne.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <location filename="../core/storage/OutboxRepository.cpp" line="+164"/>
        <source>Sending was interrupted: the server may or may not have received it.</source>
        <translation>L&apos;envoi a été interrompu&#xa0;: le serveur l&apos;a peut-être reçu, peut-être pas.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+16"/>
        <source>E-mail %1 was not being sent.</source>
        <translation>L&apos;e-mail %1 n&apos;était pas en cours d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>E-mail %1 has an unknown state “%2”.</source>
        <translation>L&apos;e-mail %1 a un état inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <location filename="../core/mail/OutboxState.cpp" line="+36"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being sent</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncertain (check before re-sending)</source>
        <translation>Incertain (vérifiez avant de renvoyer)</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../ui/outbox/OutboxTableModel.cpp" line="+43"/>
        <source>Failed (for good)</source>
        <translation>Échec (définitif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed (will retry)</source>
        <translation>Échec (nouvel essai prévu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sending was interrupted: the server may or may not have received this e-mail. Check with the recipient, then mark it as sent or retry it.</source>
        <translation>L&apos;envoi a été interrompu&#xa0;: le serveur a peut-être reçu cet e-mail, peut-être pas. Vérifiez auprès du destinataire, puis marquez-le comme envoyé ou réessayez.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../ui/outbox/OutboxView.cpp" line="+37"/>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Password for this sending only (it is not saved):</source>
        <translation>%1

Mot de passe pour cet envoi uniquement (il n&apos;est pas enregistré)&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show &amp;sent e-mails too</source>
        <translation>Afficher aussi les e-mails en&amp;voyés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By default the outbox lists only what is still to send or needs a decision.</source>
        <translation>Par défaut, la boîte d&apos;envoi ne montre que ce qui reste à envoyer ou demande une décision.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>E-mail outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected failed or uncertain e-mail back in the queue</source>
        <translation>Remettre dans la file d&apos;attente l&apos;e-mail en échec ou incertain sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marquer comme envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that the selected uncertain e-mail did arrive: it is not sent again</source>
        <translation>Enregistrer que l&apos;e-mail incertain sélectionné est bien arrivé&#xa0;: il ne sera pas renvoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;now</source>
        <translation>Envoyer mainte&amp;nant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send every e-mail that is due now (Ctrl+Shift+S)</source>
        <translation>Envoyer tous les e-mails prévus maintenant (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after the e-mail being sent; the rest stays queued</source>
        <translation>Arrêter après l&apos;e-mail en cours d&apos;envoi&#xa0;; les autres restent en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send the e-mail to %1 again?

Its sending was interrupted: the server may already have delivered it, and the recipient would then receive it twice. Check the mailbox&apos;s sent folder or ask the recipient first.</source>
        <translation>Renvoyer l&apos;e-mail à %1&#xa0;?

Son envoi a été interrompu&#xa0;: le serveur l&apos;a peut-être déjà remis, et le destinataire le recevrait alors deux fois. Vérifiez d&apos;abord le dossier des messages envoyés de la boîte aux lettres, ou demandez au destinataire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Retry e-mail</source>
        <translation>Réessayer l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record that the e-mail to %1 did arrive?

It will not be sent again. Do this only once you have checked, in the mailbox&apos;s sent folder or with the recipient.</source>
        <translation>Enregistrer que l&apos;e-mail à %1 est bien arrivé&#xa0;?

Il ne sera pas renvoyé. Ne le faites qu&apos;après avoir vérifié, dans le dossier des messages envoyés de la boîte aux lettres ou auprès du destinataire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <location line="+84"/>
        <location line="+23"/>
        <location line="+2"/>
        <source>Send e-mails</source>
        <translation>Envoyer les e-mails</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>E-mails cannot be sent yet: %1
Set the mail server in Settings, then send again.</source>
        <translation>Les e-mails ne peuvent pas encore être envoyés&#xa0;: %1
Configurez le serveur de messagerie dans les Paramètres, puis recommencez l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 of %2 e-mails</source>
        <translation>%1 e-mails sur %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending stopped unexpectedly.</source>
        <translation>L&apos;envoi s&apos;est arrêté de façon inattendue.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail envoyé.</numerusform>
            <numerusform>%n e-mails envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n e-mail(s) were being sent when Relance stopped: they may or may not have arrived and are not sent again. Check, then mark them as sent or retry them.</source>
        <translation>
            <numerusform>%n e-mail était en cours d&apos;envoi quand Relance s&apos;est arrêté&#xa0;: il est peut-être arrivé, peut-être pas, et ne sera pas renvoyé. Vérifiez, puis marquez-le comme envoyé ou réessayez.</numerusform>
            <numerusform>%n e-mails étaient en cours d&apos;envoi quand Relance s&apos;est arrêté&#xa0;: ils sont peut-être arrivés, peut-être pas, et ne seront pas renvoyés. Vérifiez, puis marquez-les comme envoyés ou réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server could not be used: %1</source>
        <translation>Le serveur de messagerie n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cancelled: %n e-mail(s) stay in the queue for the next send.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n e-mail reste dans la file d&apos;attente pour le prochain envoi.</numerusform>
            <numerusform>Annulé&#xa0;: %n e-mails restent dans la file d&apos;attente pour le prochain envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n e-mail(s) stay in the queue for the next send.</source>
        <translation>
            <numerusform>%n e-mail reste dans la file d&apos;attente pour le prochain envoi.</numerusform>
            <numerusform>%n e-mails restent dans la file d&apos;attente pour le prochain envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n e-mail(s) shown</source>
        <translation>
            <numerusform>%n e-mail affiché</numerusform>
            <numerusform>%n e-mails affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n need(s) a decision</source>
        <translation>
            <numerusform> — %n demande une décision</numerusform>
            <numerusform> — %n demandent une décision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerEmailEditor</name>
    <message>
        <location filename="../ui/settings/OwnerEmailEditor.cpp" line="+24"/>
        <source>E-mail to the landlords</source>
        <translation>E-mail aux propriétaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail that carries each landlord&apos;s statement (report owners --send), with the statement attached. Its fields: {{owner.name}}, {{statement.as_of}}, {{statement.tenants}} (how many tenants are in arrears), {{statement.total}}.</source>
        <translation>L&apos;e-mail qui transmet à chaque propriétaire son relevé (report owners --send), en pièce jointe. Ses champs&#xa0;: {{owner.name}}, {{statement.as_of}}, {{statement.tenants}} (nombre de locataires en impayé), {{statement.total}}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language of the e-mail</source>
        <translation>Langue de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text of the e-mail</source>
        <translation>Texte de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Insert a field</source>
        <translation>&amp;Insérer un champ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Restore the default text</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the other language and lose the changes made to this e-mail?</source>
        <translation>Afficher l&apos;autre langue et perdre les modifications apportées à cet e-mail&#xa0;?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace this e-mail with Relance&apos;s default text? Your changes are lost.</source>
        <translation>Remplacer cet e-mail par le texte par défaut de Relance&#xa0;? Vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>OwnerImport</name>
    <message>
        <location filename="../core/import/OwnerImport.cpp" line="+78"/>
        <source>the owner “%1” has no reference; give it in owner_ref (« code propriétaire »), the same on every line of this owner</source>
        <translation>le propriétaire «&#xa0;%1&#xa0;» n&apos;a pas de référence&#xa0;; indiquez-la dans owner_ref («&#xa0;code propriétaire&#xa0;»), identique sur chaque ligne de ce propriétaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the owner&apos;s address or e-mail is given but not the owner&apos;s reference (owner_ref)</source>
        <translation>l&apos;adresse ou l&apos;e-mail du propriétaire est indiqué, mais pas sa référence (owner_ref)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the owner %1 has no name; it is printed on the owner&apos;s statements</source>
        <translation>le propriétaire %1 n&apos;a pas de nom&#xa0;; indiquez-le, il figure sur ses relevés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not an e-mail address (one address for the owner)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (une seule adresse pour le propriétaire)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the owner %1 has other details on line %2; give the same name, e-mail and address on every line of this owner, or only the reference</source>
        <translation>le propriétaire %1 a d&apos;autres coordonnées à la ligne %2&#xa0;; indiquez les mêmes nom, e-mail et adresse sur chaque ligne de ce propriétaire, ou seulement sa référence</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no owner %1; give the owner&apos;s name on this line (or on another line of this owner), or create the owner first</source>
        <translation>il n&apos;existe pas de propriétaire %1&#xa0;; indiquez le nom du propriétaire sur cette ligne (ou sur une autre ligne de ce propriétaire), ou créez d&apos;abord le propriétaire</translation>
    </message>
</context>
<context>
    <name>OwnerRepository</name>
    <message>
        <location filename="../core/storage/OwnerRepository.cpp" line="+64"/>
        <source>The owner has no reference.</source>
        <translation>Le propriétaire n&apos;a pas de référence.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database did not store the owner %1.</source>
        <translation>La base de données n&apos;a pas enregistré le propriétaire %1.</translation>
    </message>
</context>
<context>
    <name>OwnerStatementBatch</name>
    <message>
        <location filename="../core/reports/OwnerStatementBatch.cpp" line="+15"/>
        <source>Stopped: the statements written so far stay in the folder; nothing was queued.</source>
        <translation>Arrêté&#xa0;: les relevés déjà écrits restent dans le dossier ; aucun e-mail n&apos;a été mis en file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>OwnerStatementEmail</name>
    <message>
        <location filename="../core/reports/OwnerStatementEmail.cpp" line="+43"/>
        <location line="+35"/>
        <source>The language « %1 » is not supported: choose fr or en.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n&apos;est pas prise en charge&#xa0;: choisissez fr ou en.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The default letter texts are missing from this build of Relance: reinstall it.</source>
        <translation>Les textes par défaut des courriers manquent dans cette version de Relance&#xa0;: réinstallez-la.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The landlords&apos; e-mail needs a subject and a text: write them, or restore the default text.</source>
        <translation>L&apos;e-mail aux propriétaires doit avoir un objet et un texte&#xa0;: rédigez-les, ou rétablissez le texte par défaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The landlords&apos; e-mail is longer than %1 KB: shorten it.</source>
        <translation>L&apos;e-mail aux propriétaires dépasse %1 Ko&#xa0;: raccourcissez-le.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The landlords&apos; e-mail has an unfinished field: each « {{ » needs its « }} ».</source>
        <translation>L&apos;e-mail aux propriétaires contient un champ incomplet&#xa0;: chaque «&#xa0;{{&#xa0;» doit être fermé par «&#xa0;}}&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The landlords&apos; e-mail uses the field « %1 », which does not exist. Use: %2.</source>
        <translation>L&apos;e-mail aux propriétaires utilise le champ «&#xa0;%1&#xa0;», qui n&apos;existe pas. Utilisez&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>OwnerStatementMailer</name>
    <message>
        <location filename="../core/reports/OwnerStatementMailer.cpp" line="+36"/>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The e-mail to %1 could not be queued.</source>
        <translation>L&apos;e-mail à %1 n&apos;a pas pu être mis en file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>OwnerStatementPdf</name>
    <message>
        <location filename="../core/reports/OwnerStatementPdf.cpp" line="+133"/>
        <source>The folder %1 cannot be created: check the path and your rights on it.</source>
        <translation>Le dossier %1 ne peut pas être créé&#xa0;: vérifiez le chemin et vos droits sur ce dossier.</translation>
    </message>
</context>
<context>
    <name>OwnerStatementsDialog</name>
    <message>
        <location filename="../ui/dashboard/OwnerStatementsDialog.cpp" line="+38"/>
        <source>Reading the landlords&apos; tenants…</source>
        <translation>Lecture des locataires des propriétaires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the statements…</source>
        <translation>Écriture des relevés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Putting the e-mails in the outbox…</source>
        <translation>Mise des e-mails dans la boîte d&apos;envoi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Landlords&apos; statements</source>
        <translation>Relevés des propriétaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A statement as of %1 for each landlord with a tenant in arrears: the arrears, the reminders sent and the next step. One PDF per landlord, and one with all of them to print.</source>
        <translation>Un relevé au %1 pour chaque propriétaire dont un locataire est en impayé&#xa0;: les impayés, les relances envoyées et la prochaine étape. Un PDF par propriétaire, et un qui les regroupe tous pour l&apos;impression.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>statements</source>
        <translation>releves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also e-mail them to the landlords who have an address</source>
        <translation>Les envoyer aussi par e-mail aux propriétaires qui ont une adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each e-mail goes to the outbox once per landlord and date; running this again for the same date adds none.</source>
        <translation>Chaque e-mail va une seule fois dans la boîte d&apos;envoi par propriétaire et par date ; relancer pour la même date n&apos;en ajoute aucun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statements progress</source>
        <translation>Avancement des relevés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the PDF with every statement</source>
        <translation>Ouvrir le PDF qui regroupe tous les relevés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every statement (the PDF with all of them)</source>
        <translation>Imprimer tous les relevés (le PDF qui les regroupe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;outbox</source>
        <translation>Ouvrir la &amp;boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the e-mails waiting there with « Send now »</source>
        <translation>Envoyez les e-mails en attente avec «&#xa0;Envoyer maintenant&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send the e-mails now</source>
        <translation>&amp;Envoyer les e-mails maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the statements&apos; e-mails waiting in the outbox, and only them</source>
        <translation>Envoyer les e-mails des relevés en attente dans la boîte d&apos;envoi, et eux seuls</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Write the statements</source>
        <translation>É&amp;crire les relevés</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Folder for the statements</source>
        <translation>Dossier des relevés</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the folder the statements are written in.</source>
        <translation>Choisissez le dossier où écrire les relevés.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The statements could not be written.</source>
        <translation>Les relevés n&apos;ont pas pu être écrits.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No landlord has a tenant in arrears as of %1: nothing written.</source>
        <translation>Aucun propriétaire n&apos;a de locataire en impayé au %1&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n statement(s) written in %1.</source>
        <translation>
            <numerusform>%n relevé écrit dans %1.</numerusform>
            <numerusform>%n relevés écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To print them all: %1</source>
        <translation>Pour les imprimer tous&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n e-mail(s) put in the outbox: « Send the e-mails now » sends them.</source>
        <translation>
            <numerusform>%n e-mail mis dans la boîte d&apos;envoi&#xa0;: «&#xa0;Envoyer les e-mails maintenant&#xa0;» l&apos;envoie.</numerusform>
            <numerusform>%n e-mails mis dans la boîte d&apos;envoi&#xa0;: «&#xa0;Envoyer les e-mails maintenant&#xa0;» les envoie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n landlord(s) already had this date&apos;s statement e-mailed or queued: not again.</source>
        <translation>
            <numerusform>%n propriétaire avait déjà reçu ou en attente le relevé de cette date&#xa0;: pas de nouvel envoi.</numerusform>
            <numerusform>%n propriétaires avaient déjà reçu ou en attente le relevé de cette date&#xa0;: pas de nouvel envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n landlord(s) have no e-mail address: print their statements.</source>
        <translation>
            <numerusform>%n propriétaire n&apos;a pas d&apos;adresse e-mail&#xa0;: imprimez son relevé.</numerusform>
            <numerusform>%n propriétaires n&apos;ont pas d&apos;adresse e-mail&#xa0;: imprimez leurs relevés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not queued: %1</source>
        <translation>Non mis en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mails could not be put in the outbox: %1</source>
        <translation>Les e-mails n&apos;ont pas pu être mis dans la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Print the statements</source>
        <translation>Imprimer les relevés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The statements could not be copied to %1: check the folder exists and you may write in it.</source>
        <translation>Les relevés n&apos;ont pas pu être copiés dans %1&#xa0;: vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Landlords&apos; statements as of %1</source>
        <translation>Relevés des propriétaires au %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statements not printed</source>
        <translation>Relevés non imprimés</translation>
    </message>
</context>
<context>
    <name>OwnerValidator</name>
    <message numerus="yes">
        <location filename="../core/ledger/OwnerValidator.cpp" line="+20"/>
        <source>%1: at most %n characters.</source>
        <translation>
            <numerusform>%1&#xa0;: %n caractère au plus.</numerusform>
            <numerusform>%1&#xa0;: %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: write it on one line (statements and e-mails cannot carry a line break here).</source>
        <translation>%1&#xa0;: écrivez-le sur une seule ligne (les relevés et les e-mails ne peuvent pas contenir de saut de ligne ici).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the owner&apos;s reference, e.g. PROP012.</source>
        <translation>Saisissez la référence du propriétaire, par exemple PROP012.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the owner&apos;s name as it should appear on statements.</source>
        <translation>Saisissez le nom du propriétaire tel qu&apos;il doit figurer sur les relevés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This e-mail address is not valid: write it as name@example.fr.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide&#xa0;: écrivez-la sous la forme nom@exemple.fr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the owner&apos;s country as a two-letter code, e.g. FR.</source>
        <translation>Saisissez le pays du propriétaire sous la forme d&apos;un code à deux lettres, par exemple FR.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A French postal code has five digits, e.g. 69003.</source>
        <translation>Un code postal français compte cinq chiffres, par exemple 69003.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the postal code of the owner&apos;s address.</source>
        <translation>Saisissez le code postal de l&apos;adresse du propriétaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the city of the owner&apos;s address.</source>
        <translation>Saisissez la ville de l&apos;adresse du propriétaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner&apos;s reference</source>
        <translation>Référence du propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s name</source>
        <translation>Nom du propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s e-mail</source>
        <translation>E-mail du propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s address</source>
        <translation>Adresse du propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s address (line 2)</source>
        <translation>Adresse du propriétaire (ligne 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner&apos;s postal code</source>
        <translation>Code postal du propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner&apos;s city</source>
        <translation>Ville du propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s country</source>
        <translation>Pays du propriétaire</translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <location filename="../ui/recovery/PaymentPlanDialog.cpp" line="+52"/>
        <source>Debt</source>
        <translation>Dette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the plan spreads: the overdue amount as of the plan&apos;s date, unless the agreement says otherwise.</source>
        <translation>Ce que le plan étale&#xa0;: le montant impayé à la date du plan, sauf si l&apos;accord prévoit autre chose.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of monthly instalments</source>
        <translation>Nombre de mensualités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAF &amp;default plan</source>
        <translation>Plan CAF par &amp;défaut</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n monthly instalment(s): the plan the paying body (CAF or MSA) expects when the housing aid is paid to the agency (CCH R.824-12).</source>
        <translation>
            <numerusform>%n mensualité&#xa0;: le plan qu&apos;attend l&apos;organisme payeur (CAF ou MSA) lorsque l&apos;aide au logement est versée à l&apos;agence (CCH R.824-12).</numerusform>
            <numerusform>%n mensualités&#xa0;: le plan qu&apos;attend l&apos;organisme payeur (CAF ou MSA) lorsque l&apos;aide au logement est versée à l&apos;agence (CCH R.824-12).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First instalment</source>
        <translation>Première mensualité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day each instalment falls due; in a shorter month, its last day.</source>
        <translation>Le jour d&apos;échéance de chaque mensualité&#xa0;; dans un mois plus court, son dernier jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;ebt:</source>
        <translation>D&amp;ette&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Monthly instalments:</source>
        <translation>&amp;Mensualités&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First instalment:</source>
        <translation>&amp;Première mensualité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the mo&amp;nth:</source>
        <translation>&amp;Jour du mois&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each instalment is due on top of the current rent. The last one takes the rest of the division.</source>
        <translation>Chaque mensualité est due en plus du loyer courant. La dernière reprend le reste de la division.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create the plan</source>
        <translation>&amp;Créer le plan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Payment plan</source>
        <translation>Plan d&apos;apurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment plan cannot be prepared: %1</source>
        <translation>Le plan d&apos;apurement ne peut pas être préparé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment plan — %1</source>
        <translation>Plan d&apos;apurement — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) owes %3 overdue as of %4. The plan starts on that date.</source>
        <translation>%1 (%2) présente un montant impayé de %3 au %4. Le plan commence à cette date.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This amount is not valid.</source>
        <translation>Ce montant n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>PaymentPlanListModel</name>
    <message>
        <location filename="../ui/accounts/PaymentPlanListModel.cpp" line="+110"/>
        <source>%1 — %2</source>
        <comment>next instalment: date — amount</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account owes no more than the plan allows as of %1: reminders wait.</source>
        <translation>Au %1, le compte ne doit pas plus que ce que prévoit le plan&#xa0;: les relances sont suspendues.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late since %1: the account owes more than the plan allows. Reminders still wait; the plan breaks after the grace days unless it is caught up.</source>
        <translation>En retard depuis le %1&#xa0;: le compte doit plus que ce que prévoit le plan. Les relances restent suspendues&#xa0;; le plan sera rompu à l&apos;issue des jours de grâce si le retard n&apos;est pas rattrapé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Late since %1 and broken on %2: reminders resume at the next level.</source>
        <translation>En retard depuis le %1 et rompu le %2&#xa0;: les relances reprennent au niveau suivant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was overdue any more on %1: the plan is over.</source>
        <translation>Plus aucun montant impayé au %1&#xa0;: le plan est soldé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What is owed beyond what the plan allows as of the date</source>
        <translation>Ce qui est dû au-delà de ce que prévoit le plan, à la date indiquée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt</source>
        <translation>Dette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instalments</source>
        <translation>Mensualités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next instalment</source>
        <translation>Prochaine mensualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behind</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
</context>
<context>
    <name>PaymentPlanRepository</name>
    <message>
        <location filename="../core/storage/PaymentPlanRepository.cpp" line="+86"/>
        <source>The payment plan was not stored: try again.</source>
        <translation>Le plan d&apos;apurement n&apos;a pas été enregistré&#xa0;: réessayez.</translation>
    </message>
</context>
<context>
    <name>PaymentPlans</name>
    <message>
        <location filename="../core/recovery/PaymentPlans.cpp" line="+41"/>
        <source>A payment plan has from 1 to %1 monthly instalments, not %2.</source>
        <translation>Un plan d&apos;apurement compte de 1 à %1 mensualités, et non %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment plan needs its date and its first instalment&apos;s date.</source>
        <translation>Le plan d&apos;apurement doit avoir sa date et la date de sa première mensualité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first instalment (%1) comes before the plan itself (%2): choose a first date on or after it.</source>
        <translation>La première mensualité (%1) précède le plan lui-même (%2)&#xa0;: choisissez une première date identique ou postérieure à celle du plan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The debt of a payment plan must be more than zero.</source>
        <translation>La dette d&apos;un plan d&apos;apurement doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 owes nothing overdue on %2: there is no debt to spread.</source>
        <translation>%1 n&apos;a aucun impayé échu au %2&#xa0;: il n&apos;y a pas de dette à étaler.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has a payment plan dated %2, after this one: a plan cannot be created before it.</source>
        <translation>%1 a un plan d&apos;apurement daté du %2, postérieur à celui-ci&#xa0;: un plan ne peut pas être créé avant lui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already has a payment plan (created on %2) that is neither broken nor completed: follow that one, or wait until it ends.</source>
        <translation>%1 a déjà un plan d&apos;apurement (créé le %2) qui n&apos;est ni rompu ni soldé&#xa0;: suivez celui-ci, ou attendez qu&apos;il prenne fin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The signature needs a date.</source>
        <translation>La signature doit avoir une date.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no payment plan created by %2: create it first.</source>
        <translation>%1 n&apos;a aucun plan d&apos;apurement créé au plus tard le %2&#xa0;: créez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment plan of %1 was already recorded as signed on %2; nothing was changed.</source>
        <translation>Le plan d&apos;apurement de %1 a déjà été enregistré comme signé le %2&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Payment plan of %1 signed: %2 in %n instalment(s).</source>
        <translation>
            <numerusform>Plan d&apos;apurement de %1 signé&#xa0;: %2 en %n mensualité.</numerusform>
            <numerusform>Plan d&apos;apurement de %1 signé&#xa0;: %2 en %n mensualités.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 had no payment plan on %2.</source>
        <translation>%1 n&apos;avait aucun plan d&apos;apurement au %2.</translation>
    </message>
</context>
<context>
    <name>PdfFinisher</name>
    <message>
        <location filename="../core/letters/PdfFinisher.cpp" line="+162"/>
        <source>Stopped: not every letter has its own PDF.</source>
        <translation>Arrêt&#xa0;: tous les courriers n&apos;ont pas leur propre PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letters&apos; PDF has fewer pages than expected; nothing was split.</source>
        <translation>Le PDF des courriers a moins de pages que prévu&#xa0;; rien n&apos;a été découpé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+37"/>
        <location line="+14"/>
        <source>The PDF file %1 could not be written: %2</source>
        <translation>Le fichier PDF %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanAgreementDialog</name>
    <message>
        <location filename="../ui/recovery/PlanAgreementDialog.cpp" line="+41"/>
        <source>Payment plan agreement — %1</source>
        <translation>Accord de plan d&apos;apurement — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit the letter…</source>
        <translation>Modifier la lettre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreement&apos;s text, for every account</source>
        <translation>Le texte de l&apos;accord, commun à tous les comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The agreement letter cannot be prepared: %1</source>
        <translation>La lettre d&apos;accord ne peut pas être préparée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agreement of %1 dated %2, to print in two copies: the tenant signs both, each side keeps one. Once it is back signed, record it with “Mark as signed…”.</source>
        <translation>L&apos;accord de %1 daté du %2, à imprimer en deux exemplaires&#xa0;: le locataire signe les deux, chaque partie en conserve un. Une fois l&apos;accord revenu signé, enregistrez-le avec «&#xa0;Marquer comme signé…&#xa0;».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>payment-plan-%1-%2.pdf</source>
        <translation>plan-apurement-%1-%2.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the agreement as PDF</source>
        <translation>Enregistrer l&apos;accord en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreement not saved</source>
        <translation>Accord non enregistré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the agreement</source>
        <translation>Imprimer l&apos;accord</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No temporary folder to prepare the print: %1</source>
        <translation>Aucun dossier temporaire pour préparer l&apos;impression&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreement not printed</source>
        <translation>Accord non imprimé</translation>
    </message>
</context>
<context>
    <name>PlanAgreementLetter</name>
    <message>
        <location filename="../core/recovery/PlanAgreementLetter.cpp" line="+56"/>
        <source>The language « %1 » is not supported: choose fr or en.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n&apos;est pas prise en charge&#xa0;: choisissez fr ou en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment plan agreement is empty: write it, or restore the default text.</source>
        <translation>La lettre d&apos;accord du plan d&apos;apurement est vide&#xa0;: rédigez-la, ou rétablissez le texte par défaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment plan agreement is longer than %1 KB: shorten it.</source>
        <translation>La lettre d&apos;accord du plan d&apos;apurement dépasse %1 Ko&#xa0;: raccourcissez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment plan agreement cannot be saved (line %1, column %2): %3</source>
        <translation>La lettre d&apos;accord du plan d&apos;apurement ne peut pas être enregistrée (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 had no payment plan on %2: create one first.</source>
        <translation>%1 n&apos;avait pas de plan d&apos;apurement au %2&#xa0;: créez-en un d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>PlanScheduleModel</name>
    <message>
        <location filename="../ui/recovery/PlanScheduleModel.cpp" line="+61"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No.</source>
        <comment>instalment number</comment>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still owed after it</source>
        <translation>Reste dû après paiement</translation>
    </message>
</context>
<context>
    <name>PlanSignatureDialog</name>
    <message>
        <location filename="../ui/recovery/PlanSignatureDialog.cpp" line="+18"/>
        <source>Payment plan signed — %1</source>
        <translation>Plan d&apos;apurement signé — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day the tenant signed the agreement of the payment plan of %1. The debt acknowledgment is recorded in the case file as of that day: it restarts the prescription of the debt (Code civil, art. 2240).</source>
        <translation>Le jour où le locataire a signé l&apos;accord du plan d&apos;apurement du %1. La reconnaissance de dette est enregistrée dans le dossier à cette date&#xa0;: elle fait repartir le délai de prescription de la dette (Code civil, art. 2240).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signé le&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record the signature</source>
        <translation>&amp;Enregistrer la signature</translation>
    </message>
</context>
<context>
    <name>PositionLoader</name>
    <message>
        <location filename="../core/storage/PositionLoader.cpp" line="+49"/>
        <location line="+20"/>
        <source>The ledger could not be read: %1</source>
        <translation>Le grand livre n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This tenant account no longer exists.</source>
        <translation>Ce compte locataire n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../core/print/PrintQueue.cpp" line="+58"/>
        <source>There is no printer named « %1 »: check its name in the printer settings.</source>
        <translation>Il n&apos;y a pas d&apos;imprimante nommée «&#xa0;%1&#xa0;»&#xa0;: vérifiez son nom dans les réglages des imprimantes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The printer « %1 » refused the letters (%2): check that it is switched on and accepts jobs, or choose another printer.</source>
        <translation>L&apos;imprimante «&#xa0;%1&#xa0;» a refusé les courriers (%2)&#xa0;: vérifiez qu&apos;elle est allumée et accepte les impressions, ou choisissez une autre imprimante.</translation>
    </message>
</context>
<context>
    <name>ProgramCopy</name>
    <message>
        <location filename="../core/storage/ProgramCopy.cpp" line="+13"/>
        <source>A reminder program needs a name.</source>
        <translation>Un programme de relance doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A program called “%1” already exists: choose another name.</source>
        <translation>Un programme nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../core/reminders/ProgramEditor.cpp" line="+19"/>
        <location line="+114"/>
        <source>A reminder program needs a name.</source>
        <translation>Un programme de relance doit avoir un nom.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The levels of “%1” must be numbered 1, 2, 3… in order.</source>
        <translation>Les niveaux de «&#xa0;%1&#xa0;» doivent être numérotés 1, 2, 3… dans l&apos;ordre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level %1 “%2”: %3</source>
        <translation>Niveau %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A level belongs to a program: choose one first.</source>
        <translation>Un niveau appartient à un programme&#xa0;: choisissez d&apos;abord un programme.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+98"/>
        <source>This reminder level no longer exists.</source>
        <translation>Ce niveau de relance n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The level was not moved:
%1</source>
        <translation>Le niveau n&apos;a pas été déplacé&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A program called “%1” already exists: choose another name.</source>
        <translation>Un programme nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>ProgramRepository</name>
    <message>
        <location filename="../core/storage/ProgramRepository.cpp" line="+129"/>
        <source>There is no global reminder program. Create one in “Levels and templates”.</source>
        <translation>Il n&apos;existe pas de programme de relance général. Créez-en un dans «&#xa0;Niveaux et modèles&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This reminder program no longer exists.</source>
        <translation>Ce programme de relance n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reminder program “%1” does not exist.</source>
        <translation>Le programme de relance «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This reminder level no longer exists.</source>
        <translation>Ce niveau de relance n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>A level belongs to a program: choose one first.</source>
        <translation>Un niveau appartient à un programme&#xa0;: choisissez d&apos;abord un programme.</translation>
    </message>
</context>
<context>
    <name>RecoveredMonthsModel</name>
    <message>
        <location filename="../ui/dashboard/RecoveredMonthsModel.cpp" line="+49"/>
        <source>%1: %2 of overdue rent paid</source>
        <translation>%1&#xa0;: %2 de loyers impayés réglés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered</source>
        <translation>Recouvré</translation>
    </message>
</context>
<context>
    <name>RecoveryDashboard</name>
    <message>
        <location filename="../core/reports/RecoveryDashboard.cpp" line="+32"/>
        <source>The period must start on or before the date of the figures (from %1 to %2).</source>
        <translation>La période doit commencer au plus tard à la date des chiffres (du %1 au %2).</translation>
    </message>
    <message>
        <location line="+119"/>
        <location line="+13"/>
        <source>Stopped before the end.</source>
        <translation>Interrompu avant la fin.</translation>
    </message>
</context>
<context>
    <name>RecoveryLabels</name>
    <message>
        <location filename="../core/recovery/RecoveryLabels.cpp" line="+19"/>
        <source>Report arrears to the CAF</source>
        <translation>Signaler l&apos;impayé à la CAF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the CAF a payment plan</source>
        <translation>Envoyer un plan d&apos;apurement à la CAF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formal notice (Visale)</source>
        <translation>Mise en demeure (Visale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare to Visale</source>
        <translation>Déclarer l&apos;impayé à Visale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formal notice (GLI)</source>
        <translation>Mise en demeure (GLI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare to the GLI insurer</source>
        <translation>Déclarer le sinistre à l&apos;assureur GLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inform the guarantor</source>
        <translation>Informer la caution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve the commandement on the guarantor</source>
        <translation>Dénoncer le commandement à la caution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The housing aid is paid to the landlord: the arrears must be reported to the paying body within two months of reaching twice the net monthly amount, or the aid already paid can be claimed back.</source>
        <translation>L&apos;aide au logement est versée au bailleur&#xa0;: l&apos;impayé doit être signalé à l&apos;organisme payeur dans les deux mois après avoir atteint deux fois le montant mensuel net, sinon l&apos;aide déjà versée peut être récupérée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the report, the paying body expects a payment plan within six months.</source>
        <translation>Après le signalement, l&apos;organisme payeur attend un plan d&apos;apurement dans les six mois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visale asks for a formal notice (registered letter) to the tenant within 15 days of the unpaid rent.</source>
        <translation>Visale demande une mise en demeure du locataire (lettre recommandée) dans les 15 jours suivant l&apos;impayé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unpaid rent must be declared to Visale within 30 days, or the cover is lost.</source>
        <translation>L&apos;impayé doit être déclaré à Visale dans les 30 jours, sinon la garantie est perdue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rent-guarantee contract asks for a formal notice to the tenant within its delay.</source>
        <translation>Le contrat de garantie loyers impayés demande une mise en demeure du locataire dans le délai qu&apos;il fixe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unpaid rent must be declared to the insurer within the contract&apos;s delay, or the cover is lost.</source>
        <translation>L&apos;impayé doit être déclaré à l&apos;assureur dans le délai prévu par le contrat, sinon la garantie est perdue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guarantor must be informed of the tenant&apos;s default within the month.</source>
        <translation>La caution doit être informée de la défaillance du locataire dans le mois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commandement de payer must be served on the guarantor within 15 days, or no penalties or interest can be claimed from them.</source>
        <translation>Le commandement de payer doit être dénoncé à la caution dans les 15 jours, faute de quoi aucune pénalité ni aucun intérêt de retard ne peut lui être réclamé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reported to the CAF</source>
        <translation>Impayé signalé à la CAF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan sent to the CAF</source>
        <translation>Plan d&apos;apurement envoyé à la CAF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared to Visale</source>
        <translation>Impayé déclaré à Visale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared to the GLI insurer</source>
        <translation>Sinistre déclaré à l&apos;assureur GLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formal notice sent</source>
        <translation>Mise en demeure envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed to the commissaire de justice</source>
        <translation>Dossier transmis au commissaire de justice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commandement de payer served</source>
        <translation>Commandement de payer signifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commandement served on the guarantor</source>
        <translation>Commandement dénoncé à la caution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt acknowledged</source>
        <translation>Reconnaissance de dette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CCAPEX</source>
        <translation>CCAPEX</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two consecutive monthly rents fully unpaid, or arrears of at least twice the rent without charges: the commissaire de justice must report the commandement to the CCAPEX.</source>
        <translation>Deux loyers mensuels consécutifs entièrement impayés, ou un impayé d&apos;au moins deux fois le loyer hors charges&#xa0;: le commissaire de justice doit signaler le commandement à la CCAPEX.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prescription near</source>
        <translation>Prescription proche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>respected</source>
        <comment>payment plan</comment>
        <translation>respecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late since %1</source>
        <comment>payment plan</comment>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>broken on %1</source>
        <comment>payment plan</comment>
        <translation>rompu le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paid off</source>
        <comment>payment plan</comment>
        <translation>soldé</translation>
    </message>
</context>
<context>
    <name>RecoveryNoticeModel</name>
    <message>
        <location filename="../ui/deadlines/RecoveryNoticeModel.cpp" line="+48"/>
        <source>%1 (rent without charges unknown)</source>
        <translation>%1 (loyer hors charges inconnu)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1
The rent without charges is unknown: the rent with charges was used.</source>
        <translation>%1
Le loyer hors charges est inconnu&#xa0;: le loyer charges comprises a été utilisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unpaid item %1, due on %2, can no longer be claimed from %3.</source>
        <translation>L&apos;impayé %1, échu le %2, ne pourra plus être réclamé à partir du %3.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag or warning</source>
        <translation>Signalement ou alerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid item</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prescribed on</source>
        <translation>Prescrit le</translation>
    </message>
</context>
<context>
    <name>RecoveryReportSaver</name>
    <message>
        <location filename="../ui/dashboard/RecoveryReportSaver.cpp" line="+51"/>
        <source>recovery-report-%1.pdf</source>
        <translation>rapport-recouvrement-%1.pdf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the recovery report as PDF</source>
        <translation>Enregistrer le rapport de recouvrement en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Recovery report not saved</source>
        <translation>Rapport de recouvrement non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery report could not be written to %1.

%2</source>
        <translation>Le rapport de recouvrement n&apos;a pas pu être écrit dans %1.

%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery report saved</source>
        <translation>Rapport de recouvrement enregistré</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The recovery report (%n page(s)) is saved in %1.

Open it now?</source>
        <translation>
            <numerusform>Le rapport de recouvrement (%n page) est enregistré dans %1.

L&apos;ouvrir maintenant&#xa0;?</numerusform>
            <numerusform>Le rapport de recouvrement (%n pages) est enregistré dans %1.

L&apos;ouvrir maintenant&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverySettingsJson</name>
    <message>
        <location filename="../core/recovery/RecoverySettingsJson.cpp" line="+54"/>
        <source>unknown setting</source>
        <translation>paramètre inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected text</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a whole number of days</source>
        <translation>un nombre entier de jours est attendu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be 0 or 1</source>
        <translation>doit valoir 0 ou 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected text (deadline kinds separated by commas)</source>
        <translation>un texte est attendu (types d&apos;échéances séparés par des virgules)</translation>
    </message>
</context>
<context>
    <name>RecoverySettingsTab</name>
    <message>
        <location filename="../ui/settings/RecoverySettingsTab.cpp" line="+50"/>
        <source>The deadlines that follow the reminders: what the agency&apos;s guarantee contracts ask, and which rules it follows. Each deadline names its source (the article or the contract) in its tooltip.</source>
        <translation>Les échéances qui suivent les relances&#xa0;: ce que demandent les contrats de garantie de l&apos;agence, et les règles qu&apos;elle applique. Chaque échéance indique sa source (l&apos;article ou le contrat) dans son info-bulle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the GLI contract</source>
        <translation>Nom du contrat GLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the deadlines should name it, e.g. Contrat GLI</source>
        <translation>tel que les échéances doivent le citer, p. ex. Contrat GLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GLI formal notice delay</source>
        <translation>Délai de mise en demeure GLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GLI declaration delay</source>
        <translation>Délai de déclaration GLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent-guarantee insurance (GLI)</source>
        <translation>Garantie loyers impayés (GLI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract &amp;name:</source>
        <translation>&amp;Nom du contrat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formal notice within:</source>
        <translation>Mise en demeure s&amp;ous&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declaration within:</source>
        <translation>&amp;Déclaration sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days counted from the due date of the oldest unpaid rent, as the insurer&apos;s contract says.</source>
        <translation>Jours comptés à partir de la date d&apos;exigibilité du plus ancien loyer impayé, comme le prévoit le contrat de l&apos;assureur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadlines followed</source>
        <translation>Échéances suivies</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flags and warnings</source>
        <translation>Signalements et alertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag the accounts to be reported to the CCAPE&amp;X</source>
        <translation>Marquer les comptes à signaler à la CCAPE&amp;X</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warn six &amp;months before an unpaid item is prescribed</source>
        <translation>A&amp;vertir six mois avant qu&apos;un impayé ne soit prescrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loi 89-462 art. 7-1: 3 years for homes; C. civ. 2224: 5 years for other leases.</source>
        <translation>Loi 89-462 art. 7-1&#xa0;: 3 ans pour les logements&#xa0;; C. civ. 2224&#xa0;: 5 ans pour les autres baux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grace days of payment plans</source>
        <translation>Jours de grâce des plans d&apos;apurement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment plan still late after these days is broken.</source>
        <translation>Un plan d&apos;apurement toujours en retard au-delà de ces jours est rompu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plans</source>
        <translation>Plans d&apos;apurement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grace days:</source>
        <translation>&amp;Jours de grâce&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan &amp;agreement letter…</source>
        <translation>Lettre d&apos;&amp;accord du plan d&apos;apurement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter the tenant signs with the agency, with the plan&apos;s schedule; in French and in English.</source>
        <translation>La lettre que le locataire signe avec l&apos;agence, avec l&apos;échéancier du plan&#xa0;; en français et en anglais.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
Source: %2</source>
        <translation>%1
Source&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RecoverySettingsValidator</name>
    <message>
        <location filename="../core/recovery/RecoverySettingsValidator.cpp" line="+12"/>
        <source>Enter the name of the GLI contract: the GLI deadlines show it as their source.</source>
        <translation>Saisissez le nom du contrat GLI&#xa0;: les échéances GLI l&apos;indiquent comme source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name of the GLI contract is %1 characters long: shorten it to %2 at most.</source>
        <translation>Le nom du contrat GLI compte %1 caractères&#xa0;: raccourcissez-le à %2 au maximum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name of the GLI contract must hold on one line: remove the line break.</source>
        <translation>Le nom du contrat GLI doit tenir sur une seule ligne&#xa0;: supprimez le saut de ligne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The GLI formal notice delay must be from %1 to %2 days (the contract says how many; 35 is usual).</source>
        <translation>Le délai de mise en demeure GLI doit être compris entre %1 et %2 jours (le contrat en fixe le nombre&#xa0;; 35 est courant).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GLI declaration delay must be from %1 to %2 days (the contract says how many; 45 is usual).</source>
        <translation>Le délai de déclaration GLI doit être compris entre %1 et %2 jours (le contrat en fixe le nombre&#xa0;; 45 est courant).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The grace days of payment plans must be from %1 to %2 days.</source>
        <translation>Les jours de grâce des plans d&apos;apurement doivent être compris entre %1 et %2 jours.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The deadlines turned off name “%1”, which is no deadline: use %2, separated by commas.</source>
        <translation>Les échéances désactivées citent «&#xa0;%1&#xa0;», qui n&apos;est pas une échéance&#xa0;: utilisez %2, séparés par des virgules.</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <location filename="../core/storage/ReminderRepository.cpp" line="+87"/>
        <source>The letter could not be recorded.</source>
        <translation>Le courrier n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The level “%1” has no template called “%2”. Check the name in Levels and templates.</source>
        <translation>Le niveau «&#xa0;%1&#xa0;» n&apos;a pas de modèle de courrier nommé «&#xa0;%2&#xa0;». Vérifiez le nom dans «&#xa0;Niveaux et modèles&#xa0;».</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Letter %1 has an unknown state “%2”.</source>
        <translation>Le courrier %1 a un état inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ReportPdfFile</name>
    <message>
        <location filename="../core/reports/ReportPdfFile.cpp" line="+18"/>
        <source>The file %1 cannot be written: check the folder and your rights on it.</source>
        <translation>Le fichier %1 ne peut pas être écrit&#xa0;: vérifiez le dossier et vos droits sur ce dossier.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file %1 could not be written.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>RunFlow</name>
    <message numerus="yes">
        <location filename="../ui/debtors/RunFlow.cpp" line="+52"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Recording the reminders…</source>
        <translation>Enregistrement des relances…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing the letters…</source>
        <translation>Production des courriers…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cancelled: nothing was recorded.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+32"/>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Nothing was recorded: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n reminder(s) issued.</source>
        <translation>
            <numerusform>%n relance émise.</numerusform>
            <numerusform>%n relances émises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n letter(s) sent to the printer.</source>
        <translation>
            <numerusform>%n courrier envoyé à l&apos;imprimante.</numerusform>
            <numerusform>%n courriers envoyés à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) written to %2.</source>
        <translation>
            <numerusform>%n courrier écrit dans %2.</numerusform>
            <numerusform>%n courriers écrits dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n courrier écrit.</numerusform>
            <numerusform>%n courriers écrits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reminders are recorded, but their letters were not produced: %1 They wait in the print batch: print them from the Debtors screen.</source>
        <translation>Les relances sont enregistrées, mais leurs courriers n&apos;ont pas été produits&#xa0;: %1 Ils attendent dans le lot d&apos;impression&#xa0;: imprimez-les depuis l&apos;écran Débiteurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letters wait in the print batch.</source>
        <translation>Les courriers attendent dans le lot d&apos;impression.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail not queued: %1</source>
        <translation>E-mail non mis en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n e-mail(s) wait in the outbox until then.</source>
        <translation>
            <numerusform>%n e-mail attend dans la boîte d&apos;envoi jusque-là.</numerusform>
            <numerusform>%n e-mails attendent dans la boîte d&apos;envoi jusque-là.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also send by e-mail?</source>
        <translation>Envoyer aussi par e-mail&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n e-mail(s) with the same letters are ready for the accounts %1.

Send them now? If you answer No, they stay in the outbox (History, E-mail outbox) and can be sent later.</source>
        <translation>
            <numerusform>%n e-mail contenant le même courrier est prêt pour le compte %1.

L&apos;envoyer maintenant&#xa0;? Si vous répondez Non, il reste dans la boîte d&apos;envoi (Historique, Boîte d&apos;envoi) et pourra être envoyé plus tard.</numerusform>
            <numerusform>%n e-mails contenant les mêmes courriers sont prêts pour les comptes %1.

Les envoyer maintenant&#xa0;? Si vous répondez Non, ils restent dans la boîte d&apos;envoi (Historique, Boîte d&apos;envoi) et pourront être envoyés plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n e-mail(s) left in the outbox.</source>
        <translation>
            <numerusform>%n e-mail laissé dans la boîte d&apos;envoi.</numerusform>
            <numerusform>%n e-mails laissés dans la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+24"/>
        <location line="+13"/>
        <source>Send e-mails</source>
        <translation>Envoyer les e-mails</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The e-mails stay in the outbox: %1</source>
        <translation>Les e-mails restent dans la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Sending the e-mails…</source>
        <translation>Envoi des e-mails…</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>The e-mails were not sent: %1</source>
        <translation>Les e-mails n&apos;ont pas été envoyés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail envoyé.</numerusform>
            <numerusform>%n e-mails envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Some messages did not go; they are listed in the outbox (History, E-mail outbox), and letters whose address failed for good are back in the print batch.

%2</source>
        <translation>%1 Certains messages ne sont pas partis&#xa0;; ils figurent dans la boîte d&apos;envoi (Historique, Boîte d&apos;envoi), et les courriers dont l&apos;adresse a échoué définitivement sont revenus dans le lot d&apos;impression.

%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+12"/>
        <source>Print batch</source>
        <translation>Lot d&apos;impression</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The letters were not produced: %1</source>
        <translation>Les courriers n&apos;ont pas été produits&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n letter(s) of the print batch produced.</source>
        <translation>
            <numerusform>%n courrier du lot d&apos;impression produit.</numerusform>
            <numerusform>%n courriers du lot d&apos;impression produits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n e-mail(s) of stopped runs queued.</source>
        <translation>
            <numerusform>%n e-mail de campagnes interrompues mis en file d&apos;attente.</numerusform>
            <numerusform>%n e-mails de campagnes interrompues mis en file d&apos;attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunRepository</name>
    <message>
        <location filename="../core/storage/RunRepository.cpp" line="+41"/>
        <source>The run could not be recorded.</source>
        <translation>La campagne de relance n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no run number %1.</source>
        <translation>Il n&apos;existe aucune campagne de relance numéro %1.</translation>
    </message>
</context>
<context>
    <name>RunResume</name>
    <message>
        <location filename="../core/reminders/RunResume.cpp" line="+89"/>
        <source>Run %1: its letters were not written: %2</source>
        <translation>Campagne %1&#xa0;: ses courriers n&apos;ont pas été écrits&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RunService</name>
    <message>
        <location filename="../core/reminders/RunService.cpp" line="+25"/>
        <source>A run needs a valid as-of date.</source>
        <translation>Une campagne de relance nécessite une date de référence valide.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1 owes nothing overdue as of %2: no reminder.</source>
        <translation>%1 n&apos;a aucun impayé échu au %2&#xa0;: pas de relance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 This cannot be overridden.</source>
        <translation>%1&#xa0;: %2 Impossible de passer outre.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>A manual reminder names its accounts: choose the accounts to remind.</source>
        <translation>Une relance manuelle nomme ses comptes&#xa0;: choisissez les comptes à relancer.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The ledger looks stale: no payment was posted in the days before %1, so payments may not have been imported. Import the latest ledger, or confirm that the run should go ahead anyway.</source>
        <translation>Les écritures semblent anciennes&#xa0;: aucun règlement n&apos;a été passé dans les jours précédant le %1, des paiements n&apos;ont peut-être pas été importés. Importez les dernières écritures, ou confirmez que la campagne doit partir quand même.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Nothing was recorded: the template « %1 » of the level « %2 » cannot be merged. %3 Correct it in « Levels and templates », then run again.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: le modèle «&#xa0;%1&#xa0;» du niveau «&#xa0;%2&#xa0;» ne peut pas être fusionné. %3 Corrigez-le dans «&#xa0;Niveaux et modèles&#xa0;», puis relancez la campagne.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: level %2 was already issued in this arrears period.</source>
        <translation>%1&#xa0;: le niveau %2 a déjà été émis pendant cette période d&apos;impayé.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reminder fee: %1</source>
        <translation>Frais de relance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RunStatuses</name>
    <message>
        <location filename="../core/reminders/RunStatus.cpp" line="+30"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Automated</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <location filename="../ui/main/ServerConnection.cpp" line="+20"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect to a shared server</source>
        <translation>Se connecter à un serveur partagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 would be reached without requiring encryption (TLS): the password and the tenants&apos; data could be read on the network.

Ask whoever runs the server for its certificate and add ?sslmode=verify-full to the address (see docs/postgresql.md). Connect anyway?</source>
        <translation>Le serveur %1 serait joint sans exiger de chiffrement (TLS)&#xa0;: le mot de passe et les données des locataires pourraient être lus sur le réseau.

Demandez son certificat à la personne qui gère le serveur et ajoutez&#xa0;?sslmode=verify-full à l&apos;adresse (voir docs/postgresql.md). Se connecter quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect without TLS</source>
        <translation>Se connecter sans TLS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server&apos;s database %1 holds no agency yet.

Copy the agency of the file open now (%2) to it? Every table is copied in one go and counted again on both sides; the file is left as it is.</source>
        <translation>La base %1 du serveur ne contient encore aucune agence.

Y copier l&apos;agence du fichier ouvert en ce moment (%2)&#xa0;? Toutes les tables sont copiées d&apos;un coup puis recomptées des deux côtés&#xa0;; le fichier reste tel quel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy this agency to the server</source>
        <translation>Copier cette agence sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the empty server</source>
        <translation>Ouvrir le serveur vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was copied.</source>
        <translation>Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying the agency to the server…</source>
        <translation>Copie de l&apos;agence sur le serveur…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server does not hold the same rows as the file after the copy. Keep working on the file and report the problem (relance-cli migrate-to prints the counts).</source>
        <translation>Après la copie, le serveur ne contient pas les mêmes lignes que le fichier. Continuez à travailler sur le fichier et signalez le problème (relance-cli migrate-to affiche les comptes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agency was copied to the server: %1 rows in %2 tables, the same on both sides; total balance %3 on both sides.</source>
        <translation>L&apos;agence a été copiée sur le serveur&#xa0;: %1 lignes dans %2 tables, identiques des deux côtés&#xa0;; solde total %3 des deux côtés.</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <location filename="../core/setup/ServerMigration.cpp" line="+34"/>
        <source>Only a local database file can be copied to a shared PostgreSQL server.</source>
        <translation>Seul un fichier de base local peut être copié vers un serveur PostgreSQL partagé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two databases do not have the same schema version (%1 and %2). Open both with this version of Relance first.</source>
        <translation>Les deux bases n&apos;ont pas la même version de schéma (%1 et %2). Ouvrez d&apos;abord les deux avec cette version de Relance.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server&apos;s database %1 already holds an agency (accounts, ledger or runs). Nothing was copied: choose an empty database, created for Relance.</source>
        <translation>La base %1 du serveur contient déjà une agence (comptes, grand livre ou campagnes). Rien n&apos;a été copié&#xa0;: choisissez une base vide, créée pour Relance.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying to the server failed: %1 Nothing was copied (the server&apos;s database was left as it was).</source>
        <translation>La copie vers le serveur a échoué&#xa0;: %1 Rien n&apos;a été copié (la base du serveur est restée telle quelle).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="+45"/>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Agency</source>
        <translation>A&amp;gence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letter layout</source>
        <translation>Mise en &amp;page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printing</source>
        <translation>&amp;Impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;utomation</source>
        <translation>A&amp;utomatisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;covery</source>
        <translation>Re&amp;couvrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>Imp&amp;ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backup</source>
        <translation>&amp;Sauvegarde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the changes and show the saved settings</source>
        <translation>Annuler les modifications et afficher les paramètres enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check and save every tab (%1)</source>
        <translation>Vérifier et enregistrer tous les onglets (%1)</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/LayoutSettingsTab.cpp" line="+114"/>
        <source> mm</source>
        <translation>&#xa0;mm</translation>
    </message>
    <message>
        <location filename="../ui/settings/AgencySettingsTab.cpp" line="+40"/>
        <source>Agency name</source>
        <translation>Nom de l&apos;agence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the letterhead, e.g. Agence du Parc</source>
        <translation>tel qu&apos;il figure sur l&apos;en-tête, par ex. Agence du Parc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address (line 2)</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. contact@agence.fr; test e-mails go here</source>
        <translation>par ex. contact@agence.fr&#xa0;; les e-mails de test sont envoyés à cette adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Professional licence</source>
        <translation>Carte professionnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carte professionnelle, e.g. CPI 6901 2026 000 012 345</source>
        <translation>par ex. CPI 6901 2026 000 012 345</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal footer</source>
        <translation>Mentions légales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed at the foot of every letter: financial guarantee, insurer, RCS…</source>
        <translation>Imprimées en bas de chaque courrier&#xa0;: garantie financière, assureur, RCS…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name under the signature</source>
        <translation>le nom figurant sous la signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code, cit&amp;y, country:</source>
        <translation>Code postal, &amp;ville, pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>E-mai&amp;l&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;IRET:</source>
        <translation>SIRE&amp;T&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional &amp;licence:</source>
        <translation>&amp;Carte professionnelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal &amp;footer:</source>
        <translation>Menti&amp;ons légales&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnatory:</source>
        <translation>Signatai&amp;re&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo (letterhead):</source>
        <translation>Logo (en-tête)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanned signature:</source>
        <translation>Signature numérisée&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Images:</source>
        <translation>Images&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images are stored as PNG; very large ones are scaled down to %1 pixels.</source>
        <translation>Les images sont enregistrées au format PNG&#xa0;; les très grandes sont réduites à %1 pixels.</translation>
    </message>
    <message>
        <location filename="../ui/settings/LayoutSettingsTab.cpp" line="-84"/>
        <source>Where the tenant&apos;s address is printed, so that it shows in the window of your envelopes. Measure the window from the top left corner of an envelope with a sheet folded inside, or print the calibration page, fold it and slide it into an envelope: the frame must show entirely in the window.</source>
        <translation>L&apos;endroit où l&apos;adresse du locataire est imprimée, pour qu&apos;elle apparaisse dans la fenêtre de vos enveloppes. Mesurez la fenêtre depuis le coin supérieur gauche d&apos;une enveloppe contenant une feuille pliée, ou imprimez la page d&apos;étalonnage, pliez-la et glissez-la dans une enveloppe&#xa0;: le cadre doit apparaître entièrement dans la fenêtre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Window distance from the left</source>
        <translation>Distance de la fenêtre au bord gauche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window distance from the top</source>
        <translation>Distance de la fenêtre au bord supérieur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window width</source>
        <translation>Largeur de la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window height</source>
        <translation>Hauteur de la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envelope window</source>
        <translation>Fenêtre de l&apos;enveloppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the &amp;left edge:</source>
        <translation>Depuis le &amp;bord gauche&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;top edge:</source>
        <translation>&amp;Depuis le bord supérieur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French DL &amp;defaults</source>
        <translation>Valeurs par défaut (en&amp;veloppe DL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>110 mm from the left, 55 mm from the top, 85 × 33 mm</source>
        <translation>110&#xa0;mm du bord gauche, 55&#xa0;mm du bord supérieur, 85&#xa0;×&#xa0;33&#xa0;mm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Preview and print the calibration page…</source>
        <translation>Aperçu et impression de la page d&apos;étal&amp;onnage…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the calibration page as P&amp;DF…</source>
        <translation>E&amp;nregistrer la page d&apos;étalonnage en PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the calibration page</source>
        <translation>Enregistrer la page d&apos;étalonnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calibration.pdf</source>
        <translation>etalonnage.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+53"/>
        <location line="+19"/>
        <source>Calibration page</source>
        <translation>Page d&apos;étalonnage</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The calibration page uses the values typed above, saved or not.</source>
        <translation>La page d&apos;étalonnage utilise les valeurs saisies ci-dessus, enregistrées ou non.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MailSettingsTab.cpp" line="+73"/>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. smtp.example.fr</source>
        <translation>par ex. smtp.exemple.fr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port %1)</source>
        <translation>STARTTLS (port %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS (port %1)</source>
        <translation>TLS (port %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None (a local relay only)</source>
        <translation>Aucun (relais local uniquement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty when the server needs no login</source>
        <translation>vide si le serveur ne demande pas d&apos;identification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave empty to keep the saved password</source>
        <translation>laisser vide pour conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. relances@agence.fr</source>
        <translation>par ex. relances@agence.fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: the agency&apos;s name</source>
        <translation>vide&#xa0;: le nom de l&apos;agence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: answers go to the sender address</source>
        <translation>vide&#xa0;: les réponses vont à l&apos;adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addresses that get a copy of every e-mail, comma-separated</source>
        <translation>adresses qui reçoivent une copie de chaque e-mail, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate authority file</source>
        <translation>Fichier d&apos;autorité de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only for a server with its own certificate authority</source>
        <translation>uniquement pour un serveur ayant sa propre autorité de certification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the certificate authority file</source>
        <translation>Choisir le fichier d&apos;autorité de certification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mail &amp;server:</source>
        <translation>Ser&amp;veur de messagerie&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;ncryption:</source>
        <translation>C&amp;hiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;uti&amp;lisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is kept in the system keyring, never in the database.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans la base de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sender &amp;address:</source>
        <translation>A&amp;dresse de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender na&amp;me:</source>
        <translation>Nom de l&apos;e&amp;xpéditeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reply to:</source>
        <translation>Adresse de répo&amp;nse&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copies to:</source>
        <translation>&amp;Copies à&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate au&amp;thority:</source>
        <translation>Autori&amp;té de certification&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a &amp;test e-mail</source>
        <translation>Envo&amp;yer un e-mail de test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends one message to the agency&apos;s own address with the settings typed here, saved or not</source>
        <translation>Envoie un message à l&apos;adresse de l&apos;agence avec les paramètres saisis ici, enregistrés ou non</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending the test e-mail</source>
        <translation>Envoi de l&apos;e-mail de test</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>E-mail to the &amp;landlords…</source>
        <translation>E-mail &amp;aux propriétaires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text of the e-mail that carries each landlord&apos;s statement</source>
        <translation>Le texte de l&apos;e-mail qui transmet à chaque propriétaire son relevé</translation>
    </message>
    <message>
        <location filename="../ui/settings/PrintingSettingsTab.cpp" line="+26"/>
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;printer:</source>
        <translation>Imprimante par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters are printed there without asking. With « Ask each time », the print dialog opens for every batch. This choice belongs to this computer, not to the database.</source>
        <translation>Les courriers y sont imprimés sans confirmation. Avec «&#xa0;Demander à chaque fois&#xa0;», la boîte de dialogue d&apos;impression s&apos;ouvre pour chaque lot. Ce choix est propre à cet ordinateur, pas à la base de données.</translation>
    </message>
    <message>
        <location filename="../ui/settings/AutomationSettingsTab.cpp" line="+31"/>
        <source>Levels ticked here are issued by themselves, once a month, on their day (a day missed while the computer was off is caught up the next day). This needs « relance-cli run-due » to run every day (a systemd timer or a cron line); the order and the other settings of each level are in Levels &amp; templates.</source>
        <translation>Les niveaux cochés ici sont émis automatiquement, une fois par mois, à leur jour (un jour manqué pendant que l&apos;ordinateur était éteint est rattrapé le lendemain). Il faut pour cela que «&#xa0;relance-cli run-due&#xa0;» soit lancé chaque jour (par un minuteur systemd ou une ligne cron)&#xa0;; l&apos;ordre et les autres paramètres de chaque niveau se trouvent dans «&#xa0;Niveaux et modèles&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the automation every day on this computer</source>
        <translation>Lancer l&apos;automatisation chaque jour sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switches a systemd timer on or off for your user account, at once: « relance-cli run-due » then runs once a day, and a day missed while the computer was off is caught up at the next start.</source>
        <translation>Active ou désactive tout de suite un minuteur systemd pour votre compte&#xa0;: «&#xa0;relance-cli run-due&#xa0;» s&apos;exécute alors une fois par jour, et un jour manqué pendant que l&apos;ordinateur était éteint est rattrapé au démarrage suivant.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Automated levels</source>
        <translation>Niveaux automatiques</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The last automatic run could not be read: %1</source>
        <translation>La dernière exécution automatique n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No automatic run yet on this database.</source>
        <translation>Aucune exécution automatique sur cette base pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last automatic run: %1 (run %2), refused: %3</source>
        <translation>Dernière exécution automatique&#xa0;: %1 (campagne %2), refusée&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last automatic run: %1 (run %2), completed.</source>
        <translation>Dernière exécution automatique&#xa0;: %1 (campagne %2), terminée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Switching the daily automation on…</source>
        <translation>Activation de l&apos;automatisation quotidienne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching the daily automation off…</source>
        <translation>Désactivation de l&apos;automatisation quotidienne…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every day, the automation runs on %1 (a day missed while the computer was off is caught up at the next start). Its messages: journalctl --user -u relance-run-due.service</source>
        <translation>Chaque jour, l&apos;automatisation s&apos;exécute sur %1 (un jour manqué pendant que l&apos;ordinateur était éteint est rattrapé au démarrage suivant). Ses messages&#xa0;: journalctl --user -u relance-run-due.service</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That is not the database open in this window: switch the daily automation off and on again to run it on this one.</source>
        <translation>Ce n&apos;est pas la base ouverte dans cette fenêtre&#xa0;: désactivez puis réactivez l&apos;automatisation quotidienne pour l&apos;exécuter sur celle-ci.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Off on this computer: the levels ticked below are issued only when « relance-cli run-due » is run (cron, or another computer).</source>
        <translation>Désactivée sur cet ordinateur&#xa0;: les niveaux cochés ci-dessous ne sont émis que lorsque «&#xa0;relance-cli run-due&#xa0;» est lancé (cron, ou un autre ordinateur).</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="-184"/>
        <source>Unsaved settings</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed but not saved. Save them before leaving?</source>
        <translation>Les paramètres ont été modifiés mais pas enregistrés. Les enregistrer avant de quitter la page&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/settings/PrintingSettingsTab.cpp" line="+21"/>
        <source>Ask each time</source>
        <translation>Demander à chaque fois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (not available now)</source>
        <translation>%1 (indisponible pour le moment)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AutomationSettingsTab.cpp" line="-91"/>
        <source>The automation is off: reminders are issued only when someone runs them.</source>
        <translation>L&apos;automatisation est désactivée&#xa0;: les relances ne sont émises que lorsque quelqu&apos;un les lance.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The automation is on for %n level(s). Next runs:</source>
        <translation>
            <numerusform>L&apos;automatisation est activée pour %n niveau. Prochain lancement&#xa0;:</numerusform>
            <numerusform>L&apos;automatisation est activée pour %n niveaux. Prochains lancements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/MailSettingsTab.cpp" line="+92"/>
        <source>Enter the user name this password belongs to.</source>
        <translation>Saisissez le nom d&apos;utilisateur auquel correspond ce mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="+153"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was saved: the password could not be kept.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: le mot de passe n&apos;a pas pu être conservé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was saved: the saved password could not be moved to the new user name or server. Type the password again, or retry.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: le mot de passe enregistré n&apos;a pas pu être rattaché au nouvel utilisateur ou serveur. Saisissez de nouveau le mot de passe, ou réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MailSettingsTab.cpp" line="-22"/>
        <source>saved in the system keyring</source>
        <translation>enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/settings/LayoutSettingsTab.cpp" line="+49"/>
        <source>%1 could not be written: choose a folder where you may save files.</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: choisissez un dossier dans lequel vous pouvez enregistrer des fichiers.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MailSettingsTab.cpp" line="+47"/>
        <source>The test e-mail was not sent: correct the fields marked in red first.</source>
        <translation>L&apos;e-mail de test n&apos;a pas été envoyé&#xa0;: corrigez d&apos;abord les champs signalés en rouge.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The test e-mail was not sent: type the password.</source>
        <translation>L&apos;e-mail de test n&apos;a pas été envoyé&#xa0;: saisissez le mot de passe.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The test e-mail to %1 was accepted by %2. Check that it arrived. The server answered: %3</source>
        <translation>L&apos;e-mail de test à %1 a été accepté par %2. Vérifiez qu&apos;il est bien arrivé. Réponse du serveur&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test e-mail was not sent. %1</source>
        <translation>L&apos;e-mail de test n&apos;a pas été envoyé. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending a test e-mail to %1…</source>
        <translation>Envoi d&apos;un e-mail de test à %1…</translation>
    </message>
</context>
<context>
    <name>SettingsSave</name>
    <message>
        <location filename="../core/setup/SettingsSave.cpp" line="+44"/>
        <source>A level whose automation was changed no longer exists (it was removed in Levels &amp; templates): revert and try again.</source>
        <translation>Un niveau dont l&apos;automatisation a été modifiée n&apos;existe plus (il a été supprimé dans Niveaux et modèles)&#xa0;: annulez les modifications et recommencez.</translation>
    </message>
</context>
<context>
    <name>SimulationDialog</name>
    <message>
        <location filename="../ui/debtors/SimulationDialog.cpp" line="+33"/>
        <location line="+13"/>
        <location line="+58"/>
        <location line="+9"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail to the agency</source>
        <translation>&amp;Envoyer à l&apos;agence par e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agency has no e-mail address: enter it in Settings.</source>
        <translation>L&apos;agence n&apos;a pas d&apos;adresse e-mail&#xa0;: saisissez-la dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this simulation as a PDF to %1</source>
        <translation>Envoyer cette simulation en PDF à %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Simulation as of %1</source>
        <translation>Simulation au %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the simulation</source>
        <translation>Imprimer la simulation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agency has no e-mail address: enter it in Settings, Agency, then send the simulation again.</source>
        <translation>L&apos;agence n&apos;a pas d&apos;adresse e-mail&#xa0;: saisissez-la dans Paramètres, Agence, puis renvoyez la simulation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The simulation could not be written as PDF.</source>
        <translation>La simulation n&apos;a pas pu être écrite en PDF.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relance: simulation as of %1</source>
        <translation>Relance&#xa0;: simulation au %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The simulation attached lists the %n reminder(s) a run as of %1 would issue, and why each other debtor is skipped. Nothing was recorded.</source>
        <translation>
            <numerusform>La simulation ci-jointe liste %n relance qu&apos;une campagne au %1 émettrait, et indique pourquoi chacun des autres débiteurs est écarté. Rien n&apos;a été enregistré.</numerusform>
            <numerusform>La simulation ci-jointe liste les %n relances qu&apos;une campagne au %1 émettrait, et indique pourquoi chacun des autres débiteurs est écarté. Rien n&apos;a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
</context>
<context>
    <name>SimulationReport</name>
    <message>
        <location filename="../ui/debtors/SimulationReport.cpp" line="+18"/>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tenant</source>
        <translation>locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>guarantors</source>
        <translation>cautions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Simulation as of %1</source>
        <translation>Simulation au %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: no payment was recorded recently; the ledger may be out of date.</source>
        <translation>Attention&#xa0;: aucun paiement n&apos;a été enregistré récemment&#xa0;; les écritures ne sont peut-être pas à jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n reminder(s) would be issued</source>
        <translation>
            <numerusform>%n relance serait émise</numerusform>
            <numerusform>%n relances seraient émises</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Impayé échu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Envoi par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2 (repeat %3)</source>
        <translation>%1. %2 (répétition %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none (residential lease)</source>
        <translation>aucun (bail d&apos;habitation)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n debtor(s) skipped</source>
        <translation>
            <numerusform>%n débiteur écarté</numerusform>
            <numerusform>%n débiteurs écartés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next level</source>
        <translation>Niveau suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (a manual reminder is possible)</source>
        <translation>%1 (une relance manuelle est possible)</translation>
    </message>
</context>
<context>
    <name>SkipReason</name>
    <message>
        <location filename="../core/reminders/SkipReason.cpp" line="+75"/>
        <source>The account follows no reminder program.</source>
        <translation>Le compte ne suit aucun programme de relance.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The level leaves this account out.</source>
        <translation>Le niveau exclut ce compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The level leaves out accounts paid by direct debit.</source>
        <translation>Le niveau exclut les comptes payés par prélèvement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The level leaves out accounts with a payment plan.</source>
        <translation>Le niveau exclut les comptes en plan d&apos;apurement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The level leaves out accounts in litigation.</source>
        <translation>Le niveau exclut les comptes au contentieux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The level leaves out departed tenants.</source>
        <translation>Le niveau exclut les locataires sortis.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The overdue amount is below the level&apos;s threshold.</source>
        <translation>L&apos;impayé échu est inférieur au seuil du niveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last level of the program was already issued.</source>
        <translation>Le dernier niveau du programme a déjà été émis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arrears are too recent for this level.</source>
        <translation>L&apos;impayé est trop récent pour ce niveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last reminder is too recent.</source>
        <translation>La dernière relance est trop récente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recipient has a usable postal address.</source>
        <translation>Aucun destinataire n&apos;a d&apos;adresse postale utilisable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recipient has a usable e-mail address.</source>
        <translation>Aucun destinataire n&apos;a d&apos;adresse e-mail utilisable.</translation>
    </message>
    <message>
        <location filename="../core/reminders/CodeLabels.cpp" line="+8"/>
        <source>no reminder program</source>
        <translation>aucun programme de relance</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>direct debit</source>
        <translation>prélèvement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment plan</source>
        <translation>plan d&apos;apurement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>litigation</source>
        <translation>contentieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departed tenant</source>
        <translation>locataire sorti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>below the threshold</source>
        <translation>sous le seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last level already issued</source>
        <translation>dernier niveau déjà envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too early</source>
        <translation>trop tôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last reminder too recent</source>
        <translation>relance précédente trop récente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no postal address</source>
        <translation>pas d&apos;adresse postale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
</context>
<context>
    <name>SmtpPassword</name>
    <message>
        <location filename="../core/mail/SmtpPassword.cpp" line="+19"/>
        <source>No password is known for %1 on %2.</source>
        <translation>Aucun mot de passe n&apos;est connu pour %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <location filename="../core/mail/SmtpSender.cpp" line="+174"/>
        <source>The server %1 refused STARTTLS: nothing was sent, and the password was not given. Check the security setting with your provider.</source>
        <translation>Le serveur %1 a refusé STARTTLS&#xa0;: rien n&apos;a été envoyé et le mot de passe n&apos;a pas été transmis. Vérifiez le paramètre de sécurité auprès de votre fournisseur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server %1 answered: %2.</source>
        <translation>Le serveur %1 a répondu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server %1 refused the user name or password (%2). Check them in the e-mail settings.</source>
        <translation>Le serveur %1 a refusé l&apos;identifiant ou le mot de passe (%2). Vérifiez-les dans les paramètres de messagerie.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Sending was stopped before the mail server %1 was reached.</source>
        <translation>L&apos;envoi a été arrêté avant de joindre le serveur de messagerie %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The password would travel in clear to %1: choose the STARTTLS or TLS security in the mail server settings.</source>
        <translation>Le mot de passe circulerait en clair vers %1&#xa0;: choisissez la sécurité STARTTLS ou TLS dans les réglages du serveur de messagerie.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The certificate of %1 is made out to another server name (%2): nothing was sent, and the password was not given. In the e-mail settings, set the server to the exact name on its certificate (the one your provider gives, not an IP address).</source>
        <translation>Le certificat de %1 est établi au nom d&apos;un autre serveur (%2)&#xa0;: rien n&apos;a été envoyé et le mot de passe n&apos;a pas été transmis. Dans les paramètres de messagerie, indiquez comme serveur le nom exact porté par son certificat (celui que donne votre fournisseur, pas une adresse IP).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>The certificate of %1 is not trusted (%2). If the agency&apos;s server uses its own certificate authority, give its file in the e-mail settings.</source>
        <translation>Le certificat de %1 n&apos;est pas reconnu comme fiable (%2). Si le serveur de l&apos;agence utilise sa propre autorité de certification, indiquez son fichier dans les paramètres de messagerie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed (%2). Check the port and security setting, and that the server&apos;s certificate is trusted.</source>
        <translation>La connexion sécurisée à %1 a échoué (%2). Vérifiez le port et le paramètre de sécurité, et que le certificat du serveur est reconnu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 did not answer within %2 seconds. Check the host and port, or try later.</source>
        <translation>Le serveur %1 n&apos;a pas répondu dans les %2 secondes. Vérifiez l&apos;hôte et le port, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not talk to the mail server %1: %2. Check the host and port, or try later.</source>
        <translation>Impossible de communiquer avec le serveur de messagerie %1&#xa0;: %2. Vérifiez l&apos;hôte et le port, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not talk to the mail server %1: %2.</source>
        <translation>Impossible de communiquer avec le serveur de messagerie %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reconnecting failed: %1</source>
        <translation>La reconnexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The connection was cut after the whole message was sent, before the server answered (%1): it may or may not have arrived.</source>
        <translation>La connexion a été coupée après l&apos;envoi du message entier, avant la réponse du serveur (%1)&#xa0;: il est peut-être arrivé, peut-être pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection was cut while sending the message (%1): it was not delivered.</source>
        <translation>La connexion a été coupée pendant l&apos;envoi du message (%1)&#xa0;: il n&apos;a pas été remis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was cut before the message was sent (%1).</source>
        <translation>La connexion a été coupée avant l&apos;envoi du message (%1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server received the whole message but did not answer within %1 seconds: it may or may not have arrived.</source>
        <translation>Le serveur a reçu le message entier mais n&apos;a pas répondu dans les %1 secondes&#xa0;: il est peut-être arrivé, peut-être pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server stopped reading the message for %1 seconds: it was not delivered.</source>
        <translation>Le serveur a cessé de lire le message pendant %1 secondes&#xa0;: il n&apos;a pas été remis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer within %1 seconds: the message was not sent.</source>
        <translation>Le serveur n&apos;a pas répondu dans les %1 secondes&#xa0;: le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending was stopped after the whole message was sent, before the server answered: it may or may not have arrived.</source>
        <translation>L&apos;envoi a été arrêté après l&apos;envoi du message entier, avant la réponse du serveur&#xa0;: il est peut-être arrivé, peut-être pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending was stopped before the message was complete: it was not delivered.</source>
        <translation>L&apos;envoi a été arrêté avant la fin du message&#xa0;: il n&apos;a pas été remis.</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <location filename="../core/mail/SmtpSettings.cpp" line="+59"/>
        <source>The mail server name</source>
        <translation>Le nom du serveur de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name</source>
        <translation>Le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender address</source>
        <translation>L&apos;adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender name</source>
        <translation>Le nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply-to address</source>
        <translation>L&apos;adresse de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy list</source>
        <translation>La liste des destinataires en copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate authority file name</source>
        <translation>Le nom du fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contains a line break: write it on one line.</source>
        <translation>%1 contient un saut de ligne&#xa0;: écrivez-le sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The user name contains a control character: remove it.</source>
        <translation>Le nom d&apos;utilisateur contient un caractère de contrôle&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sender name contains a control character: remove it.</source>
        <translation>Le nom de l&apos;expéditeur contient un caractère de contrôle&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate authority file “%1” cannot be read: choose its PEM file again, or leave the field empty.</source>
        <translation>Le fichier d&apos;autorité de certification «&#xa0;%1&#xa0;» est illisible&#xa0;: choisissez à nouveau son fichier PEM, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The time-out of %1 seconds is not valid: give %2 to %3 seconds.</source>
        <translation>Le délai d&apos;attente de %1 secondes n&apos;est pas valide&#xa0;: indiquez de %2 à %3 secondes.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The reply-to address “%1” is not a valid e-mail address.</source>
        <translation>L&apos;adresse de réponse «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No mail server is set: enter its name, e.g. smtp.example.fr.</source>
        <translation>Aucun serveur de messagerie n&apos;est indiqué&#xa0;: saisissez son nom, par exemple smtp.example.fr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server name “%1” is not valid: a server name has no spaces, e.g. smtp.example.fr.</source>
        <translation>Le nom de serveur «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: un nom de serveur ne contient pas d&apos;espace, par exemple smtp.example.fr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The port %1 is not valid: use %2 (STARTTLS), %3 (TLS) or %4.</source>
        <translation>Le port %1 n&apos;est pas valide&#xa0;: utilisez %2 (STARTTLS), %3 (TLS) ou %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sender address is set: enter the address e-mails are sent from, e.g. relances@agence.fr.</source>
        <translation>Aucune adresse d&apos;expéditeur n&apos;est indiquée&#xa0;: saisissez l&apos;adresse d&apos;envoi des e-mails, par exemple relances@agence.fr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender address “%1” is not valid: write it as relances@agence.fr.</source>
        <translation>L&apos;adresse d&apos;expéditeur «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: écrivez-la sous la forme relances@agence.fr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The copy address “%1” is not a valid e-mail address.</source>
        <translation>L&apos;adresse en copie «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
</context>
<context>
    <name>SmtpTestMessage</name>
    <message>
        <location filename="../core/mail/SmtpTestMessage.cpp" line="+14"/>
        <source>Relance: test message</source>
        <translation>Relance&#xa0;: message de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message was sent by Relance to check the mail settings of %1.
Nothing needs to be done.</source>
        <translation>Ce message a été envoyé par Relance pour vérifier les paramètres de messagerie de %1.
Vous n&apos;avez rien à faire.</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <location filename="../core/storage/SqliteBackup.cpp" line="+85"/>
        <source>Only an SQLite database can be copied this way.</source>
        <translation>Seule une base SQLite peut être copiée de cette façon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>The copy %1 could not be written: %2.</source>
        <translation>La copie %1 n&apos;a pas pu être écrite&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+14"/>
        <location line="+30"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 cannot be checked: %2.</source>
        <translation>%1 ne peut pas être vérifié&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>%1 is damaged: %2.</source>
        <translation>%1 est endommagé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Relance database (%2).</source>
        <translation>%1 n&apos;est pas une base Relance (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not an SQLite file</source>
        <translation>ce n&apos;est pas un fichier SQLite</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>it has no Relance schema version</source>
        <translation>il n&apos;a pas de version de schéma Relance</translation>
    </message>
</context>
<context>
    <name>StatementCsv</name>
    <message>
        <location filename="../core/recovery/StatementCsv.cpp" line="+39"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <location filename="../core/mail/SystemKeychain.cpp" line="+34"/>
        <source>The system keyring could not be read (%1). Give the password in RELANCE_SMTP_PASSWORD instead.</source>
        <translation>Le trousseau du système n&apos;a pas pu être lu (%1). Indiquez plutôt le mot de passe dans RELANCE_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password could not be saved in the system keyring (%1). Without a keyring, give it in RELANCE_SMTP_PASSWORD when sending.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau du système (%1). Sans trousseau, indiquez-le dans RELANCE_SMTP_PASSWORD au moment de l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password could not be removed from the system keyring (%1).</source>
        <translation>Le mot de passe n&apos;a pas pu être supprimé du trousseau du système (%1).</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../ui/templates/TemplateEditorDialog.cpp" line="+356"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant account</source>
        <translation>Compte locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarantor</source>
        <translation>Caution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpaid items</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>New template — %1</source>
        <translation>Nouveau modèle — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template “%1” — %2</source>
        <translation>Modèle «&#xa0;%1&#xa0;» — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Standard letter</source>
        <translation>par ex. Courrier standard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the letter</source>
        <translation>Langue du courrier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Default template of this level for its language</source>
        <translation>Modèle par &amp;défaut de ce niveau pour sa langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the letter&apos;s « Objet » and the e-mail&apos;s subject</source>
        <translation>l&apos;objet du courrier et celui de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+423"/>
        <source>Le&amp;tter</source>
        <translation>&amp;Courrier</translation>
    </message>
    <message>
        <location line="-422"/>
        <location line="+423"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>Send &amp;test to agency…</source>
        <translation>Envoyer un &amp;test à l&apos;agence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail this letter, as it is now, for an account you choose, to the agency&apos;s own address</source>
        <translation>Envoyer ce courrier, tel qu&apos;il est maintenant, pour un compte de votre choix, à l&apos;adresse de l&apos;agence</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Letter body</source>
        <translation>Corps du courrier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>B</source>
        <comment>bold button</comment>
        <translation>G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U</source>
        <comment>underline button</comment>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline (Ctrl+U)</source>
        <translation>Souligné (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align left</source>
        <translation>Aligner à gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center</source>
        <translation>Centrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align right</source>
        <translation>Aligner à droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justify</source>
        <translation>Justifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a merge field where the cursor is (in the subject, the letter or the e-mail)</source>
        <translation>Insérer un champ de fusion à l&apos;emplacement du curseur (dans l&apos;objet, le courrier ou l&apos;e-mail)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E-mail body</source>
        <translation>Corps de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain text. The letter goes with it as a PDF attachment.</source>
        <translation>Texte brut. Le courrier l&apos;accompagne en pièce jointe PDF.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview of the letter</source>
        <translation>Aperçu du courrier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the e-mail</source>
        <translation>Aperçu de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter preview</source>
        <translation>Aperçu du courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail preview</source>
        <translation>Aperçu de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sample tenant&apos;s letter, drawn as it will print</source>
        <translation>Le courrier d&apos;un locataire fictif, tel qu&apos;il sera imprimé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Payment plan</source>
        <translation>Plan d&apos;apurement</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 — e.g. %2</source>
        <translation>%1 — par ex. %2</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le&amp;tter ⚠</source>
        <translation>&amp;Courrier ⚠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail ⚠</source>
        <translation>E-&amp;mail ⚠</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TemplateEngine</name>
    <message>
        <location filename="../core/letters/TemplateEngine.cpp" line="+36"/>
        <source>the letter body</source>
        <translation>le corps du courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the subject</source>
        <translation>l&apos;objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the e-mail body</source>
        <translation>le corps de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>In %1, line %2, column %3: %4</source>
        <translation>Dans %1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is %1 KB long; a template holds at most %2 KB.</source>
        <translation>le texte fait %1 Ko&#xa0;; un modèle contient au plus %2 Ko.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a subject holds one line only.</source>
        <translation>un objet tient sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a field opened with « {{ » is never closed with « }} ».</source>
        <translation>un champ ouvert par «&#xa0;{{&#xa0;» n&apos;est jamais fermé par «&#xa0;}}&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unescaped fields (« {{{ » or « {{&amp; ») are not allowed: a value could change the letter&apos;s layout.</source>
        <translation>les champs non échappés («&#xa0;{{{&#xa0;» ou «&#xa0;{{&amp;&#xa0;») ne sont pas autorisés&#xa0;: une valeur pourrait modifier la mise en page du courrier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partials and changed delimiters are not supported.</source>
        <translation>les partiels et les changements de délimiteurs ne sont pas pris en charge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a field has no name.</source>
        <translation>un champ n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>« {{/%1}} » closes a section that was never opened.</source>
        <translation>«&#xa0;{{/%1}}&#xa0;» ferme une section qui n&apos;a jamais été ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {{/%1}} » closes a section while « %2 » (line %3, column %4) is still open.</source>
        <translation>«&#xa0;{{/%1}}&#xa0;» ferme une section alors que «&#xa0;%2&#xa0;» (ligne %3, colonne %4) est encore ouverte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the field « %1 » exists only inside {{#items}}…{{/items}}.</source>
        <translation>le champ «&#xa0;%1&#xa0;» n&apos;existe qu&apos;à l&apos;intérieur de {{#items}}…{{/items}}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field « %1 ».</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>« %1 » is the table of the payment plan&apos;s schedule, not a section.</source>
        <translation>«&#xa0;%1&#xa0;» est le tableau de l&apos;échéancier du plan d&apos;apurement, pas une section.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« %1 » is the table of unpaid items, not a section.</source>
        <translation>«&#xa0;%1&#xa0;» est le tableau des impayés, pas une section.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« %1 » is a section: write {{#%1}}…{{/%1}}.</source>
        <translation>«&#xa0;%1&#xa0;» est une section&#xa0;: écrivez {{#%1}}…{{/%1}}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the payment plan&apos;s schedule can only be placed in the letter body.</source>
        <translation>l&apos;échéancier du plan d&apos;apurement ne peut être placé que dans le corps du courrier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the table of unpaid items can only be placed in the letter body; list the items with {{#items}}…{{/items}} here.</source>
        <translation>le tableau des impayés ne peut être placé que dans le corps du courrier&#xa0;; ici, listez les impayés avec {{#items}}…{{/items}}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the payment plan&apos;s schedule cannot be inside a section.</source>
        <translation>l&apos;échéancier du plan d&apos;apurement ne peut pas se trouver dans une section.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the table of unpaid items cannot be inside a section.</source>
        <translation>le tableau des impayés ne peut pas se trouver dans une section.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the payment plan&apos;s schedule can be placed only once.</source>
        <translation>l&apos;échéancier du plan d&apos;apurement ne peut être placé qu&apos;une seule fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sections are nested more than %1 deep; close some before opening « %2 ».</source>
        <translation>les sections sont imbriquées sur plus de %1 niveaux&#xa0;; fermez-en avant d&apos;ouvrir «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the section « %1 » is never closed (add {{/%1}}).</source>
        <translation>la section «&#xa0;%1&#xa0;» n&apos;est jamais fermée (ajoutez {{/%1}}).</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the table of unpaid items can be placed only once.</source>
        <translation>le tableau des impayés ne peut être placé qu&apos;une seule fois.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The template has no name: give it one.</source>
        <translation>Le modèle de courrier n&apos;a pas de nom&#xa0;: donnez-lui-en un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template&apos;s name « %1 » holds a line break: keep it on one line.</source>
        <translation>Le nom du modèle «&#xa0;%1&#xa0;» contient un saut de ligne&#xa0;: gardez-le sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template&apos;s language « %1 » is not supported: choose fr or en.</source>
        <translation>La langue «&#xa0;%1&#xa0;» du modèle de courrier n&apos;est pas prise en charge&#xa0;: choisissez fr ou en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter body of « %1 » is empty.</source>
        <translation>Le corps du courrier de «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The template « %1 » cannot be saved. %2</source>
        <translation>Le modèle de courrier «&#xa0;%1&#xa0;» ne peut pas être enregistré. %2</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../ui/templates/TemplateListModel.cpp" line="+23"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <comment>template column</comment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <location filename="../core/storage/TemplateRepository.cpp" line="+111"/>
        <location line="+110"/>
        <source>There is no letter template number %1.</source>
        <translation>Il n&apos;existe aucun modèle de courrier numéro %1.</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterProducer.cpp" line="-399"/>
        <location filename="../core/storage/TemplateRepository.cpp" line="-98"/>
        <source>The reminder level has no letter template: add one in « Levels and templates ».</source>
        <translation>Le niveau de relance n&apos;a pas de modèle de courrier&#xa0;: ajoutez-en un dans «&#xa0;Niveaux et modèles&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/storage/TemplateRepository.cpp" line="+16"/>
        <source>The reminder level has no letter template named « %1 ».</source>
        <translation>Le niveau de relance n&apos;a pas de modèle de courrier nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This level already has a template named « %1 » in this language: choose another name.</source>
        <translation>Ce niveau a déjà un modèle de courrier nommé «&#xa0;%1&#xa0;» dans cette langue&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The letter template could not be saved.</source>
        <translation>Le modèle de courrier n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>TestLetterMail</name>
    <message>
        <location filename="../core/mail/TestLetterMail.cpp" line="+19"/>
        <source>The agency has no e-mail address: enter it in Settings, Agency, then send the test again.</source>
        <translation>L&apos;agence n&apos;a pas d&apos;adresse e-mail&#xa0;: saisissez-la dans Paramètres, Agence, puis renvoyez le test.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[TEST] %1</source>
        <translation>[TEST] %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test: the message %1 would receive (%2), sent to the agency instead. Nothing was recorded.

%3</source>
        <translation>Ceci est un test&#xa0;: voici le message que %1 recevrait (%2), envoyé à l&apos;agence à sa place. Rien n&apos;a été enregistré.

%3</translation>
    </message>
</context>
<context>
    <name>TextEditorParts</name>
    <message>
        <location filename="../ui/common/TextEditorParts.cpp" line="+27"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore the default text</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
</context>
<context>
    <name>UnpaidItemsModel</name>
    <message>
        <location filename="../ui/debtors/UnpaidItemsModel.cpp" line="+69"/>
        <source>Item</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining</source>
        <translation>Reste dû</translation>
    </message>
</context>
</TS>

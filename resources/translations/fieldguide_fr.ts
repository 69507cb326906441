<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Field Guide</source>
            <translation>À propos de Field Guide</translation>
        </message>
        <message>
            <source>Offline guidance, checklists and assessments for peace and security practitioners.</source>
            <translation>Orientations, listes de contrôle et évaluations hors ligne pour les praticiens de la paix et de la sécurité.</translation>
        </message>
        <message>
            <source>Field Guide</source>
            <translation>Field Guide</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Vos données</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Installed content</source>
            <translation>Contenu installé</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Imported document</source>
            <translation>Document importé</translation>
        </message>
        <message>
            <source>Content pack</source>
            <translation>Module de contenu</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Edit action</source>
            <translation>Modifier l’action</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Définir</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Date d’échéance</translation>
        </message>
        <message>
            <source>Give a due date</source>
            <translation>Indiquer une date d’échéance</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Responsable</translation>
        </message>
        <message>
            <source>D&amp;ue</source>
            <translation>É&amp;chéance</translation>
        </message>
        <message>
            <source>The action could not be saved (%1).</source>
            <translation>L’action n’a pas pu être enregistrée (%1).</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>Follow-up actions</source>
            <translation>Actions de suivi</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <source>New action, e.g. “Share the draft with the ministry”</source>
            <translation>Nouvelle action, p. ex. « Communiquer le projet au ministère »</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Date d’échéance</translation>
        </message>
        <message>
            <source>On this item</source>
            <translation>Sur ce point</translation>
        </message>
        <message>
            <source>&amp;Add action</source>
            <translation>&amp;Ajouter l’action</translation>
        </message>
        <message>
            <source>%1 · overdue</source>
            <translation>%1 · en retard</translation>
        </message>
        <message>
            <source>Overdue: due %1 and not done</source>
            <translation>En retard : échéance au %1, non réalisée</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 en cours</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1 en retard</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Aucune pour l’instant</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Remove this text for &amp;good…</source>
            <translation>Supprimer ce texte &amp;définitivement…</translation>
        </message>
        <message>
            <source>&amp;Open the item</source>
            <translation>&amp;Ouvrir le point</translation>
        </message>
    </context>
    <context>
        <name>Assessment</name>
        <message>
            <source>All items</source>
            <translation>Tous les points</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évalué</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Non satisfait</translation>
        </message>
        <message>
            <source>The action could not be changed (%1).</source>
            <translation>L’action n’a pas pu être modifiée (%1).</translation>
        </message>
        <message>
            <source>Delete the action “%1”</source>
            <translation>Supprimer l’action « %1 »</translation>
        </message>
        <message>
            <source>Edit the action “%1”</source>
            <translation>Modifier l’action « %1 »</translation>
        </message>
        <message>
            <source>Finalise the assessment?</source>
            <translation>Finaliser l’évaluation ?</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 items are not assessed yet.</source>
            <translation>
                <numerusform>%n point sur %1 n’est pas encore évalué.</numerusform>
                <numerusform>%n points sur %1 ne sont pas encore évalués.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 › %2. %3</source>
            <translation>%1 › %2. %3</translation>
        </message>
        <message>
            <source>An item no longer in the library</source>
            <translation>Point ne figurant plus dans la bibliothèque</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>et %n autre</numerusform>
                <numerusform>et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>A final assessment is read-only until it is reopened.</source>
            <translation>Une évaluation finalisée est en lecture seule jusqu’à sa réouverture.</translation>
        </message>
        <message>
            <source>&amp;Finalise anyway</source>
            <translation>&amp;Finaliser quand même</translation>
        </message>
        <message>
            <source>&amp;Show the first one</source>
            <translation>&amp;Afficher le premier</translation>
        </message>
        <message>
            <source>The kind could not be changed (%1).</source>
            <translation>Le type n’a pas pu être changé (%1).</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>Pas encore évalués</translation>
        </message>
        <message>
            <source>Not met, not started or not applied</source>
            <translation>Non satisfaits, non commencés ou non appliqués</translation>
        </message>
        <message>
            <source>Partly met or under way</source>
            <translation>Partiellement satisfaits ou en cours</translation>
        </message>
        <message>
            <source>With actions</source>
            <translation>Avec actions</translation>
        </message>
        <message>
            <source>(retired)</source>
            <translation>(retiré)</translation>
        </message>
        <message>
            <source>Give the item the 1st … 5th value of its own scale</source>
            <translation>Donner au point la 1re … 5e valeur de son échelle</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Point suivant</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Point précédent</translation>
        </message>
        <message>
            <source>Edit the selected follow-up action</source>
            <translation>Modifier l’action de suivi sélectionnée</translation>
        </message>
        <message>
            <source>Delete the selected follow-up action</source>
            <translation>Supprimer l’action de suivi sélectionnée</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <source>Partly met</source>
            <translation>Partiellement satisfait</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Répondu</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Under way</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Pas commencé</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Appliqué</translation>
        </message>
        <message>
            <source>Not applied</source>
            <translation>Non appliqué</translation>
        </message>
        <message>
            <source>Not relevant</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Tip</source>
            <translation>Conseil</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Non classifié</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
        <message>
            <source>Strictly confidential</source>
            <translation>Strictement confidentiel</translation>
        </message>
        <message>
            <source>The text could not be removed (%1).</source>
            <translation>Le texte n'a pas pu être supprimé (%1).</translation>
        </message>
        <message>
            <source>Mark “%1” as %2</source>
            <translation>Marquer « %1 » comme %2</translation>
        </message>
    </context>
    <context>
        <name>AssessmentWorkspace</name>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Rouvrir</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>&amp;Finaliser</translation>
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation>Passer l’évaluation en lecture seule ; vous pourrez la rouvrir plus tard</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <source>&amp;Undo status change</source>
            <translation>&amp;Annuler le changement de statut</translation>
        </message>
        <message>
            <source>&amp;Redo status change</source>
            <translation>&amp;Rétablir le changement de statut</translation>
        </message>
        <message>
            <source>Could not open the assessment: %1</source>
            <translation>Impossible d’ouvrir l’évaluation : %1</translation>
        </message>
        <message>
            <source>No assessment open</source>
            <translation>Aucune évaluation ouverte</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>Évaluateurs : %1</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Points de la liste de contrôle</translation>
        </message>
        <message>
            <source>%1 of %2 assessed</source>
            <translation>%1 sur %2 évalués</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>Points : %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>This assessment is final and read-only. Reopen it to change answers, notes or actions.</source>
            <translation>Cette évaluation est finalisée et en lecture seule. Rouvrez-la pour modifier les réponses, les notes ou les actions.</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>Enregistrement impossible : %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Not saved (%1). Your text stays in the editor and will be saved when possible.</source>
            <translation>Non enregistré (%1). Votre texte reste dans l’éditeur et sera enregistré dès que possible.</translation>
        </message>
        <message>
            <source>Could not add the action: %1</source>
            <translation>Impossible d’ajouter l’action : %1</translation>
        </message>
        <message>
            <source>Could not change the action: %1</source>
            <translation>Impossible de modifier l’action : %1</translation>
        </message>
        <message>
            <source>Could not finalise: %1</source>
            <translation>Finalisation impossible : %1</translation>
        </message>
        <message>
            <source>Could not reopen: %1</source>
            <translation>Réouverture impossible : %1</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsController</name>
        <message>
            <source>The assessment is final: reopen it to change its details.</source>
            <translation>L’évaluation est finalisée : rouvrez-la pour en changer les détails.</translation>
        </message>
        <message>
            <source>The assessment could not be copied (%1).</source>
            <translation>L’évaluation n’a pas pu être copiée (%1).</translation>
        </message>
        <message>
            <source>“%1” copied: you are now working on the copy.</source>
            <translation>« %1 » copiée : vous travaillez maintenant sur la copie.</translation>
        </message>
        <message>
            <source>Delete the assessment?</source>
            <translation>Supprimer l’évaluation ?</translation>
        </message>
        <message>
            <source>“%1” moves to the bin, with its answers and actions. Assessment ▸ Deleted assessments brings it back.</source>
            <translation>« %1 » part à la corbeille, avec ses réponses et ses actions. Évaluation ▸ Évaluations supprimées la fait revenir.</translation>
        </message>
        <message>
            <source>The assessment could not be deleted (%1).</source>
            <translation>L’évaluation n’a pas pu être supprimée (%1).</translation>
        </message>
        <message>
            <source>“%1” is in the bin (Assessment ▸ Deleted assessments).</source>
            <translation>« %1 » est dans la corbeille (Évaluation ▸ Évaluations supprimées).</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Could not open the assessment: %1</source>
            <translation>Impossible d’ouvrir l’évaluation : %1</translation>
        </message>
        <message>
            <source>The assessment stays open in its tab.</source>
            <translation>L’évaluation reste ouverte dans son onglet.</translation>
        </message>
        <message>
            <source>Note not saved</source>
            <translation>Note non enregistrée</translation>
        </message>
        <message>
            <source>Your note could not be saved (%1). Close anyway and lose the unsaved text?</source>
            <translation>Votre note n’a pas pu être enregistrée (%1). Fermer quand même et perdre le texte non enregistré ?</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Annuler : %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rétablir : %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
    </context>
    <context>
        <name>BinDialog</name>
        <message>
            <source>Deleted assessments</source>
            <translation>Évaluations supprimées</translation>
        </message>
        <message>
            <source>Deleted assessments keep their answers and actions until you restore them.</source>
            <translation>Les évaluations supprimées gardent leurs réponses et leurs actions jusqu’à ce que vous les restauriez.</translation>
        </message>
        <message>
            <source>The bin is empty.</source>
            <translation>La corbeille est vide.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>%1%2 (%3 of %4 assessed)</source>
            <translation>%1%2 (%3 évalués sur %4)</translation>
        </message>
        <message>
            <source>The assessment could not be restored (%1).</source>
            <translation>L’évaluation n’a pas pu être restaurée (%1).</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>Compare…</source>
            <translation>Comparer…</translation>
        </message>
        <message>
            <source>This item: another version exists — compare.</source>
            <translation>Ce point : une autre version existe — comparez.</translation>
        </message>
        <message>
            <source>This assessment: another version exists — compare.</source>
            <translation>Cette évaluation : une autre version existe — comparez.</translation>
        </message>
        <message>
            <source>A follow-up action: another version exists — compare.</source>
            <translation>Une action de suivi : une autre version existe — comparez.</translation>
        </message>
        <message>
            <source>Another version exists — compare</source>
            <translation>Une autre version existe — comparez</translation>
        </message>
    </context>
    <context>
        <name>ConflictsInbox</name>
        <message>
            <source>Assessment title</source>
            <translation>Titre de l’évaluation</translation>
        </message>
        <message>
            <source>Country or region</source>
            <translation>Pays ou région</translation>
        </message>
        <message>
            <source>Mission or office</source>
            <translation>Mission ou bureau</translation>
        </message>
        <message>
            <source>Assessment summary</source>
            <translation>Synthèse de l’évaluation</translation>
        </message>
        <message>
            <source>Note on an item</source>
            <translation>Note sur un point</translation>
        </message>
        <message>
            <source>Evidence for an item</source>
            <translation>Éléments probants d’un point</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Action de suivi</translation>
        </message>
        <message>
            <source>Owner of an action</source>
            <translation>Responsable d’une action</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>Signet</translation>
        </message>
        <message>
            <source>Deleted while being edited</source>
            <translation>Supprimé pendant une modification</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Garder ma version</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Garder l’autre version</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Garder les deux</translation>
        </message>
        <message>
            <source>No conflicts. When two people change the same text without seeing each other's change, the version that lost waits here for you to choose.</source>
            <translation>Aucun conflit. Lorsque deux personnes modifient le même texte sans voir la modification de l’autre, la version écartée vous attend ici pour que vous choisissiez.</translation>
        </message>
        <message>
            <source>Deleted on %1 while it was being edited elsewhere — keep it or delete it?</source>
            <translation>Supprimé sur %1 pendant qu'il était modifié ailleurs — le garder ou le supprimer ?</translation>
        </message>
        <message>
            <source>Two people chose differently without seeing each other's choice. Keep one of them.</source>
            <translation>Deux personnes ont fait des choix différents sans voir celui de l'autre. Gardez l'un des deux.</translation>
        </message>
        <message>
            <source>Delete it</source>
            <translation>Le supprimer</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Le garder</translation>
        </message>
        <message>
            <source>Two people changed this text without seeing each other's change. Both versions are kept until you choose.</source>
            <translation>Deux personnes ont modifié ce texte sans voir la modification de l’autre. Les deux versions sont conservées jusqu’à ce que vous choisissiez.</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Ma version</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>L’autre version</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <source>(shown now)</source>
            <translation>(affichée)</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>Kept, with the edit</source>
            <translation>Conservé, avec la modification</translation>
        </message>
    </context>
    <context>
        <name>CurrentPassphraseDialog</name>
        <message>
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <source>Current passphrase:</source>
            <translation>Phrase secrète actuelle :</translation>
        </message>
    </context>
    <context>
        <name>DailyBackup</name>
        <message>
            <source>Today's backup: %p%</source>
            <translation>Sauvegarde du jour : %p %</translation>
        </message>
        <message>
            <source>Field Guide is making today's backup of your profile. You can keep working.</source>
            <translation>Field Guide fait la sauvegarde du jour de votre profil. Vous pouvez continuer à travailler.</translation>
        </message>
    </context>
    <context>
        <name>DetailsDialog</name>
        <message>
            <source>Assessment details</source>
            <translation>Détails de l’évaluation</translation>
        </message>
        <message>
            <source>The details could not be saved (%1).</source>
            <translation>Les détails n’ont pas pu être enregistrés (%1).</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>e.g. SSR readiness review, Bangui, March</source>
            <translation>p. ex. Examen de l’état de préparation de la RSS, Bangui, mars</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Noms, séparés par des virgules</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Définir</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>Give a start date</source>
            <translation>Indiquer une date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Give an end date</source>
            <translation>Indiquer une date de fin</translation>
        </message>
        <message>
            <source>Notes on people, violations or confidential talks call for a confidential marking.</source>
            <translation>Des notes sur des personnes, des violations ou des entretiens confidentiels appellent une mention « Confidentiel ».</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>&amp;Country or region</source>
            <translation>&amp;Pays ou région</translation>
        </message>
        <message>
            <source>&amp;Mission or office</source>
            <translation>&amp;Mission ou bureau</translation>
        </message>
        <message>
            <source>&amp;Assessors</source>
            <translation>Év&amp;aluateurs</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>Date de &amp;début</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>Date de &amp;fin</translation>
        </message>
        <message>
            <source>C&amp;lassification</source>
            <translation>C&amp;lassification</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>The report could not be written (%1).</source>
            <translation>Le rapport n’a pas pu être enregistré (%1).</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Exporter le rapport</translation>
        </message>
        <message>
            <source>Export “%1” as a report.</source>
            <translation>Exporter « %1 » sous forme de rapport.</translation>
        </message>
        <message>
            <source>PDF — to print or send</source>
            <translation>PDF — pour imprimer ou envoyer</translation>
        </message>
        <message>
            <source>Word (DOCX) — to edit further</source>
            <translation>Word (DOCX) — pour retravailler le texte</translation>
        </message>
        <message>
            <source>CSV — a table for a spreadsheet</source>
            <translation>CSV — un tableau pour un tableur</translation>
        </message>
        <message>
            <source>JSON — for other programs</source>
            <translation>JSON — pour d’autres logiciels</translation>
        </message>
        <message>
            <source>Leave out notes and evidence: a summary safe to share</source>
            <translation>Omettre les notes et les éléments probants : une synthèse que l’on peut diffuser</translation>
        </message>
        <message>
            <source>Notes and evidence may name people or sources; leave them out for a wider audience.</source>
            <translation>Les notes et les éléments probants peuvent citer des personnes ou des sources ; omettez-les pour une diffusion plus large.</translation>
        </message>
        <message>
            <source>Leave out items not yet assessed</source>
            <translation>Omettre les points non encore évalués</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>Save the report as</source>
            <translation>Enregistrer le rapport sous</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Enregistrer sous</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>Pap&amp;ier</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>&amp;Ouvrir le fichier</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Afficher dans le &amp;dossier</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>Tableaux CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Choose where to save the report.</source>
            <translation>Choisissez où enregistrer le rapport.</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Rédaction du rapport…</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>%1 existe déjà. Le remplacer ?</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Enregistré sous %1</translation>
        </message>
        <message>
            <source>No program on this computer opens %1 files. The report is saved in %2.</source>
            <translation>Aucun programme de cet ordinateur n’ouvre les fichiers %1. Le rapport est enregistré dans %2.</translation>
        </message>
        <message>
            <source>The folder could not be shown. The report is saved as %1</source>
            <translation>Le dossier n’a pas pu être affiché. Le rapport est enregistré sous %1</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this section</source>
            <translation>Rechercher dans cette section</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Occurrence précédente (Maj+Entrée)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Occurrence suivante (Entrée)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Aucune occurrence</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Protect your notes</source>
            <translation>Protégez vos notes</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Protect this profile with a passphrase (recommended).&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your notes, assessments and their backups are then encrypted on this computer: whoever takes the laptop cannot read them. Field Guide locks itself after a while unused and asks for the passphrase again.&lt;/p&gt;&lt;p&gt;Keep the passphrase safe: without it, the notes cannot be recovered by anyone.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Protégez ce profil par une phrase secrète (recommandé).&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Vos notes, vos évaluations et leurs sauvegardes sont alors chiffrées sur cet ordinateur : quiconque s’empare de l’ordinateur portable ne peut pas les lire. Field Guide se verrouille après un moment d’inactivité et vous redemande la phrase secrète.&lt;/p&gt;&lt;p&gt;Conservez la phrase secrète en lieu sûr : sans elle, personne ne pourra récupérer les notes.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Protect</source>
            <translation>Protéger</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
    </context>
    <context>
        <name>HubPanel</name>
        <message>
            <source>Organisation's hub</source>
            <translation>Serveur de l’organisation</translation>
        </message>
        <message>
            <source>Hub address, e.g. https://hub.example.org</source>
            <translation>Adresse du serveur, p. ex. https://hub.example.org</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>One-time code</source>
            <translation>Code à usage unique</translation>
        </message>
        <message>
            <source>One-time enrolment code</source>
            <translation>Code d’inscription à usage unique</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Sync with the hub now</source>
            <translation>Synchroniser avec le serveur maintenant</translation>
        </message>
        <message>
            <source>If your organisation runs a Field Guide hub, this laptop can sync through it whenever it has a connection. Enter the hub's address and the one-time code a teammate or IT gave you.</source>
            <translation>Si votre organisation dispose d’un serveur Field Guide, cet ordinateur peut se synchroniser par lui dès qu’il a une connexion. Saisissez l’adresse du serveur et le code à usage unique remis par un coéquipier ou l’informatique.</translation>
        </message>
        <message>
            <source>Syncing through %1 in the background. Last sync: %2.</source>
            <translation>Synchronisation en arrière-plan par %1. Dernière synchronisation : %2.</translation>
        </message>
        <message>
            <source>Syncing through %1 in the background.</source>
            <translation>Synchronisation en arrière-plan par %1.</translation>
        </message>
        <message>
            <source>Enter the hub's address and the one-time code first.</source>
            <translation>Saisissez d’abord l’adresse du serveur et le code à usage unique.</translation>
        </message>
        <message>
            <source>Connecting to the hub…</source>
            <translation>Connexion au serveur…</translation>
        </message>
        <message>
            <source>Syncing with the hub…</source>
            <translation>Synchronisation avec le serveur…</translation>
        </message>
        <message>
            <source>A sync with the hub is already under way.</source>
            <translation>Une synchronisation avec le serveur est déjà en cours.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n change(s).</source>
            <translation>
                <numerusform>%n modification envoyée.</numerusform>
                <numerusform>%n modifications envoyées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new to send.</source>
            <translation>Rien de nouveau à envoyer.</translation>
        </message>
        <message numerus="yes">
            <source>Received %n change(s).</source>
            <translation>
                <numerusform>%n modification reçue.</numerusform>
                <numerusform>%n modifications reçues.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new from the team.</source>
            <translation>Rien de nouveau de la part de l’équipe.</translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to resolve.</source>
            <translation>
                <numerusform>%n nouveau conflit à résoudre.</numerusform>
                <numerusform>%n nouveaux conflits à résoudre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with a different team key — check the team passphrase.</source>
            <translation>
                <numerusform>%n paquet fait avec une autre clé d'équipe — vérifiez la phrase secrète de l'équipe.</numerusform>
                <numerusform>%n paquets faits avec une autre clé d'équipe — vérifiez la phrase secrète de l'équipe.</numerusform>
            </translation>
        </message>
        <message>
            <source>The sync with the hub could not finish (%1).</source>
            <translation>La synchronisation avec le serveur n’a pas pu aboutir (%1).</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Documents (*.pdf *.docx *.md *.markdown *.txt);;All files (*)</source>
            <translation>Documents (*.pdf *.docx *.md *.markdown *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import documents</source>
            <translation>Importer des documents</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelling after the current file…</source>
            <translation>Annulation après le fichier en cours…</translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)…</source>
            <translation>Importation de %1 (%2 sur %3)…</translation>
        </message>
        <message>
            <source>New edition?</source>
            <translation>Nouvelle édition ?</translation>
        </message>
        <message>
            <source>Is this a new edition of “%1”?</source>
            <translation>S’agit-il d’une nouvelle édition de « %1 » ?</translation>
        </message>
        <message>
            <source>%1 looks like a document already in your library. A new edition replaces its text and keeps your notes and answers attached; otherwise it is added as a separate document.</source>
            <translation>%1 ressemble à un document déjà présent dans votre bibliothèque. Une nouvelle édition remplace son texte en conservant vos notes et vos réponses ; sinon, il est ajouté comme document distinct.</translation>
        </message>
        <message>
            <source>Yes, a new edition</source>
            <translation>Oui, une nouvelle édition</translation>
        </message>
        <message>
            <source>No, a separate document</source>
            <translation>Non, un document distinct</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importé</translation>
        </message>
        <message>
            <source>already in the library</source>
            <translation>déjà dans la bibliothèque</translation>
        </message>
        <message>
            <source>new edition; notes kept</source>
            <translation>nouvelle édition ; notes conservées</translation>
        </message>
        <message>
            <source>%1: %2 — %3 sections, %4 checklists</source>
            <translation>%1 : %2 — sections : %3, listes de contrôle : %4</translation>
        </message>
        <message>
            <source>could not be imported (%1)</source>
            <translation>importation impossible (%1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>%1 of %2 files imported.</source>
            <translation>Fichiers importés : %1 sur %2.</translation>
        </message>
        <message>
            <source>%1 not started (cancelled).</source>
            <translation>Non commencés (annulation) : %1.</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Set the status to “%1” (key %2)</source>
            <translation>Définir le statut sur « %1 » (touche %2)</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>How this item is answered; imported checklists only</source>
            <translation>Comment on répond à ce point ; listes importées seulement</translation>
        </message>
        <message>
            <source>&amp;Confidence</source>
            <translation>Degré de &amp;confiance</translation>
        </message>
        <message>
            <source>Your note on this item: what you saw, heard and concluded. Markdown is fine.</source>
            <translation>Votre note sur ce point : ce que vous avez vu, entendu et conclu. Le format Markdown est accepté.</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>Documents, meetings and other sources for this judgement</source>
            <translation>Documents, réunions et autres sources étayant cette appréciation</translation>
        </message>
        <message>
            <source>&amp;Evidence and sources</source>
            <translation>Éléments &amp;probants et sources</translation>
        </message>
        <message>
            <source>Remove this text for &amp;good…</source>
            <translation>Supprimer ce texte &amp;définitivement…</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>&amp;Réponse</translation>
        </message>
        <message>
            <source>Your answer to this question: what you found and from whom. Markdown is fine.</source>
            <translation>Votre réponse à cette question : ce que vous avez appris et de qui. Le Markdown est accepté.</translation>
        </message>
        <message>
            <source>Choose an item in the list.</source>
            <translation>Choisissez un point dans la liste.</translation>
        </message>
        <message>
            <source>retired: no longer in the library</source>
            <translation>retiré : ne figure plus dans la bibliothèque</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>Read the guidance: %1</source>
            <translation>Lire les orientations : %1</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Langue du système (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Field Guide will use %1 the next time it starts.</source>
            <translation>Field Guide passera en %1 à son prochain démarrage.</translation>
        </message>
        <message>
            <source>Restart now? Your work is saved first.</source>
            <translation>Redémarrer maintenant ? Votre travail est d’abord enregistré.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>&amp;Redémarrer maintenant</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Plus &amp;tard</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>Signets</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Imported documents</source>
            <translation>Documents importés</translation>
        </message>
        <message>
            <source>Checklist: %1 (%2 items)</source>
            <translation>Liste de contrôle : %1 (points : %2)</translation>
        </message>
        <message>
            <source>You have a note on this section.</source>
            <translation>Vous avez une note sur cette section.</translation>
        </message>
        <message>
            <source>%1 (not in the library on this computer)</source>
            <translation>%1 (absent de la bibliothèque sur cet ordinateur)</translation>
        </message>
        <message>
            <source>Press Ctrl+D to bookmark a section</source>
            <translation>Appuyez sur Ctrl+D pour ajouter un signet à une section</translation>
        </message>
        <message>
            <source>No assessments yet</source>
            <translation>Aucune évaluation pour l’instant</translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>Field Guide (locked)</source>
            <translation>Field Guide (verrouillé)</translation>
        </message>
        <message>
            <source>Wrong passphrase.</source>
            <translation>Phrase secrète incorrecte.</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Field Guide is locked</source>
            <translation>Field Guide est verrouillé</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Enter your passphrase to continue.</source>
            <translation>Saisissez votre phrase secrète pour continuer.</translation>
        </message>
        <message>
            <source>This profile has no passphrase: anyone at this computer can show it again. Protect it with a passphrase to make the lock hold.</source>
            <translation>Ce profil n’a pas de phrase secrète : toute personne devant cet ordinateur peut le réafficher. Protégez-le par une phrase secrète pour que le verrouillage soit effectif.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Import document…</source>
            <translation>&amp;Importer un document…</translation>
        </message>
        <message>
            <source>Add your own PDF, Word, Markdown or text files to the library</source>
            <translation>Ajouter vos propres fichiers PDF, Word, Markdown ou texte à la bibliothèque</translation>
        </message>
        <message>
            <source>Install content &amp;pack…</source>
            <translation>Installer un &amp;module de contenu…</translation>
        </message>
        <message>
            <source>Add a guidance pack (.fgpack) from a publisher</source>
            <translation>Ajouter un module d’orientations (.fgpack) fourni par un éditeur</translation>
        </message>
        <message>
            <source>&amp;Protect with a passphrase…</source>
            <translation>&amp;Protéger par une phrase secrète…</translation>
        </message>
        <message>
            <source>Encrypt this profile so that nobody without the passphrase can read it</source>
            <translation>Chiffrer ce profil pour que personne ne puisse le lire sans la phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Change passphrase…</source>
            <translation>&amp;Changer de phrase secrète…</translation>
        </message>
        <message>
            <source>&amp;Remove protection…</source>
            <translation>&amp;Retirer la protection…</translation>
        </message>
        <message>
            <source>Decrypt this profile: anyone with the files can then read it</source>
            <translation>Déchiffrer ce profil : toute personne ayant accès aux fichiers pourra alors le lire</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Copy with &amp;citation</source>
            <translation>Copier avec la &amp;référence</translation>
        </message>
        <message>
            <source>Copy the selection, or the whole section, followed by its source</source>
            <translation>Copier la sélection, ou toute la section, suivie de sa source</translation>
        </message>
        <message>
            <source>&amp;Find in section…</source>
            <translation>Rec&amp;hercher dans la section…</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Occurrence &amp;suivante</translation>
        </message>
        <message>
            <source>Find pre&amp;vious</source>
            <translation>Occurrence pré&amp;cédente</translation>
        </message>
        <message>
            <source>&amp;Bookmark this section</source>
            <translation>Ajouter un &amp;signet à cette section</translation>
        </message>
        <message>
            <source>Write a &amp;note</source>
            <translation>Écrire une &amp;note</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Agrandir</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Réduire</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Taille réelle</translation>
        </message>
        <message>
            <source>&amp;Library panel</source>
            <translation>Panneau &amp;Bibliothèque</translation>
        </message>
        <message>
            <source>&amp;Notes panel</source>
            <translation>Panneau &amp;Notes</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>&amp;Previous section</source>
            <translation>Section &amp;précédente</translation>
        </message>
        <message>
            <source>N&amp;ext section</source>
            <translation>Section s&amp;uivante</translation>
        </message>
        <message>
            <source>&amp;Search the library…</source>
            <translation>&amp;Rechercher dans la bibliothèque…</translation>
        </message>
        <message>
            <source>F&amp;ilter the library tree</source>
            <translation>&amp;Filtrer l’arborescence de la bibliothèque</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Nouvelle évaluation…</translation>
        </message>
        <message>
            <source>Start an assessment from one or more checklists</source>
            <translation>Commencer une évaluation à partir d’une ou plusieurs listes de contrôle</translation>
        </message>
        <message>
            <source>Assessment &amp;details…</source>
            <translation>&amp;Détails de l’évaluation…</translation>
        </message>
        <message>
            <source>Change the open assessment's title, place, assessors, dates or marking</source>
            <translation>Changer le titre, le lieu, les évaluateurs, les dates ou le marquage de l’évaluation ouverte</translation>
        </message>
        <message>
            <source>D&amp;uplicate assessment</source>
            <translation>D&amp;upliquer l’évaluation</translation>
        </message>
        <message>
            <source>A new draft with the same details, answers and actions</source>
            <translation>Un nouveau brouillon avec les mêmes détails, réponses et actions</translation>
        </message>
        <message>
            <source>&amp;Delete assessment…</source>
            <translation>&amp;Supprimer l’évaluation…</translation>
        </message>
        <message>
            <source>Move the open assessment to the bin, from where it can be restored</source>
            <translation>Mettre l’évaluation ouverte à la corbeille, d’où elle peut être restaurée</translation>
        </message>
        <message>
            <source>Deleted assess&amp;ments…</source>
            <translation>Évaluations supp&amp;rimées…</translation>
        </message>
        <message>
            <source>Assessments in the bin, to restore</source>
            <translation>Les évaluations à la corbeille, à restaurer</translation>
        </message>
        <message>
            <source>&amp;Export report…</source>
            <translation>&amp;Exporter le rapport…</translation>
        </message>
        <message>
            <source>Save the open assessment as a PDF, Word, CSV or JSON report</source>
            <translation>Enregistrer l’évaluation ouverte sous forme de rapport PDF, Word, CSV ou JSON</translation>
        </message>
        <message>
            <source>S&amp;hare with a colleague…</source>
            <translation>&amp;Partager avec un collègue…</translation>
        </message>
        <message>
            <source>Save the open assessment encrypted so that only one colleague's laptop can open it</source>
            <translation>Enregistrer l'évaluation ouverte chiffrée pour que seul l'ordinateur d'un collègue puisse l'ouvrir</translation>
        </message>
        <message>
            <source>Open a &amp;shared assessment…</source>
            <translation>Ouvrir une évaluation &amp;partagée…</translation>
        </message>
        <message>
            <source>Import an assessment a colleague shared with this laptop</source>
            <translation>Importer une évaluation qu'un collègue a partagée avec cet ordinateur</translation>
        </message>
        <message>
            <source>Save this laptop's &amp;public key…</source>
            <translation>Enregistrer la clé &amp;publique de cet ordinateur…</translation>
        </message>
        <message>
            <source>The file colleagues need to share an assessment with you (it is not secret)</source>
            <translation>Le fichier dont vos collègues ont besoin pour partager une évaluation avec vous (il n'est pas secret)</translation>
        </message>
        <message>
            <source>&amp;Sync with folder…</source>
            <translation>&amp;Synchroniser avec un dossier…</translation>
        </message>
        <message>
            <source>Exchange changes with your team through a shared folder or USB stick</source>
            <translation>Échanger les modifications avec votre équipe au moyen d’un dossier partagé ou d’une clé USB</translation>
        </message>
        <message>
            <source>&amp;Conflicts…</source>
            <translation>&amp;Conflits…</translation>
        </message>
        <message>
            <source>Texts two people changed at once, waiting for you to choose</source>
            <translation>Textes modifiés par deux personnes à la fois, en attente de votre choix</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About Field Guide</source>
            <translation>À &amp;propos de Field Guide</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>&amp;Assessment</source>
            <translation>É&amp;valuation</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Synchronisation</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>Field Guide</source>
            <translation>Field Guide</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Rechercher dans la bibliothèque</translation>
        </message>
        <message>
            <source>Search guidance, checklists and notes   %1</source>
            <translation>Rechercher dans les orientations, les listes et les notes   %1</translation>
        </message>
        <message>
            <source>Opening your library…</source>
            <translation>Ouverture de votre bibliothèque…</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <source>%1 — Field Guide</source>
            <translation>%1 — Field Guide</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Filter the library</source>
            <translation>Filtrer la bibliothèque</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Remove bookmark</source>
            <translation>Retirer le signet</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>Signet</translation>
        </message>
        <message>
            <source>Start an &amp;assessment…</source>
            <translation>Commencer une é&amp;valuation…</translation>
        </message>
    </context>
    <context>
        <name>NewAssessmentDialog</name>
        <message>
            <source>New assessment</source>
            <translation>Nouvelle évaluation</translation>
        </message>
        <message>
            <source>Choose the checklists to work through, then describe the assessment.</source>
            <translation>Choisissez les listes de contrôle à parcourir, puis décrivez l’évaluation.</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Liste de contrôle</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>The assessment could not be created (%1).</source>
            <translation>L’évaluation n’a pas pu être créée (%1).</translation>
        </message>
        <message>
            <source>Create assessment</source>
            <translation>Créer l’évaluation</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>Listes de contrôle</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseForm</name>
        <message>
            <source>Remember on this computer</source>
            <translation>Mémoriser sur cet ordinateur</translation>
        </message>
        <message>
            <source>Keeps the key in this computer's keyring: anyone who can log in as you can open it.</source>
            <translation>Conserve la clé dans le trousseau de cet ordinateur : toute personne pouvant ouvrir une session à votre nom pourra ouvrir le profil.</translation>
        </message>
        <message>
            <source>This computer has no system keyring.</source>
            <translation>Cet ordinateur n’a pas de trousseau système.</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>Confirmation :</translation>
        </message>
        <message>
            <source>Too short: use at least 8 characters. A few unrelated words are best.</source>
            <translation>Trop courte : utilisez au moins 8 caractères. Quelques mots sans rapport entre eux sont l’idéal.</translation>
        </message>
        <message>
            <source>Weak: easy to guess. Add words or make it longer.</source>
            <translation>Faible : facile à deviner. Ajoutez des mots ou allongez-la.</translation>
        </message>
        <message>
            <source>Fair. One or two more words would make it strong.</source>
            <translation>Moyenne. Un ou deux mots de plus la rendraient robuste.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Robuste.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>Très robuste.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes ne correspondent pas.</translation>
        </message>
    </context>
    <context>
        <name>NotesController</name>
        <message>
            <source>The note could not be removed (%1).</source>
            <translation>La note n'a pas pu être supprimée (%1).</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Your note on this section</source>
            <translation>Votre note sur cette section</translation>
        </message>
        <message>
            <source>From other devices</source>
            <translation>Depuis d’autres appareils</translation>
        </message>
        <message>
            <source>Open a section to write a note on it.</source>
            <translation>Ouvrez une section pour y écrire une note.</translation>
        </message>
        <message>
            <source>Write as you read. Your note is saved as you type and found by search.</source>
            <translation>Écrivez au fil de la lecture. Votre note est enregistrée pendant la saisie et retrouvée par la recherche.</translation>
        </message>
        <message>
            <source>Device %1 · %2</source>
            <translation>Appareil %1 · %2</translation>
        </message>
        <message>
            <source>Remove this text for &amp;good…</source>
            <translation>Supprimer ce texte &amp;définitivement…</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Modification…</translation>
        </message>
        <message>
            <source>Note deleted</source>
            <translation>Note supprimée</translation>
        </message>
        <message>
            <source>Not saved: %1. Your text is kept here; saving again…</source>
            <translation>Non enregistré : %1. Votre texte est conservé ici ; nouvel essai d’enregistrement…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
    </context>
    <context>
        <name>PackInstaller</name>
        <message>
            <source>Install content pack</source>
            <translation>Installer un module de contenu</translation>
        </message>
        <message>
            <source>(no publisher given)</source>
            <translation>(éditeur non indiqué)</translation>
        </message>
        <message>
            <source>“%1” is not signed: nothing shows that it comes from %2.</source>
            <translation>« %1 » n’est pas signé : rien ne prouve qu’il provient de %2.</translation>
        </message>
        <message>
            <source>Install it only if you know where this file came from and trust it.</source>
            <translation>Ne l’installez que si vous savez d’où vient ce fichier et que vous lui faites confiance.</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation>Installer quand même</translation>
        </message>
        <message>
            <source>“%1” is signed by %2, a publisher you have not trusted yet.</source>
            <translation>« %1 » est signé par %2, un éditeur que vous n’avez pas encore approuvé.</translation>
        </message>
        <message>
            <source>Key fingerprint: %1. Compare it with the one the publisher gave you; if you trust it, packs signed with this key will install without asking.</source>
            <translation>Empreinte de la clé : %1. Comparez-la à celle que l’éditeur vous a communiquée ; si vous l’approuvez, les modules signés avec cette clé s’installeront sans confirmation.</translation>
        </message>
        <message>
            <source>Trust and install</source>
            <translation>Approuver et installer</translation>
        </message>
        <message>
            <source>Nothing was installed.</source>
            <translation>Rien n’a été installé.</translation>
        </message>
        <message>
            <source>%1 %2 is already installed; nothing changed.</source>
            <translation>%1 %2 est déjà installé ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Installed %1 %2.</source>
            <translation>%1 %2 installé.</translation>
        </message>
    </context>
    <context>
        <name>ProfileController</name>
        <message>
            <source>Could not open the library: %1</source>
            <translation>Impossible d’ouvrir la bibliothèque : %1</translation>
        </message>
        <message>
            <source>%1 documents, %2 checklists</source>
            <translation>Documents : %1 · listes de contrôle : %2</translation>
        </message>
    </context>
    <context>
        <name>ProfileProtection</name>
        <message>
            <source>Protect with a passphrase</source>
            <translation>Protéger par une phrase secrète</translation>
        </message>
        <message>
            <source>The profile (notes, assessments, bookmarks) and its backups are encrypted. Without the passphrase nobody can read them, and nobody can recover them for you: write it down somewhere safe.</source>
            <translation>Le profil (notes, évaluations, signets) et ses sauvegardes sont chiffrés. Sans la phrase secrète, personne ne peut les lire, et personne ne peut les récupérer pour vous : notez-la en lieu sûr.</translation>
        </message>
        <message>
            <source>Encrypting the profile…</source>
            <translation>Chiffrement du profil…</translation>
        </message>
        <message>
            <source>The profile is protected. Lock it with Ctrl+L; it locks itself when left idle.</source>
            <translation>Le profil est protégé. Verrouillez-le avec Ctrl+L ; il se verrouille de lui-même en cas d’inactivité.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Changer de phrase secrète</translation>
        </message>
        <message>
            <source>Current passphrase:</source>
            <translation>Phrase secrète actuelle :</translation>
        </message>
        <message>
            <source>Encrypting the profile under the new passphrase…</source>
            <translation>Chiffrement du profil avec la nouvelle phrase secrète…</translation>
        </message>
        <message>
            <source>The passphrase is changed. The old one no longer opens the profile or its backups.</source>
            <translation>La phrase secrète a été changée. L’ancienne n’ouvre plus ni le profil ni ses sauvegardes.</translation>
        </message>
        <message>
            <source>Remove protection</source>
            <translation>Retirer la protection</translation>
        </message>
        <message>
            <source>The profile and its backups will be stored unencrypted: anyone who gets hold of this computer or its disk can read your notes. Enter the passphrase to go ahead.</source>
            <translation>Le profil et ses sauvegardes seront conservés en clair : toute personne qui s’empare de cet ordinateur ou de son disque pourra lire vos notes. Saisissez la phrase secrète pour continuer.</translation>
        </message>
        <message>
            <source>Decrypting the profile…</source>
            <translation>Déchiffrement du profil…</translation>
        </message>
        <message>
            <source>Protection removed: the profile is no longer encrypted.</source>
            <translation>Protection retirée : le profil n’est plus chiffré.</translation>
        </message>
        <message>
            <source>Save or discard the unsaved text first; nothing was changed.</source>
            <translation>Enregistrez ou abandonnez d’abord le texte non enregistré ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Field Guide</source>
            <translation>Field Guide</translation>
        </message>
        <message>
            <source>The profile could not be changed (%1).</source>
            <translation>Le profil n’a pas pu être modifié (%1).</translation>
        </message>
        <message>
            <source>Profile protection</source>
            <translation>Protection du profil</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>Remove this text for good</source>
            <translation>Supprimer ce texte définitivement</translation>
        </message>
        <message>
            <source>This removes every stored version of this text from this computer: its earlier versions, the search index and the space it took in the database. At the next sync every teammate's device removes it too. This cannot be undone.</source>
            <translation>Ceci supprime de cet ordinateur toutes les versions enregistrées de ce texte : ses versions antérieures, l'index de recherche et l'espace qu'il occupait dans la base de données. À la prochaine synchronisation, l'appareil de chaque membre de l'équipe le supprime aussi. C'est irréversible.</translation>
        </message>
        <message>
            <source>&amp;Put in its place (optional):</source>
            <translation>&amp;Mettre à sa place (facultatif) :</translation>
        </message>
        <message>
            <source>for example [name removed]</source>
            <translation>par exemple [nom retiré]</translation>
        </message>
        <message numerus="yes">
            <source>Also &amp;delete the %n backup(s) made before now</source>
            <translation>
                <numerusform>&amp;Supprimer aussi la %n sauvegarde faite avant maintenant</numerusform>
                <numerusform>&amp;Supprimer aussi les %n sauvegardes faites avant maintenant</numerusform>
            </translation>
        </message>
        <message>
            <source>Those backups still hold this text. A fresh backup is made first, so you keep one.</source>
            <translation>Ces sauvegardes contiennent encore ce texte. Une nouvelle sauvegarde est faite d'abord : vous en gardez une.</translation>
        </message>
        <message>
            <source>Bundles already written to a sync folder or a hub (encrypted) and backups you exported still hold it until those files are deleted.</source>
            <translation>Les paquets déjà écrits dans un dossier de synchronisation ou sur un hub (chiffrés) et les sauvegardes que vous avez exportées le contiennent encore jusqu'à ce que ces fichiers soient supprimés.</translation>
        </message>
        <message>
            <source>&amp;Remove for good</source>
            <translation>&amp;Supprimer définitivement</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Tip</source>
            <translation>Conseil</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Start an &amp;assessment…</source>
            <translation>Commencer une é&amp;valuation…</translation>
        </message>
        <message>
            <source>Start an assessment with this checklist</source>
            <translation>Commencer une évaluation avec cette liste</translation>
        </message>
        <message>
            <source>Section text</source>
            <translation>Texte de la section</translation>
        </message>
        <message>
            <source>Field Guide</source>
            <translation>Field Guide</translation>
        </message>
        <message>
            <source>Guidance for peace and security practitioners, on this computer, with or without a network.</source>
            <translation>Des orientations pour les praticiens de la paix et de la sécurité, sur cet ordinateur, avec ou sans réseau.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Appuyez sur</translation>
        </message>
        <message>
            <source>Search the whole library</source>
            <translation>Rechercher dans toute la bibliothèque</translation>
        </message>
        <message>
            <source>Filter the library tree</source>
            <translation>Filtrer l’arborescence de la bibliothèque</translation>
        </message>
        <message>
            <source>Bookmark the section you are reading</source>
            <translation>Ajouter un signet à la section que vous lisez</translation>
        </message>
        <message>
            <source>Write a note on it</source>
            <translation>Y écrire une note</translation>
        </message>
        <message>
            <source>Find in the section</source>
            <translation>Rechercher dans la section</translation>
        </message>
        <message>
            <source>Go back, go forward</source>
            <translation>Revenir en arrière, aller en avant</translation>
        </message>
        <message>
            <source>Previous, next section</source>
            <translation>Section précédente, suivante</translation>
        </message>
        <message>
            <source>Larger, smaller text</source>
            <translation>Texte plus grand, plus petit</translation>
        </message>
        <message>
            <source>Time-bound: %1</source>
            <translation>Daté : %1</translation>
        </message>
        <message>
            <source>This whole section is the project's own synthesis; the box below names what it draws on.</source>
            <translation>Toute cette section est une synthèse du projet ; l’encadré ci-dessous indique sur quoi elle s’appuie.</translation>
        </message>
        <message>
            <source>Drawing on</source>
            <translation>S’appuie sur</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Liste de contrôle</translation>
        </message>
        <message>
            <source>the guidance</source>
            <translation>les orientations</translation>
        </message>
        <message>
            <source>Read: %1</source>
            <translation>Lire : %1</translation>
        </message>
        <message>
            <source>Field Guide synthesis</source>
            <translation>Synthèse de Field Guide</translation>
        </message>
        <message>
            <source>Drawing on: %1</source>
            <translation>S’appuie sur : %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Éléments de preuve : %1</translation>
        </message>
        <message>
            <source>See also:</source>
            <translation>Voir aussi :</translation>
        </message>
        <message>
            <source>Also in: %1</source>
            <translation>Aussi en : %1</translation>
        </message>
        <message>
            <source>Field Guide synthesis: the project's own advice, not the source's</source>
            <translation>Synthèse de Field Guide : conseil propre au projet, non celui de la source</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Previous section (Alt+Up)</source>
            <translation>Section précédente (Alt+Haut)</translation>
        </message>
        <message>
            <source>Next section (Alt+Down)</source>
            <translation>Section suivante (Alt+Bas)</translation>
        </message>
    </context>
    <context>
        <name>ReadingController</name>
        <message>
            <source>Nothing in the library has the id %1</source>
            <translation>Aucun élément de la bibliothèque ne porte l’identifiant %1</translation>
        </message>
        <message>
            <source>Open a section or a checklist to bookmark it.</source>
            <translation>Ouvrez une section ou une liste de contrôle pour y ajouter un signet.</translation>
        </message>
        <message>
            <source>Bookmarked “%1”</source>
            <translation>Signet ajouté : « %1 »</translation>
        </message>
        <message>
            <source>Bookmark removed from “%1”</source>
            <translation>Signet retiré de « %1 »</translation>
        </message>
        <message>
            <source>Bookmark removed</source>
            <translation>Signet retiré</translation>
        </message>
        <message>
            <source>Copied with its citation</source>
            <translation>Copié avec sa référence</translation>
        </message>
        <message>
            <source>Zoom %1 %</source>
            <translation>Zoom %1 %</translation>
        </message>
        <message>
            <source>Remove &amp;bookmark</source>
            <translation>Retirer le &amp;signet</translation>
        </message>
        <message>
            <source>&amp;Bookmark this section</source>
            <translation>Ajouter un &amp;signet à cette section</translation>
        </message>
    </context>
    <context>
        <name>SearchPopup</name>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Point de liste de contrôle</translation>
        </message>
        <message>
            <source>Assessment note</source>
            <translation>Note d’évaluation</translation>
        </message>
        <message>
            <source>My note</source>
            <translation>Ma note</translation>
        </message>
        <message>
            <source>↑ ↓ to choose · Enter to open · Esc to close</source>
            <translation>↑ ↓ pour choisir · Entrée pour ouvrir · Échap pour fermer</translation>
        </message>
        <message>
            <source>The library is still opening…</source>
            <translation>La bibliothèque est encore en cours d’ouverture…</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>Échec de la recherche : %1</translation>
        </message>
        <message>
            <source>1 result</source>
            <translation>1 résultat</translation>
        </message>
        <message>
            <source>%1 results</source>
            <translation>%1 résultats</translation>
        </message>
        <message>
            <source>The best %1 results</source>
            <translation>Les %1 meilleurs résultats</translation>
        </message>
        <message>
            <source>Nothing found for “%1”</source>
            <translation>Aucun résultat pour « %1 »</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>Save this laptop's public key</source>
            <translation>Enregistrer la clé publique de cet ordinateur</translation>
        </message>
        <message>
            <source>Device keys (*.fgdevice)</source>
            <translation>Clés d'appareil (*.fgdevice)</translation>
        </message>
        <message>
            <source>The key could not be saved (%1).</source>
            <translation>La clé n'a pas pu être enregistrée (%1).</translation>
        </message>
        <message>
            <source>Saved this laptop's public key as %1 (fingerprint %2): give it to colleagues who share with you.</source>
            <translation>Clé publique de cet ordinateur enregistrée sous %1 (empreinte %2) : donnez-la aux collègues qui partagent avec vous.</translation>
        </message>
        <message>
            <source>The colleague's public key</source>
            <translation>La clé publique du collègue</translation>
        </message>
        <message>
            <source>The key could not be read (%1).</source>
            <translation>La clé n'a pas pu être lue (%1).</translation>
        </message>
        <message>
            <source>Save the shared assessment</source>
            <translation>Enregistrer l'évaluation partagée</translation>
        </message>
        <message>
            <source>Shared assessments (*.fgshare)</source>
            <translation>Évaluations partagées (*.fgshare)</translation>
        </message>
        <message>
            <source>The assessment could not be shared (%1).</source>
            <translation>L'évaluation n'a pas pu être partagée (%1).</translation>
        </message>
        <message>
            <source>Saved %1: only %2 (fingerprint %3) can open it.</source>
            <translation>Enregistré sous %1 : seul %2 (empreinte %3) peut l'ouvrir.</translation>
        </message>
        <message>
            <source>the colleague's laptop</source>
            <translation>l'ordinateur du collègue</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>Un membre de l'équipe</translation>
        </message>
        <message>
            <source>A colleague's public-key file…</source>
            <translation>Le fichier de clé publique d'un collègue…</translation>
        </message>
        <message>
            <source>Share with a colleague</source>
            <translation>Partager avec un collègue</translation>
        </message>
        <message>
            <source>Only this person's laptop will open it:</source>
            <translation>Seul l'ordinateur de cette personne pourra l'ouvrir :</translation>
        </message>
        <message>
            <source>Open a shared assessment</source>
            <translation>Ouvrir une évaluation partagée</translation>
        </message>
        <message>
            <source>The shared assessment could not be opened (%1).</source>
            <translation>L'évaluation partagée n'a pas pu être ouverte (%1).</translation>
        </message>
        <message>
            <source>Imported %1 from %2 (fingerprint %3).</source>
            <translation>%1 importée de %2 (empreinte %3).</translation>
        </message>
        <message>
            <source>a colleague</source>
            <translation>un collègue</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
    </context>
    <context>
        <name>StatusChart</name>
        <message>
            <source>No items</source>
            <translation>Aucun point</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>this device</source>
            <translation>cet appareil</translation>
        </message>
        <message>
            <source>device %1</source>
            <translation>appareil %1</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>Received %n change(s) from the hub.</source>
            <translation>
                <numerusform>%n modification reçue du serveur.</numerusform>
                <numerusform>%n modifications reçues du serveur.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>Sync with the team</source>
            <translation>Synchroniser avec l’équipe</translation>
        </message>
        <message>
            <source>e.g. Amina's laptop</source>
            <translation>par ex. Portable d'Amina</translation>
        </message>
        <message>
            <source>This laptop's name for the team:</source>
            <translation>Nom de cet ordinateur pour l'équipe :</translation>
        </message>
        <message>
            <source>Folder to sync with</source>
            <translation>Dossier de synchronisation</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>This laptop is the first of the team here</source>
            <translation>Cet ordinateur est le premier de l'équipe ici</translation>
        </message>
        <message>
            <source>Delete the older backups…</source>
            <translation>Supprimer les sauvegardes plus anciennes…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Choose a folder first.</source>
            <translation>Choisissez d’abord un dossier.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Choose a folder every teammate's laptop sees now and then: a USB stick, a network share or a synced folder. Each laptop leaves its changes there, encrypted with the team's key and signed by the laptop, and picks up the others'.</source>
            <translation>Choisissez un dossier que l'ordinateur de chaque membre de l'équipe voit de temps en temps : une clé USB, un partage réseau ou un dossier synchronisé. Chaque ordinateur y dépose ses modifications, chiffrées avec la clé de l'équipe et signées par l'ordinateur, et y reprend celles des autres.</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with another team's key — this laptop is not in that team, or was removed from it.</source>
            <translation>
                <numerusform>%n lot fait avec la clé d'une autre équipe — cet ordinateur ne fait pas partie de cette équipe, ou en a été retiré.</numerusform>
                <numerusform>%n lots faits avec la clé d'une autre équipe — cet ordinateur ne fait pas partie de cette équipe, ou en a été retiré.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was written to this folder: no teammate's bundle has been opened here yet. If this laptop is the first of the team to use it, say so below.</source>
            <translation>Rien n'a été écrit dans ce dossier : aucun paquet d'un coéquipier n'y a encore été ouvert. Si cet ordinateur est le premier de l'équipe à l'utiliser, dites-le ci-dessous.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n change(s).</source>
            <translation>
                <numerusform>%n modification envoyée.</numerusform>
                <numerusform>%n modifications envoyées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new to send.</source>
            <translation>Rien de nouveau à envoyer.</translation>
        </message>
        <message numerus="yes">
            <source>Received %n change(s)</source>
            <translation>
                <numerusform>%n modification reçue</numerusform>
                <numerusform>%n modifications reçues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n device(s).</source>
            <translation>
                <numerusform>de %n appareil.</numerusform>
                <numerusform>de %n appareils.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new from the team.</source>
            <translation>Rien de nouveau de la part de l’équipe.</translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to resolve.</source>
            <translation>
                <numerusform>%n nouveau conflit à résoudre.</numerusform>
                <numerusform>%n nouveaux conflits à résoudre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) still to resolve.</source>
            <translation>
                <numerusform>%n conflit reste à résoudre.</numerusform>
                <numerusform>%n conflits restent à résoudre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) a teammate removed for good were removed here too; backups made before may still hold them.</source>
            <translation>
                <numerusform>%n texte supprimé définitivement par un membre de l'équipe a été supprimé ici aussi ; les sauvegardes faites avant peuvent encore le contenir.</numerusform>
                <numerusform>%n textes supprimés définitivement par un membre de l'équipe ont été supprimés ici aussi ; les sauvegardes faites avant peuvent encore les contenir.</numerusform>
            </translation>
        </message>
        <message>
            <source>will retry next time</source>
            <translation>nouvel essai la prochaine fois</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ignoré</translation>
        </message>
        <message numerus="yes">
            <source>Delete the %n backup(s) made before the text was removed? They still hold it. A fresh backup is made first, so you keep one.</source>
            <translation>
                <numerusform>Supprimer la %n sauvegarde faite avant la suppression du texte ? Elle le contient encore. Une nouvelle sauvegarde est faite d'abord : vous en gardez une.</numerusform>
                <numerusform>Supprimer les %n sauvegardes faites avant la suppression du texte ? Elles le contiennent encore. Une nouvelle sauvegarde est faite d'abord : vous en gardez une.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete older backups</source>
            <translation>Supprimer les sauvegardes plus anciennes</translation>
        </message>
        <message>
            <source>&amp;Delete them</source>
            <translation>&amp;Les supprimer</translation>
        </message>
        <message>
            <source>The sync could not finish (%1).</source>
            <translation>La synchronisation n’a pas pu aboutir (%1).</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusIndicator</name>
        <message numerus="yes">
            <source>%n change(s) to send</source>
            <translation>
                <numerusform>%n modification à envoyer</numerusform>
                <numerusform>%n modifications à envoyer</numerusform>
            </translation>
        </message>
        <message>
            <source>All sent</source>
            <translation>Tout est envoyé</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflit</numerusform>
                <numerusform>%n conflits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Team sync: %n change(s) made or received here not yet sent on.</source>
            <translation>
                <numerusform>Synchronisation d’équipe : %n modification faite ou reçue ici n’a pas encore été transmise.</numerusform>
                <numerusform>Synchronisation d’équipe : %n modifications faites ou reçues ici n’ont pas encore été transmises.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve: two people changed the same text.</source>
            <translation>
                <numerusform>%n conflit à résoudre : deux personnes ont modifié le même texte.</numerusform>
                <numerusform>%n conflits à résoudre : deux personnes ont modifié le même texte.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamPanel</name>
        <message>
            <source>Team members</source>
            <translation>Membres de l'équipe</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Code de vérification</translation>
        </message>
        <message>
            <source>Create a team…</source>
            <translation>Créer une équipe…</translation>
        </message>
        <message>
            <source>Join with an invitation…</source>
            <translation>Rejoindre avec une invitation…</translation>
        </message>
        <message>
            <source>Open the answer…</source>
            <translation>Ouvrir la réponse…</translation>
        </message>
        <message>
            <source>Invite a member…</source>
            <translation>Inviter un membre…</translation>
        </message>
        <message>
            <source>Add a member…</source>
            <translation>Ajouter un membre…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <source>This laptop is not in a team yet: create one, or join with a member's invitation.</source>
            <translation>Cet ordinateur ne fait encore partie d'aucune équipe : créez-en une, ou rejoignez-en une avec l'invitation d'un membre.</translation>
        </message>
        <message numerus="yes">
            <source>Team %1 — %n member(s), key epoch %2.</source>
            <translation>
                <numerusform>Équipe %1 — %n membre, époque de clé %2.</numerusform>
                <numerusform>Équipe %1 — %n membres, époque de clé %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>Unprotected profile</source>
            <translation>Profil non protégé</translation>
        </message>
        <message>
            <source>This profile is not protected by a passphrase, so the team's keys would be stored unencrypted on this laptop. It is safer to protect the profile first (Profile menu). Keep the team's keys in this unprotected profile anyway?</source>
            <translation>Ce profil n'est pas protégé par une phrase secrète : les clés de l'équipe seraient donc enregistrées sans chiffrement sur cet ordinateur. Il est plus sûr de protéger d'abord le profil (menu Profil). Garder quand même les clés de l'équipe dans ce profil non protégé ?</translation>
        </message>
        <message>
            <source>%1 could not be read (%2).</source>
            <translation>Impossible de lire %1 (%2).</translation>
        </message>
        <message>
            <source>Create a team</source>
            <translation>Créer une équipe</translation>
        </message>
        <message>
            <source>The team's name:</source>
            <translation>Nom de l'équipe :</translation>
        </message>
        <message>
            <source>Team created. Invite each member, then add them when they answer.</source>
            <translation>Équipe créée. Invitez chaque membre, puis ajoutez-le quand il répond.</translation>
        </message>
        <message>
            <source>A member's invitation</source>
            <translation>L'invitation d'un membre</translation>
        </message>
        <message>
            <source>Team invitations (*.fginvite)</source>
            <translation>Invitations d'équipe (*.fginvite)</translation>
        </message>
        <message>
            <source>Save the join request</source>
            <translation>Enregistrer la demande d'adhésion</translation>
        </message>
        <message>
            <source>Join requests (*.fgjoin)</source>
            <translation>Demandes d'adhésion (*.fgjoin)</translation>
        </message>
        <message>
            <source>Verification code: %1. Give the request to the member who invited you; their laptop must show this same code before they add you to %2. Then open their answer here.</source>
            <translation>Code de vérification : %1. Donnez la demande au membre qui vous a invité ; son ordinateur doit afficher ce même code avant qu'il vous ajoute à %2. Ouvrez ensuite sa réponse ici.</translation>
        </message>
        <message>
            <source>The member's answer</source>
            <translation>La réponse du membre</translation>
        </message>
        <message>
            <source>Answers (*.fganswer)</source>
            <translation>Réponses (*.fganswer)</translation>
        </message>
        <message>
            <source>This laptop is now a member of the team. Sync to receive its work.</source>
            <translation>Cet ordinateur est maintenant membre de l'équipe. Synchronisez pour recevoir son travail.</translation>
        </message>
        <message>
            <source>Save the invitation</source>
            <translation>Enregistrer l'invitation</translation>
        </message>
        <message>
            <source>Invitation saved as %1: give it to the new member.</source>
            <translation>Invitation enregistrée sous %1 : donnez-la au nouveau membre.</translation>
        </message>
        <message>
            <source>The new member's join request</source>
            <translation>La demande d'adhésion du nouveau membre</translation>
        </message>
        <message>
            <source>%1 asks to join the team.

Does that laptop show exactly this verification code?

%2

Add it only if the codes are the same.</source>
            <translation>%1 demande à rejoindre l'équipe.

Cet ordinateur affiche-t-il exactement ce code de vérification ?

%2

Ne l'ajoutez que si les codes sont identiques.</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>Ajouter un membre</translation>
        </message>
        <message>
            <source>Not added: nothing was signed.</source>
            <translation>Pas ajouté : rien n'a été signé.</translation>
        </message>
        <message>
            <source>Save the answer</source>
            <translation>Enregistrer la réponse</translation>
        </message>
        <message>
            <source>%1 is now a member. Give them %2 to open on their laptop.</source>
            <translation>%1 est maintenant membre. Donnez-lui %2 à ouvrir sur son ordinateur.</translation>
        </message>
        <message>
            <source>Remove a member</source>
            <translation>Retirer un membre</translation>
        </message>
        <message>
            <source>Remove %1 from the team? It will not be able to read anything the team writes from now on; what it already has stays on it.</source>
            <translation>Retirer %1 de l'équipe ? Il ne pourra plus lire ce que l'équipe écrira désormais ; ce qu'il a déjà reste sur lui.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove: this laptop was lost</source>
            <translation>Retirer : cet ordinateur a été perdu</translation>
        </message>
        <message>
            <source>%1 was removed. The team's next bundles use a new key it cannot read.</source>
            <translation>%1 a été retiré. Les prochains lots de l'équipe utilisent une nouvelle clé qu'il ne peut pas lire.</translation>
        </message>
    </context>
    <context>
        <name>TransferController</name>
        <message>
            <source>Open an assessment to export it.</source>
            <translation>Ouvrez une évaluation pour l’exporter.</translation>
        </message>
        <message>
            <source>The open note could not be saved; the report would leave it out.</source>
            <translation>La note ouverte n’a pas pu être enregistrée ; le rapport l’omettrait.</translation>
        </message>
        <message>
            <source>Report saved as %1</source>
            <translation>Rapport enregistré sous %1</translation>
        </message>
        <message>
            <source>Open an assessment to share it.</source>
            <translation>Ouvrez une évaluation pour la partager.</translation>
        </message>
        <message>
            <source>The open note could not be saved; share again once it is.</source>
            <translation>La note ouverte n'a pas pu être enregistrée ; partagez à nouveau une fois qu'elle l'est.</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Ouverture…</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Réessayez.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n second(s).</source>
            <translation>
                <numerusform>Trop de phrases secrètes incorrectes. Réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de phrases secrètes incorrectes. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkspaceAnswers</name>
        <message>
            <source>Could not save: %1</source>
            <translation>Enregistrement impossible : %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Not saved (%1). Your text stays in the editor and will be saved when possible.</source>
            <translation>Non enregistré (%1). Votre texte reste dans l’éditeur et sera enregistré dès que possible.</translation>
        </message>
        <message>
            <source>No assessment open</source>
            <translation>Aucune évaluation ouverte</translation>
        </message>
        <message>
            <source>%1 of %2 assessed</source>
            <translation>%1 sur %2 évalués</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>Points : %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>This assessment is final and read-only. Reopen it to change answers, notes or actions.</source>
            <translation>Cette évaluation est finalisée et en lecture seule. Rouvrez-la pour modifier les réponses, les notes ou les actions.</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Rouvrir</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>&amp;Finaliser</translation>
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation>Passer l’évaluation en lecture seule ; vous pourrez la rouvrir plus tard</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Points de la liste de contrôle</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>Évaluateurs : %1</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceDisplay</name>
        <message>
            <source>No assessment open</source>
            <translation>Aucune évaluation ouverte</translation>
        </message>
        <message>
            <source>%1 of %2 assessed</source>
            <translation>%1 sur %2 évalués</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>Points : %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>This assessment is final and read-only. Reopen it to change answers, notes or actions.</source>
            <translation>Cette évaluation est finalisée et en lecture seule. Rouvrez-la pour modifier les réponses, les notes ou les actions.</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Rouvrir</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>&amp;Finaliser</translation>
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation>Passer l’évaluation en lecture seule ; vous pourrez la rouvrir plus tard</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Points de la liste de contrôle</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>Évaluateurs : %1</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceLayout</name>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Rouvrir</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>&amp;Finaliser</translation>
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation>Passer l’évaluation en lecture seule ; vous pourrez la rouvrir plus tard</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Points de la liste de contrôle</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>Évaluateurs : %1</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceNavigation</name>
        <message>
            <source>No assessment open</source>
            <translation>Aucune évaluation ouverte</translation>
        </message>
        <message>
            <source>%1 of %2 assessed</source>
            <translation>%1 sur %2 évalués</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>Points : %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>This assessment is final and read-only. Reopen it to change answers, notes or actions.</source>
            <translation>Cette évaluation est finalisée et en lecture seule. Rouvrez-la pour modifier les réponses, les notes ou les actions.</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Rouvrir</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>&amp;Finaliser</translation>
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation>Passer l’évaluation en lecture seule ; vous pourrez la rouvrir plus tard</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Points de la liste de contrôle</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>Évaluateurs : %1</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>The profile could not be protected: %1</source>
            <translation>Le profil n’a pas pu être protégé : %1</translation>
        </message>
    </context>
    <context>
        <name>fieldguide</name>
        <message>
            <source>an assessment needs at least one checklist</source>
            <translation>une évaluation nécessite au moins une liste de contrôle</translation>
        </message>
        <message>
            <source>no checklist has the id %r</source>
            <translation>aucune liste de contrôle ne porte l’identifiant %r</translation>
        </message>
        <message>
            <source>the checklist %r is no longer in the library</source>
            <translation>la liste de contrôle %r ne figure plus dans la bibliothèque</translation>
        </message>
        <message>
            <source>nothing to record: give a status, a note, evidence or a confidence</source>
            <translation>rien à enregistrer : indiquez un statut, une note, des éléments probants ou un degré de confiance</translation>
        </message>
        <message>
            <source>the assessment %r is final; reopen it to change it</source>
            <translation>l’évaluation %r est finalisée ; rouvrez-la pour la modifier</translation>
        </message>
        <message>
            <source>the assessment of the action %r has been deleted</source>
            <translation>l’évaluation de l’action %r a été supprimée</translation>
        </message>
        <message>
            <source>more than one checklist of this assessment has an item %r; give the full id (checklist/item)</source>
            <translation>plusieurs listes de contrôle de cette évaluation ont un point %r ; indiquez l’identifiant complet (liste/point)</translation>
        </message>
        <message>
            <source>the assessment has no checklist item %r</source>
            <translation>l’évaluation n’a pas de point %r</translation>
        </message>
        <message>
            <source>unknown confidence %r; use one of %s</source>
            <translation>degré de confiance inconnu %r ; utilisez l’une des valeurs suivantes : %s</translation>
        </message>
        <message>
            <source>unknown classification %r; use one of %s</source>
            <translation>classification inconnue %r ; utilisez l’une des valeurs suivantes : %s</translation>
        </message>
        <message>
            <source>%s %r is not a date written as yyyy-mm-dd</source>
            <translation>%s %r n’est pas une date au format aaaa-mm-jj (yyyy-mm-dd)</translation>
        </message>
        <message>
            <source>the end date %s is before the start date %s</source>
            <translation>la date de fin %s est antérieure à la date de début %s</translation>
        </message>
        <message>
            <source>an assessment needs a title</source>
            <translation>une évaluation doit avoir un titre</translation>
        </message>
        <message>
            <source>an action needs a text</source>
            <translation>une action doit avoir un texte</translation>
        </message>
        <message>
            <source>usage error</source>
            <translation>erreur d’utilisation</translation>
        </message>
        <message>
            <source>Field Guide: guidance, checklists and assessments.</source>
            <translation>Field Guide : orientations, listes de contrôle et évaluations.</translation>
        </message>
        <message>
            <source>where the profile lives (or FIELDGUIDE_DATA_DIR)</source>
            <translation>emplacement du profil (ou FIELDGUIDE_DATA_DIR)</translation>
        </message>
        <message>
            <source>keep data beside the program</source>
            <translation>conserver les données à côté du programme</translation>
        </message>
        <message>
            <source>read the passphrase of a protected profile from FILE</source>
            <translation>lire dans FILE la phrase secrète d’un profil protégé</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrompu</translation>
        </message>
        <message>
            <source>assessments against checklists</source>
            <translation>évaluations fondées sur des listes de contrôle</translation>
        </message>
        <message>
            <source>start an assessment from one or more checklists</source>
            <translation>commencer une évaluation à partir d’une ou plusieurs listes de contrôle</translation>
        </message>
        <message>
            <source>repeat for more</source>
            <translation>à répéter pour en ajouter</translation>
        </message>
        <message>
            <source>country or region</source>
            <translation>pays ou région</translation>
        </message>
        <message>
            <source>mission or office</source>
            <translation>mission ou bureau</translation>
        </message>
        <message>
            <source>unclassified, confidential or strictly-confidential</source>
            <translation>unclassified (non classifié), confidential (confidentiel) ou strictly-confidential (strictement confidentiel)</translation>
        </message>
        <message>
            <source>assessments, most recently changed first</source>
            <translation>évaluations, des plus récemment modifiées aux plus anciennes</translation>
        </message>
        <message>
            <source>the deleted ones, which can be undeleted</source>
            <translation>les évaluations supprimées, qui peuvent être restaurées</translation>
        </message>
        <message>
            <source>an assessment with every item, answer and action</source>
            <translation>une évaluation avec tous ses points, réponses et actions</translation>
        </message>
        <message>
            <source>record a status, note, evidence or confidence for an item</source>
            <translation>enregistrer le statut, la note, les éléments probants ou le degré de confiance d’un point</translation>
        </message>
        <message>
            <source>the note (Markdown); replaces the item's note</source>
            <translation>la note (Markdown) ; remplace la note du point</translation>
        </message>
        <message>
            <source>read the note from a file (- for stdin)</source>
            <translation>lire la note dans un fichier (- pour l’entrée standard)</translation>
        </message>
        <message>
            <source>evidence or sources</source>
            <translation>éléments probants ou sources</translation>
        </message>
        <message>
            <source>low, medium or high (none to clear)</source>
            <translation>low (faible), medium (moyen) ou high (élevé) ; none pour effacer</translation>
        </message>
        <message>
            <source>make an assessment read-only</source>
            <translation>passer une évaluation en lecture seule</translation>
        </message>
        <message>
            <source>make a final assessment editable again</source>
            <translation>rendre de nouveau modifiable une évaluation finalisée</translation>
        </message>
        <message>
            <source>move an assessment to the bin (undo with undelete)</source>
            <translation>placer une évaluation dans la corbeille (annuler avec undelete)</translation>
        </message>
        <message>
            <source>bring a deleted assessment back</source>
            <translation>restaurer une évaluation supprimée</translation>
        </message>
        <message>
            <source>copy an assessment with its answers and actions</source>
            <translation>copier une évaluation avec ses réponses et ses actions</translation>
        </message>
        <message>
            <source>follow-up actions of an assessment</source>
            <translation>actions de suivi d’une évaluation</translation>
        </message>
        <message>
            <source>add a follow-up action</source>
            <translation>ajouter une action de suivi</translation>
        </message>
        <message>
            <source>the assessment</source>
            <translation>l’évaluation</translation>
        </message>
        <message>
            <source>the item the action follows up</source>
            <translation>le point auquel l’action donne suite</translation>
        </message>
        <message>
            <source>mark an action done</source>
            <translation>marquer une action comme réalisée</translation>
        </message>
        <message>
            <source>mark it not done again</source>
            <translation>la marquer de nouveau comme non réalisée</translation>
        </message>
        <message>
            <source>No deleted assessments.</source>
            <translation>Aucune évaluation supprimée.</translation>
        </message>
        <message>
            <source>No assessments yet.</source>
            <translation>Aucune évaluation pour l’instant.</translation>
        </message>
        <message>
            <source>final</source>
            <translation>finalisée</translation>
        </message>
        <message>
            <source>%d of %d assessed</source>
            <translation>%d sur %d évalués</translation>
        </message>
        <message>
            <source>id</source>
            <translation>identifiant</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>classification</source>
            <translation>classification</translation>
        </message>
        <message>
            <source>assessors</source>
            <translation>évaluateurs</translation>
        </message>
        <message>
            <source>period</source>
            <translation>période</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>confidence</source>
            <translation>degré de confiance</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>éléments probants</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>due %s</source>
            <translation>échéance : %s</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>EN RETARD</translation>
        </message>
        <message>
            <source>%s is not UTF-8 text</source>
            <translation>%s n’est pas un texte UTF-8</translation>
        </message>
        <message>
            <source>final: the assessment is now read-only (reopen to change it)</source>
            <translation>finalisée : l’évaluation est désormais en lecture seule (rouvrez-la pour la modifier)</translation>
        </message>
        <message>
            <source>reopened: the assessment can be changed again</source>
            <translation>rouverte : l’évaluation peut de nouveau être modifiée</translation>
        </message>
        <message>
            <source>deleted %s (undo with: fieldguide assessment undelete %s)</source>
            <translation>%s supprimée (pour annuler : fieldguide assessment undelete %s)</translation>
        </message>
        <message>
            <source>restored %s</source>
            <translation>%s restaurée</translation>
        </message>
        <message>
            <source>done</source>
            <translation>réalisée</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>non réalisée</translation>
        </message>
        <message>
            <source>export an assessment as a report</source>
            <translation>exporter une évaluation sous forme de rapport</translation>
        </message>
        <message>
            <source>the assessment's id (or its first 8 characters)</source>
            <translation>l’identifiant de l’évaluation (ou ses 8 premiers caractères)</translation>
        </message>
        <message>
            <source>leave out notes and evidence</source>
            <translation>omettre les notes et les éléments probants</translation>
        </message>
        <message>
            <source>leave out items not assessed</source>
            <translation>omettre les points non évalués</translation>
        </message>
        <message>
            <source>wrote %s</source>
            <translation>%s écrit</translation>
        </message>
        <message>
            <source>add guidance documents (PDF, DOCX, Markdown, text)</source>
            <translation>ajouter des documents d’orientation (PDF, DOCX, Markdown, texte)</translation>
        </message>
        <message>
            <source>the document's title (one file only)</source>
            <translation>le titre du document (un seul fichier)</translation>
        </message>
        <message>
            <source>file the document under this practice area</source>
            <translation>classer le document dans ce domaine de pratique</translation>
        </message>
        <message>
            <source>the file is a new edition of this imported document: it replaces it, notes stay attached</source>
            <translation>le fichier est une nouvelle édition de ce document importé : il le remplace, les notes restent rattachées</translation>
        </message>
        <message>
            <source>--title applies to one file; import the files one at a time</source>
            <translation>--title ne s’applique qu’à un fichier ; importez les fichiers un par un</translation>
        </message>
        <message>
            <source>--edition-of applies to one file; import the files one at a time</source>
            <translation>--edition-of ne s’applique qu’à un fichier ; importez les fichiers un par un</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importé</translation>
        </message>
        <message>
            <source>already in the library, unchanged</source>
            <translation>déjà dans la bibliothèque, inchangé</translation>
        </message>
        <message>
            <source>replaced by its new edition</source>
            <translation>remplacé par sa nouvelle édition</translation>
        </message>
        <message>
            <source>%d sections, %d checklists (%d items)</source>
            <translation>sections : %d, listes de contrôle : %d (points : %d)</translation>
        </message>
        <message>
            <source>  it looks like %s “%s”; it was added as a separate document. If it is a new edition, import it again with --edition-of %s</source>
            <translation>  il ressemble à %s « %s » ; il a été ajouté comme document distinct. S’il s’agit d’une nouvelle édition, importez-le de nouveau avec --edition-of %s</translation>
        </message>
        <message>
            <source>  %d notes no longer match a section; they are kept as detached notes</source>
            <translation>  notes qui ne correspondent plus à aucune section : %d ; elles sont conservées comme notes détachées</translation>
        </message>
        <message>
            <source>installed documents and checklists</source>
            <translation>documents et listes de contrôle installés</translation>
        </message>
        <message>
            <source>a section, checklist or document as Markdown</source>
            <translation>une section, une liste de contrôle ou un document au format Markdown</translation>
        </message>
        <message>
            <source>ranked hits with snippets</source>
            <translation>résultats classés, avec extraits</translation>
        </message>
        <message>
            <source>content packs</source>
            <translation>modules de contenu</translation>
        </message>
        <message>
            <source>check a pack without installing it</source>
            <translation>vérifier un module sans l’installer</translation>
        </message>
        <message>
            <source>install or upgrade a pack</source>
            <translation>installer ou mettre à jour un module</translation>
        </message>
        <message>
            <source>reinstall the same or an older version</source>
            <translation>réinstaller la même version ou une version antérieure</translation>
        </message>
        <message>
            <source>install a pack that nobody signed (this once)</source>
            <translation>installer un module que personne n’a signé (pour cette fois)</translation>
        </message>
        <message>
            <source>trust the key that signed this pack, from now on, and install it</source>
            <translation>approuver désormais la clé qui a signé ce module, et l’installer</translation>
        </message>
        <message>
            <source>zip a pack folder into a .fgpack</source>
            <translation>compresser le dossier d’un module en .fgpack</translation>
        </message>
        <message>
            <source>sign the pack with this private key</source>
            <translation>signer le module avec cette clé privée</translation>
        </message>
        <message>
            <source>recompute and sign a pack folder's pack.json in place</source>
            <translation>recalculer et signer sur place le pack.json du dossier d’un module</translation>
        </message>
        <message>
            <source>create a publisher's signing key</source>
            <translation>créer la clé de signature d’un éditeur</translation>
        </message>
        <message>
            <source>the publisher's name, as packs give it</source>
            <translation>le nom de l’éditeur, tel que les modules l’indiquent</translation>
        </message>
        <message>
            <source>the publishers whose packs install</source>
            <translation>les éditeurs dont les modules s’installent</translation>
        </message>
        <message>
            <source>No results for %r.</source>
            <translation>Aucun résultat pour %r.</translation>
        </message>
        <message>
            <source>not signed (publisher given: %s)</source>
            <translation>non signé (éditeur indiqué : %s)</translation>
        </message>
        <message>
            <source>signed by %s (key %s), a trusted publisher</source>
            <translation>signé par %s (clé %s), un éditeur approuvé</translation>
        </message>
        <message>
            <source>signed by %s (key %s), a publisher you have not trusted</source>
            <translation>signé par %s (clé %s), un éditeur que vous n’avez pas approuvé</translation>
        </message>
        <message>
            <source>%s %s is valid: %d documents, %d sections, %d checklists, %d items</source>
            <translation>%s %s est valide : documents : %d, sections : %d, listes de contrôle : %d, points : %d</translation>
        </message>
        <message>
            <source>%s %s is already installed; nothing changed</source>
            <translation>%s %s est déjà installé ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>installed %s %s (%d documents, %d checklists)</source>
            <translation>%s %s installé (documents : %d, listes de contrôle : %d)</translation>
        </message>
        <message>
            <source>the bundle is damaged or altered</source>
            <translation>le lot est endommagé ou modifié</translation>
        </message>
        <message>
            <source>%(file)s: refused: its team roster is not signed by a member of the team (%(reason)s); nothing was applied</source>
            <translation>%(file)s : refusé : sa liste d'équipe n'est pas signée par un membre de l'équipe (%(reason)s) ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>%(file)s: refused: it holds changes %(device)s made after it was removed from the team; nothing was applied</source>
            <translation>%(file)s : refusé : il contient des modifications faites par %(device)s après son retrait de l'équipe ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>%(file)s: refused: %(device)s is not a member of the team; nothing was applied</source>
            <translation>%(file)s : refusé : %(device)s n'est pas membre de l'équipe ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>%(file)s: refused: a change claims to come from %(device)s but is not signed by that device's key; nothing was applied</source>
            <translation>%(file)s : refusé : une modification prétend venir de %(device)s mais n'est pas signée par la clé de cet appareil ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>%(device)s's bundle is dated %(theirs)s, but this computer's clock says %(ours)s: one of the two clocks is wrong. Check the date, time and time zone on both (the changes were applied; order comes from what each device had seen).</source>
            <translation>Le paquet de %(device)s est daté du %(theirs)s, mais l'horloge de cet ordinateur indique %(ours)s : l'une des deux horloges est fausse. Vérifiez la date, l'heure et le fuseau horaire des deux (les modifications ont été appliquées ; l'ordre vient de ce que chaque appareil avait vu).</translation>
        </message>
        <message>
            <source>A bundle made on this computer was dated %(ours)s, but %(device)s's clock said %(theirs)s when it arrived: one of the two clocks is wrong. Check the date, time and time zone.</source>
            <translation>Un paquet fait sur cet ordinateur était daté du %(ours)s, mais l'horloge de %(device)s indiquait %(theirs)s à son arrivée : l'une des deux horloges est fausse. Vérifiez la date, l'heure et le fuseau horaire.</translation>
        </message>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n section</numerusform>
                <numerusform>%n sections</numerusform>
            </translation>
        </message>
        <message>
            <source>give the answer or the note, not both: a question's answer is its note</source>
            <translation>donnez la réponse ou la note, pas les deux : la réponse à une question est sa note</translation>
        </message>
        <message>
            <source>the item %(item)r is a %(kind)s, not a question: give a note</source>
            <translation>le point %(item)r est de type %(kind)s, pas une question : donnez une note</translation>
        </message>
        <message>
            <source>%(value)r is not on the scale of a %(kind)s; use one of %(choices)s</source>
            <translation>%(value)r ne fait pas partie de l’échelle d’un point de type %(kind)s ; utilisez l’une des valeurs %(choices)s</translation>
        </message>
        <message>
            <source>a value of the item's own scale: criterion met|partly-met|not-met|not-applicable; question answered; step done|under-way|not-started|not-applicable; tip applied|not-applied|not-relevant; any item not-assessed</source>
            <translation>une valeur de l’échelle propre au point : critère met|partly-met|not-met|not-applicable ; question answered ; étape done|under-way|not-started|not-applicable ; conseil applied|not-applied|not-relevant ; tout point not-assessed</translation>
        </message>
        <message>
            <source>a question's answer (Markdown); marks it answered, or not yet if empty</source>
            <translation>la réponse à une question (Markdown) ; la marque comme répondue, ou pas encore si elle est vide</translation>
        </message>
        <message>
            <source>progress: %d of %d assessed</source>
            <translation>avancement : %d évalués sur %d</translation>
        </message>
        <message>
            <source>recorded earlier as</source>
            <translation>enregistré auparavant comme</translation>
        </message>
        <message>
            <source>%s  Checklist: %s  (%s)</source>
            <translation>%s  Liste de contrôle : %s  (%s)</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answered item(s) no longer in the pack kept as retired</source>
            <translation>
                <numerusform>%n point ayant une réponse, absent du module, est conservé comme retiré</numerusform>
                <numerusform>%n points ayant une réponse, absents du module, sont conservés comme retirés</numerusform>
            </translation>
        </message>
        <message>
            <source>wrote %s (%d bytes), not signed</source>
            <translation>%s écrit (%d octets), non signé</translation>
        </message>
        <message>
            <source>wrote %s (%d bytes), signed</source>
            <translation>%s écrit (%d octets), signé</translation>
        </message>
        <message>
            <source>signed %s %s (%d files)</source>
            <translation>%s %s signé (fichiers : %d)</translation>
        </message>
        <message>
            <source>wrote the private key to %s: keep it secret, never in a repository or a pack</source>
            <translation>clé privée écrite dans %s : gardez-la secrète, jamais dans un dépôt ni dans un module</translation>
        </message>
        <message>
            <source>public key (give it to the users who will trust your packs):</source>
            <translation>clé publique (à remettre aux utilisateurs qui approuveront vos modules) :</translation>
        </message>
        <message>
            <source>passphrase protection of this profile</source>
            <translation>protection de ce profil par phrase secrète</translation>
        </message>
        <message>
            <source>encrypt the profile under a new passphrase</source>
            <translation>chiffrer le profil avec une nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>read the new passphrase from FILE (else --passphrase-file, else a prompt)</source>
            <translation>lire la nouvelle phrase secrète dans FILE (sinon --passphrase-file, sinon une invite)</translation>
        </message>
        <message>
            <source>keep the key in the system keyring</source>
            <translation>conserver la clé dans le trousseau du système</translation>
        </message>
        <message>
            <source>remove the passphrase (the files are no longer encrypted)</source>
            <translation>retirer la phrase secrète (les fichiers ne sont plus chiffrés)</translation>
        </message>
        <message>
            <source>change the passphrase</source>
            <translation>changer de phrase secrète</translation>
        </message>
        <message>
            <source>read the new passphrase from FILE</source>
            <translation>lire la nouvelle phrase secrète dans FILE</translation>
        </message>
        <message>
            <source>whether the profile is protected, and its settings</source>
            <translation>si le profil est protégé, et ses paramètres</translation>
        </message>
        <message>
            <source>keep the key in the system keyring of this computer</source>
            <translation>conserver la clé dans le trousseau système de cet ordinateur</translation>
        </message>
        <message>
            <source>remove the key from the system keyring</source>
            <translation>retirer la clé du trousseau du système</translation>
        </message>
        <message>
            <source>lock delay and number of backups kept</source>
            <translation>délai de verrouillage et nombre de sauvegardes conservées</translation>
        </message>
        <message>
            <source>lock after this long unused</source>
            <translation>verrouiller après cette durée d’inactivité</translation>
        </message>
        <message>
            <source>automatic backups to keep</source>
            <translation>sauvegardes automatiques à conserver</translation>
        </message>
        <message>
            <source>back up the profile now</source>
            <translation>sauvegarder le profil maintenant</translation>
        </message>
        <message>
            <source>write the backup to FILE</source>
            <translation>écrire la sauvegarde dans FILE</translation>
        </message>
        <message>
            <source>replace the profile by a backup (the current one is kept)</source>
            <translation>remplacer le profil par une sauvegarde (le profil actuel est conservé)</translation>
        </message>
        <message>
            <source>the passphrase of the backup, when it differs from the profile's</source>
            <translation>la phrase secrète de la sauvegarde, si elle diffère de celle du profil</translation>
        </message>
        <message>
            <source>check the database and the search index</source>
            <translation>vérifier la base de données et l’index de recherche</translation>
        </message>
        <message>
            <source>rebuild the search index if it is damaged</source>
            <translation>reconstruire l’index de recherche s’il est endommagé</translation>
        </message>
        <message>
            <source>no terminal to ask for the passphrase: give it in a file</source>
            <translation>aucun terminal pour demander la phrase secrète : fournissez-la dans un fichier</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Phrase secrète : </translation>
        </message>
        <message>
            <source>this profile is protected: give --passphrase-file FILE</source>
            <translation>ce profil est protégé : indiquez --passphrase-file FILE</translation>
        </message>
        <message>
            <source>give the new passphrase with --new-passphrase-file FILE</source>
            <translation>indiquez la nouvelle phrase secrète avec --new-passphrase-file FILE</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nouvelle phrase secrète : </translation>
        </message>
        <message>
            <source>The same again: </source>
            <translation>Confirmation : </translation>
        </message>
        <message>
            <source>the two passphrases differ: nothing was changed</source>
            <translation>les deux phrases secrètes ne correspondent pas : rien n’a été modifié</translation>
        </message>
        <message>
            <source>the profile is now encrypted; keep the passphrase safe: without it the notes cannot be recovered</source>
            <translation>le profil est désormais chiffré ; conservez la phrase secrète en lieu sûr : sans elle, les notes sont irrécupérables</translation>
        </message>
        <message>
            <source>there is no system keyring on this computer: the passphrase will be asked each time</source>
            <translation>cet ordinateur n’a pas de trousseau système : la phrase secrète sera demandée à chaque fois</translation>
        </message>
        <message>
            <source>the passphrase is removed: the profile and its backups are no longer encrypted</source>
            <translation>la phrase secrète est retirée : le profil et ses sauvegardes ne sont plus chiffrés</translation>
        </message>
        <message>
            <source>the passphrase is changed; the backups are encrypted under the new one</source>
            <translation>la phrase secrète est changée ; les sauvegardes sont chiffrées avec la nouvelle</translation>
        </message>
        <message>
            <source>protected: yes (Argon2id, %d MiB, %d passes)</source>
            <translation>protégé : oui (Argon2id, %d Mio, %d passes)</translation>
        </message>
        <message>
            <source>key remembered on this computer: %s</source>
            <translation>clé mémorisée sur cet ordinateur : %s</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>protected: no (anyone with the files can read the notes)</source>
            <translation>protégé : non (toute personne ayant accès aux fichiers peut lire les notes)</translation>
        </message>
        <message>
            <source>lock after: %g minutes unused</source>
            <translation>verrouillage après : %g min d’inactivité</translation>
        </message>
        <message>
            <source>backups kept: %d</source>
            <translation>sauvegardes conservées : %d</translation>
        </message>
        <message>
            <source>the key is kept in this computer's keyring: the profile opens without the passphrase here</source>
            <translation>la clé est conservée dans le trousseau de cet ordinateur : ici, le profil s’ouvre sans phrase secrète</translation>
        </message>
        <message>
            <source>the key is no longer kept on this computer</source>
            <translation>la clé n’est plus conservée sur cet ordinateur</translation>
        </message>
        <message>
            <source>nothing to set: give --lock-after MINUTES or --keep-backups N</source>
            <translation>rien à définir : indiquez --lock-after MINUTES ou --keep-backups N</translation>
        </message>
        <message>
            <source>backup written: %s</source>
            <translation>sauvegarde écrite : %s</translation>
        </message>
        <message>
            <source>it is encrypted; keep %s beside it: restoring needs that file and the passphrase</source>
            <translation>elle est chiffrée ; conservez %s à côté : la restauration exige ce fichier et la phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase of the backup: </source>
            <translation>Phrase secrète de la sauvegarde : </translation>
        </message>
        <message>
            <source>restored %s; the profile as it was is kept as %s</source>
            <translation>%s restauré ; le profil tel qu’il était est conservé sous %s</translation>
        </message>
        <message>
            <source>repaired: %s</source>
            <translation>réparé : %s</translation>
        </message>
        <message>
            <source>OK: the database and the search index are sound</source>
            <translation>OK : la base de données et l’index de recherche sont intacts</translation>
        </message>
        <message>
            <source>problem: %s</source>
            <translation>problème : %s</translation>
        </message>
        <message>
            <source>share notes and assessments with the team, without a network</source>
            <translation>partager notes et évaluations avec l’équipe, sans réseau</translation>
        </message>
        <message>
            <source>write the changes not yet sent as one bundle file</source>
            <translation>écrire les modifications non encore envoyées dans un fichier de lot</translation>
        </message>
        <message>
            <source>every change this device holds</source>
            <translation>toutes les modifications détenues par cet appareil</translation>
        </message>
        <message>
            <source>what that device (its name or id) has not confirmed receiving</source>
            <translation>ce que cet appareil (son nom ou son identifiant) n'a pas confirmé avoir reçu</translation>
        </message>
        <message>
            <source>apply a bundle received from a teammate</source>
            <translation>appliquer un lot reçu d’un membre de l’équipe</translation>
        </message>
        <message>
            <source>sync with a shared folder or USB stick</source>
            <translation>synchroniser avec un dossier partagé ou une clé USB</translation>
        </message>
        <message>
            <source>default: the last folder used</source>
            <translation>par défaut : le dernier dossier utilisé</translation>
        </message>
        <message>
            <source>this device is the first of the team in this folder</source>
            <translation>cet appareil est le premier de l'équipe dans ce dossier</translation>
        </message>
        <message>
            <source>the name teammates see for this device</source>
            <translation>le nom que les coéquipiers voient pour cet appareil</translation>
        </message>
        <message>
            <source>e.g. "Amina's laptop"; without it, show the name</source>
            <translation>par ex. « Portable d'Amina » ; sans lui, affiche le nom</translation>
        </message>
        <message>
            <source>changes to send, teammates heard from, open conflicts</source>
            <translation>modifications à envoyer, membres de l’équipe dont on a reçu des nouvelles, conflits ouverts</translation>
        </message>
        <message>
            <source>texts that two people changed at the same time</source>
            <translation>textes modifiés en même temps par deux personnes</translation>
        </message>
        <message>
            <source>close a conflict, keeping mine, theirs or both</source>
            <translation>clore un conflit en gardant ma version, l’autre ou les deux</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>cet appareil</translation>
        </message>
        <message>
            <source>no changes to send; nothing written (--all exports every change)</source>
            <translation>aucune modification à envoyer ; rien n’a été écrit (--all exporte toutes les modifications)</translation>
        </message>
        <message>
            <source>%s was applied before; nothing changed</source>
            <translation>%s a déjà été appliqué ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>which folder? give it once: `fieldguide sync folder DIR`</source>
            <translation>quel dossier ? indiquez-le une fois : `fieldguide sync folder DIR`</translation>
        </message>
        <message>
            <source>will retry next time</source>
            <translation>nouvel essai la prochaine fois</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ignoré</translation>
        </message>
        <message>
            <source>last folder: %s</source>
            <translation>dernier dossier : %s</translation>
        </message>
        <message>
            <source>teammates' devices heard from:</source>
            <translation>appareils de l’équipe dont on a reçu des modifications :</translation>
        </message>
        <message>
            <source>last applied</source>
            <translation>dernière application</translation>
        </message>
        <message>
            <source>no open conflicts</source>
            <translation>aucun conflit ouvert</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>ma version</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>l’autre version</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>kept and edited</source>
            <translation>conservé et modifié</translation>
        </message>
        <message>
            <source>both versions</source>
            <translation>les deux versions</translation>
        </message>
        <message>
            <source>kept %s in %s.%s; the conflict is closed</source>
            <translation>%s conservée dans %s.%s ; le conflit est clos</translation>
        </message>
        <message>
            <source>this backup was made under another passphrase: give that passphrase to restore it</source>
            <translation>cette sauvegarde a été faite avec une autre phrase secrète : indiquez celle-ci pour la restaurer</translation>
        </message>
        <message>
            <source>no backup at %s</source>
            <translation>aucune sauvegarde à l’emplacement %s</translation>
        </message>
        <message>
            <source>folder not found: %s</source>
            <translation>dossier introuvable : %s</translation>
        </message>
        <message>
            <source>%s is not a Field Guide backup (or it is encrypted and its key file %s is missing)</source>
            <translation>%s n’est pas une sauvegarde Field Guide (ou elle est chiffrée et son fichier de clé %s est absent)</translation>
        </message>
        <message>
            <source>%s is encrypted but its key file (%s) is missing</source>
            <translation>%s est chiffré mais son fichier de clé (%s) est absent</translation>
        </message>
        <message>
            <source>the passphrase does not open %s</source>
            <translation>la phrase secrète n’ouvre pas %s</translation>
        </message>
        <message>
            <source>%s is not a Field Guide profile</source>
            <translation>%s n’est pas un profil Field Guide</translation>
        </message>
        <message>
            <source>%s was made by a newer version of Field Guide: update the program first</source>
            <translation>%s a été créé par une version plus récente de Field Guide : mettez d’abord le programme à jour</translation>
        </message>
        <message>
            <source>wrong passphrase: it does not open this profile</source>
            <translation>phrase secrète incorrecte : elle n’ouvre pas ce profil</translation>
        </message>
        <message>
            <source>the profile is locked: unlock it to continue</source>
            <translation>le profil est verrouillé : déverrouillez-le pour continuer</translation>
        </message>
        <message>
            <source>cannot read %s: %s</source>
            <translation>impossible de lire %s : %s</translation>
        </message>
        <message>
            <source>no member of the team is called %r</source>
            <translation>aucun membre de l'équipe ne s'appelle %r</translation>
        </message>
        <message>
            <source>%s is a folder; give a file name</source>
            <translation>%s est un dossier ; indiquez un nom de fichier</translation>
        </message>
        <message>
            <source>%s is not a shared assessment; nothing was imported</source>
            <translation>%s n'est pas une évaluation partagée ; rien n'a été importé</translation>
        </message>
        <message>
            <source>%s was shared with another device: it cannot be opened here; nothing was imported</source>
            <translation>%s a été partagé avec un autre appareil : il ne peut pas être ouvert ici ; rien n'a été importé</translation>
        </message>
        <message>
            <source>%s is damaged or altered; nothing was imported</source>
            <translation>%s est endommagé ou modifié ; rien n'a été importé</translation>
        </message>
        <message>
            <source>%(file)s uses checklists this library does not have (%(ids)s): install them first; nothing was imported</source>
            <translation>%(file)s utilise des listes de contrôle absentes de cette bibliothèque (%(ids)s) : installez-les d'abord ; rien n'a été importé</translation>
        </message>
        <message>
            <source>no assessment has the id %r</source>
            <translation>aucune évaluation n’a l’identifiant %r</translation>
        </message>
        <message>
            <source>%s was made by a newer version of Field Guide; update to open it</source>
            <translation>%s a été créé par une version plus récente de Field Guide ; mettez à jour pour l'ouvrir</translation>
        </message>
        <message>
            <source>the report's language: its headings and labels, and the guidance text where a translation is installed (default: yours)</source>
            <translation>la langue du rapport : ses titres et libellés, et le texte des orientations lorsqu'une traduction est installée (par défaut : la vôtre)</translation>
        </message>
        <message>
            <source>sync through the organisation's hub (connect once with URL --enrol CODE)</source>
            <translation>synchroniser par le serveur de l’organisation (se connecter une fois avec URL --enrol CODE)</translation>
        </message>
        <message>
            <source>the hub's address, e.g. https://hub.example.org</source>
            <translation>l’adresse du serveur, p. ex. https://hub.example.org</translation>
        </message>
        <message>
            <source>the one-time enrolment code a teammate or IT gave you (- to read it from standard input)</source>
            <translation>le code d’inscription à usage unique remis par un coéquipier ou l’informatique (- pour le lire sur l’entrée standard)</translation>
        </message>
        <message>
            <source>the team's id on the hub, when IT gave you one</source>
            <translation>l’identifiant de l’équipe sur le serveur, si l’informatique vous en a donné un</translation>
        </message>
        <message>
            <source>make a one-time code for a teammate's device</source>
            <translation>créer un code à usage unique pour l’appareil d’un coéquipier</translation>
        </message>
        <message>
            <source>stop syncing with the hub on this device</source>
            <translation>ne plus synchroniser cet appareil avec le serveur</translation>
        </message>
        <message>
            <source>stop when the hub has not answered for this long (default: 180)</source>
            <translation>s’arrêter quand le serveur n’a pas répondu pendant ce temps (par défaut : 180)</translation>
        </message>
        <message>
            <source>--give-up-after takes a number of seconds above 0</source>
            <translation>--give-up-after attend un nombre de secondes supérieur à 0</translation>
        </message>
        <message>
            <source>a hub address is given with the enrolment code: URL --enrol CODE</source>
            <translation>l’adresse du serveur se donne avec le code d’inscription : URL --enrol CODE</translation>
        </message>
        <message>
            <source>--enrol needs the hub's address: URL --enrol CODE</source>
            <translation>--enrol demande l’adresse du serveur : URL --enrol CODE</translation>
        </message>
        <message>
            <source>give one of --enrol, --new-code and --forget</source>
            <translation>donnez une seule option parmi --enrol, --new-code et --forget</translation>
        </message>
        <message>
            <source>this device no longer syncs with the hub</source>
            <translation>cet appareil ne se synchronise plus avec le serveur</translation>
        </message>
        <message>
            <source>no hub was set up</source>
            <translation>aucun serveur n’était configuré</translation>
        </message>
        <message>
            <source>enrolment code for a teammate's device: %(code)s (works once, until %(expires)s)</source>
            <translation>code d’inscription pour l’appareil d’un coéquipier : %(code)s (valable une fois, jusqu’au %(expires)s)</translation>
        </message>
        <message>
            <source>this device is enrolled with the hub at %s; syncing now</source>
            <translation>cet appareil est inscrit auprès du serveur %s ; synchronisation en cours</translation>
        </message>
        <message>
            <source>the text in this language where a translation is installed (fr: the French edition)</source>
            <translation>le texte dans cette langue lorsqu’une traduction est installée (fr : l’édition française)</translation>
        </message>
        <message>
            <source>remove a text for good, here and on every teammate's device</source>
            <translation>supprimer un texte définitivement, ici et sur l'appareil de chaque membre de l'équipe</translation>
        </message>
        <message>
            <source>a note on a section, an item or an assessment (its id)</source>
            <translation>une note sur une section, un point ou une évaluation (son identifiant)</translation>
        </message>
        <message>
            <source>the note of an item's answer (assessment id, then item id)</source>
            <translation>la note de la réponse à un point (identifiant de l'évaluation, puis du point)</translation>
        </message>
        <message>
            <source>the evidence of an item's answer (assessment id, then item id)</source>
            <translation>les éléments de preuve de la réponse à un point (identifiant de l'évaluation, puis du point)</translation>
        </message>
        <message>
            <source>a follow-up action's text (its id)</source>
            <translation>le texte d'une action de suivi (son identifiant)</translation>
        </message>
        <message>
            <source>what to leave in its place (else nothing)</source>
            <translation>ce qui le remplace (sinon rien)</translation>
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation>ne pas demander de confirmation</translation>
        </message>
        <message>
            <source>older backups that may still hold removed text</source>
            <translation>les sauvegardes plus anciennes qui peuvent encore contenir un texte supprimé</translation>
        </message>
        <message>
            <source>delete them (a fresh backup is made first)</source>
            <translation>les supprimer (une nouvelle sauvegarde est faite d'abord)</translation>
        </message>
        <message>
            <source>a purge cannot be undone: add --yes to confirm it</source>
            <translation>une suppression définitive ne peut pas être annulée : ajoutez --yes pour la confirmer</translation>
        </message>
        <message>
            <source>Type "yes" to remove it for good: </source>
            <translation>Tapez « yes » pour le supprimer définitivement : </translation>
        </message>
        <message>
            <source>nothing was removed</source>
            <translation>rien n'a été supprimé</translation>
        </message>
        <message>
            <source>This removes every stored version of this text on this computer (its history, the search index, freed space in the database) and, at the next sync, on every teammate's device. Backups made before now still hold it until you delete them.
Text: %s</source>
            <translation>Ceci supprime toutes les versions enregistrées de ce texte sur cet ordinateur (son historique, l'index de recherche, l'espace libéré de la base de données) et, à la prochaine synchronisation, sur l'appareil de chaque membre de l'équipe. Les sauvegardes faites avant maintenant le contiennent encore jusqu'à ce que vous les supprimiez.
Texte : %s</translation>
        </message>
        <message>
            <source>Removed for good on this computer; teammates' devices remove it at their next sync.</source>
            <translation>Supprimé définitivement sur cet ordinateur ; les appareils de l'équipe le suppriment à leur prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The database file is rewritten once Field Guide is closed everywhere on this computer.</source>
            <translation>Le fichier de la base de données sera réécrit une fois Field Guide fermé partout sur cet ordinateur.</translation>
        </message>
        <message numerus="yes">
            <source>%n older backup(s) may still hold removed text: `fieldguide purge backups --delete` deletes them after making a fresh backup.</source>
            <translation>
                <numerusform>%n sauvegarde plus ancienne peut encore contenir un texte supprimé : `fieldguide purge backups --delete` la supprime après avoir fait une nouvelle sauvegarde.</numerusform>
                <numerusform>%n sauvegardes plus anciennes peuvent encore contenir un texte supprimé : `fieldguide purge backups --delete` les supprime après avoir fait une nouvelle sauvegarde.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n older backup(s); a fresh backup was made first.</source>
            <translation>
                <numerusform>%n sauvegarde plus ancienne supprimée ; une nouvelle sauvegarde a été faite d'abord.</numerusform>
                <numerusform>%n sauvegardes plus anciennes supprimées ; une nouvelle sauvegarde a été faite d'abord.</numerusform>
            </translation>
        </message>
        <message>
            <source>No backup here holds removed text.</source>
            <translation>Aucune sauvegarde ici ne contient de texte supprimé.</translation>
        </message>
        <message>
            <source>share one assessment with one colleague, encrypted to their device</source>
            <translation>partager une évaluation avec un collègue, chiffrée pour son appareil</translation>
        </message>
        <message>
            <source>write this device's public key, for colleagues to share with you</source>
            <translation>écrire la clé publique de cet appareil, pour que vos collègues partagent avec vous</translation>
        </message>
        <message>
            <source>write an assessment that only one colleague's device can open</source>
            <translation>écrire une évaluation que seul l'appareil d'un collègue peut ouvrir</translation>
        </message>
        <message>
            <source>the colleague's public-key file</source>
            <translation>le fichier de clé publique du collègue</translation>
        </message>
        <message>
            <source>a member of your team, by name or key fingerprint</source>
            <translation>un membre de votre équipe, par son nom ou l'empreinte de sa clé</translation>
        </message>
        <message>
            <source>import an assessment a colleague shared with this device</source>
            <translation>importer une évaluation qu'un collègue a partagée avec cet appareil</translation>
        </message>
        <message>
            <source>wrote this device's public key to %(file)s (fingerprint %(fp)s)</source>
            <translation>clé publique de cet appareil écrite dans %(file)s (empreinte %(fp)s)</translation>
        </message>
        <message>
            <source>wrote %(file)s: only %(name)s (fingerprint %(fp)s) can open it</source>
            <translation>%(file)s écrit : seul %(name)s (empreinte %(fp)s) peut l'ouvrir</translation>
        </message>
        <message>
            <source>the colleague's device</source>
            <translation>l'appareil du collègue</translation>
        </message>
        <message>
            <source>imported %(title)s from %(name)s (fingerprint %(fp)s) as assessment %(id)s</source>
            <translation>%(title)s importée de %(name)s (empreinte %(fp)s) comme évaluation %(id)s</translation>
        </message>
        <message>
            <source>a colleague</source>
            <translation>un collègue</translation>
        </message>
        <message>
            <source>the team: its members, joining and removing</source>
            <translation>l'équipe : ses membres, adhésions et retraits</translation>
        </message>
        <message>
            <source>found a team whose first member is this device</source>
            <translation>fonder une équipe dont cet appareil est le premier membre</translation>
        </message>
        <message>
            <source>the team's name, e.g. the mission's</source>
            <translation>le nom de l'équipe, par exemple celui de la mission</translation>
        </message>
        <message>
            <source>allow team keys in an unprotected profile</source>
            <translation>accepter les clés d'équipe dans un profil non protégé</translation>
        </message>
        <message>
            <source>write an invitation file for a new member</source>
            <translation>écrire un fichier d'invitation pour un nouveau membre</translation>
        </message>
        <message>
            <source>answer a member's invitation with a join request</source>
            <translation>répondre à l'invitation d'un membre par une demande d'adhésion</translation>
        </message>
        <message>
            <source>add the device that wrote a join request, once its code matches</source>
            <translation>ajouter l'appareil qui a écrit une demande d'adhésion, une fois son code vérifié</translation>
        </message>
        <message>
            <source>the code the new device shows (asked for when not given)</source>
            <translation>le code qu'affiche le nouvel appareil (demandé s'il n'est pas donné)</translation>
        </message>
        <message>
            <source>open a member's answer: this device joins the team</source>
            <translation>ouvrir la réponse d'un membre : cet appareil rejoint l'équipe</translation>
        </message>
        <message>
            <source>the members of the team and their verification codes</source>
            <translation>les membres de l'équipe et leurs codes de vérification</translation>
        </message>
        <message>
            <source>remove a member: later bundles are sealed with a new key</source>
            <translation>retirer un membre : les lots suivants sont scellés avec une nouvelle clé</translation>
        </message>
        <message>
            <source>the member's name or key fingerprint</source>
            <translation>le nom du membre ou l'empreinte de sa clé</translation>
        </message>
        <message>
            <source>the laptop was lost or stolen</source>
            <translation>l'ordinateur a été perdu ou volé</translation>
        </message>
        <message>
            <source>This profile is not protected by a passphrase: the team's keys would be stored unencrypted on this computer. Protect it first with `fieldguide profile protect`.</source>
            <translation>Ce profil n'est pas protégé par une phrase secrète : les clés de l'équipe seraient enregistrées sans chiffrement sur cet ordinateur. Protégez-le d'abord avec `fieldguide profile protect`.</translation>
        </message>
        <message>
            <source>Keep the team keys in this unprotected profile anyway? [y/N] </source>
            <translation>Garder quand même les clés de l'équipe dans ce profil non protégé ? [o/N] </translation>
        </message>
        <message>
            <source>y</source>
            <translation>o</translation>
        </message>
        <message>
            <source>%s is too large to be a team file</source>
            <translation>%s est trop volumineux pour être un fichier d'équipe</translation>
        </message>
        <message>
            <source>file not found: %s</source>
            <translation>fichier introuvable : %s</translation>
        </message>
        <message>
            <source>created team %s; this device is its first member</source>
            <translation>équipe %s créée ; cet appareil en est le premier membre</translation>
        </message>
        <message>
            <source>to add a member: `fieldguide sync team invite -o FILE` and give them the file</source>
            <translation>pour ajouter un membre : `fieldguide sync team invite -o FICHIER` et donnez-lui le fichier</translation>
        </message>
        <message>
            <source>wrote an invitation to %s; the new device answers it with `fieldguide sync team join`</source>
            <translation>invitation écrite dans %s ; le nouvel appareil y répond avec `fieldguide sync team join`</translation>
        </message>
        <message>
            <source>wrote a request to join %(team)s to %(file)s; give it to the member who invited you</source>
            <translation>demande d'adhésion à %(team)s écrite dans %(file)s ; donnez-la au membre qui vous a invité</translation>
        </message>
        <message>
            <source>verification code: %s — the member's device must show the same code</source>
            <translation>code de vérification : %s — l'appareil du membre doit afficher le même code</translation>
        </message>
        <message>
            <source>give the code the new device shows with --code; nothing was signed</source>
            <translation>donnez avec --code le code qu'affiche le nouvel appareil ; rien n'a été signé</translation>
        </message>
        <message>
            <source>%(name)s asks to join. Verification code: %(code)s</source>
            <translation>%(name)s demande à rejoindre l'équipe. Code de vérification : %(code)s</translation>
        </message>
        <message>
            <source>Does the new device show exactly this code? [y/N] </source>
            <translation>Le nouvel appareil affiche-t-il exactement ce code ? [o/N] </translation>
        </message>
        <message>
            <source>the codes differ or were not confirmed; nothing was signed</source>
            <translation>les codes diffèrent ou n'ont pas été confirmés ; rien n'a été signé</translation>
        </message>
        <message>
            <source>%(name)s is now a member; give them %(file)s for `fieldguide sync team accept`</source>
            <translation>%(name)s est maintenant membre ; donnez-lui %(file)s pour `fieldguide sync team accept`</translation>
        </message>
        <message numerus="yes">
            <source>this device is now a member of {team} (%n member(s))</source>
            <translation>
                <numerusform>cet appareil est maintenant membre de {team} (%n membre)</numerusform>
                <numerusform>cet appareil est maintenant membre de {team} (%n membres)</numerusform>
            </translation>
        </message>
        <message>
            <source>this profile is not in a team yet</source>
            <translation>ce profil ne fait encore partie d'aucune équipe</translation>
        </message>
        <message>
            <source>team %(team)s, key epoch %(epoch)d</source>
            <translation>équipe %(team)s, époque de clé %(epoch)d</translation>
        </message>
        <message>
            <source>removed %(member)s; bundles are now sealed with the key of epoch %(epoch)d, which it cannot read</source>
            <translation>%(member)s retiré ; les lots sont désormais scellés avec la clé de l'époque %(epoch)d, qu'il ne peut pas lire</translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) a teammate removed for good were removed here too; older backups may still hold them: see `fieldguide purge backups`</source>
            <translation>
                <numerusform>%n texte supprimé définitivement par un membre de l'équipe a été supprimé ici aussi ; des sauvegardes plus anciennes peuvent encore le contenir : voir `fieldguide purge backups`</numerusform>
                <numerusform>%n textes supprimés définitivement par un membre de l'équipe ont été supprimés ici aussi ; des sauvegardes plus anciennes peuvent encore les contenir : voir `fieldguide purge backups`</numerusform>
            </translation>
        </message>
        <message>
            <source>no deleted assessment has the id %r</source>
            <translation>aucune évaluation supprimée n’a l’identifiant %r</translation>
        </message>
        <message>
            <source>no action has the id %r</source>
            <translation>aucune action n’a l’identifiant %r</translation>
        </message>
        <message>
            <source>no deleted action has the id %r</source>
            <translation>aucune action supprimée n’a l’identifiant %r</translation>
        </message>
        <message>
            <source>no deleted assessment has the id %r (give at least %s characters)</source>
            <translation>aucune évaluation supprimée n’a l’identifiant %r (indiquez au moins %s caractères)</translation>
        </message>
        <message>
            <source>no action has the id %r (give at least %s characters)</source>
            <translation>aucune action n’a l’identifiant %r (indiquez au moins %s caractères)</translation>
        </message>
        <message>
            <source>no deleted action has the id %r (give at least %s characters)</source>
            <translation>aucune action supprimée n’a l’identifiant %r (indiquez au moins %s caractères)</translation>
        </message>
        <message>
            <source>no assessment has the id %r (give at least %s characters)</source>
            <translation>aucune évaluation n’a l’identifiant %r (indiquez au moins %s caractères)</translation>
        </message>
        <message>
            <source>more than one deleted assessment id starts with %r; give more characters</source>
            <translation>plusieurs identifiants d’évaluation supprimée commencent par %r ; indiquez davantage de caractères</translation>
        </message>
        <message>
            <source>more than one action id starts with %r; give more characters</source>
            <translation>plusieurs identifiants d’action commencent par %r ; indiquez davantage de caractères</translation>
        </message>
        <message>
            <source>more than one deleted action id starts with %r; give more characters</source>
            <translation>plusieurs identifiants d’action supprimée commencent par %r ; indiquez davantage de caractères</translation>
        </message>
        <message>
            <source>more than one assessment id starts with %r; give more characters</source>
            <translation>plusieurs identifiants d’évaluation commencent par %r ; indiquez davantage de caractères</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with another team's key — this device is not in that team, or was removed from it</source>
            <translation>
                <numerusform>%n lot fait avec la clé d'une autre équipe — cet appareil ne fait pas partie de cette équipe, ou en a été retiré</numerusform>
                <numerusform>%n lots faits avec la clé d'une autre équipe — cet appareil ne fait pas partie de cette équipe, ou en a été retiré</numerusform>
            </translation>
        </message>
        <message>
            <source>sync is not set up: `fieldguide sync team create NAME` or `fieldguide sync team join FILE`</source>
            <translation>la synchronisation n'est pas configurée : `fieldguide sync team create NOM` ou `fieldguide sync team join FICHIER`</translation>
        </message>
        <message numerus="yes">
            <source>team {team}: %n member(s)</source>
            <translation>
                <numerusform>équipe {team} : %n membre</numerusform>
                <numerusform>équipe {team} : %n membres</numerusform>
            </translation>
        </message>
        <message>
            <source>hub: %(url)s (last sync: %(when)s)</source>
            <translation>serveur : %(url)s (dernière synchronisation : %(when)s)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>the disk is full: nothing was saved from this change; free some space and try again</source>
            <translation>le disque est plein : rien de cette modification n’a été enregistré ; libérez de l’espace et réessayez</translation>
        </message>
        <message>
            <source>the data folder</source>
            <translation>le dossier de données</translation>
        </message>
        <message>
            <source>%s cannot be written (a read-only disk, or no permission): nothing was saved</source>
            <translation>impossible d’écrire dans %s (disque en lecture seule ou autorisation manquante) : rien n’a été enregistré</translation>
        </message>
        <message>
            <source>%s is not a Field Guide database, or it is damaged</source>
            <translation>%s n’est pas une base de données Field Guide, ou elle est endommagée</translation>
        </message>
        <message>
            <source>the profile is in use by another Field Guide window or command: close it and try again</source>
            <translation>le profil est utilisé par une autre fenêtre ou commande Field Guide : fermez-la et réessayez</translation>
        </message>
        <message>
            <source>guidance sections</source>
            <translation>sections d’orientation</translation>
        </message>
        <message>
            <source>checklist items</source>
            <translation>points de liste de contrôle</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>answers</source>
            <translation>réponses</translation>
        </message>
        <message>
            <source>the database file is damaged (%d problems found, the first: %s); restore the most recent backup with `fieldguide restore FILE` (the damaged file is kept as a backup)</source>
            <translation>le fichier de base de données est endommagé (problèmes détectés : %d ; le premier : %s) ; restaurez la sauvegarde la plus récente avec `fieldguide restore FILE` (le fichier endommagé est conservé comme sauvegarde)</translation>
        </message>
        <message>
            <source>%d rows in %s refer to rows that no longer exist</source>
            <translation>lignes renvoyant à des lignes qui n’existent plus : %d (dans %s)</translation>
        </message>
        <message>
            <source>repair it with `fieldguide check --repair` (it rebuilds the index from your data)</source>
            <translation>réparez-le avec `fieldguide check --repair` (l’index est reconstruit à partir de vos données)</translation>
        </message>
        <message>
            <source>the search index is missing; %s</source>
            <translation>l’index de recherche est absent ; %s</translation>
        </message>
        <message>
            <source>the search index is damaged: search may miss things or show wrong results; %s</source>
            <translation>l’index de recherche est endommagé : la recherche peut omettre des éléments ou donner de faux résultats ; %s</translation>
        </message>
        <message>
            <source>%d %s cannot be found by search; %s</source>
            <translation>introuvables par la recherche : %d (%s) ; %s</translation>
        </message>
        <message>
            <source>the search index still lists %d %s that were deleted or changed; %s</source>
            <translation>l’index de recherche répertorie encore des éléments supprimés ou modifiés : %d (%s) ; %s</translation>
        </message>
        <message>
            <source>the search index holds %d entries that belong to nothing; %s</source>
            <translation>l’index de recherche contient des entrées orphelines : %d ; %s</translation>
        </message>
        <message>
            <source>search no longer follows changes to the library and notes; %s</source>
            <translation>la recherche ne suit plus les modifications de la bibliothèque et des notes ; %s</translation>
        </message>
        <message>
            <source>the search index cannot be read (%s); repair it with `fieldguide check --repair`</source>
            <translation>l’index de recherche est illisible (%s) ; réparez-le avec `fieldguide check --repair`</translation>
        </message>
        <message>
            <source>cannot attach this to a %r (only: %s)</source>
            <translation>impossible de rattacher ceci à un élément %r (seulement : %s)</translation>
        </message>
        <message>
            <source>no section has the id %r</source>
            <translation>aucune section ne porte l’identifiant %r</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>Écriture du lot…</translation>
        </message>
        <message>
            <source>Applying the bundle…</source>
            <translation>Application du lot…</translation>
        </message>
        <message>
            <source>Indexing what was received for search…</source>
            <translation>Indexation de ce qui a été reçu, pour la recherche…</translation>
        </message>
        <message>
            <source>no checklist item has the id %r</source>
            <translation>aucun point de liste de contrôle ne porte l’identifiant %r</translation>
        </message>
        <message>
            <source>nothing in the library has the id %r (see `fieldguide library`)</source>
            <translation>rien dans la bibliothèque ne porte l’identifiant %r (voir `fieldguide library`)</translation>
        </message>
        <message>
            <source>“%s” is empty; check that you picked the right file.</source>
            <translation>« %s » est vide ; vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>“%s” is too deeply nested to read; save a simpler copy and import that.</source>
            <translation>« %s » est trop imbriqué pour être lu ; enregistrez-en une copie plus simple et importez celle-ci.</translation>
        </message>
        <message>
            <source>“%s” is too large to import on this computer.</source>
            <translation>« %s » est trop volumineux pour être importé sur cet ordinateur.</translation>
        </message>
        <message>
            <source>“%s” could not be imported (%s); it may be damaged. Save a new copy from the application that made it and try again.</source>
            <translation>« %s » n’a pas pu être importé (%s) ; il est peut-être endommagé. Enregistrez-en une nouvelle copie depuis l’application qui l’a créé et réessayez.</translation>
        </message>
        <message>
            <source>“%s” is %s, which cannot be imported%s; use a PDF, Word (.docx), Markdown (.md) or plain-text (.txt) file.</source>
            <translation>« %s » est de type %s, qui ne peut pas être importé%s ; utilisez un fichier PDF, Word (.docx), Markdown (.md) ou texte brut (.txt).</translation>
        </message>
        <message>
            <source>“%s” is too large to import (over 200 MB).</source>
            <translation>« %s » est trop volumineux pour être importé (plus de 200 Mo).</translation>
        </message>
        <message>
            <source>“%s” was not found; check that the file still exists.</source>
            <translation>« %s » est introuvable ; vérifiez que le fichier existe toujours.</translation>
        </message>
        <message>
            <source>“%s” is a folder; pick a file inside it instead.</source>
            <translation>« %s » est un dossier ; choisissez plutôt un fichier qu’il contient.</translation>
        </message>
        <message>
            <source>“%s” cannot be opened: permission denied. Copy it somewhere you can read and try again.</source>
            <translation>« %s » ne peut pas être ouvert : autorisation refusée. Copiez-le à un emplacement accessible en lecture et réessayez.</translation>
        </message>
        <message>
            <source>“%s” cannot be read (%s).</source>
            <translation>« %s » est illisible (%s).</translation>
        </message>
        <message>
            <source>“%s” does not contain readable text (it looks like a binary file); import the original PDF or Word file instead.</source>
            <translation>« %s » ne contient pas de texte lisible (il semble s’agir d’un fichier binaire) ; importez plutôt le fichier PDF ou Word d’origine.</translation>
        </message>
        <message>
            <source>“%s” could not be read as a Word document; it may be damaged or in an older format. Open it in Word or LibreOffice, save it as .docx and import that.</source>
            <translation>« %s » n’a pas pu être lu comme document Word ; il est peut-être endommagé ou dans un format ancien. Ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx et importez ce fichier.</translation>
        </message>
        <message>
            <source>“%s” could not be read as a Word document; it may be damaged. Open it in Word or LibreOffice, save a new copy and import that.</source>
            <translation>« %s » n’a pas pu être lu comme document Word ; il est peut-être endommagé. Ouvrez-le dans Word ou LibreOffice, enregistrez-en une nouvelle copie et importez celle-ci.</translation>
        </message>
        <message>
            <source>“%s” contains no text; check that you picked the right file.</source>
            <translation>« %s » ne contient aucun texte ; vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>“%s” is not a PDF file even though its name ends in .pdf; check that you picked the right file.</source>
            <translation>« %s » n’est pas un fichier PDF, bien que son nom se termine par .pdf ; vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>“%s” has no pages; it may be damaged or incomplete.</source>
            <translation>« %s » ne contient aucune page ; il est peut-être endommagé ou incomplet.</translation>
        </message>
        <message>
            <source>“%s” has no text layer (it is probably a scan); run it through OCR first (text recognition in your scanner or PDF software) and import the result.</source>
            <translation>« %s » n’a pas de couche texte (il s’agit probablement d’une numérisation) ; passez-le d’abord à l’OCR (reconnaissance de texte de votre scanner ou de votre logiciel PDF) et importez le résultat.</translation>
        </message>
        <message>
            <source>“%s” has a damaged text layer (its letters come out garbled); export it again from the application that made it, or run it through OCR, and import the result.</source>
            <translation>La couche texte de « %s » est endommagée (ses lettres sont illisibles) ; exportez-le de nouveau depuis l’application qui l’a créé, ou passez-le à l’OCR, puis importez le résultat.</translation>
        </message>
        <message>
            <source>“%s” contains no readable text; check that you picked the right file.</source>
            <translation>« %s » ne contient aucun texte lisible ; vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>unknown kind %r; use one of %s</source>
            <translation>type %r inconnu ; utilisez l’un de %s</translation>
        </message>
        <message>
            <source>%s comes from a content pack: only an imported checklist's kinds can change</source>
            <translation>%s provient d’un module de contenu : seuls les types d’une liste importée peuvent changer</translation>
        </message>
        <message>
            <source>%s: no such file</source>
            <translation>%s : fichier introuvable</translation>
        </message>
        <message>
            <source>%s: is a folder; give the document's file</source>
            <translation>%s : c’est un dossier ; indiquez le fichier du document</translation>
        </message>
        <message>
            <source>%s: cannot be read (%s)</source>
            <translation>%s : illisible (%s)</translation>
        </message>
        <message>
            <source>%s: no imported document has this id; see `fieldguide library list` for the ids of imported documents</source>
            <translation>%s : aucun document importé ne porte cet identifiant ; voir `fieldguide library list` pour les identifiants des documents importés</translation>
        </message>
        <message>
            <source>pack %r from %r is not signed, so nothing shows who made it; nothing was changed (install it only if you trust where it came from: --allow-unsigned)</source>
            <translation>le module %r de %r n’est pas signé : rien n’indique qui l’a fait ; rien n’a été modifié (ne l’installez que si vous faites confiance à sa provenance : --allow-unsigned)</translation>
        </message>
        <message>
            <source>pack %r is signed by %r (key %s), a publisher you have not trusted; nothing was changed (--trust-publisher to trust it)</source>
            <translation>le module %r est signé par %r (clé %s), un éditeur auquel vous n’avez pas accordé votre confiance ; rien n’a été modifié (--trust-publisher pour lui faire confiance)</translation>
        </message>
        <message>
            <source>%s already exists; a signing key is never overwritten</source>
            <translation>%s existe déjà ; une clé de signature n’est jamais écrasée</translation>
        </message>
        <message>
            <source>%s: cannot read the signing key (%s)</source>
            <translation>%s : impossible de lire la clé de signature (%s)</translation>
        </message>
        <message>
            <source>%s: not an unencrypted Ed25519 private key in PEM form</source>
            <translation>%s : ce n’est pas une clé privée Ed25519 non chiffrée au format PEM</translation>
        </message>
        <message>
            <source>%s: not an Ed25519 key</source>
            <translation>%s : ce n’est pas une clé Ed25519</translation>
        </message>
        <message>
            <source>%s is damaged or not an Ed25519 signature; nothing was changed</source>
            <translation>%s est endommagé ou n’est pas une signature Ed25519 ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>the signature does not match pack.json: the pack was altered after it was signed; nothing was changed</source>
            <translation>la signature ne correspond pas à pack.json : le module a été modifié après sa signature ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>%s translates the pack %r, which is not installed; nothing was changed</source>
            <translation>%s traduit le module %r, qui n’est pas installé ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>%s must name a language other than that of %r (%s)</source>
            <translation>%s doit indiquer une autre langue que celle de %r (%s)</translation>
        </message>
        <message>
            <source>the translation names %s %r, which %r does not hold; nothing was changed</source>
            <translation>la traduction nomme %s %r, absent de %r ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>Mediation</source>
            <translation>Médiation</translation>
        </message>
        <message>
            <source>Constitutional assistance</source>
            <translation>Assistance constitutionnelle</translation>
        </message>
        <message>
            <source>Security sector reform</source>
            <translation>Réforme du secteur de la sécurité</translation>
        </message>
        <message>
            <source>Community engagement</source>
            <translation>Mobilisation communautaire</translation>
        </message>
        <message>
            <source>Gender and inclusion</source>
            <translation>Genre et inclusion</translation>
        </message>
        <message>
            <source>UNCLASSIFIED</source>
            <translation>NON CLASSIFIÉ</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>CONFIDENTIEL</translation>
        </message>
        <message>
            <source>STRICTLY CONFIDENTIAL</source>
            <translation>STRICTEMENT CONFIDENTIEL</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <source>Partly met</source>
            <translation>Partiellement satisfait</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Non satisfait</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Répondu</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Under way</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Pas commencé</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Appliqué</translation>
        </message>
        <message>
            <source>Not applied</source>
            <translation>Non appliqué</translation>
        </message>
        <message>
            <source>Not relevant</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évalué</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Tip</source>
            <translation>Conseil</translation>
        </message>
        <message>
            <source>Field Guide synthesis, drawing on</source>
            <translation>Synthèse de Field Guide, à partir de</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <source>%s, %s UTC</source>
            <translation>%s à %s UTC</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <comment>a date and a time</comment>
            <translation>%s à %s</translation>
        </message>
        <message>
            <source>From %s</source>
            <translation>À partir du %s</translation>
        </message>
        <message>
            <source>Until %s</source>
            <translation>Jusqu’au %s</translation>
        </message>
        <message>
            <source>Assessment report — %s</source>
            <translation>Rapport d’évaluation — %s</translation>
        </message>
        <message>
            <source>Assessment report</source>
            <translation>Rapport d’évaluation</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Version finale</translation>
        </message>
        <message>
            <source>An item no longer in the library</source>
            <translation>Point ne figurant plus dans la bibliothèque</translation>
        </message>
        <message>
            <source>Confidence: %s</source>
            <translation>Degré de confiance : %s</translation>
        </message>
        <message>
            <source>Recorded earlier as “%s”</source>
            <translation>Précédemment enregistré comme « %s »</translation>
        </message>
        <message>
            <source>Retired from the checklist</source>
            <translation>Retiré de la liste de contrôle</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>%s: %s — %s</source>
            <translation>%s : %s — %s</translation>
        </message>
        <message>
            <source>stopped before it ended; nothing was changed</source>
            <translation>arrêté avant la fin ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>the team roster stored in this profile is damaged</source>
            <translation>la liste d'équipe enregistrée dans ce profil est endommagée</translation>
        </message>
        <message>
            <source>this profile is not protected by a passphrase, so team keys would be stored unencrypted: protect it first (`fieldguide profile protect`), or give --unprotected</source>
            <translation>ce profil n'est pas protégé par une phrase secrète, les clés d'équipe seraient donc enregistrées sans chiffrement : protégez-le d'abord (`fieldguide profile protect`), ou donnez --unprotected</translation>
        </message>
        <message>
            <source>name this device first: `fieldguide sync name "Amina's laptop"`</source>
            <translation>nommez d'abord cet appareil : `fieldguide sync name "Ordinateur d'Amina"`</translation>
        </message>
        <message>
            <source>this profile is already in a team</source>
            <translation>ce profil fait déjà partie d'une équipe</translation>
        </message>
        <message>
            <source>this device is no longer a member of the team</source>
            <translation>cet appareil n'est plus membre de l'équipe</translation>
        </message>
        <message>
            <source>this profile is not in a team yet: create one, or ask a member for an invitation</source>
            <translation>ce profil ne fait encore partie d'aucune équipe : créez-en une, ou demandez une invitation à un membre</translation>
        </message>
        <message>
            <source>this is not a Field Guide team invitation</source>
            <translation>ce n'est pas une invitation d'équipe Field Guide</translation>
        </message>
        <message>
            <source>the team invitation is damaged</source>
            <translation>l'invitation d'équipe est endommagée</translation>
        </message>
        <message>
            <source>this is not a Field Guide join request</source>
            <translation>ce n'est pas une demande d'adhésion Field Guide</translation>
        </message>
        <message>
            <source>the join request is damaged</source>
            <translation>la demande d'adhésion est endommagée</translation>
        </message>
        <message>
            <source>the join request is for another team</source>
            <translation>la demande d'adhésion est pour une autre équipe</translation>
        </message>
        <message>
            <source>the join request does not say the device's name</source>
            <translation>la demande d'adhésion ne donne pas le nom de l'appareil</translation>
        </message>
        <message>
            <source>the code does not match: the request may not come from that device; nothing was signed</source>
            <translation>le code ne correspond pas : la demande ne vient peut-être pas de cet appareil ; rien n'a été signé</translation>
        </message>
        <message>
            <source>%s is already a member of the team</source>
            <translation>%s est déjà membre de l'équipe</translation>
        </message>
        <message>
            <source>this is not a Field Guide answer to a join request</source>
            <translation>ce n'est pas une réponse Field Guide à une demande d'adhésion</translation>
        </message>
        <message>
            <source>this device has not asked to join a team: open an invitation first</source>
            <translation>cet appareil n'a pas demandé à rejoindre d'équipe : ouvrez d'abord une invitation</translation>
        </message>
        <message>
            <source>the answer is for another team than the invitation</source>
            <translation>la réponse concerne une autre équipe que l'invitation</translation>
        </message>
        <message>
            <source>the answer is damaged (%s)</source>
            <translation>la réponse est endommagée (%s)</translation>
        </message>
        <message>
            <source>the answer was not signed by the member who invited this device</source>
            <translation>la réponse n'a pas été signée par le membre qui a invité cet appareil</translation>
        </message>
        <message>
            <source>the answer does not admit this device</source>
            <translation>la réponse n'admet pas cet appareil</translation>
        </message>
        <message>
            <source>the answer's team keys are not for this device</source>
            <translation>les clés d'équipe de la réponse ne sont pas pour cet appareil</translation>
        </message>
        <message>
            <source>the answer does not hold the team's current key</source>
            <translation>la réponse ne contient pas la clé actuelle de l'équipe</translation>
        </message>
        <message>
            <source>the answer is damaged (device ids)</source>
            <translation>la réponse est endommagée (identifiants d'appareils)</translation>
        </message>
        <message>
            <source>no member of the team has the key %s</source>
            <translation>aucun membre de l'équipe n'a la clé %s</translation>
        </message>
        <message>
            <source>this device cannot remove itself; ask another member</source>
            <translation>cet appareil ne peut pas se retirer lui-même ; demandez à un autre membre</translation>
        </message>
        <message>
            <source>no member of the team is called %r (see `fieldguide sync team show`)</source>
            <translation>aucun membre de l'équipe ne s'appelle %r (voir `fieldguide sync team show`)</translation>
        </message>
        <message>
            <source>several members match %r; give the key's fingerprint</source>
            <translation>plusieurs membres correspondent à %r ; donnez l'empreinte de la clé</translation>
        </message>
        <message>
            <source>%s: %s</source>
            <translation>%s : %s</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Related item</source>
            <translation>Point concerné</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>a follow-up action</comment>
            <translation>Réalisée</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a follow-up action not yet done</comment>
            <translation>En cours</translation>
        </message>
        <message numerus="yes">
            <source>%n checklist(s)</source>
            <translation>
                <numerusform>%n liste de contrôle</numerusform>
                <numerusform>%n listes de contrôle</numerusform>
            </translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Assessment period</source>
            <translation>Période d’évaluation</translation>
        </message>
        <message>
            <source>Assessors</source>
            <translation>Évaluateurs</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporté le</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Portée</translation>
        </message>
        <message>
            <source>%s%%</source>
            <translation>%s %%</translation>
        </message>
        <message>
            <source>This report covers %s in %s.</source>
            <translation>Le présent rapport porte sur %s répartis dans %s.</translation>
        </message>
        <message numerus="yes">
            <source>%n of them has been assessed (%s).</source>
            <translation>
                <numerusform>%n d’entre eux a été évalué (%s).</numerusform>
                <numerusform>%n d’entre eux ont été évalués (%s).</numerusform>
            </translation>
        </message>
        <message>
            <source>%s %s</source>
            <translation>%s %s</translation>
        </message>
        <message numerus="yes">
            <source>%n criterion</source>
            <translation>
                <numerusform>%n critère</numerusform>
                <numerusform>%n critères</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step</source>
            <translation>
                <numerusform>%n étape</numerusform>
                <numerusform>%n étapes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tip</source>
            <translation>
                <numerusform>%n conseil</numerusform>
                <numerusform>%n conseils</numerusform>
            </translation>
        </message>
        <message>
            <source>%s — %s.</source>
            <translation>%s — %s.</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Liste de contrôle</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Évalués</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proportion</translation>
        </message>
        <message>
            <source>Not yet assessed</source>
            <translation>Non encore évalués</translation>
        </message>
        <message>
            <source>Exported %s</source>
            <translation>Exporté le %s</translation>
        </message>
        <message>
            <source>Page %s of %s</source>
            <translation>Page %s sur %s</translation>
        </message>
        <message>
            <source>Untitled assessment</source>
            <translation>Évaluation sans titre</translation>
        </message>
        <message>
            <source>Shareable summary: the advisers' notes and evidence are left out of this version.</source>
            <translation>Synthèse diffusable : les notes et les éléments probants des conseillers ne figurent pas dans cette version.</translation>
        </message>
        <message>
            <source>Items not yet assessed are left out.</source>
            <translation>Les points non encore évalués ne figurent pas dans ce rapport.</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Résumé analytique</translation>
        </message>
        <message>
            <source>By checklist</source>
            <translation>Par liste de contrôle</translation>
        </message>
        <message>
            <source>Assessment summary</source>
            <translation>Synthèse de l’évaluation</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Actions de suivi</translation>
        </message>
        <message>
            <source>No follow-up actions were recorded.</source>
            <translation>Aucune action de suivi n’a été enregistrée.</translation>
        </message>
        <message>
            <source>No items in this checklist.</source>
            <translation>Cette liste de contrôle ne comporte aucun point.</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments probants</translation>
        </message>
        <message>
            <source>Exported from Field Guide</source>
            <translation>Exporté depuis Field Guide</translation>
        </message>
        <message>
            <source>too many wrong passphrases: try again in %d seconds</source>
            <translation>trop de phrases secrètes incorrectes : réessayez dans %d s</translation>
        </message>
        <message>
            <source>%s does not open with this passphrase (or it is not a Field Guide database)</source>
            <translation>%s ne s’ouvre pas avec cette phrase secrète (ou ce n’est pas une base de données Field Guide)</translation>
        </message>
        <message>
            <source>%s is damaged: %s</source>
            <translation>%s est endommagé : %s</translation>
        </message>
        <message>
            <source>%s: the search index is damaged</source>
            <translation>%s : l’index de recherche est endommagé</translation>
        </message>
        <message>
            <source>the new copy differs from its source (%s): nothing was changed</source>
            <translation>la nouvelle copie diffère de sa source (%s) : rien n’a été modifié</translation>
        </message>
        <message>
            <source>profile.json is not a JSON object</source>
            <translation>profile.json n’est pas un objet JSON</translation>
        </message>
        <message>
            <source>this profile was protected by a newer version of Field Guide</source>
            <translation>ce profil a été protégé par une version plus récente de Field Guide</translation>
        </message>
        <message>
            <source>profile.json cannot be read (%s)</source>
            <translation>profile.json est illisible (%s)</translation>
        </message>
        <message>
            <source>profile.json is damaged (%s)</source>
            <translation>profile.json est endommagé (%s)</translation>
        </message>
        <message>
            <source>the key settings of this profile cannot be read (%s)</source>
            <translation>les paramètres de clé de ce profil sont illisibles (%s)</translation>
        </message>
        <message>
            <source>the key settings of this profile are too weak to be trusted</source>
            <translation>les paramètres de clé de ce profil sont trop faibles pour être fiables</translation>
        </message>
        <message>
            <source>the passphrase is too short: use at least %d characters (a few unrelated words are best)</source>
            <translation>la phrase secrète est trop courte : utilisez au moins %d caractères (quelques mots sans rapport entre eux sont l’idéal)</translation>
        </message>
        <message>
            <source>cannot read the passphrase file %s: %s</source>
            <translation>impossible de lire le fichier de phrase secrète %s : %s</translation>
        </message>
        <message>
            <source>%s is too large to be a passphrase file</source>
            <translation>%s est trop volumineux pour être un fichier de phrase secrète</translation>
        </message>
        <message>
            <source>the passphrase file %s is not UTF-8 text</source>
            <translation>le fichier de phrase secrète %s n’est pas un texte UTF-8</translation>
        </message>
        <message>
            <source>the passphrase file %s is empty</source>
            <translation>le fichier de phrase secrète %s est vide</translation>
        </message>
        <message>
            <source>the lock delay must be between 1 and 1440 minutes</source>
            <translation>le délai de verrouillage doit être compris entre 1 et 1 440 minutes</translation>
        </message>
        <message>
            <source>keep between 1 and 365 backups</source>
            <translation>conservez entre 1 et 365 sauvegardes</translation>
        </message>
        <message>
            <source>this profile is protected by a passphrase</source>
            <translation>ce profil est protégé par une phrase secrète</translation>
        </message>
        <message>
            <source>this profile is already protected: use change-passphrase to change its passphrase</source>
            <translation>ce profil est déjà protégé : utilisez change-passphrase pour changer sa phrase secrète</translation>
        </message>
        <message>
            <source>this profile is not protected by a passphrase</source>
            <translation>ce profil n’est pas protégé par une phrase secrète</translation>
        </message>
        <message>
            <source>profile.json, which says how to derive the key, is missing</source>
            <translation>profile.json, qui indique comment dériver la clé, est absent</translation>
        </message>
        <message>
            <source>this profile already exists</source>
            <translation>ce profil existe déjà</translation>
        </message>
        <message>
            <source>this conflict has not fully arrived on this device yet; sync again</source>
            <translation>ce conflit n’est pas encore entièrement parvenu sur cet appareil ; synchronisez de nouveau</translation>
        </message>
        <message>
            <source>%(file)s: refused: the bundle from %(device)s carries an invalid value (%(what)s); nothing was applied</source>
            <translation>%(file)s : refusé : le paquet de %(device)s contient une valeur invalide (%(what)s) ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>%s is not a team id (a UUID)</source>
            <translation>%s n’est pas un identifiant d’équipe (un UUID)</translation>
        </message>
        <message>
            <source>hub bundle %s</source>
            <translation>paquet du serveur %s</translation>
        </message>
        <message>
            <source>%s is not a hub address: give it as https://hub.example.org</source>
            <translation>%s n’est pas une adresse de serveur : donnez-la sous la forme https://hub.example.org</translation>
        </message>
        <message>
            <source>a hub address carries no user name or password: give it as https://host</source>
            <translation>une adresse de serveur ne contient ni nom d’utilisateur ni mot de passe : donnez-la sous la forme https://hôte</translation>
        </message>
        <message>
            <source>%s is not encrypted (http): the hub must be reached through https</source>
            <translation>%s n’est pas chiffrée (http) : le serveur doit être joint en https</translation>
        </message>
        <message>
            <source>%s is not a hub address: the port is not a number</source>
            <translation>%s n’est pas une adresse de serveur : le port n’est pas un nombre</translation>
        </message>
        <message>
            <source>the hub does not accept that enrolment code: ask a teammate for a new one</source>
            <translation>le serveur n’accepte pas ce code d’inscription : demandez-en un nouveau à un coéquipier</translation>
        </message>
        <message>
            <source>a bundle on the hub is larger than a bundle can be: not downloaded</source>
            <translation>un paquet du serveur est plus gros qu’un paquet ne peut l’être : non téléchargé</translation>
        </message>
        <message>
            <source>a bundle from the hub did not match its checksum twice: not applied</source>
            <translation>un paquet du serveur ne correspondait pas à sa somme de contrôle, deux fois : non appliqué</translation>
        </message>
        <message>
            <source>this device is not enrolled with the hub yet</source>
            <translation>cet appareil n’est pas encore inscrit auprès du serveur</translation>
        </message>
        <message numerus="yes">
            <source>the hub at {url} did not answer for %n minute(s): the sync stopped; nothing was lost and the next sync continues where this one stopped</source>
            <translation>
                <numerusform>le serveur {url} n’a pas répondu pendant %n minute : la synchronisation s’est arrêtée ; rien n’est perdu et la prochaine reprendra là où celle-ci s’est arrêtée</numerusform>
                <numerusform>le serveur {url} n’a pas répondu pendant %n minutes : la synchronisation s’est arrêtée ; rien n’est perdu et la prochaine reprendra là où celle-ci s’est arrêtée</numerusform>
            </translation>
        </message>
        <message>
            <source>the sync with the hub was stopped</source>
            <translation>la synchronisation avec le serveur a été interrompue</translation>
        </message>
        <message>
            <source>a bundle from the hub is larger than listed: not applied</source>
            <translation>un paquet du serveur est plus gros qu’annoncé : non appliqué</translation>
        </message>
        <message>
            <source>the hub at %(url)s did not prove who it is (%(reason)s): nothing was sent</source>
            <translation>le serveur %(url)s n’a pas prouvé son identité (%(reason)s) : rien n’a été envoyé</translation>
        </message>
        <message>
            <source>the hub's answer is not what a Field Guide hub sends: check the hub's address</source>
            <translation>la réponse du serveur n’est pas celle d’un serveur Field Guide : vérifiez l’adresse du serveur</translation>
        </message>
        <message>
            <source>the hub no longer accepts this device (its access was revoked or has expired): ask a teammate for a new enrolment code</source>
            <translation>le serveur n’accepte plus cet appareil (son accès a été révoqué ou a expiré) : demandez un nouveau code d’inscription à un coéquipier</translation>
        </message>
        <message>
            <source>the hub says this device is not a member of that team</source>
            <translation>le serveur indique que cet appareil n’est pas membre de cette équipe</translation>
        </message>
        <message>
            <source>the hub refused a bundle as too large for it</source>
            <translation>le serveur a refusé un paquet trop gros pour lui</translation>
        </message>
        <message>
            <source>that enrolment code was already used: ask a teammate for a new one</source>
            <translation>ce code d’inscription a déjà servi : demandez-en un nouveau à un coéquipier</translation>
        </message>
        <message>
            <source>the hub refused: %s</source>
            <translation>le serveur a refusé : %s</translation>
        </message>
        <message>
            <source>the hub answered with an error (HTTP %d)</source>
            <translation>le serveur a répondu par une erreur (HTTP %d)</translation>
        </message>
        <message>
            <source>give the enrolment code your teammate or IT gave you</source>
            <translation>donnez le code d’inscription remis par votre coéquipier ou l’informatique</translation>
        </message>
        <message>
            <source>this profile is a copy or a restored backup, so the team sees it as a new device: enrol it with a new code (`fieldguide sync hub URL --enrol CODE`)</source>
            <translation>ce profil est une copie ou une sauvegarde restaurée, que l’équipe voit donc comme un nouvel appareil : inscrivez-le avec un nouveau code (`fieldguide sync hub URL --enrol CODE`)</translation>
        </message>
        <message>
            <source>no hub is set up: connect once with `fieldguide sync hub URL --enrol CODE`</source>
            <translation>aucun serveur n’est configuré : connectez-vous une fois avec `fieldguide sync hub URL --enrol CODE`</translation>
        </message>
        <message>
            <source>the hub did not take the team's current roster: %s</source>
            <translation>le serveur n’a pas pris la liste actuelle de l’équipe : %s</translation>
        </message>
        <message>
            <source>preparing this device's changes</source>
            <translation>préparation des modifications de cet appareil</translation>
        </message>
        <message>
            <source>sending this device's changes</source>
            <translation>envoi des modifications de cet appareil</translation>
        </message>
        <message>
            <source>asking the hub for the team's news</source>
            <translation>demande des nouvelles de l’équipe au serveur</translation>
        </message>
        <message>
            <source>receiving the team's changes</source>
            <translation>réception des modifications de l’équipe</translation>
        </message>
        <message>
            <source>it holds data this version of Field Guide does not know (%s); update Field Guide to apply it</source>
            <translation>il contient des données que cette version de Field Guide ne connaît pas (%s) ; mettez Field Guide à jour pour l’appliquer</translation>
        </message>
        <message>
            <source>the bundle is damaged or altered (malformed change)</source>
            <translation>le lot est endommagé ou altéré (modification mal formée)</translation>
        </message>
        <message>
            <source>cannot remove text from %s: give note, answer-note, evidence or action</source>
            <translation>impossible de supprimer un texte de %s : indiquez note, answer-note, evidence ou action</translation>
        </message>
        <message>
            <source>nothing to remove: no such %s</source>
            <translation>rien à supprimer : aucun élément %s de ce nom</translation>
        </message>
        <message>
            <source>the replacement text is too long</source>
            <translation>le texte de remplacement est trop long</translation>
        </message>
        <message>
            <source>cannot write the bundle: %s</source>
            <translation>impossible d’écrire le lot : %s</translation>
        </message>
        <message numerus="yes">
            <source>wrote %n change(s) to {file}</source>
            <translation>
                <numerusform>%n modification écrite dans {file}</numerusform>
                <numerusform>%n modifications écrites dans {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>applied a bundle from {device}: %n new change(s)</source>
            <translation>
                <numerusform>paquet de {device} appliqué : %n nouvelle modification</numerusform>
                <numerusform>paquet de {device} appliqué : %n nouvelles modifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s): see `fieldguide sync conflicts`</source>
            <translation>
                <numerusform>%n nouveau conflit : voir `fieldguide sync conflicts`</numerusform>
                <numerusform>%n nouveaux conflits : voir `fieldguide sync conflicts`</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with a different team key — check the team passphrase</source>
            <translation>
                <numerusform>%n paquet fait avec une autre clé d'équipe — vérifiez la phrase secrète de l'équipe</numerusform>
                <numerusform>%n paquets faits avec une autre clé d'équipe — vérifiez la phrase secrète de l'équipe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %n change(s)</source>
            <translation>
                <numerusform>%n modification reçue</numerusform>
                <numerusform>%n modifications reçues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sent %n change(s) of yours</source>
            <translation>
                <numerusform>%n de vos modifications envoyée</numerusform>
                <numerusform>%n de vos modifications envoyées</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing written to this folder yet: no teammate's bundle was opened here. If this device is the first of the team to use it, run again with --first</source>
            <translation>rien n'a encore été écrit dans ce dossier : aucun paquet d'un coéquipier n'y a été ouvert. Si cet appareil est le premier de l'équipe à l'utiliser, relancez avec --first</translation>
        </message>
        <message>
            <source>this device has no name yet: `fieldguide sync name "Amina's laptop"`</source>
            <translation>cet appareil n'a pas encore de nom : `fieldguide sync name "Portable d'Amina"`</translation>
        </message>
        <message>
            <source>this device is now called %s</source>
            <translation>cet appareil s'appelle désormais %s</translation>
        </message>
        <message>
            <source>this device: %s</source>
            <translation>cet appareil : %s</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to send</source>
            <translation>
                <numerusform>%n modification à envoyer</numerusform>
                <numerusform>%n modifications à envoyer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n conflit ouvert</numerusform>
                <numerusform>%n conflits ouverts</numerusform>
            </translation>
        </message>
        <message>
            <source>a device (%s)</source>
            <translation>un appareil (%s)</translation>
        </message>
        <message>
            <source>%(device)s, %(time)s</source>
            <translation>%(device)s, %(time)s</translation>
        </message>
        <message>
            <source>these versions cannot be joined: keep mine or theirs</source>
            <translation>ces versions ne peuvent pas être réunies : gardez la mienne ou la leur</translation>
        </message>
        <message>
            <source>the disk is full: free some space and sync again (nothing was changed)</source>
            <translation>le disque est plein : libérez de la place et synchronisez à nouveau (rien n'a été modifié)</translation>
        </message>
        <message>
            <source>the disk is full: free some space and sync again</source>
            <translation>le disque est plein : libérez de la place et synchronisez à nouveau</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ordinateur portable</translation>
        </message>
        <message>
            <source>%s is a folder; give a file name for the bundle</source>
            <translation>%s est un dossier ; indiquez un nom de fichier pour le lot</translation>
        </message>
        <message>
            <source>bundle not found: %s</source>
            <translation>lot introuvable : %s</translation>
        </message>
        <message>
            <source>%s is a folder; to sync with a folder use `fieldguide sync folder`</source>
            <translation>%s est un dossier ; pour synchroniser avec un dossier, utilisez `fieldguide sync folder`</translation>
        </message>
        <message>
            <source>sync folder not found: %s</source>
            <translation>dossier de synchronisation introuvable : %s</translation>
        </message>
        <message>
            <source>reading %s</source>
            <translation>lecture de %s</translation>
        </message>
        <message>
            <source>writing this device's changes</source>
            <translation>écriture des modifications de cet appareil</translation>
        </message>
        <message>
            <source>cannot write to the sync folder: %s</source>
            <translation>impossible d'écrire dans le dossier de synchronisation : %s</translation>
        </message>
        <message>
            <source>a link or a file, not a folder: ignored</source>
            <translation>un lien ou un fichier, pas un dossier : ignoré</translation>
        </message>
        <message>
            <source>a link: links are never followed</source>
            <translation>un lien : les liens ne sont jamais suivis</translation>
        </message>
        <message>
            <source>not a bundle name: ignored</source>
            <translation>pas un nom de paquet : ignoré</translation>
        </message>
        <message>
            <source>not a regular file: skipped</source>
            <translation>pas un fichier ordinaire : ignoré</translation>
        </message>
        <message>
            <source>the file is gone</source>
            <translation>le fichier a disparu</translation>
        </message>
        <message>
            <source>%(size)d MB, larger than a bundle can be (%(limit)d MB): not read</source>
            <translation>%(size)d Mo, plus gros qu'un paquet ne peut l'être (%(limit)d Mo) : non lu</translation>
        </message>
        <message>
            <source>larger than a bundle can be: not read</source>
            <translation>plus gros qu'un paquet ne peut l'être : non lu</translation>
        </message>
        <message>
            <source>%s is a link or a file, not a folder</source>
            <translation>%s est un lien ou un fichier, pas un dossier</translation>
        </message>
        <message>
            <source>it carries an invalid value (%s)</source>
            <translation>il contient une valeur invalide (%s)</translation>
        </message>
        <message>
            <source>this profile is not in a team yet: `fieldguide sync team create NAME`, or `fieldguide sync team join INVITATION` with a member's invitation</source>
            <translation>ce profil ne fait encore partie d'aucune équipe : `fieldguide sync team create NOM`, ou `fieldguide sync team join INVITATION` avec l'invitation d'un membre</translation>
        </message>
        <message>
            <source>the team started a new key epoch and this device has not received its key yet</source>
            <translation>l'équipe a commencé une nouvelle époque de clé et cet appareil n'en a pas encore reçu la clé</translation>
        </message>
        <message>
            <source>a device name cannot be empty</source>
            <translation>un nom d'appareil ne peut pas être vide</translation>
        </message>
        <message>
            <source>a device name is at most %d printable characters</source>
            <translation>un nom d'appareil compte au plus %d caractères imprimables</translation>
        </message>
        <message>
            <source>this computer (%s)</source>
            <translation>cet ordinateur (%s)</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>no teammate's device is called %r (see `fieldguide sync status`)</source>
            <translation>aucun appareil d'un coéquipier ne s'appelle %r (voir `fieldguide sync status`)</translation>
        </message>
        <message>
            <source>several devices match %r; give more of the id</source>
            <translation>plusieurs appareils correspondent à %r ; donnez davantage de l'identifiant</translation>
        </message>
        <message>
            <source>keep one of: %s</source>
            <translation>gardez l’une de ces versions : %s</translation>
        </message>
        <message>
            <source>no conflict has the id %r (see `fieldguide sync conflicts`)</source>
            <translation>aucun conflit ne porte l’identifiant %r (voir `fieldguide sync conflicts`)</translation>
        </message>
    </context>
    <context>
        <name>workspace</name>
        <message>
            <source>Field Guide — assessment</source>
            <translation>Field Guide — évaluation</translation>
        </message>
    </context>
</TS>

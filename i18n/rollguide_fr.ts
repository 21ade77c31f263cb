<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CatalogBrowser</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show every move</source>
        <translation>Afficher tous les exercices</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Show moves for the lower back</source>
        <translation>Afficher les exercices pour le bas du dos</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <source>Show moves for the mid back</source>
        <translation>Afficher les exercices pour le milieu du dos</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Show moves for the upper back</source>
        <translation>Afficher les exercices pour le haut du dos</translation>
    </message>
    <message>
        <source>Search moves</source>
        <translation>Rechercher des exercices</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Move details</source>
        <translation>Détails de l’exercice</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you roll</source>
        <translation>Avant de rouler</translation>
    </message>
    <message>
        <source>Safety and disclaimer</source>
        <translation>Sécurité et avertissement</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>écourté</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>ça a fait mal</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>this uuid is already used by another session</source>
        <translation>cet UUID est déjà utilisé par une autre séance</translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time</source>
        <translation>ce n’est pas une date et une heure au format ISO 8601</translation>
    </message>
    <message>
        <source>unknown or repeated region &quot;%1&quot;</source>
        <translation>zone «&#xa0;%1&#xa0;» inconnue ou répétée</translation>
    </message>
    <message>
        <source>must be a routine object</source>
        <translation>doit être un objet routine</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>faits&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 cut short</source>
        <translation>écourtés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>passés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 hurt</source>
        <translation>douloureux&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the disk is full, or the file would be larger than this system allows</source>
        <translation>le disque est plein, ou le fichier dépasserait la taille permise par ce système</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>another RollGuide kept it busy for more than %n second(s)</source>
        <translation>
            <numerusform>une autre instance de RollGuide l’a occupé pendant plus de %n seconde</numerusform>
            <numerusform>une autre instance de RollGuide l’a occupé pendant plus de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk could not be written or read (it may be full, the file may be larger than this system allows, or the disk may be failing)</source>
        <translation>le disque n’a pas pu être écrit ou lu (il est peut-être plein, le fichier dépasse peut-être la taille permise par ce système, ou le disque est peut-être défaillant)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <translation>Impossible d’ouvrir l’historique</translation>
    </message>
    <message>
        <source>%1 is not a usable history (%2)</source>
        <translation>%1 n’est pas un historique utilisable (%2)</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Impossible de lire l’historique</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a RollGuide history (another program&apos;s file)</source>
        <translation>%1 est une base de données SQLite, mais pas un historique RollGuide (c’est le fichier d’un autre programme)</translation>
    </message>
    <message>
        <source>%1 is a RollGuide history with no schema version</source>
        <translation>%1 est un historique RollGuide sans version de schéma</translation>
    </message>
    <message>
        <source>The history %1 cannot be read: %2.</source>
        <translation>L’historique %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The history %1 is not an SQLite database (%2).</source>
        <translation>L’historique %1 n’est pas une base de données SQLite (%2).</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>its first bytes are not SQLite&apos;s</source>
        <translation>ses premiers octets ne sont pas ceux d’un fichier SQLite</translation>
    </message>
    <message>
        <source>%1. It could not be moved aside (%2), so this session&apos;s history is kept only until RollGuide closes.</source>
        <translation>%1. Il n’a pas pu être mis de côté (%2)&#xa0;: l’historique de cette séance n’est donc conservé que jusqu’à la fermeture de RollGuide.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2)</source>
        <translation>%1 n’est pas une base de données SQLite (%2)</translation>
    </message>
    <message>
        <source>The history cannot be kept: the folder %1 cannot be created.</source>
        <translation>L’historique ne peut pas être conservé&#xa0;: le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder cannot be changed (%2)</source>
        <translation>%1 ne peut pas être écrit&#xa0;: son dossier ne peut pas être modifié (%2)</translation>
    </message>
    <message>
        <source>%1. Sessions are not recorded until this is put right.</source>
        <translation>%1. Les séances ne sont pas enregistrées tant que ce n’est pas réglé.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer RollGuide (schema %2; this one knows %3). It is shown read-only, and sessions are not recorded.</source>
        <translation>L’historique %1 a été écrit par une version plus récente de RollGuide (schéma %2&#xa0;; celle-ci connaît le schéma %3). Il est affiché en lecture seule, et les séances ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>%1. It was moved aside, unchanged, to %2, and a new history was started.</source>
        <translation>%1. Il a été mis de côté, sans modification, dans %2, et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>Could not set up the history</source>
        <translation>Impossible de préparer l’historique</translation>
    </message>
    <message>
        <source>Could not update the history</source>
        <translation>Impossible de mettre à jour l’historique</translation>
    </message>
    <message>
        <source>The history %1 is not open for writing.</source>
        <translation>L’historique %1 n’est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>Could not save the session to the history</source>
        <translation>Impossible d’enregistrer la séance dans l’historique</translation>
    </message>
    <message>
        <source>The history %1 is read-only.</source>
        <translation>L’historique %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>Could not delete the session from the history</source>
        <translation>Impossible de supprimer la séance de l’historique</translation>
    </message>
    <message>
        <source>Could not delete the history</source>
        <translation>Impossible de supprimer l’historique</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RollGuide[*]</source>
        <translation>RollGuide[*]</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routines</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>&amp;Exercices</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Guide to rolling the back</source>
        <translation>Guide du rouleau pour le dos</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>The exercise catalog could not be loaded</source>
        <translation>Le catalogue d’exercices n’a pas pu être chargé</translation>
    </message>
    <message>
        <source>Catalog errors</source>
        <translation>Erreurs du catalogue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Save routines</source>
        <translation>&amp;Enregistrer les routines</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Preview the printable sheet of the routine on the Session tab</source>
        <translation>Afficher un aperçu de la fiche imprimable de la routine de l’onglet Séance</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the sheet of the routine on the Session tab</source>
        <translation>Imprimer la fiche de la routine de l’onglet Séance</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Save the sheet of the routine on the Session tab as a PDF file</source>
        <translation>Enregistrer la fiche de la routine de l’onglet Séance dans un fichier PDF</translation>
    </message>
    <message>
        <source>Safety &amp;questions…</source>
        <translation>Questions de séc&amp;urité…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Safety and disclaimer…</source>
        <translation>&amp;Sécurité et avertissement…</translation>
    </message>
    <message>
        <source>&amp;About RollGuide</source>
        <translation>À &amp;propos de RollGuide</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>%1 is not the module RollGuide expected</source>
        <translation>%1 n’est pas le module attendu par RollGuide</translation>
    </message>
    <message>
        <source>%1 is in none of these folders: %2</source>
        <translation>%1 ne se trouve dans aucun de ces dossiers&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Session progress</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <source>Back  ←</source>
        <translation>Précédent  ←</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Pause  Space</source>
        <translation>Pause  Espace</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Skip  →</source>
        <translation>Passer  →</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>+15 s  ↑</source>
        <translation>+15 s  ↑</translation>
    </message>
    <message>
        <source>Add 15 seconds</source>
        <translation>Ajouter 15 secondes</translation>
    </message>
    <message>
        <source>It hurts, skip this move  H</source>
        <translation>Ça fait mal, passer cet exercice  H</translation>
    </message>
    <message>
        <source>It hurts, skip this move</source>
        <translation>Ça fait mal, passer cet exercice</translation>
    </message>
    <message>
        <source>Full screen  F</source>
        <translation>Plein écran  F</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Stop  Esc</source>
        <translation>Arrêter  Échap</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>Back to sessions</source>
        <translation>Retour aux séances</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message>
        <source>Today&apos;s program session</source>
        <translation>Séance du jour du programme</translation>
    </message>
    <message>
        <source>Start to&amp;day&apos;s session</source>
        <translation>&amp;Commencer la séance du jour</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Program options</source>
        <translation>Options du programme</translation>
    </message>
    <message>
        <source>&amp;Follow this program</source>
        <translation>&amp;Suivre ce programme</translation>
    </message>
    <message>
        <source>I have talked to a &amp;doctor</source>
        <translation>J’ai parlé à un &amp;médecin</translation>
    </message>
    <message>
        <source>My doctor &amp;agrees</source>
        <translation>Mon médecin est d’&amp;accord</translation>
    </message>
    <message>
        <source>When to ask a doctor</source>
        <translation>Quand demander l’avis d’un médecin</translation>
    </message>
    <message>
        <source>&amp;Resume the program</source>
        <translation>&amp;Reprendre le programme</translation>
    </message>
</context>
<context>
    <name>RoutinesTab</name>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>Steps of this routine</source>
        <translation>Étapes de cette routine</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Remove move</source>
        <translation>&amp;Retirer l’exercice</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dose of the selected move</source>
        <translation>Dose de l’exercice sélectionné</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation>&amp;Séries</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Chaque côté à tour de rôle</translation>
    </message>
    <message>
        <source>R&amp;est between sets</source>
        <translation>Re&amp;pos entre les séries</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Repos entre les séries, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>Imprimer la &amp;fiche…</translation>
    </message>
    <message>
        <source>Start &amp;this routine</source>
        <translation>&amp;Commencer cette routine</translation>
    </message>
    <message>
        <source>Add moves</source>
        <translation>Ajouter des exercices</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Search moves</source>
        <translation>Rechercher des exercices</translation>
    </message>
    <message>
        <source>Search moves to add</source>
        <translation>Rechercher des exercices à ajouter</translation>
    </message>
    <message>
        <source>Moves to add</source>
        <translation>Exercices à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add to routine</source>
        <translation>&amp;Ajouter à la routine</translation>
    </message>
    <message>
        <source>Or double-click a move, or drag it into the list</source>
        <translation>Ou double-clique sur un exercice, ou fais-le glisser dans la liste</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Is rolling right for your back?</source>
        <translation>Le rouleau convient-il à ton dos&#xa0;?</translation>
    </message>
    <message>
        <source>Tick everything that applies to you. RollGuide leaves out the moves that are not safe with these, and asks before a move that needs your doctor&apos;s OK. Your answers stay on this computer.</source>
        <translation>Coche tout ce qui te concerne. RollGuide écarte les exercices qui ne sont pas sûrs dans ces cas, et te pose la question avant un exercice qui demande l’accord de ton médecin. Tes réponses restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation>Rien de tout cela ne me concerne</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <source>Choose a routine</source>
        <translation>Choisis une routine</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Or make a quick plan</source>
        <translation>Ou crée un plan rapide</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>&amp;Lower back</source>
        <translation>&amp;Bas du dos</translation>
    </message>
    <message>
        <source>M&amp;id back</source>
        <translation>M&amp;ilieu du dos</translation>
    </message>
    <message>
        <source>&amp;Upper back</source>
        <translation>&amp;Haut du dos</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>Minutes available</source>
        <translation>Minutes disponibles</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Make a &amp;plan</source>
        <translation>Créer un &amp;plan</translation>
    </message>
    <message>
        <source>Moves in this session</source>
        <translation>Exercices de cette séance</translation>
    </message>
    <message>
        <source>Safety &amp;questions…</source>
        <translation>Questions de séc&amp;urité…</translation>
    </message>
    <message>
        <source>S&amp;tart session</source>
        <translation>&amp;Commencer la séance</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Son et voix</translation>
    </message>
    <message>
        <source>Play sounds at the start, halfway, the last three seconds, side switches and the end</source>
        <translation>Jouer des sons au début, à mi-parcours, pendant les trois dernières secondes, aux changements de côté et à la fin</translation>
    </message>
    <message>
        <source>Play soft tones on each breath in and out</source>
        <translation>Jouer des sons doux à chaque inspiration et à chaque expiration</translation>
    </message>
    <message>
        <source>Speak each move, side switch and what to do</source>
        <translation>Annoncer à voix haute chaque exercice, chaque changement de côté et ce qu’il faut faire</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Breath pace</source>
        <translation>Rythme de respiration</translation>
    </message>
    <message>
        <source>Breathe &amp;in for</source>
        <translation>&amp;Inspirer pendant</translation>
    </message>
    <message>
        <source>Seconds to breathe in</source>
        <translation>Secondes d’inspiration</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Breathe &amp;out for</source>
        <translation>&amp;Expirer pendant</translation>
    </message>
    <message>
        <source>Seconds to breathe out</source>
        <translation>Secondes d’expiration</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Remind me on the days I plan to roll</source>
        <translation>Me faire un rappel les jours où je prévois de rouler</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Days to remind</source>
        <translation>Jours de rappel</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Show RollGuide in</source>
        <translation>&amp;Afficher RollGuide en</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rollguide: your settings (%1) give program/started as &quot;%2&quot;, which is not a date (YYYY-MM-DD); the program is shown as if it started today</source>
        <translation>rollguide : tes réglages (%1) indiquent program/started comme « %2 », qui n’est pas une date (AAAA-MM-JJ) ; le programme est affiché comme s’il avait commencé aujourd’hui</translation>
    </message>
    <message>
        <source>rollguide: --today: your settings (%1) name the program &quot;%2&quot;, which is not in the catalog; there are: %3</source>
        <translation>rollguide : --today : tes réglages (%1) indiquent le programme « %2 », qui n’est pas dans le catalogue ; ceux qui existent sont : %3</translation>
    </message>
    <message>
        <source>rollguide: your settings (%1) list the safety answer &quot;%2&quot;, which RollGuide does not know; it is ignored</source>
        <translation>rollguide : tes réglages (%1) contiennent la réponse de sécurité « %2 », que RollGuide ne connaît pas ; elle est ignorée</translation>
    </message>
    <message numerus="yes">
        <source>%1: not a valid catalog (%n error(s))</source>
        <translation>
            <numerusform>%1&#xa0;: catalogue non valide (%n erreur)</numerusform>
            <numerusform>%1&#xa0;: catalogue non valide (%n erreurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2, which this command reads; it is not written over. Choose another file name.</source>
        <translation>%1 est %2, que cette commande lit&#xa0;; il ne sera pas écrasé. Choisis un autre nom de fichier.</translation>
    </message>
    <message>
        <source>an input</source>
        <translation>un fichier d’entrée</translation>
    </message>
    <message>
        <source>%1 lies in %2, where RollGuide keeps your routines and settings; it writes nothing there. Choose another folder.</source>
        <translation>%1 se trouve dans %2, où RollGuide garde tes routines et tes paramètres&#xa0;; il n’y écrit rien. Choisis un autre dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) (%2)</source>
        <translation>
            <numerusform>%1&#xa0;: %n page (%2)</numerusform>
            <numerusform>%1&#xa0;: %n pages (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>rollguide: %1 has no programs</source>
        <translation>rollguide&#xa0;: %1 ne contient aucun programme</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>rollguide: --today: you are not following a program; name one with --program NAME (see --list-programs)</source>
        <translation>rollguide&#xa0;: --today&#xa0;: tu ne suis aucun programme&#xa0;; indiques-en un avec --program NAME (voir --list-programs)</translation>
    </message>
    <message>
        <source>rollguide: --program: there is no program &quot;%1&quot;; there are: %2</source>
        <translation>rollguide&#xa0;: --program&#xa0;: il n’y a pas de programme «&#xa0;%1&#xa0;»&#xa0;; les programmes disponibles sont&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) this week</source>
        <translation>
            <numerusform>%1 sur %n séance cette semaine</numerusform>
            <numerusform>%1 sur %n séances cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2–%3 sessions this week</source>
        <translation>%1 sur %2–%3 séances cette semaine</translation>
    </message>
    <message>
        <source>you have already rolled today</source>
        <translation>tu as déjà roulé aujourd’hui</translation>
    </message>
    <message>
        <source>The safety questions are not answered yet: answer them in the window before you start.</source>
        <translation>Tu n’as pas encore répondu aux questions de sécurité&#xa0;: réponds-y dans la fenêtre avant de commencer.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left out: %1: %2</source>
        <translation>Écarté&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>rollguide: no sessions recorded yet (%1)</source>
        <translation>rollguide&#xa0;: aucune séance enregistrée pour l’instant (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n séance</numerusform>
            <numerusform>%1&#xa0;: %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>%1: not a RollGuide history export; nothing was imported</source>
        <translation>%1&#xa0;: ce n’est pas un export d’historique RollGuide&#xa0;; rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) added</source>
        <translation>
            <numerusform>%1&#xa0;: %n séance ajoutée</numerusform>
            <numerusform>%1&#xa0;: %n séances ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) were already in the history</source>
        <translation>
            <numerusform>%1&#xa0;: %n séance était déjà dans l’historique</numerusform>
            <numerusform>%1&#xa0;: %n séances étaient déjà dans l’historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;rollguide --help&apos; for the options.</source>
        <translation>Essaie «&#xa0;rollguide --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>rollguide: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, or try --help for what works without one.</source>
        <translation>rollguide&#xa0;: aucun écran trouvé (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Lance-le dans une session de bureau, ou essaie --help pour voir ce qui fonctionne sans écran.</translation>
    </message>
    <message>
        <source>rollguide: another RollGuide is running but did not answer (%1); starting this one on its own.</source>
        <translation>rollguide&#xa0;: une autre instance de RollGuide est ouverte mais n’a pas répondu (%1)&#xa0;; celle-ci démarre de son côté.</translation>
    </message>
    <message>
        <source>rollguide: reminders are off, so there is nothing to run in the background. Turn them on in Settings.</source>
        <translation>rollguide&#xa0;: les rappels sont désactivés, il n’y a donc rien à faire tourner en arrière-plan. Active-les dans les Paramètres.</translation>
    </message>
    <message>
        <source>built-in catalog</source>
        <translation>catalogue intégré</translation>
    </message>
    <message>
        <source>Routine not found</source>
        <translation>Routine introuvable</translation>
    </message>
    <message>
        <source>RollGuide could not open the routine: %1</source>
        <translation>RollGuide n’a pas pu ouvrir la routine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Following the system&apos;s language.</source>
        <translation>La langue du système est utilisée.</translation>
    </message>
</context>
<context>
    <name>rollguide::AppInstance</name>
    <message>
        <source>RollGuide closed before it could answer.</source>
        <translation>RollGuide s’est fermé avant de pouvoir répondre.</translation>
    </message>
    <message>
        <source>RollGuide is already running.</source>
        <translation>RollGuide est déjà ouvert.</translation>
    </message>
    <message>
        <source>RollGuide was already running; its window is in front now.</source>
        <translation>RollGuide était déjà ouvert&#xa0;; sa fenêtre est maintenant au premier plan.</translation>
    </message>
    <message>
        <source>RollGuide is running, but its catalog did not load; it shows why in its window.</source>
        <translation>RollGuide est ouvert, mais son catalogue ne s’est pas chargé&#xa0;; sa fenêtre en indique la raison.</translation>
    </message>
</context>
<context>
    <name>rollguide::BreathPacer</name>
    <message>
        <source>%1 lasts %2 ms; each part of a breath lasts %3 to %4 ms</source>
        <translation>%1 dure %2 ms&#xa0;; chaque phase d’une respiration dure de %3 à %4 ms</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>rollguide::BreathingGuide</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>%1, breath %2 of %3</source>
        <translation>%1, respiration %2 sur %3</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiration %1 sur %2</translation>
    </message>
</context>
<context>
    <name>rollguide::Catalog</name>
    <message>
        <source>lower back</source>
        <comment>a region inside a sentence</comment>
        <translation>bas du dos</translation>
    </message>
    <message>
        <source>mid back</source>
        <comment>a region inside a sentence</comment>
        <translation>milieu du dos</translation>
    </message>
    <message>
        <source>upper back</source>
        <comment>a region inside a sentence</comment>
        <translation>haut du dos</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Milieu du dos</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Roulement</translation>
    </message>
    <message>
        <source>Static hold</source>
        <translation>Maintien statique</translation>
    </message>
    <message>
        <source>Repetitions, one per breath</source>
        <translation>Répétitions, une par respiration</translation>
    </message>
    <message>
        <source>Standard roller (6-inch)</source>
        <translation>Rouleau standard (15 cm)</translation>
    </message>
    <message>
        <source>Long roller (36-inch)</source>
        <translation>Rouleau long (90 cm)</translation>
    </message>
    <message>
        <source>Half roller (3-inch)</source>
        <translation>Demi-rouleau (7,5 cm)</translation>
    </message>
    <message numerus="yes">
        <source>%n long breath(s)</source>
        <translation>
            <numerusform>%n respiration longue</numerusform>
            <numerusform>%n respirations longues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <source>%1 s rest between sets</source>
        <translation>%1 s de repos entre les séries</translation>
    </message>
</context>
<context>
    <name>rollguide::CatalogBrowser</name>
    <message>
        <source>%1: %2 moves</source>
        <translation>%1&#xa0;: %2 exercices</translation>
    </message>
    <message>
        <source>All moves: %1</source>
        <translation>Tous les exercices&#xa0;: %1</translation>
    </message>
    <message>
        <source>No move matches. Clear the search or pick another region.</source>
        <translation>Aucun exercice ne correspond. Efface la recherche ou choisis une autre zone.</translation>
    </message>
    <message>
        <source>%1 of %2 moves</source>
        <translation>%1 exercices sur %2</translation>
    </message>
    <message>
        <source>Pick a move on the left to read how to do it.</source>
        <translation>Choisis un exercice à gauche pour lire comment le faire.</translation>
    </message>
</context>
<context>
    <name>rollguide::CatalogHtml</name>
    <message>
        <source>breathe in</source>
        <translation>inspire</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>expire</translation>
    </message>
    <message>
        <source>keep breathing</source>
        <translation>continue de respirer</translation>
    </message>
    <message>
        <source>Good for beginners</source>
        <translation>Convient aux débutants</translation>
    </message>
    <message>
        <source>Default dose</source>
        <translation>Dose par défaut</translation>
    </message>
    <message>
        <source>The roller</source>
        <translation>Le rouleau</translation>
    </message>
    <message>
        <source>Across the body</source>
        <translation>En travers du corps</translation>
    </message>
    <message>
        <source>Lengthwise, along the spine</source>
        <translation>Dans la longueur, le long de la colonne</translation>
    </message>
    <message>
        <source>Suits: %1.</source>
        <translation>Rouleaux adaptés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Mets-toi en position</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Not for you if</source>
        <translation>Pas pour toi si</translation>
    </message>
    <message>
        <source>Skip this move if you have:</source>
        <translation>Saute cet exercice si tu as&#xa0;:</translation>
    </message>
    <message>
        <source>Ask your doctor first if you have:</source>
        <translation>Demande d’abord à ton médecin si tu as&#xa0;:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Guide to rolling your back</source>
        <translation>Guide du rouleau pour ton dos</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>RollGuide is not medical advice</source>
        <translation>RollGuide ne constitue pas un avis médical</translation>
    </message>
    <message>
        <source>Check with a doctor before rolling if you have</source>
        <translation>Consulte un médecin avant de rouler si tu as</translation>
    </message>
    <message>
        <source>Rolling the back needs care, or a doctor&apos;s clearance, with any of these:</source>
        <translation>Avec l’un de ces problèmes, le rouleau sur le dos demande de la prudence, ou l’accord d’un médecin&#xa0;:</translation>
    </message>
    <message>
        <source>Stop at once if anything hurts.</source>
        <translation>Arrête immédiatement si quelque chose te fait mal.</translation>
    </message>
</context>
<context>
    <name>rollguide::CatalogLoader</name>
    <message>
        <source>this catalog was written for a newer RollGuide (schema version %1); this version reads schema version %2</source>
        <translation>ce catalogue a été écrit pour une version plus récente de RollGuide (version de schéma %1)&#xa0;; cette version lit la version de schéma %2</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>identifiant «&#xa0;%2&#xa0;» en double (%1)</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: une date au format AAAA-MM-JJ&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>refers to source &quot;%1&quot;, which is not in /sources</source>
        <translation>fait référence à la source «&#xa0;%1&#xa0;», qui n’est pas dans /sources</translation>
    </message>
    <message>
        <source>contraindication</source>
        <translation>contre-indication</translation>
    </message>
    <message>
        <source>expected &quot;lower&quot;, &quot;mid&quot; or &quot;upper&quot;</source>
        <translation>attendu&#xa0;: «&#xa0;lower&#xa0;», «&#xa0;mid&#xa0;» ou «&#xa0;upper&#xa0;»</translation>
    </message>
    <message>
        <source>region listed twice</source>
        <translation>zone indiquée deux fois</translation>
    </message>
    <message>
        <source>refers to contraindication &quot;%1&quot;, which is not in /contraindications</source>
        <translation>fait référence à la contre-indication «&#xa0;%1&#xa0;», qui n’est pas dans /contraindications</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>expected &quot;standard&quot;, &quot;long&quot; or &quot;half&quot;</source>
        <translation>attendu&#xa0;: «&#xa0;standard&#xa0;», «&#xa0;long&#xa0;» ou «&#xa0;half&#xa0;»</translation>
    </message>
    <message>
        <source>equipment listed twice</source>
        <translation>équipement indiqué deux fois</translation>
    </message>
    <message>
        <source>expected a relative path to an .svg file inside the data folder, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: un chemin relatif vers un fichier .svg dans le dossier de données&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it resolves to %1, outside the catalog&apos;s folder %2</source>
        <translation>il mène à %1, en dehors du dossier du catalogue %2</translation>
    </message>
    <message>
        <source>the illustration of exercise &quot;%1&quot; cannot be used: %2 (looked for %3)</source>
        <translation>l’illustration de l’exercice «&#xa0;%1&#xa0;» ne peut pas être utilisée&#xa0;: %2 (cherchée à l’emplacement %3)</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>guide section</source>
        <translation>section du guide</translation>
    </message>
    <message>
        <source>the required section &quot;%1&quot; is missing</source>
        <translation>la section obligatoire «&#xa0;%1&#xa0;» est absente</translation>
    </message>
    <message>
        <source>min (%1) is greater than max (%2)</source>
        <translation>min (%1) est supérieur à max (%2)</translation>
    </message>
    <message>
        <source>refers to exercise &quot;%1&quot;, which is not in /exercises</source>
        <translation>fait référence à l’exercice «&#xa0;%1&#xa0;», qui n’est pas dans /exercises</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>%1 is more than the guide advises (at most %2, /guide/limits)</source>
        <translation>%1 dépasse ce que conseille le guide (au plus %2, /guide/limits)</translation>
    </message>
    <message>
        <source>region &quot;%1&quot; is listed twice</source>
        <translation>la zone «&#xa0;%1&#xa0;» est indiquée deux fois</translation>
    </message>
    <message>
        <source>the first week&apos;s sessions may last at most %1 minutes, the guide&apos;s limit for a first session (/guide/limits/firstSessionMinutes)</source>
        <translation>les séances de la première semaine peuvent durer au plus %1 minutes, la limite du guide pour une première séance (/guide/limits/firstSessionMinutes)</translation>
    </message>
    <message>
        <source>rises from %1 to %2 %3 over the week before; one week may rise by at most %4</source>
        <translation>passe de %1 à %2 %3 par rapport à la semaine précédente&#xa0;; d’une semaine à l’autre, la hausse est limitée à %4</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>respirations</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>séries</translation>
    </message>
    <message>
        <source>missing; a dose that changes the unit must give the amount too</source>
        <translation>absent&#xa0;; une dose qui change d’unité doit aussi indiquer la quantité</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>it declares XML entities (%1); an illustration must not refer to anything outside itself</source>
        <translation>il déclare des entités XML (%1)&#xa0;; une illustration ne doit rien référencer en dehors d’elle-même</translation>
    </message>
    <message>
        <source>it links a style sheet (%1); an illustration must not refer to anything outside itself</source>
        <translation>il lie une feuille de style (%1)&#xa0;; une illustration ne doit rien référencer en dehors d’elle-même</translation>
    </message>
    <message>
        <source>it uses the entity &amp;%1; (%2); an illustration must not refer to anything outside itself</source>
        <translation>il utilise l’entité &amp;%1; (%2)&#xa0;; une illustration ne doit rien référencer en dehors d’elle-même</translation>
    </message>
    <message>
        <source>this is not an SVG drawing (its first element is &lt;%1&gt;)</source>
        <translation>ce n’est pas un dessin SVG (son premier élément est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>its &lt;svg&gt; element lacks the SVG namespace, xmlns=&quot;http://www.w3.org/2000/svg&quot;</source>
        <translation>son élément &lt;svg&gt; n’a pas l’espace de noms SVG, xmlns=&quot;http://www.w3.org/2000/svg&quot;</translation>
    </message>
    <message>
        <source>it holds a &lt;%1&gt; element (%2); an illustration may only draw</source>
        <translation>il contient un élément &lt;%1&gt; (%2)&#xa0;; une illustration ne peut que dessiner</translation>
    </message>
    <message>
        <source>its &lt;%1&gt; element links to &quot;%2&quot; (%3); an illustration must not refer to anything outside itself</source>
        <translation>son élément &lt;%1&gt; pointe vers «&#xa0;%2&#xa0;» (%3)&#xa0;; une illustration ne doit rien référencer en dehors d’elle-même</translation>
    </message>
    <message>
        <source>its &lt;%1&gt; element refers to %2 (%3); an illustration must not refer to anything outside itself</source>
        <translation>son élément &lt;%1&gt; fait référence à %2 (%3)&#xa0;; une illustration ne doit rien référencer en dehors d’elle-même</translation>
    </message>
    <message>
        <source>its style sheet refers to other files (%1); an illustration must not refer to anything outside itself</source>
        <translation>sa feuille de style fait référence à d’autres fichiers (%1)&#xa0;; une illustration ne doit rien référencer en dehors d’elle-même</translation>
    </message>
    <message>
        <source>this is not a well-formed SVG file (line %1, column %2: %3)</source>
        <translation>ce n’est pas un fichier SVG bien formé (ligne %1, colonne %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>this is not an SVG drawing (it has no elements)</source>
        <translation>ce n’est pas un dessin SVG (il ne contient aucun élément)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 exercises: %2; %3 contraindications; %4 guide sections; %5 routines; %6 programs</source>
        <translation>%1 exercices&#xa0;: %2&#xa0;; %3 contre-indications&#xa0;; %4 sections du guide&#xa0;; %5 routines&#xa0;; %6 programmes</translation>
    </message>
</context>
<context>
    <name>rollguide::CheckInWidget</name>
    <message>
        <source>How does your back feel right now?</source>
        <translation>Comment va ton dos en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>0 = no tightness or pain, 10 = the worst you can imagine. Optional.</source>
        <translation>0 = aucune raideur ni douleur, 10 = le pire que tu puisses imaginer. Facultatif.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1&#xa0;: %2 sur 10</translation>
    </message>
</context>
<context>
    <name>rollguide::CommandLine</name>
    <message>
        <source>--program can be given only once.</source>
        <translation>--program ne peut être indiqué qu’une seule fois.</translation>
    </message>
    <message>
        <source>RollGuide guides you through foam-rolling sessions for the back, hands-free.</source>
        <translation>RollGuide te guide pendant tes séances de rouleau de massage pour le dos, en mode mains libres.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Validate a catalog file without opening a window; print a summary or every error with its place. Exit status 0 when valid, 1 when not.</source>
        <translation>Vérifier un fichier de catalogue sans ouvrir de fenêtre&#xa0;; afficher un résumé ou chaque erreur avec son emplacement. Code de sortie 0 s’il est valide, 1 sinon.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print every routine without opening a window: its name, a tab, and its total time as m:ss, one per line.</source>
        <translation>Afficher chaque routine sans ouvrir de fenêtre&#xa0;: son nom, une tabulation et sa durée totale au format m:ss, une par ligne.</translation>
    </message>
    <message>
        <source>Use this catalog instead of the built-in one.</source>
        <translation>Utiliser ce catalogue au lieu du catalogue intégré.</translation>
    </message>
    <message>
        <source>How much to log on stderr: trace, debug, info, warn, error, critical or off (default: info).</source>
        <translation>Niveau de détail du journal sur stderr&#xa0;: trace, debug, info, warn, error, critical ou off (par défaut&#xa0;: info).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Open this routine: a built-in or personal routine&apos;s name, or a routine file.</source>
        <translation>Ouvrir cette routine&#xa0;: le nom d’une routine intégrée ou personnelle, ou un fichier de routine.</translation>
    </message>
    <message>
        <source>NAME_OR_FILE</source>
        <translation>NAME_OR_FILE</translation>
    </message>
    <message>
        <source>With --routine: start the session straight away (for a desktop shortcut).</source>
        <translation>Avec --routine&#xa0;: commencer la séance tout de suite (pour un raccourci sur le bureau).</translation>
    </message>
    <message>
        <source>Start without a window (in the tray, where the desktop has one), to give the reminders you set; how RollGuide starts at login.</source>
        <translation>Démarrer sans fenêtre (dans la zone de notification, si le bureau en a une), pour donner les rappels que tu as réglés&#xa0;; c’est ainsi que RollGuide démarre à l’ouverture de session.</translation>
    </message>
    <message>
        <source>With --routine: write the routine&apos;s printable sheet as a PDF file without opening a window. Exit status 0 when written, 1 when not.</source>
        <translation>Avec --routine&#xa0;: écrire la fiche imprimable de la routine dans un fichier PDF sans ouvrir de fenêtre. Code de sortie 0 si le fichier est écrit, 1 sinon.</translation>
    </message>
    <message>
        <source>Print the last sessions without opening a window, newest first, one per line: date, routine, minutes, what was done, the ratings.</source>
        <translation>Afficher les dernières séances sans ouvrir de fenêtre, de la plus récente à la plus ancienne, une par ligne&#xa0;: date, routine, minutes, ce qui a été fait, les notes.</translation>
    </message>
    <message>
        <source>Write the whole session history to a file without opening a window: CSV (one row per session) when the name ends in .csv, JSON (everything) when it ends in .json.</source>
        <translation>Écrire tout l’historique des séances dans un fichier sans ouvrir de fenêtre&#xa0;: CSV (une ligne par séance) si le nom se termine par .csv, JSON (tout) s’il se termine par .json.</translation>
    </message>
    <message>
        <source>Add the sessions in a JSON history export to this computer&apos;s history; sessions it already holds are not added twice.</source>
        <translation>Ajouter les séances d’un export d’historique JSON à l’historique de cet ordinateur&#xa0;; les séances déjà présentes ne sont pas ajoutées deux fois.</translation>
    </message>
    <message>
        <source>Print every program without opening a window: its id, a tab, its name, a tab, and how many weeks it runs, one per line.</source>
        <translation>Afficher chaque programme sans ouvrir de fenêtre&#xa0;: son identifiant, une tabulation, son nom, une tabulation et son nombre de semaines, un par ligne.</translation>
    </message>
    <message>
        <source>With --today: the program to ask about, by id or name (default: the one you follow).</source>
        <translation>Avec --today&#xa0;: le programme concerné, par identifiant ou par nom (par défaut&#xa0;: celui que tu suis).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print today&apos;s session of your program without opening a window: the week, why the program is there, the moves with their doses, and the total time; from your recorded history and safety answers, which it does not change.</source>
        <translation>Afficher la séance du jour de ton programme sans ouvrir de fenêtre&#xa0;: la semaine, pourquoi le programme en est là, les exercices avec leurs doses et la durée totale&#xa0;; calculée d’après ton historique enregistré et tes réponses aux questions de sécurité, sans les modifier.</translation>
    </message>
    <message>
        <source>Show RollGuide in this language instead of the system&apos;s: %1.</source>
        <translation>Afficher RollGuide dans cette langue plutôt que dans celle du système&#xa0;: %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language needs a language code.</source>
        <translation>--language attend un code de langue.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;; use trace, debug, info, warn, error, critical or off.</source>
        <translation>Niveau de journal «&#xa0;%1&#xa0;» inconnu&#xa0;; utilise trace, debug, info, warn, error, critical ou off.</translation>
    </message>
    <message>
        <source>--catalog needs a file name.</source>
        <translation>--catalog attend un nom de fichier.</translation>
    </message>
    <message>
        <source>--routine needs a routine name or file.</source>
        <translation>--routine attend un nom ou un fichier de routine.</translation>
    </message>
    <message>
        <source>--background opens no window, so it cannot be used with --routine.</source>
        <translation>--background n’ouvre aucune fenêtre, il ne peut donc pas être utilisé avec --routine.</translation>
    </message>
    <message>
        <source>--start needs --routine NAME_OR_FILE to say what to start.</source>
        <translation>--start a besoin de --routine NAME_OR_FILE pour savoir quoi commencer.</translation>
    </message>
    <message>
        <source>--export-pdf needs a file name.</source>
        <translation>--export-pdf attend un nom de fichier.</translation>
    </message>
    <message>
        <source>--export-pdf needs --routine NAME_OR_FILE to say which routine to print.</source>
        <translation>--export-pdf a besoin de --routine NAME_OR_FILE pour savoir quelle routine imprimer.</translation>
    </message>
    <message>
        <source>--export-pdf and --start cannot be used together.</source>
        <translation>--export-pdf et --start ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--history, --export-history and --import-history cannot be used together.</source>
        <translation>--history, --export-history et --import-history ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>The history options cannot be used with --routine or --export-pdf.</source>
        <translation>Les options d’historique ne peuvent pas être utilisées avec --routine ni avec --export-pdf.</translation>
    </message>
    <message>
        <source>--export-history needs a file name.</source>
        <translation>--export-history attend un nom de fichier.</translation>
    </message>
    <message>
        <source>--export-history: &quot;%1&quot; ends neither in .csv nor in .json, so the format is not clear.</source>
        <translation>--export-history&#xa0;: «&#xa0;%1&#xa0;» ne se termine ni par .csv ni par .json, le format n’est donc pas clair.</translation>
    </message>
    <message>
        <source>--import-history needs a file name.</source>
        <translation>--import-history attend un nom de fichier.</translation>
    </message>
    <message>
        <source>--program needs --today (the window shows programs on its Session tab).</source>
        <translation>--program a besoin de --today (la fenêtre affiche les programmes dans son onglet Séance).</translation>
    </message>
    <message>
        <source>--program needs a program&apos;s id or name (see --list-programs).</source>
        <translation>--program attend l’identifiant ou le nom d’un programme (voir --list-programs).</translation>
    </message>
    <message>
        <source>--today cannot be used with --routine, --export-pdf, --list-programs or the history options.</source>
        <translation>--today ne peut pas être utilisé avec --routine, --export-pdf, --list-programs ni avec les options d’historique.</translation>
    </message>
    <message>
        <source>--check-catalog needs a file name.</source>
        <translation>--check-catalog attend un nom de fichier.</translation>
    </message>
</context>
<context>
    <name>rollguide::CuePlayer</name>
    <message>
        <source>&quot;%1&quot; has no voice for %2 (only %3)</source>
        <translation>« %1 » n’a pas de voix pour %2 (seulement %3)</translation>
    </message>
    <message>
        <source>No voice for %1 is installed, so cues are not spoken: %2.</source>
        <translation>Aucune voix n’est installée pour %1, les indications ne sont donc pas dites à voix haute : %2.</translation>
    </message>
    <message>
        <source>Speech stopped working: %1</source>
        <translation>La synthèse vocale ne fonctionne plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>RollGuide&apos;s sound and voice module could not be loaded, so sessions run silently: %1.</source>
        <translation>Le module son et voix de RollGuide n’a pas pu être chargé, les séances se déroulent donc en silence&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No audio output was found, so sessions run without sound.</source>
        <translation>Aucune sortie audio n’a été trouvée, les séances se déroulent donc sans son.</translation>
    </message>
    <message>
        <source>No speech engine is installed, so cues are not spoken.</source>
        <translation>Aucun moteur de synthèse vocale n’est installé, les consignes ne sont donc pas lues à voix haute.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not start (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas démarré (%2)</translation>
    </message>
    <message>
        <source>No speech engine started, so cues are not spoken: %1.</source>
        <translation>Aucun moteur de synthèse vocale n’a démarré, les consignes ne sont donc pas lues à voix haute&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::DisclaimerDialog</name>
    <message>
        <source>I understand</source>
        <translation>J’ai compris</translation>
    </message>
</context>
<context>
    <name>rollguide::HistoryTab</name>
    <message>
        <source>Sessions per week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %n session(s)</source>
        <translation>
            <numerusform>semaine du %1&#xa0;: %n séance</numerusform>
            <numerusform>semaine du %1&#xa0;: %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>Non terminée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>&amp;Put it back</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Enregistrer les &amp;modifications</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Supprimer tout l’historique…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>This is your own record of how your back felt, kept only on this computer. It is not a diagnosis. If pain grows or worries you, ask a doctor or physiotherapist.</source>
        <translation>Ceci est ton propre relevé de ce que ressentait ton dos, conservé uniquement sur cet ordinateur. Ce n’est pas un diagnostic. Si la douleur augmente ou t’inquiète, demande l’avis d’un médecin ou d’un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Séances, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Avant la séance</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Après la séance</translation>
    </message>
    <message>
        <source>A note on this session (optional)</source>
        <translation>Un commentaire sur cette séance (facultatif)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Séa&amp;nces</translation>
    </message>
    <message>
        <source>Part of the &amp;back:</source>
        <translation>Partie du &amp;dos&#xa0;:</translation>
    </message>
    <message>
        <source>Tre&amp;nds</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Écourté</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Ça a fait mal</translation>
    </message>
    <message>
        <source>By mo&amp;ve</source>
        <translation>Par &amp;exercice</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>No sessions yet. Sessions you play are kept here, with how your back felt.</source>
        <translation>Aucune séance pour l’instant. Les séances que tu fais sont conservées ici, avec ce que ressentait ton dos.</translation>
    </message>
    <message numerus="yes">
        <source>On target (%1 or more sessions) in %2 of the last %n week(s). This week so far: %3.</source>
        <translation>
            <numerusform>Objectif atteint (%1 séances ou plus)&#xa0;: %2 sur %n semaine écoulée. Cette semaine pour l’instant&#xa0;: %3.</numerusform>
            <numerusform>Objectif atteint (%1 séances ou plus)&#xa0;: %2 sur les %n dernières semaines. Cette semaine pour l’instant&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hurt twice in the last 14 days. Consider leaving it out, and ask a doctor or physiotherapist about it.</source>
        <translation>%1 a fait mal deux fois ces 14 derniers jours. Envisage de laisser cet exercice de côté, et parles-en à un médecin ou à un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Take it out of my routines</source>
        <translation>Le retirer de mes routines</translation>
    </message>
    <message>
        <source>Take %1 out of my routines</source>
        <translation>Retirer %1 de mes routines</translation>
    </message>
    <message>
        <source>When to ask a doctor</source>
        <translation>Quand demander l’avis d’un médecin</translation>
    </message>
    <message>
        <source>Opens the Guide at its list of when to ask a doctor first</source>
        <translation>Ouvre le Guide à la liste des cas où il faut d’abord demander l’avis d’un médecin</translation>
    </message>
    <message>
        <source>Your %1 has felt tighter over the last two weeks (up 2 points or more before sessions). Read when to ask a doctor first.</source>
        <translation>Ton %1 a été plus raide ces deux dernières semaines (hausse de 2 points ou plus avant les séances). Lis dans quels cas demander d’abord l’avis d’un médecin.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Taken out of %1.</source>
        <translation>Retiré de %1.</translation>
    </message>
    <message>
        <source>Built-in routines cannot change, so RollGuide made %1 for you: pick it on the Session tab.</source>
        <translation>Les routines intégrées ne peuvent pas être modifiées, RollGuide a donc créé %1 pour toi&#xa0;: choisis-la dans l’onglet Séance.</translation>
    </message>
    <message>
        <source>%1 left as is: it holds only this move.</source>
        <translation>%1 laissée telle quelle&#xa0;: elle ne contient que cet exercice.</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Put back as it was.</source>
        <translation>Rétabli comme avant.</translation>
    </message>
    <message>
        <source>Put back, but not saved yet: %1</source>
        <translation>Rétabli, mais pas encore enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Notes au fil du temps</translation>
    </message>
    <message>
        <source>The chart could not be shown: RollGuide&apos;s chart module could not be loaded (%1).</source>
        <translation>Le graphique n’a pas pu être affiché&#xa0;: le module de graphiques de RollGuide n’a pas pu être chargé (%1).</translation>
    </message>
    <message>
        <source>A change that counts (2 points or 30% from where you started)</source>
        <translation>Un changement qui compte (2 points ou 30&#xa0;% par rapport à ton point de départ)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>0 = none, 10 = worst</source>
        <translation>0 = rien, 10 = le pire</translation>
    </message>
    <message>
        <source>No ratings for the %1 yet: rate it before or after a session to see it here.</source>
        <translation>Pas encore de note pour le %1&#xa0;: donne-lui une note avant ou après une séance pour la voir ici.</translation>
    </message>
    <message>
        <source>Where you started: %1. Squares mark a change of at least 2 points or 30% from there. This is your own record, not a diagnosis.</source>
        <translation>Ton point de départ&#xa0;: %1. Les carrés marquent un changement d’au moins 2 points ou 30&#xa0;% par rapport à ce point. C’est ton propre relevé, pas un diagnostic.</translation>
    </message>
    <message>
        <source>Choose a session to see it here.</source>
        <translation>Choisis une séance pour la voir ici.</translation>
    </message>
    <message>
        <source>%1. %2 of %3 planned; paused %4.</source>
        <translation>%1. %2 sur %3 prévus&#xa0;; en pause&#xa0;: %4.</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>la modification</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>la suppression</translation>
    </message>
    <message>
        <source>Delete all history?</source>
        <translation>Supprimer tout l’historique&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n session(s), with every check-in and note, from this computer. It cannot be undone.</source>
        <translation>
            <numerusform>Cela supprime %n séance de cet ordinateur, avec chaque ressenti et chaque commentaire. Cette action est irréversible.</numerusform>
            <numerusform>Cela supprime %n séances de cet ordinateur, avec chaque ressenti et chaque commentaire. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>Spreadsheet, one row per session (*.csv);;Everything, to import again (*.json)</source>
        <translation>Tableur, une ligne par séance (*.csv);;Tout, pour réimporter plus tard (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>%1 lies in %2, where RollGuide keeps your own files. Choose another folder.</source>
        <translation>%1 se trouve dans %2, où RollGuide garde tes propres fichiers. Choisis un autre dossier.</translation>
    </message>
    <message>
        <source>Import a history</source>
        <translation>Importer un historique</translation>
    </message>
    <message>
        <source>RollGuide history (*.json)</source>
        <translation>Historique RollGuide (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a RollGuide history export; nothing was imported.

%2</source>
        <translation>%1 n’est pas un export d’historique RollGuide&#xa0;; rien n’a été importé.

%2</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>History imported</source>
        <translation>Historique importé</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n séance ajoutée.</numerusform>
            <numerusform>%n séances ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) were already in your history.</source>
        <translation>
            <numerusform>%n séance était déjà dans ton historique.</numerusform>
            <numerusform>%n séances étaient déjà dans ton historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollguide::Illustration</name>
    <message>
        <source>No picture of %1 yet.</source>
        <translation>Pas encore d’image pour %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::IllustrationView</name>
    <message>
        <source>No picture of this move yet.</source>
        <translation>Pas encore d’image pour cet exercice.</translation>
    </message>
</context>
<context>
    <name>rollguide::JsonReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>not valid JSON: a number is too large to be represented</source>
        <translation>JSON non valide&#xa0;: un nombre est trop grand pour être représenté</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>attendu&#xa0;: un objet&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>missing; this field is required</source>
        <translation>absent&#xa0;; ce champ est obligatoire</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>attendu&#xa0;: du texte&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected text, found an empty string</source>
        <translation>attendu&#xa0;: du texte&#xa0;; trouvé&#xa0;: une chaîne vide</translation>
    </message>
    <message>
        <source>text is %1 characters long; at most %2 are allowed</source>
        <translation>le texte fait %1 caractères&#xa0;; %2 au maximum sont permis</translation>
    </message>
    <message>
        <source>expected an identifier of lowercase letters, digits and single hyphens (at most 48), found %1</source>
        <translation>attendu&#xa0;: un identifiant fait de lettres minuscules, de chiffres et de tirets simples (48 au plus)&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>attendu&#xa0;: un nombre entier de %1 à %2&#xa0;; trouvé&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>attendu&#xa0;: true ou false&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>attendu&#xa0;: l’une des valeurs %1&#xa0;; trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>attendu&#xa0;: une liste&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a list of %1 entries, found %2</source>
        <translation>attendu&#xa0;: une liste de %1 éléments&#xa0;; trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a list of %1 to %2 entries, found %3</source>
        <translation>attendu&#xa0;: une liste de %1 à %2 éléments&#xa0;; trouvé&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>rollguide::MainWindow</name>
    <message>
        <source>No routine chosen</source>
        <translation>Aucune routine choisie</translation>
    </message>
    <message>
        <source>Choose a routine on the Session tab first.</source>
        <translation>Choisis d’abord une routine dans l’onglet Séance.</translation>
    </message>
    <message>
        <source>The exercise catalog %1 could not be loaded. Fix the problems below, or start RollGuide without --catalog to use the built-in catalog.</source>
        <translation>Le catalogue d’exercices %1 n’a pas pu être chargé. Corrige les problèmes ci-dessous, ou lance RollGuide sans --catalog pour utiliser le catalogue intégré.</translation>
    </message>
    <message>
        <source>Settings not read</source>
        <translation>Paramètres non lus</translation>
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
        <source>Some routines could not be read</source>
        <translation>Certaines routines n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>RollGuide started with the routines it could read.

%1</source>
        <translation>RollGuide a démarré avec les routines qu’il a pu lire.

%1</translation>
    </message>
    <message>
        <source>Save your routines?</source>
        <translation>Enregistrer tes routines&#xa0;?</translation>
    </message>
    <message>
        <source>Some routine changes are not saved yet.</source>
        <translation>Certaines modifications des routines ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>RollGuide was already running; it opened &quot;%1&quot; and starts it.</source>
        <translation>RollGuide était déjà ouvert&#xa0;; il a ouvert «&#xa0;%1&#xa0;» et la démarre.</translation>
    </message>
    <message>
        <source>RollGuide was already running; it opened &quot;%1&quot;.</source>
        <translation>RollGuide était déjà ouvert&#xa0;; il a ouvert «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Switch sessions?</source>
        <translation>Changer de séance&#xa0;?</translation>
    </message>
    <message>
        <source>Another RollGuide asked for &quot;%1&quot;. Stop this session and switch to it?
What you have done so far is kept in your history.</source>
        <translation>Une autre instance de RollGuide a demandé «&#xa0;%1&#xa0;». Arrêter cette séance et passer à celle-ci&#xa0;?
Ce que tu as fait jusqu’ici est conservé dans ton historique.</translation>
    </message>
    <message>
        <source>Switch and start</source>
        <translation>Changer et commencer</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>RollGuide is in the middle of a session; it asks on its screen whether to switch to &quot;%1&quot;.</source>
        <translation>RollGuide est en pleine séance&#xa0;; il demande sur son écran s’il faut passer à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This session is kept in memory but not yet in your history: %1 RollGuide keeps trying.</source>
        <translation>Cette séance est gardée en mémoire mais pas encore dans ton historique&#xa0;: %1 RollGuide continue d’essayer.</translation>
    </message>
    <message>
        <source>This session is not being recorded: %1</source>
        <translation>Cette séance n’est pas enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>About RollGuide</source>
        <translation>À propos de RollGuide</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RollGuide %1&lt;/h3&gt;&lt;p&gt;Guided foam-rolling sessions for the back.&lt;/p&gt;&lt;p&gt;For information only; not medical advice.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RollGuide %1&lt;/h3&gt;&lt;p&gt;Séances guidées de rouleau de massage pour le dos.&lt;/p&gt;&lt;p&gt;À titre d’information uniquement&#xa0;; ne constitue pas un avis médical.&lt;/p&gt;&lt;p&gt;Licence MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rollguide::PlainText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>le fichier fait %1 octets&#xa0;; la limite est de %2 octets</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; it is not a text file</source>
        <translation>le fichier contient un octet NUL&#xa0;; ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>the data nests deeper than %1 levels</source>
        <translation>les données sont imbriquées sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>rollguide::PlanWarnings</name>
    <message>
        <source>Step %1: the move &quot;%2&quot; is no longer in the catalog, so the session leaves it out.</source>
        <translation>Étape %1&#xa0;: l’exercice «&#xa0;%2&#xa0;» n’est plus dans le catalogue, la séance le laisse donc de côté.</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Étape %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 seconds a set is past the %3 to %4 seconds the guide advises.</source>
        <translation>%1&#xa0;: %2 secondes par série, c’est au-delà des %3 à %4 secondes que conseille le guide.</translation>
    </message>
    <message>
        <source>%1: %2 breaths a set is past the %3 to %4 breaths the guide advises.</source>
        <translation>%1&#xa0;: %2 respirations par série, c’est au-delà des %3 à %4 respirations que conseille le guide.</translation>
    </message>
    <message>
        <source>%1: %2 sets is more than the %3 the guide advises.</source>
        <translation>%1&#xa0;: %2 séries, c’est plus que les %3 que conseille le guide.</translation>
    </message>
    <message>
        <source>At %1 this session is longer than the %2 minutes advised for your first sessions.</source>
        <translation>Avec %1, cette séance dépasse les %2 minutes conseillées pour tes premières séances.</translation>
    </message>
    <message>
        <source>%1 gets the work of %2 full sets in all, far past the %3 sets of up to %4 seconds or %5 breaths the guide advises for one area.</source>
        <translation>%1 reçoit en tout l’équivalent de %2 séries complètes, bien au-delà des %3 séries de %4 secondes ou %5 respirations au plus que conseille le guide pour une zone.</translation>
    </message>
</context>
<context>
    <name>rollguide::PlayerWidget</name>
    <message>
        <source>Move %1 of %2</source>
        <translation>Exercice %1 sur %2</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PRÉPARE-TOI</translation>
    </message>
    <message>
        <source>ROLL SLOWLY</source>
        <translation>ROULE LENTEMENT</translation>
    </message>
    <message>
        <source>HOLD AND BREATHE</source>
        <translation>TIENS ET RESPIRE</translation>
    </message>
    <message>
        <source>MOVE WITH YOUR BREATH</source>
        <translation>BOUGE AU RYTHME DE TA RESPIRATION</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>CHANGE DE CÔTÉ</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REPOS</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>You finished &quot;%1&quot;.</source>
        <translation>Tu as terminé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>You stopped &quot;%1&quot; before the end.</source>
        <translation>Tu as arrêté «&#xa0;%1&#xa0;» avant la fin.</translation>
    </message>
    <message>
        <source>Time: %1 (planned %2).</source>
        <translation>Durée&#xa0;: %1 (prévu&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Parts done: %1 of %2.</source>
        <translation>Parties faites&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Parts skipped: %1.</source>
        <translation>Parties passées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Passés (%1)&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Paused by itself %n time(s) when the computer slept.</source>
        <translation>
            <numerusform>Mise en pause automatiquement %n fois pendant la mise en veille de l’ordinateur.</numerusform>
            <numerusform>Mise en pause automatiquement %n fois pendant la mise en veille de l’ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Time left in this part</source>
        <translation>Temps restant pour cette partie</translation>
    </message>
    <message>
        <source>How does your back feel now?</source>
        <translation>Comment va ton dos maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>(a clear improvement)</source>
        <translation>(nette amélioration)</translation>
    </message>
    <message>
        <source>(clearly worse)</source>
        <translation>(nettement moins bien)</translation>
    </message>
    <message>
        <source>Before the session: %1</source>
        <translation>Avant la séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>PAUSED — press Space to go on</source>
        <translation>EN PAUSE — appuie sur Espace pour continuer</translation>
    </message>
    <message>
        <source>Resume  Space</source>
        <translation>Reprendre  Espace</translation>
    </message>
    <message>
        <source>Pause  Space</source>
        <translation>Pause  Espace</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Mets-toi en position</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Détends-toi</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Série %1 sur %2</translation>
    </message>
    <message>
        <source>Move %1 of %2  ·  about %3 left</source>
        <translation>Exercice %1 sur %2  ·  il reste environ %3</translation>
    </message>
    <message>
        <source>Well done. Your session is complete.</source>
        <translation>Bravo. Ta séance est terminée.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>ça a fait mal</translation>
    </message>
    <message>
        <source>Skipped. Move gently off the roller.</source>
        <translation>Exercice passé. Descends doucement du rouleau.</translation>
    </message>
    <message>
        <source>Stop this session now? What you have done so far is kept in the summary.</source>
        <translation>Arrêter la séance maintenant&#xa0;? Ce que tu as fait jusqu’ici est conservé dans le résumé.</translation>
    </message>
    <message numerus="yes">
        <source>Press Stop on your remote again within %n second(s) to stop, or Play to keep going.</source>
        <translation>
            <numerusform>Appuie de nouveau sur Stop sur ta télécommande d’ici %n seconde pour arrêter, ou sur Lecture pour continuer.</numerusform>
            <numerusform>Appuie de nouveau sur Stop sur ta télécommande d’ici %n secondes pour arrêter, ou sur Lecture pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Arrêter la séance&#xa0;?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>rollguide::ProgramCard</name>
    <message numerus="yes">
        <source>%1 (%n week(s))</source>
        <translation>
            <numerusform>%1 (%n semaine)</numerusform>
            <numerusform>%1 (%n semaines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow a program</source>
        <translation>Suivre un programme</translation>
    </message>
    <message>
        <source>A few weeks of sessions that start small, grow with you, and hold back when your back says so.</source>
        <translation>Quelques semaines de séances qui commencent petit, progressent avec toi et ralentissent quand ton dos le demande.</translation>
    </message>
    <message>
        <source>Session %1 of %2 this week</source>
        <translation>Séance %1 sur %2 cette semaine</translation>
    </message>
    <message>
        <source>Session %1 of %2–%3 this week</source>
        <translation>Séance %1 sur %2–%3 cette semaine</translation>
    </message>
    <message>
        <source>The history could not be read (%1), so sessions already done are not counted.</source>
        <translation>L’historique n’a pas pu être lu (%1), les séances déjà faites ne sont donc pas comptées.</translation>
    </message>
    <message>
        <source>You have rolled today: well done. %1 done this week; another session is up to you.</source>
        <translation>Tu as roulé aujourd’hui&#xa0;: bravo. Cette semaine&#xa0;: %1&#xa0;; une autre séance, c’est toi qui vois.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n move(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n exercice</numerusform>
            <numerusform>%1 · %2 · %n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out for now: %1. %2</source>
        <translation>Écartés pour l’instant&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Answer the safety questions before your first session (they are asked when you start).</source>
        <translation>Réponds aux questions de sécurité avant ta première séance (elles te sont posées au démarrage).</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd’hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Roll a&amp;gain today</source>
        <translation>Rouler à &amp;nouveau aujourd’hui</translation>
    </message>
    <message>
        <source>Start to&amp;day&apos;s session</source>
        <translation>&amp;Commencer la séance du jour</translation>
    </message>
    <message>
        <source>Your program: %1, since %2. %3</source>
        <translation>Ton programme&#xa0;: %1, depuis le %2. %3</translation>
    </message>
    <message>
        <source>Talked to a doctor?</source>
        <translation>Tu as parlé à un médecin&#xa0;?</translation>
    </message>
    <message>
        <source>Carry on with the program only if a doctor has looked at what you noticed and agrees. The program then goes on from this week.</source>
        <translation>Ne poursuis le programme que si un médecin a examiné ce que tu as remarqué et est d’accord. Le programme reprend alors à partir de cette semaine.</translation>
    </message>
    <message>
        <source>I have, carry on</source>
        <translation>Oui, continuer</translation>
    </message>
    <message>
        <source>Has your doctor agreed?</source>
        <translation>Ton médecin est-il d’accord&#xa0;?</translation>
    </message>
    <message>
        <source>Say so only if your doctor has cleared foam rolling for you. The moves stay marked, and each session asks you to confirm before it starts.</source>
        <translation>Ne l’indique que si ton médecin t’a autorisé le rouleau de massage. Les exercices restent signalés, et chaque séance te demande de confirmer avant de commencer.</translation>
    </message>
    <message>
        <source>My doctor agrees</source>
        <translation>Mon médecin est d’accord</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>Recommencer&#xa0;?</translation>
    </message>
    <message>
        <source>Start %1 again from week 1? Your history is kept.</source>
        <translation>Recommencer %1 à partir de la semaine 1&#xa0;? Ton historique est conservé.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Resume the program</source>
        <translation>Reprendre le programme</translation>
    </message>
    <message>
        <source>Pause the program</source>
        <translation>Mettre le programme en pause</translation>
    </message>
    <message>
        <source>Start again from week 1…</source>
        <translation>Recommencer à la semaine 1…</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <source>Stop following the program</source>
        <translation>Arrêter de suivre le programme</translation>
    </message>
</context>
<context>
    <name>rollguide::ProgramCoach</name>
    <message>
        <source>a move</source>
        <translation>un exercice</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Carrying on at week %1 now that you have talked to a doctor.</source>
        <translation>On continue à la semaine %1, maintenant que tu as parlé à un médecin.</translation>
    </message>
    <message>
        <source>Paused at week %1: %2 has hurt %3 times. Please ask a doctor before going on.</source>
        <translation>En pause à la semaine %1&#xa0;: %2 a fait mal %3 fois. Demande l’avis d’un médecin avant de continuer.</translation>
    </message>
    <message>
        <source>Holding at week %1: %2 hurt on %3.</source>
        <translation>On reste à la semaine %1&#xa0;: %2 a fait mal le %3.</translation>
    </message>
    <message>
        <source>Stepping back to week %1: your back felt worse after each of your last two sessions.</source>
        <translation>Retour à la semaine %1&#xa0;: ton dos allait moins bien après chacune de tes deux dernières séances.</translation>
    </message>
    <message>
        <source>Staying at week 1, the gentlest: your back felt worse after each of your last two sessions.</source>
        <translation>On reste à la semaine 1, la plus douce&#xa0;: ton dos allait moins bien après chacune de tes deux dernières séances.</translation>
    </message>
    <message>
        <source>Picking up at week %1: there were no sessions last week, and that is fine.</source>
        <translation>On reprend à la semaine %1&#xa0;: il n’y a pas eu de séance la semaine dernière, et ce n’est pas grave.</translation>
    </message>
    <message>
        <source>Staying at week %1: %2 of %3 sessions done last week.</source>
        <translation>On reste à la semaine %1&#xa0;: %2 séances sur %3 faites la semaine dernière.</translation>
    </message>
    <message>
        <source>Staying at week %1: most moves were skipped last week.</source>
        <translation>On reste à la semaine %1&#xa0;: la plupart des exercices ont été passés la semaine dernière.</translation>
    </message>
    <message>
        <source>Staying at week %1: your back felt worse after a session last week.</source>
        <translation>On reste à la semaine %1&#xa0;: ton dos allait moins bien après une séance la semaine dernière.</translation>
    </message>
    <message>
        <source>Keeping to week %1, the last of the program: your back is taking it well.</source>
        <translation>On reste à la semaine %1, la dernière du programme&#xa0;: ton dos le supporte bien.</translation>
    </message>
    <message numerus="yes">
        <source>Moving on to week %1: you did %n session(s) last week and your back felt the same or better after each.</source>
        <translation>
            <numerusform>Passage à la semaine %1&#xa0;: tu as fait %n séance la semaine dernière et ton dos allait aussi bien ou mieux ensuite.</numerusform>
            <numerusform>Passage à la semaine %1&#xa0;: tu as fait %n séances la semaine dernière et ton dos allait aussi bien ou mieux après chacune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving on to week %1: you did %n session(s) last week and no move hurt.</source>
        <translation>
            <numerusform>Passage à la semaine %1&#xa0;: tu as fait %n séance la semaine dernière et aucun exercice n’a fait mal.</numerusform>
            <numerusform>Passage à la semaine %1&#xa0;: tu as fait %n séances la semaine dernière et aucun exercice n’a fait mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused at week %1: your %2 has felt tighter before each session over two weeks (%3 → %4). Please ask a doctor before going on.</source>
        <translation>En pause à la semaine %1&#xa0;: ton %2 a été plus raide avant chaque séance pendant deux semaines (%3 → %4). Demande l’avis d’un médecin avant de continuer.</translation>
    </message>
    <message>
        <source>Week 1 of %1: short, easy sessions to find out how your back takes it.</source>
        <translation>Semaine 1 sur %1&#xa0;: des séances courtes et faciles pour voir comment ton dos réagit.</translation>
    </message>
    <message>
        <source>It hurt on %1, %2, so it rests until %3.</source>
        <translation>Ça a fait mal le %1, %2&#xa0;: cet exercice est donc mis au repos jusqu’au %3.</translation>
    </message>
    <message>
        <source>Paused. Your place is kept at week %1; resume when you are ready.</source>
        <translation>En pause. Ta progression est gardée à la semaine %1&#xa0;; reprends quand tu le souhaites.</translation>
    </message>
    <message>
        <source>This program has no weeks.</source>
        <translation>Ce programme n’a aucune semaine.</translation>
    </message>
    <message numerus="yes">
        <source>Shorter than this week&apos;s %n minute(s): fewer moves suit you today.</source>
        <translation>
            <numerusform>Plus court que la %n minute prévue cette semaine&#xa0;: moins d’exercices te conviennent aujourd’hui.</numerusform>
            <numerusform>Plus court que les %n minutes prévues cette semaine&#xa0;: moins d’exercices te conviennent aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>With what you told the safety questions (%1), the moves of this program need a doctor&apos;s OK first. Once your doctor agrees, say so here.</source>
        <translation>D’après tes réponses aux questions de sécurité (%1), les exercices de ce programme demandent d’abord l’accord d’un médecin. Une fois que ton médecin est d’accord, indique-le ici.</translation>
    </message>
    <message>
        <source>None of this program&apos;s moves suit what you told the safety questions (%1). Please talk to a doctor before rolling.</source>
        <translation>Aucun exercice de ce programme ne convient à ce que tu as indiqué aux questions de sécurité (%1). Parle à un médecin avant de rouler.</translation>
    </message>
    <message>
        <source>%1, week %2 of %3</source>
        <translation>%1, semaine %2 sur %3</translation>
    </message>
</context>
<context>
    <name>rollguide::QuickPlanner</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose from 1 to %1 minutes; %2 is outside that.</source>
        <translation>Choisis entre 1 et %1 minutes&#xa0;; %2, c’est en dehors de cette plage.</translation>
    </message>
    <message>
        <source>Kept to %1, the most advised for your first sessions.</source>
        <translation>Limité à %1, le maximum conseillé pour tes premières séances.</translation>
    </message>
    <message>
        <source>Add it yourself once your doctor agrees.</source>
        <translation>Ajoute-le toi-même une fois que ton médecin est d’accord.</translation>
    </message>
    <message>
        <source>Not a move for your first sessions.</source>
        <translation>Pas un exercice pour tes premières séances.</translation>
    </message>
    <message>
        <source>No move for the %1 suits you today, so it is left out.</source>
        <translation>Aucun exercice pour le %1 ne te convient aujourd’hui, cette zone est donc laissée de côté.</translation>
    </message>
    <message>
        <source>No move for the %1 suits your answers and level; see what was left out and why.</source>
        <translation>Aucun exercice pour le %1 ne correspond à tes réponses et à ton niveau&#xa0;; regarde ce qui a été écarté et pourquoi.</translation>
    </message>
    <message>
        <source>%1 is too short to cover the %2; choose more minutes or fewer regions.</source>
        <translation>%1, c’est trop court pour couvrir le %2&#xa0;; choisis plus de minutes ou moins de zones.</translation>
    </message>
    <message>
        <source>The moves that suit you for the %1 fill at most %2 within the guide&apos;s advice for this level, short of the %3 asked for; choose fewer minutes.</source>
        <translation>Les exercices qui te conviennent pour le %1 remplissent au plus %2 en respectant les conseils du guide pour ce niveau, moins que ce que tu as demandé (%3)&#xa0;; choisis moins de minutes.</translation>
    </message>
    <message>
        <source>The moves that suit you for the %1 fill at most %2 within the guide&apos;s advice for this level, short of the %3 asked for; choose fewer minutes or more regions.</source>
        <translation>Les exercices qui te conviennent pour le %1 remplissent au plus %2 en respectant les conseils du guide pour ce niveau, moins que ce que tu as demandé (%3)&#xa0;; choisis moins de minutes ou plus de zones.</translation>
    </message>
    <message>
        <source>Quick plan: %1</source>
        <translation>Plan rapide&#xa0;: %1</translation>
    </message>
    <message>
        <source>For the %1.</source>
        <translation>Pour le %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::Reminders</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your session is ready.</source>
        <translation>Ta séance est prête.</translation>
    </message>
    <message>
        <source>Today: %1.</source>
        <translation>Aujourd’hui&#xa0;: %1.</translation>
    </message>
    <message>
        <source>You planned a back session</source>
        <translation>Tu avais prévu une séance pour ton dos</translation>
    </message>
    <message>
        <source>It was planned for %1, while the computer was off or asleep.</source>
        <translation>Elle était prévue pour %1, alors que l’ordinateur était éteint ou en veille.</translation>
    </message>
    <message>
        <source>It was planned for %1 at %2, while the computer was off or asleep.</source>
        <translation>Elle était prévue pour %1 à %2, alors que l’ordinateur était éteint ou en veille.</translation>
    </message>
    <message>
        <source>Ready to roll now?</source>
        <translation>Tu veux rouler maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Lie down on the roller; RollGuide talks you through each move.</source>
        <translation>Allonge-toi sur le rouleau&#xa0;; RollGuide te guide à la voix dans chaque exercice.</translation>
    </message>
    <message>
        <source>Time for your back session</source>
        <translation>C’est l’heure de ta séance pour le dos</translation>
    </message>
    <message>
        <source>Open RollGuide to start.</source>
        <translation>Ouvre RollGuide pour commencer.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <source>In 30 minutes</source>
        <translation>Dans 30 minutes</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Pas aujourd’hui</translation>
    </message>
    <message>
        <source>Open RollGuide</source>
        <translation>Ouvrir RollGuide</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service did not take the reminder: %1</source>
        <translation>Le service de notifications du bureau n’a pas accepté le rappel&#xa0;: %1</translation>
    </message>
    <message>
        <source>This desktop shows notifications without buttons: a reminder says when, and you start the session in RollGuide.</source>
        <translation>Ce bureau affiche les notifications sans boutons&#xa0;: un rappel indique quand, et tu commences la séance dans RollGuide.</translation>
    </message>
    <message>
        <source>Reminders need the desktop&apos;s notification service, and RollGuide found no session bus to reach it.</source>
        <translation>Les rappels ont besoin du service de notifications du bureau, et RollGuide n’a trouvé aucun bus de session pour le joindre.</translation>
    </message>
    <message>
        <source>Reminders are shown by the desktop&apos;s notification service, and none answers on this desktop (%1). Nothing else is affected.</source>
        <translation>Les rappels sont affichés par le service de notifications du bureau, et aucun ne répond sur ce bureau (%1). Rien d’autre n’est touché.</translation>
    </message>
    <message>
        <source>Remind me 4 times a week?</source>
        <translation>Recevoir un rappel 4 fois par semaine&#xa0;?</translation>
    </message>
    <message>
        <source>Rolling 4 to 5 times a week helps most, starting with short sessions. RollGuide can remind you on %1 at %2. You can change the days and the time in Settings.</source>
        <translation>Rouler 4 à 5 fois par semaine est le plus efficace, en commençant par des séances courtes. RollGuide peut te faire un rappel le %1 à %2. Tu peux changer les jours et l’heure dans les Paramètres.</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Me le rappeler</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>RollGuide could not remove %1, so it may still start when you log in.</source>
        <translation>RollGuide n’a pas pu supprimer %1, il se peut donc qu’il démarre encore quand tu te connectes.</translation>
    </message>
    <message>
        <source>RollGuide could not create the folder %1, so reminders stop when you log out.</source>
        <translation>RollGuide n’a pas pu créer le dossier %1, les rappels s’arrêtent donc quand tu te déconnectes.</translation>
    </message>
    <message>
        <source>RollGuide could not write %1 (%2), so reminders stop when you log out.</source>
        <translation>RollGuide n’a pas pu écrire %1 (%2), les rappels s’arrêtent donc quand tu te déconnectes.</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Commencer la séance du jour</translation>
    </message>
    <message>
        <source>No reminders today</source>
        <translation>Pas de rappel aujourd’hui</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>No reminders today (chosen)</source>
        <translation>Pas de rappel aujourd’hui (choisi)</translation>
    </message>
    <message>
        <source>RollGuide: reminders on %1 at %2</source>
        <translation>RollGuide&#xa0;: rappels le %1 à %2</translation>
    </message>
    <message>
        <source>RollGuide is still running</source>
        <translation>RollGuide est toujours ouvert</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you on the days you planned. To quit, choose Quit in its tray menu.</source>
        <translation>Il reste dans la zone de notification pour te faire un rappel les jours prévus. Pour le quitter, choisis Quitter dans son menu de la zone de notification.</translation>
    </message>
    <message>
        <source>It keeps running to remind you on the days you planned. Open it again from your applications; to quit, choose File, Quit.</source>
        <translation>Il continue de tourner pour te faire un rappel les jours prévus. Rouvre-le depuis tes applications&#xa0;; pour le quitter, choisis Fichier, Quitter.</translation>
    </message>
</context>
<context>
    <name>rollguide::Routine</name>
    <message>
        <source>this routine was written by a newer RollGuide (schema version %1); this version reads schema version %2</source>
        <translation>cette routine a été écrite par une version plus récente de RollGuide (version de schéma %1)&#xa0;; cette version lit la version de schéma %2</translation>
    </message>
    <message>
        <source>the routine has no steps; add at least one move</source>
        <translation>la routine n’a aucune étape&#xa0;; ajoute au moins un exercice</translation>
    </message>
    <message>
        <source>a set of %1 seconds is outside the %2 to %3 seconds a set may last</source>
        <translation>une série de %1 secondes sort de la plage permise de %2 à %3 secondes par série</translation>
    </message>
    <message>
        <source>a set of %1 breaths is outside the %2 to %3 breaths a set may last</source>
        <translation>une série de %1 respirations sort de la plage permise de %2 à %3 respirations par série</translation>
    </message>
    <message>
        <source>%1 sets is outside the 1 to %2 sets allowed</source>
        <translation>%1 séries, c’est en dehors de la plage permise de 1 à %2 séries</translation>
    </message>
    <message>
        <source>a rest of %1 seconds is outside the 0 to %2 seconds allowed</source>
        <translation>un repos de %1 secondes sort de la plage permise de 0 à %2 secondes</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>the routine has %1 steps; at most %2 are allowed</source>
        <translation>la routine a %1 étapes&#xa0;; %2 au maximum sont permises</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>no exercise chosen</source>
        <translation>aucun exercice choisi</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineCommands</name>
    <message>
        <source>delete &quot;%1&quot;</source>
        <translation>la suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>rename to &quot;%1&quot;</source>
        <translation>le renommage en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>add &quot;%1&quot;</source>
        <translation>l’ajout de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>remove &quot;%1&quot;</source>
        <translation>le retrait de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>move &quot;%1&quot;</source>
        <translation>le déplacement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>change the dose of &quot;%1&quot;</source>
        <translation>la modification de la dose de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineLibrary</name>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (intégrée)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Duplicate one to make it your own.</source>
        <translation>Les routines intégrées ne peuvent pas être modifiées. Duplique-en une pour en faire la tienne.</translation>
    </message>
    <message>
        <source>%1 (without %2)</source>
        <translation>%1 (sans %2)</translation>
    </message>
    <message>
        <source>Take %1 out of your routines</source>
        <translation>Retirer %1 de tes routines</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineLookup</name>
    <message>
        <source>no routine was named</source>
        <translation>aucune routine n’a été indiquée</translation>
    </message>
    <message>
        <source>there is no routine called &quot;%1&quot;; there are no routines at all</source>
        <translation>il n’y a pas de routine appelée «&#xa0;%1&#xa0;»&#xa0;; il n’y a aucune routine</translation>
    </message>
    <message>
        <source>there is no routine called &quot;%1&quot;; the routines are: %2</source>
        <translation>il n’y a pas de routine appelée «&#xa0;%1&#xa0;»&#xa0;; les routines sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>To open the file %1 instead, write it as ./%1</source>
        <translation>Pour ouvrir plutôt le fichier %1, écris-le ./%1</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineSheet</name>
    <message>
        <source>Across</source>
        <translation>En travers</translation>
    </message>
    <message>
        <source>Lengthwise</source>
        <translation>Dans la longueur</translation>
    </message>
    <message>
        <source>This move is not in the catalog, so the session leaves it out.</source>
        <translation>Cet exercice n’est pas dans le catalogue, la séance le laisse donc de côté.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Breathe in for %1 s and out for %2 s</source>
        <translation>Inspire pendant %1 s et expire pendant %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>RollGuide · %1</source>
        <translation>RollGuide · %1</translation>
    </message>
    <message>
        <source>not known (the routine has errors)</source>
        <translation>inconnue (la routine contient des erreurs)</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>La sécurité d’abord</translation>
    </message>
    <message>
        <source>Stop if it hurts. Press only enough to feel the muscle let go, and keep the roller off the bones of your spine.</source>
        <translation>Arrête si ça fait mal. Appuie juste assez pour sentir le muscle se relâcher, et garde le rouleau à l’écart des os de ta colonne vertébrale.</translation>
    </message>
    <message>
        <source>Weekly log</source>
        <translation>Journal de la semaine</translation>
    </message>
    <message>
        <source>Tick a box each time you roll.</source>
        <translation>Coche une case chaque fois que tu roules.</translation>
    </message>
    <message>
        <source>Aim for %1 sessions a week. Tick a box each time you roll.</source>
        <translation>Vise %1 séances par semaine. Coche une case chaque fois que tu roules.</translation>
    </message>
    <message>
        <source>Aim for %1–%2 sessions a week. Tick a box each time you roll.</source>
        <translation>Vise %1–%2 séances par semaine. Coche une case chaque fois que tu roules.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineStepsModel</name>
    <message>
        <source>Unknown move &quot;%1&quot;</source>
        <translation>Exercice inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineStore</name>
    <message>
        <source>it could not be read</source>
        <translation>il n’a pas pu être lu</translation>
    </message>
    <message>
        <source>It was written by a newer RollGuide (schema version %1), so this version shows it read-only and never saves over it. Save it as a new routine to change it.</source>
        <translation>Elle a été écrite par une version plus récente de RollGuide (version de schéma %1)&#xa0;: cette version l’affiche donc en lecture seule et ne l’écrase jamais. Enregistre-la comme nouvelle routine pour la modifier.</translation>
    </message>
    <message>
        <source>It was written by a newer RollGuide (schema version %1), and this version cannot read its moves, so it is only listed. Update RollGuide to use it.</source>
        <translation>Elle a été écrite par une version plus récente de RollGuide (version de schéma %1), et cette version ne peut pas lire ses exercices&#xa0;: elle est donc seulement listée. Mets RollGuide à jour pour l’utiliser.</translation>
    </message>
    <message>
        <source>it would not read back</source>
        <translation>il n’a pas pu être relu</translation>
    </message>
    <message>
        <source>The routines folder %1 is not a folder, so no routines could be read.</source>
        <translation>Le dossier des routines %1 n’est pas un dossier, aucune routine n’a donc pu être lue.</translation>
    </message>
    <message>
        <source>The routines folder %1 could not be created, so no routines could be read.</source>
        <translation>Le dossier des routines %1 n’a pas pu être créé, aucune routine n’a donc pu être lue.</translation>
    </message>
    <message>
        <source>The routines folder %1 cannot be read, so no routines could be read.</source>
        <translation>Le dossier des routines %1 ne peut pas être lu, aucune routine n’a donc pu être lue.</translation>
    </message>
    <message>
        <source>%1 is not used: its name holds characters RollGuide does not accept in a routine file&apos;s name (bytes that are not UTF-8 text, control characters or a backslash). Rename it to use it.</source>
        <translation>%1 n’est pas utilisé&#xa0;: son nom contient des caractères que RollGuide n’accepte pas dans un nom de fichier de routine (octets qui ne sont pas du texte UTF-8, caractères de contrôle ou barre oblique inverse). Renomme-le pour l’utiliser.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. It was left as it is.</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>It was left as it is and not used; open RollGuide&apos;s Routines tab to recover it.</source>
        <translation>Il a été laissé tel quel et n’est pas utilisé&#xa0;; ouvre l’onglet Routines de RollGuide pour le récupérer.</translation>
    </message>
    <message>
        <source>It was moved to %1, where it is kept but not used.</source>
        <translation>Il a été déplacé vers %1, où il est conservé mais pas utilisé.</translation>
    </message>
    <message>
        <source>It could not be moved aside either, so it was left as it is and not used.</source>
        <translation>Il n’a pas non plus pu être mis de côté, il a donc été laissé tel quel et n’est pas utilisé.</translation>
    </message>
    <message>
        <source>There is no earlier copy to restore.</source>
        <translation>Il n’y a pas de copie antérieure à restaurer.</translation>
    </message>
    <message>
        <source>Its earlier copy %1 could not be read either: %2.</source>
        <translation>Sa copie antérieure %1 n’a pas pu être lue non plus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Its last good copy, %1, was restored and loaded.</source>
        <translation>Sa dernière bonne copie, %1, a été restaurée et chargée.</translation>
    </message>
    <message>
        <source>This is the last good copy, %1; it could not be put back (%2), so it is read-only.</source>
        <translation>Voici la dernière bonne copie, %1&#xa0;; elle n’a pas pu être remise en place (%2), elle est donc en lecture seule.</translation>
    </message>
    <message>
        <source>This is the last good copy, %1; the damaged file is still in its place, so it is read-only.</source>
        <translation>Voici la dernière bonne copie, %1&#xa0;; le fichier endommagé est toujours à sa place, elle est donc en lecture seule.</translation>
    </message>
    <message>
        <source>Its last good copy, %1, is shown read-only.</source>
        <translation>Sa dernière bonne copie, %1, est affichée en lecture seule.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not the name of a routine file in the routines folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le nom d’un fichier de routine du dossier des routines.</translation>
    </message>
    <message>
        <source>it is read-only.</source>
        <translation>elle est en lecture seule.</translation>
    </message>
    <message>
        <source>the routines folder %1 cannot be created. Your changes are kept here, not saved.</source>
        <translation>le dossier des routines %1 ne peut pas être créé. Tes modifications sont gardées ici, sans être enregistrées.</translation>
    </message>
    <message>
        <source>another RollGuide is saving routines right now. Your changes are kept here; try again.</source>
        <translation>une autre instance de RollGuide enregistre des routines en ce moment. Tes modifications sont gardées ici&#xa0;; réessaie.</translation>
    </message>
    <message>
        <source>its file %1 cannot be checked: %2. Your changes are kept here, not saved.</source>
        <translation>son fichier %1 ne peut pas être vérifié&#xa0;: %2. Tes modifications sont gardées ici, sans être enregistrées.</translation>
    </message>
    <message>
        <source>its file %1 was written by a newer RollGuide, and this version never saves over such a file. Save it as a new routine instead.</source>
        <translation>son fichier %1 a été écrit par une version plus récente de RollGuide, et cette version n’écrase jamais un tel fichier. Enregistre-la plutôt comme nouvelle routine.</translation>
    </message>
    <message>
        <source>its file %1 was changed elsewhere (perhaps by another RollGuide) since it was opened. Your changes are kept here; save again to overwrite the other version, or save them as a new routine.</source>
        <translation>son fichier %1 a été modifié ailleurs (peut-être par une autre instance de RollGuide) depuis son ouverture. Tes modifications sont gardées ici&#xa0;; enregistre à nouveau pour écraser l’autre version, ou enregistre-les comme nouvelle routine.</translation>
    </message>
    <message>
        <source>its file %1 cannot be read and could not be moved aside, so it was left as it is. Your changes are kept here, not saved.</source>
        <translation>son fichier %1 ne peut pas être lu et n’a pas pu être mis de côté, il a donc été laissé tel quel. Tes modifications sont gardées ici, sans être enregistrées.</translation>
    </message>
    <message>
        <source>Your changes are kept here, not saved.</source>
        <translation>Tes modifications sont gardées ici, sans être enregistrées.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a routine file in the routines folder, so nothing was removed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le nom d’un fichier de routine du dossier des routines, rien n’a donc été supprimé.</translation>
    </message>
    <message>
        <source>There is no routine file %1 to remove.</source>
        <translation>Il n’y a pas de fichier de routine %1 à supprimer.</translation>
    </message>
    <message>
        <source>%1 could not be removed: it could not be renamed to %2.</source>
        <translation>%1 n’a pas pu être supprimé&#xa0;: il n’a pas pu être renommé en %2.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2.</source>
        <translation>Impossible d’importer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it was written by a newer RollGuide (schema version %1); update RollGuide to import it</source>
        <translation>il a été écrit par une version plus récente de RollGuide (version de schéma %1)&#xa0;; mets RollGuide à jour pour l’importer</translation>
    </message>
    <message>
        <source>it is not a routine file</source>
        <translation>ce n’est pas un fichier de routine</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(et %n autre problème)</numerusform>
            <numerusform>(et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine was not exported: %1.</source>
        <translation>La routine n’a pas été exportée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutinesTab</name>
    <message>
        <source>All regions</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>long breaths</source>
        <translation>respirations longues</translation>
    </message>
    <message>
        <source>Pick a routine on the left, or make a new one.</source>
        <translation>Choisis une routine à gauche, ou crées-en une nouvelle.</translation>
    </message>
    <message>
        <source>This is a built-in routine, so it cannot be changed. Press Duplicate to make your own copy to edit.</source>
        <translation>C’est une routine intégrée, elle ne peut donc pas être modifiée. Appuie sur Dupliquer pour créer ta propre copie à modifier.</translation>
    </message>
    <message>
        <source>Add moves from the right: double-click, press Add, or drag them in. Drag or use Alt+Up and Alt+Down to reorder.</source>
        <translation>Ajoute des exercices depuis la droite&#xa0;: double-clique, appuie sur Ajouter ou fais-les glisser. Fais glisser ou utilise Alt+Haut et Alt+Bas pour changer l’ordre.</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>Absent du catalogue</translation>
    </message>
    <message>
        <source>Not safe with your answers</source>
        <translation>Pas sûr d’après tes réponses</translation>
    </message>
    <message>
        <source>Ask your doctor first</source>
        <translation>Demande d’abord à ton médecin</translation>
    </message>
    <message>
        <source>More than advised</source>
        <translation>Plus que conseillé</translation>
    </message>
    <message>
        <source>Check this</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Total time: %1 at your breath pace</source>
        <translation>Durée totale&#xa0;: %1 à ton rythme de respiration</translation>
    </message>
    <message>
        <source>This routine cannot be played yet.</source>
        <translation>Cette routine ne peut pas encore être lancée.</translation>
    </message>
    <message>
        <source>Cannot be played</source>
        <translation>Impossible à lancer</translation>
    </message>
    <message>
        <source>No moves yet.</source>
        <translation>Pas encore d’exercice.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>new routine</source>
        <translation>nouvelle routine</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>duplicate &quot;%1&quot;</source>
        <translation>la duplication de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Some changes could not be saved. They are kept here, still marked unsaved.

%1</source>
        <translation>Certaines modifications n’ont pas pu être enregistrées. Elles sont gardées ici, toujours marquées comme non enregistrées.

%1</translation>
    </message>
    <message>
        <source>import &quot;%1&quot;</source>
        <translation>l’import de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No routine is selected.</source>
        <translation>Aucune routine n’est sélectionnée.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Fichiers de routine (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exporter une routine</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Fichiers de routine (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>rollguide::SafeFile</name>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a regular file</source>
        <translation>c’est un tube nommé (FIFO), pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is a device, not a regular file</source>
        <translation>c’est un périphérique, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file</source>
        <translation>c’est un socket, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>ton quota de disque est épuisé</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>le fichier dépasserait la taille permise par ce système</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n’existe pas</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>its symbolic links form a loop</source>
        <translation>ses liens symboliques forment une boucle</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>le disque a signalé une erreur d’entrée/sortie</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>trop de fichiers sont ouverts</translation>
    </message>
    <message>
        <source>nothing is reading from it</source>
        <translation>rien ne le lit</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>le fichier dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>no file was named</source>
        <translation>aucun fichier n’a été indiqué</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist</source>
        <translation>c’est un lien symbolique vers %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>le fichier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>le fichier fait %1 octets&#xa0;; la limite est de %2 octets</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not take new files</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le dossier %2 n’accepte pas de nouveaux fichiers</translation>
    </message>
    <message>
        <source>%1 could not be written in full: %2</source>
        <translation>%1 n’a pas pu être écrit en entier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>the previous copy of %1 could not be kept, so it was not replaced</source>
        <translation>la copie précédente de %1 n’a pas pu être conservée, il n’a donc pas été remplacé</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be moved aside: %2</source>
        <translation>%1 n’a pas pu être mis de côté&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rollguide::Screening</name>
    <message>
        <source>Not advised with %1.</source>
        <translation>Déconseillé avec&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ask your doctor first because of %1.</source>
        <translation>Demande d’abord à ton médecin, à cause de&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::ScreeningDialog</name>
    <message>
        <source>RollGuide leaves out the moves it rules out.</source>
        <translation>RollGuide écarte les exercices exclus dans ces cas.</translation>
    </message>
    <message>
        <source>RollGuide marks the moves concerned and asks before them.</source>
        <translation>RollGuide signale les exercices concernés et te pose la question avant de les faire.</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message>
        <source>Tick what applies, or &quot;None of these apply to me&quot;.</source>
        <translation>Coche ce qui te concerne, ou «&#xa0;Rien de tout cela ne me concerne&#xa0;».</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionPlan</name>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <source>Next: switch to your %1</source>
        <translation>Ensuite&#xa0;: passe sur ton %1</translation>
    </message>
    <message>
        <source>Next: rest</source>
        <translation>Ensuite&#xa0;: repos</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Ensuite&#xa0;: fin</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, set %2 of %3</source>
        <translation>%1, série %2 sur %3</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionPlanner</name>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Well done. Roll onto your side and get up slowly.</source>
        <translation>Bravo. Tourne-toi sur le côté et relève-toi lentement.</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Mets-toi en position</translation>
    </message>
    <message>
        <source>Get into position on your %1</source>
        <translation>Mets-toi en position sur ton %1</translation>
    </message>
    <message>
        <source>Roller: %1</source>
        <translation>Rouleau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>À éviter&#xa0;:</translation>
    </message>
    <message>
        <source>Next: %1. %2</source>
        <translation>Ensuite&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Start on your %1.</source>
        <translation>Commence sur ton %1.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Change de côté</translation>
    </message>
    <message>
        <source>Turn to your %1</source>
        <translation>Tourne-toi sur ton %1</translation>
    </message>
    <message>
        <source>Switch to your %1.</source>
        <translation>Passe sur ton %1.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Rest and breathe</source>
        <translation>Repose-toi et respire</translation>
    </message>
    <message>
        <source>Rest. Set %1 of %2 is next.</source>
        <translation>Repos. Ensuite, série %1 sur %2.</translation>
    </message>
    <message>
        <source>Left side.</source>
        <translation>Côté gauche.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <translation>Côté droit.</translation>
    </message>
    <message>
        <source>Roll slowly: one pass per breath</source>
        <translation>Roule lentement&#xa0;: un passage par respiration</translation>
    </message>
    <message>
        <source>Roll slowly and keep breathing</source>
        <translation>Roule lentement et continue de respirer</translation>
    </message>
    <message>
        <source>Start rolling.</source>
        <translation>Commence à rouler.</translation>
    </message>
    <message>
        <source>One repetition per breath</source>
        <translation>Une répétition par respiration</translation>
    </message>
    <message>
        <source>Begin.</source>
        <translation>Commence.</translation>
    </message>
    <message>
        <source>Hold still and breathe slowly</source>
        <translation>Tiens la position sans bouger et respire lentement</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Tiens la position.</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s).</source>
        <translation>
            <numerusform>%n respiration.</numerusform>
            <numerusform>%n respirations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s).</source>
        <translation>
            <numerusform>%n seconde.</numerusform>
            <numerusform>%n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2.</source>
        <translation>Série %1 sur %2.</translation>
    </message>
    <message>
        <source>breath pace</source>
        <translation>rythme de respiration</translation>
    </message>
    <message>
        <source>getting into position</source>
        <translation>mise en position</translation>
    </message>
    <message>
        <source>%1 ms is outside the 0 to %2 ms allowed</source>
        <translation>%1 ms sort de la plage permise de 0 à %2 ms</translation>
    </message>
    <message>
        <source>switching sides</source>
        <translation>changement de côté</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Routine sans titre</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>none of its moves is in the catalog, so there is nothing to play</source>
        <translation>aucun de ses exercices n’est dans le catalogue, il n’y a donc rien à lancer</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionPlayer</name>
    <message>
        <source>The system clock changed, so the session is paused.</source>
        <translation>L’horloge du système a changé, la séance est donc en pause.</translation>
    </message>
    <message>
        <source>The computer was asleep for about %1 minutes, so the session is paused.</source>
        <translation>L’ordinateur a été en veille pendant environ %1 minutes, la séance est donc en pause.</translation>
    </message>
    <message>
        <source>The computer was asleep for about a minute, so the session is paused.</source>
        <translation>L’ordinateur a été en veille pendant environ une minute, la séance est donc en pause.</translation>
    </message>
    <message>
        <source>The computer was asleep for a moment, so the session is paused.</source>
        <translation>L’ordinateur a été en veille un instant, la séance est donc en pause.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionSetup</name>
    <message>
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Before a workout</source>
        <translation>Avant l’entraînement</translation>
    </message>
    <message>
        <source>After a workout</source>
        <translation>Après l’entraînement</translation>
    </message>
    <message>
        <source>You have not answered the safety questions yet. They come up when you start.</source>
        <translation>Tu n’as pas encore répondu aux questions de sécurité. Elles s’affichent quand tu commences.</translation>
    </message>
    <message>
        <source>Safety answers: none of the listed conditions.</source>
        <translation>Réponses aux questions de sécurité&#xa0;: aucun des problèmes listés.</translation>
    </message>
    <message>
        <source>Safety answers: %1.</source>
        <translation>Réponses aux questions de sécurité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Aucune séance choisie</translation>
    </message>
    <message>
        <source>Pick a routine on the left, or make a quick plan.</source>
        <translation>Choisis une routine à gauche, ou crée un plan rapide.</translation>
    </message>
    <message>
        <source>This routine cannot be played:
%1</source>
        <translation>Cette routine ne peut pas être lancée&#xa0;:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en tout</translation>
    </message>
    <message>
        <source>No plan fits that goal</source>
        <translation>Aucun plan ne correspond à cet objectif</translation>
    </message>
    <message>
        <source>Left out: %1 (%2)</source>
        <translation>Écarté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Check these moves first</source>
        <translation>Vérifie d’abord ces exercices</translation>
    </message>
    <message>
        <source>Your safety answers say these moves need care or your doctor&apos;s OK:

%1

Leave them out of this session, or do them anyway?</source>
        <translation>D’après tes réponses aux questions de sécurité, ces exercices demandent de la prudence ou l’accord de ton médecin&#xa0;:

%1

Les laisser de côté pour cette séance, ou les faire quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les laisser de côté</translation>
    </message>
    <message>
        <source>Do them anyway</source>
        <translation>Les faire quand même</translation>
    </message>
    <message>
        <source>Nothing left to do</source>
        <translation>Plus rien à faire</translation>
    </message>
    <message>
        <source>Every move in this session was left out for safety. Pick another routine, or ask your doctor which moves suit you.</source>
        <translation>Tous les exercices de cette séance ont été écartés par sécurité. Choisis une autre routine, ou demande à ton médecin quels exercices te conviennent.</translation>
    </message>
    <message>
        <source>This session cannot start</source>
        <translation>Cette séance ne peut pas commencer</translation>
    </message>
</context>
<context>
    <name>rollguide::SettingsDialog</name>
    <message>
        <source>Sound output: working.</source>
        <translation>Sortie audio&#xa0;: fonctionne.</translation>
    </message>
    <message>
        <source>Voice: %1.</source>
        <translation>Voix&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminders, or turn them off.</source>
        <translation>Choisis au moins un jour pour les rappels, ou désactive-les.</translation>
    </message>
    <message>
        <source>RollGuide starts in the background when you log in, and keeps running when you close its window, so the reminders come.</source>
        <translation>RollGuide démarre en arrière-plan quand tu te connectes, et continue de tourner quand tu fermes sa fenêtre, pour que les rappels arrivent.</translation>
    </message>
    <message>
        <source>Rolling 4 to 5 times a week helps most. A reminder can nudge you on the days you choose.</source>
        <translation>Rouler 4 à 5 fois par semaine est le plus efficace. Un rappel peut te donner un petit coup de pouce les jours que tu choisis.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>A new language shows the next time RollGuide starts.</source>
        <translation>La nouvelle langue s’affichera au prochain démarrage de RollGuide.</translation>
    </message>
</context>
<context>
    <name>rollguide::SettingsFile</name>
    <message>
        <source>The settings file %1 could not be read (%2). RollGuide uses its defaults and keeps any change in memory only; the file is left as it is.</source>
        <translation>Le fichier de paramètres %1 n’a pas pu être lu (%2). RollGuide utilise ses valeurs par défaut et garde toute modification en mémoire seulement&#xa0;; le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <source>Your settings were not saved: %1.</source>
        <translation>Tes paramètres n’ont pas été enregistrés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::SheetLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Total time %1</source>
        <translation>Durée totale %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Roller %1</source>
        <translation>Rouleau %1</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>Do not roll with:</source>
        <translation>Ne roule pas si tu as&#xa0;:</translation>
    </message>
    <message>
        <source>Ask your doctor first if you have:</source>
        <translation>Demande d’abord à ton médecin si tu as&#xa0;:</translation>
    </message>
    <message>
        <source>no file name was given for the PDF</source>
        <translation>aucun nom de fichier n’a été indiqué pour le PDF</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 est un dossier, pas un nom de fichier</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 is not a folder</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2 n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the page could not be painted</source>
        <translation>la page n’a pas pu être dessinée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rollguide::SheetPrinter</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <source>The routine sheet could not be printed: %1.</source>
        <translation>La fiche de la routine n’a pas pu être imprimée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export routine sheet as PDF</source>
        <translation>Exporter la fiche de la routine en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>Impossible d’exporter le PDF</translation>
    </message>
    <message>
        <source>The routine sheet could not be saved: %1.</source>
        <translation>La fiche de la routine n’a pas pu être enregistrée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::Translations</name>
    <message>
        <source>RollGuide has no language &quot;%1&quot;; choose one of: %2.</source>
        <translation>RollGuide n’a pas la langue «&#xa0;%1&#xa0;»&#xa0;; choisis parmi&#xa0;: %2.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogBrowser</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show every move</source>
        <translation>Alle Übungen zeigen</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Show moves for the lower back</source>
        <translation>Übungen für den unteren Rücken zeigen</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Show moves for the mid back</source>
        <translation>Übungen für den mittleren Rücken zeigen</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Show moves for the upper back</source>
        <translation>Übungen für den oberen Rücken zeigen</translation>
    </message>
    <message>
        <source>Search moves</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Move details</source>
        <translation>Details zur Übung</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you roll</source>
        <translation>Bevor du rollst</translation>
    </message>
    <message>
        <source>Safety and disclaimer</source>
        <translation>Sicherheit und Haftungsausschluss</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>abgekürzt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>tat weh</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>this uuid is already used by another session</source>
        <translation>diese UUID gehört schon zu einer anderen Einheit</translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time</source>
        <translation>kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>unknown or repeated region &quot;%1&quot;</source>
        <translation>unbekannter oder doppelter Bereich „%1“</translation>
    </message>
    <message>
        <source>must be a routine object</source>
        <translation>muss ein Ablauf-Objekt sein</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 cut short</source>
        <translation>%1 abgekürzt</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 hurt</source>
        <translation>%1 schmerzhaft</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the disk is full, or the file would be larger than this system allows</source>
        <translation>der Datenträger ist voll oder die Datei wäre größer, als dieses System zulässt</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <source>another RollGuide kept it busy for more than %n second(s)</source>
        <translation>
            <numerusform>ein anderes RollGuide hat sie länger als %n Sekunde blockiert</numerusform>
            <numerusform>ein anderes RollGuide hat sie länger als %n Sekunden blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk could not be written or read (it may be full, the file may be larger than this system allows, or the disk may be failing)</source>
        <translation>der Datenträger ließ sich nicht beschreiben oder lesen (vielleicht ist er voll, die Datei ist größer, als dieses System zulässt, oder der Datenträger fällt aus)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>die Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <translation>Der Verlauf ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1 is not a usable history (%2)</source>
        <translation>%1 ist kein verwendbarer Verlauf (%2)</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Der Verlauf ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a RollGuide history (another program&apos;s file)</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein RollGuide-Verlauf (die Datei eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1 is a RollGuide history with no schema version</source>
        <translation>%1 ist ein RollGuide-Verlauf ohne Schemaversion</translation>
    </message>
    <message>
        <source>The history %1 cannot be read: %2.</source>
        <translation>Der Verlauf %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The history %1 is not an SQLite database (%2).</source>
        <translation>Der Verlauf %1 ist keine SQLite-Datenbank (%2).</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>its first bytes are not SQLite&apos;s</source>
        <translation>ihre ersten Bytes sind nicht die einer SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1. It could not be moved aside (%2), so this session&apos;s history is kept only until RollGuide closes.</source>
        <translation>%1. Die Datei ließ sich nicht beiseitelegen (%2), daher wird der Verlauf diesmal nur aufbewahrt, bis RollGuide geschlossen wird.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2)</source>
        <translation>%1 ist keine SQLite-Datenbank (%2)</translation>
    </message>
    <message>
        <source>The history cannot be kept: the folder %1 cannot be created.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder cannot be changed (%2)</source>
        <translation>%1 lässt sich nicht schreiben: Der zugehörige Ordner lässt sich nicht ändern (%2)</translation>
    </message>
    <message>
        <source>%1. Sessions are not recorded until this is put right.</source>
        <translation>%1. Bis das behoben ist, werden keine Einheiten aufgezeichnet.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer RollGuide (schema %2; this one knows %3). It is shown read-only, and sessions are not recorded.</source>
        <translation>Der Verlauf %1 wurde von einer neueren RollGuide-Version geschrieben (Schema %2; diese Version kennt %3). Er wird schreibgeschützt angezeigt, und Einheiten werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1. It was moved aside, unchanged, to %2, and a new history was started.</source>
        <translation>%1. Die Datei wurde unverändert nach %2 verschoben, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>Could not set up the history</source>
        <translation>Der Verlauf ließ sich nicht einrichten</translation>
    </message>
    <message>
        <source>Could not update the history</source>
        <translation>Der Verlauf ließ sich nicht aktualisieren</translation>
    </message>
    <message>
        <source>The history %1 is not open for writing.</source>
        <translation>Der Verlauf %1 ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Could not save the session to the history</source>
        <translation>Die Einheit ließ sich nicht im Verlauf speichern</translation>
    </message>
    <message>
        <source>The history %1 is read-only.</source>
        <translation>Der Verlauf %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Could not delete the session from the history</source>
        <translation>Die Einheit ließ sich nicht aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>Could not delete the history</source>
        <translation>Der Verlauf ließ sich nicht löschen</translation>
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
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Abläufe</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>Üb&amp;ungen</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <source>Guide to rolling the back</source>
        <translation>Leitfaden zum Rollen des Rückens</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>The exercise catalog could not be loaded</source>
        <translation>Der Übungskatalog ließ sich nicht laden</translation>
    </message>
    <message>
        <source>Catalog errors</source>
        <translation>Fehler im Katalog</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save routines</source>
        <translation>Abläufe &amp;speichern</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Preview the printable sheet of the routine on the Session tab</source>
        <translation>Vorschau des Ablaufblatts zum Ablauf im Tab „Einheit“</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the sheet of the routine on the Session tab</source>
        <translation>Das Ablaufblatt zum Ablauf im Tab „Einheit“ drucken</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the sheet of the routine on the Session tab as a PDF file</source>
        <translation>Das Ablaufblatt zum Ablauf im Tab „Einheit“ als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Safety &amp;questions…</source>
        <translation>Sicherheits&amp;fragen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Safety and disclaimer…</source>
        <translation>&amp;Sicherheit und Haftungsausschluss…</translation>
    </message>
    <message>
        <source>&amp;About RollGuide</source>
        <translation>Ü&amp;ber RollGuide</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>%1 is not the module RollGuide expected</source>
        <translation>%1 ist nicht das Modul, das RollGuide erwartet hat</translation>
    </message>
    <message>
        <source>%1 is in none of these folders: %2</source>
        <translation>%1 liegt in keinem dieser Ordner: %2</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>Back  ←</source>
        <translation>Zurück  ←</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Pause  Space</source>
        <translation>Pause  Leertaste</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Skip  →</source>
        <translation>Überspringen  →</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>+15 s  ↑</source>
        <translation>+15 s  ↑</translation>
    </message>
    <message>
        <source>Add 15 seconds</source>
        <translation>15 Sekunden hinzufügen</translation>
    </message>
    <message>
        <source>It hurts, skip this move  H</source>
        <translation>Es tut weh, Übung überspringen  H</translation>
    </message>
    <message>
        <source>It hurts, skip this move</source>
        <translation>Es tut weh, Übung überspringen</translation>
    </message>
    <message>
        <source>Full screen  F</source>
        <translation>Vollbild  F</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Stop  Esc</source>
        <translation>Stopp  Esc</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Back to sessions</source>
        <translation>Zurück zu den Einheiten</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message>
        <source>Today&apos;s program session</source>
        <translation>Heutige Einheit des Programms</translation>
    </message>
    <message>
        <source>Start to&amp;day&apos;s session</source>
        <translation>Heutige Einheit sta&amp;rten</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Program options</source>
        <translation>Programmoptionen</translation>
    </message>
    <message>
        <source>&amp;Follow this program</source>
        <translation>Diesem Programm fol&amp;gen</translation>
    </message>
    <message>
        <source>I have talked to a &amp;doctor</source>
        <translation>Ich habe mit einer &amp;Ärztin oder einem Arzt gesprochen</translation>
    </message>
    <message>
        <source>My doctor &amp;agrees</source>
        <translation>Meine Ärztin oder mein Arzt ist ein&amp;verstanden</translation>
    </message>
    <message>
        <source>When to ask a doctor</source>
        <translation>Wann ärztlicher Rat nötig ist</translation>
    </message>
    <message>
        <source>&amp;Resume the program</source>
        <translation>Mit dem Programm &amp;weitermachen</translation>
    </message>
</context>
<context>
    <name>RoutinesTab</name>
    <message>
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Lös&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name des Ablaufs</translation>
    </message>
    <message>
        <source>Steps of this routine</source>
        <translation>Schritte dieses Ablaufs</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Remove move</source>
        <translation>Übung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dose of the selected move</source>
        <translation>Umfang der ausgewählten Übung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Maßeinheit</translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation>Sä&amp;tze</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Beide Seiten nacheinander</translation>
    </message>
    <message>
        <source>R&amp;est between sets</source>
        <translation>Pause z&amp;wischen den Sätzen</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Pause zwischen den Sätzen in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Speiche&amp;rn</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>Ablaufblatt druc&amp;ken…</translation>
    </message>
    <message>
        <source>Start &amp;this routine</source>
        <translation>Diesen Ablauf &amp;starten</translation>
    </message>
    <message>
        <source>Add moves</source>
        <translation>Übungen hinzufügen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Search moves</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Search moves to add</source>
        <translation>Übungen zum Hinzufügen suchen</translation>
    </message>
    <message>
        <source>Moves to add</source>
        <translation>Übungen zum Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add to routine</source>
        <translation>Zum Ablauf hinzufü&amp;gen</translation>
    </message>
    <message>
        <source>Or double-click a move, or drag it into the list</source>
        <translation>Oder doppelklicke auf eine Übung oder zieh sie in die Liste</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Is rolling right for your back?</source>
        <translation>Ist Rollen das Richtige für deinen Rücken?</translation>
    </message>
    <message>
        <source>Tick everything that applies to you. RollGuide leaves out the moves that are not safe with these, and asks before a move that needs your doctor&apos;s OK. Your answers stay on this computer.</source>
        <translation>Kreuz alles an, was auf dich zutrifft. RollGuide lässt die Übungen weg, die damit nicht sicher sind, und fragt vor jeder Übung nach, die die Freigabe deiner Ärztin oder deines Arztes braucht. Deine Antworten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation>Nichts davon trifft auf mich zu</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <source>Choose a routine</source>
        <translation>Ablauf wählen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>Or make a quick plan</source>
        <translation>Oder erstelle einen Schnellplan</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Lower back</source>
        <translation>U&amp;nterer Rücken</translation>
    </message>
    <message>
        <source>M&amp;id back</source>
        <translation>&amp;Mittlerer Rücken</translation>
    </message>
    <message>
        <source>&amp;Upper back</source>
        <translation>&amp;Oberer Rücken</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>M&amp;inuten</translation>
    </message>
    <message>
        <source>Minutes available</source>
        <translation>Verfügbare Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>S&amp;tufe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Zeitpunkt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Make a &amp;plan</source>
        <translation>&amp;Plan erstellen</translation>
    </message>
    <message>
        <source>Moves in this session</source>
        <translation>Übungen in dieser Einheit</translation>
    </message>
    <message>
        <source>Safety &amp;questions…</source>
        <translation>Sicherheits&amp;fragen…</translation>
    </message>
    <message>
        <source>S&amp;tart session</source>
        <translation>Einheit &amp;starten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>Play sounds at the start, halfway, the last three seconds, side switches and the end</source>
        <translation>Töne zu Beginn, zur Hälfte, in den letzten drei Sekunden, beim Seitenwechsel und am Ende abspielen</translation>
    </message>
    <message>
        <source>Play soft tones on each breath in and out</source>
        <translation>Sanfte Töne bei jedem Ein- und Ausatmen abspielen</translation>
    </message>
    <message>
        <source>Speak each move, side switch and what to do</source>
        <translation>Jede Übung, jeden Seitenwechsel und die Anweisungen ansagen</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Breath pace</source>
        <translation>Atemtempo</translation>
    </message>
    <message>
        <source>Breathe &amp;in for</source>
        <translation>&amp;Einatmen für</translation>
    </message>
    <message>
        <source>Seconds to breathe in</source>
        <translation>Sekunden zum Einatmen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Breathe &amp;out for</source>
        <translation>&amp;Ausatmen für</translation>
    </message>
    <message>
        <source>Seconds to breathe out</source>
        <translation>Sekunden zum Ausatmen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me on the days I plan to roll</source>
        <translation>An den Tagen erinnern, an denen ich rollen will</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Days to remind</source>
        <translation>Tage für die Erinnerung</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Um</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Show RollGuide in</source>
        <translation>RollGuide &amp;anzeigen auf</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rollguide: your settings (%1) give program/started as &quot;%2&quot;, which is not a date (YYYY-MM-DD); the program is shown as if it started today</source>
        <translation>rollguide: deine Einstellungen (%1) geben program/started als „%2“ an, was kein Datum ist (JJJJ-MM-TT); das Programm wird gezeigt, als hätte es heute begonnen</translation>
    </message>
    <message>
        <source>rollguide: --today: your settings (%1) name the program &quot;%2&quot;, which is not in the catalog; there are: %3</source>
        <translation>rollguide: --today: deine Einstellungen (%1) nennen das Programm „%2“, das es im Katalog nicht gibt; vorhanden sind: %3</translation>
    </message>
    <message>
        <source>rollguide: your settings (%1) list the safety answer &quot;%2&quot;, which RollGuide does not know; it is ignored</source>
        <translation>rollguide: deine Einstellungen (%1) enthalten die Sicherheitsantwort „%2“, die RollGuide nicht kennt; sie wird nicht beachtet</translation>
    </message>
    <message numerus="yes">
        <source>%1: not a valid catalog (%n error(s))</source>
        <translation>
            <numerusform>%1: kein gültiger Katalog (%n Fehler)</numerusform>
            <numerusform>%1: kein gültiger Katalog (%n Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2, which this command reads; it is not written over. Choose another file name.</source>
        <translation>%1 ist %2 – diese Datei liest der Befehl, daher wird sie nicht überschrieben. Wähle einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>an input</source>
        <translation>eine Eingabedatei</translation>
    </message>
    <message>
        <source>%1 lies in %2, where RollGuide keeps your routines and settings; it writes nothing there. Choose another folder.</source>
        <translation>%1 liegt in %2, wo RollGuide deine Abläufe und Einstellungen aufbewahrt; dort schreibt es nichts hinein. Wähle einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) (%2)</source>
        <translation>
            <numerusform>%1: %n Seite (%2)</numerusform>
            <numerusform>%1: %n Seiten (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>rollguide: %1 has no programs</source>
        <translation>rollguide: %1 enthält keine Programme</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>rollguide: --today: you are not following a program; name one with --program NAME (see --list-programs)</source>
        <translation>rollguide: --today: du folgst keinem Programm; gib eines mit --program NAME an (siehe --list-programs)</translation>
    </message>
    <message>
        <source>rollguide: --program: there is no program &quot;%1&quot;; there are: %2</source>
        <translation>rollguide: --program: es gibt kein Programm „%1“; vorhanden sind: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) this week</source>
        <translation>
            <numerusform>%1 von %n Einheit diese Woche</numerusform>
            <numerusform>%1 von %n Einheiten diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2–%3 sessions this week</source>
        <translation>%1 von %2–%3 Einheiten diese Woche</translation>
    </message>
    <message>
        <source>you have already rolled today</source>
        <translation>du hast heute schon gerollt</translation>
    </message>
    <message>
        <source>The safety questions are not answered yet: answer them in the window before you start.</source>
        <translation>Die Sicherheitsfragen sind noch nicht beantwortet: Beantworte sie im Fenster, bevor du anfängst.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Left out: %1: %2</source>
        <translation>Weggelassen: %1: %2</translation>
    </message>
    <message>
        <source>rollguide: no sessions recorded yet (%1)</source>
        <translation>rollguide: noch keine Einheiten aufgezeichnet (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n Einheit</numerusform>
            <numerusform>%1: %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a RollGuide history export; nothing was imported</source>
        <translation>%1: kein RollGuide-Verlaufsexport; es wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) added</source>
        <translation>
            <numerusform>%1: %n Einheit hinzugefügt</numerusform>
            <numerusform>%1: %n Einheiten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) were already in the history</source>
        <translation>
            <numerusform>%1: %n Einheit war schon im Verlauf</numerusform>
            <numerusform>%1: %n Einheiten waren schon im Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;rollguide --help&apos; for the options.</source>
        <translation>Mit &apos;rollguide --help&apos; siehst du die Optionen.</translation>
    </message>
    <message>
        <source>rollguide: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, or try --help for what works without one.</source>
        <translation>rollguide: kein Display gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starte RollGuide in einer Desktop-Sitzung oder sieh mit --help nach, was auch ohne Display funktioniert.</translation>
    </message>
    <message>
        <source>rollguide: another RollGuide is running but did not answer (%1); starting this one on its own.</source>
        <translation>rollguide: ein anderes RollGuide läuft, hat aber nicht geantwortet (%1); dieses startet jetzt eigenständig.</translation>
    </message>
    <message>
        <source>rollguide: reminders are off, so there is nothing to run in the background. Turn them on in Settings.</source>
        <translation>rollguide: Erinnerungen sind ausgeschaltet, also gibt es im Hintergrund nichts zu tun. Schalte sie in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>built-in catalog</source>
        <translation>eingebauter Katalog</translation>
    </message>
    <message>
        <source>Routine not found</source>
        <translation>Ablauf nicht gefunden</translation>
    </message>
    <message>
        <source>RollGuide could not open the routine: %1</source>
        <translation>RollGuide konnte den Ablauf nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Following the system&apos;s language.</source>
        <translation>Es gilt die Sprache des Systems.</translation>
    </message>
</context>
<context>
    <name>rollguide::AppInstance</name>
    <message>
        <source>RollGuide closed before it could answer.</source>
        <translation>RollGuide wurde geschlossen, bevor es antworten konnte.</translation>
    </message>
    <message>
        <source>RollGuide is already running.</source>
        <translation>RollGuide läuft bereits.</translation>
    </message>
    <message>
        <source>RollGuide was already running; its window is in front now.</source>
        <translation>RollGuide lief bereits; sein Fenster ist jetzt im Vordergrund.</translation>
    </message>
    <message>
        <source>RollGuide is running, but its catalog did not load; it shows why in its window.</source>
        <translation>RollGuide läuft, aber sein Katalog wurde nicht geladen; den Grund zeigt es in seinem Fenster.</translation>
    </message>
</context>
<context>
    <name>rollguide::BreathPacer</name>
    <message>
        <source>%1 lasts %2 ms; each part of a breath lasts %3 to %4 ms</source>
        <translation>%1 dauert %2 ms; jeder Teil eines Atemzugs dauert %3 bis %4 ms</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Ausatmen</translation>
    </message>
</context>
<context>
    <name>rollguide::BreathingGuide</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemführung</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Atme ein</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Atme aus</translation>
    </message>
    <message>
        <source>%1, breath %2 of %3</source>
        <translation>%1, Atemzug %2 von %3</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Atemzug %1 von %2</translation>
    </message>
</context>
<context>
    <name>rollguide::Catalog</name>
    <message>
        <source>lower back</source>
        <comment>a region inside a sentence</comment>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>mid back</source>
        <comment>a region inside a sentence</comment>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <source>upper back</source>
        <comment>a region inside a sentence</comment>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Mittlerer Rücken</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Static hold</source>
        <translation>Statisch halten</translation>
    </message>
    <message>
        <source>Repetitions, one per breath</source>
        <translation>Wiederholungen, eine pro Atemzug</translation>
    </message>
    <message>
        <source>Standard roller (6-inch)</source>
        <translation>Standardrolle (Ø 15 cm)</translation>
    </message>
    <message>
        <source>Long roller (36-inch)</source>
        <translation>Lange Rolle (90 cm)</translation>
    </message>
    <message>
        <source>Half roller (3-inch)</source>
        <translation>Halbrolle (7,5 cm)</translation>
    </message>
    <message numerus="yes">
        <source>%n long breath(s)</source>
        <translation>
            <numerusform>%n langer Atemzug</numerusform>
            <numerusform>%n lange Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <source>%1 s rest between sets</source>
        <translation>%1 s Pause zwischen den Sätzen</translation>
    </message>
</context>
<context>
    <name>rollguide::CatalogBrowser</name>
    <message>
        <source>%1: %2 moves</source>
        <translation>%1: %2 Übungen</translation>
    </message>
    <message>
        <source>All moves: %1</source>
        <translation>Alle Übungen: %1</translation>
    </message>
    <message>
        <source>No move matches. Clear the search or pick another region.</source>
        <translation>Keine Übung passt. Leere die Suche oder wähle einen anderen Bereich.</translation>
    </message>
    <message>
        <source>%1 of %2 moves</source>
        <translation>%1 von %2 Übungen</translation>
    </message>
    <message>
        <source>Pick a move on the left to read how to do it.</source>
        <translation>Wähle links eine Übung, um zu lesen, wie sie geht.</translation>
    </message>
</context>
<context>
    <name>rollguide::CatalogHtml</name>
    <message>
        <source>breathe in</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>ausatmen</translation>
    </message>
    <message>
        <source>keep breathing</source>
        <translation>weiteratmen</translation>
    </message>
    <message>
        <source>Good for beginners</source>
        <translation>Gut für Einsteiger</translation>
    </message>
    <message>
        <source>Default dose</source>
        <translation>Standardumfang</translation>
    </message>
    <message>
        <source>The roller</source>
        <translation>Die Rolle</translation>
    </message>
    <message>
        <source>Across the body</source>
        <translation>Quer zum Körper</translation>
    </message>
    <message>
        <source>Lengthwise, along the spine</source>
        <translation>Längs, entlang der Wirbelsäule</translation>
    </message>
    <message>
        <source>Suits: %1.</source>
        <translation>Passende Rollen: %1.</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>Not for you if</source>
        <translation>Nicht für dich, wenn</translation>
    </message>
    <message>
        <source>Skip this move if you have:</source>
        <translation>Lass diese Übung weg, wenn du Folgendes hast:</translation>
    </message>
    <message>
        <source>Ask your doctor first if you have:</source>
        <translation>Frag vorher deine Ärztin oder deinen Arzt, wenn du Folgendes hast:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Guide to rolling your back</source>
        <translation>Leitfaden zum Rollen deines Rückens</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Haftungsausschluss</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>RollGuide is not medical advice</source>
        <translation>RollGuide ist keine medizinische Beratung</translation>
    </message>
    <message>
        <source>Check with a doctor before rolling if you have</source>
        <translation>Sprich vor dem Rollen mit einer Ärztin oder einem Arzt, wenn du Folgendes hast</translation>
    </message>
    <message>
        <source>Rolling the back needs care, or a doctor&apos;s clearance, with any of these:</source>
        <translation>Bei jedem der folgenden Punkte braucht das Rollen des Rückens Vorsicht oder eine ärztliche Freigabe:</translation>
    </message>
    <message>
        <source>Stop at once if anything hurts.</source>
        <translation>Hör sofort auf, wenn etwas wehtut.</translation>
    </message>
</context>
<context>
    <name>rollguide::CatalogLoader</name>
    <message>
        <source>this catalog was written for a newer RollGuide (schema version %1); this version reads schema version %2</source>
        <translation>dieser Katalog wurde für eine neuere RollGuide-Version geschrieben (Schemaversion %1); diese Version liest Schemaversion %2</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>%1: doppelte ID „%2“</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>Datum im Format YYYY-MM-DD erwartet, gefunden: „%1“</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>refers to source &quot;%1&quot;, which is not in /sources</source>
        <translation>verweist auf die Quelle „%1“, die es in /sources nicht gibt</translation>
    </message>
    <message>
        <source>contraindication</source>
        <translation>Kontraindikation</translation>
    </message>
    <message>
        <source>expected &quot;lower&quot;, &quot;mid&quot; or &quot;upper&quot;</source>
        <translation>&quot;lower&quot;, &quot;mid&quot; oder &quot;upper&quot; erwartet</translation>
    </message>
    <message>
        <source>region listed twice</source>
        <translation>Bereich doppelt angegeben</translation>
    </message>
    <message>
        <source>refers to contraindication &quot;%1&quot;, which is not in /contraindications</source>
        <translation>verweist auf die Kontraindikation „%1“, die es in /contraindications nicht gibt</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>expected &quot;standard&quot;, &quot;long&quot; or &quot;half&quot;</source>
        <translation>&quot;standard&quot;, &quot;long&quot; oder &quot;half&quot; erwartet</translation>
    </message>
    <message>
        <source>equipment listed twice</source>
        <translation>Ausrüstung doppelt angegeben</translation>
    </message>
    <message>
        <source>expected a relative path to an .svg file inside the data folder, found &quot;%1&quot;</source>
        <translation>relativer Pfad zu einer .svg-Datei im Datenordner erwartet, gefunden: „%1“</translation>
    </message>
    <message>
        <source>it resolves to %1, outside the catalog&apos;s folder %2</source>
        <translation>er führt zu %1, außerhalb des Katalogordners %2</translation>
    </message>
    <message>
        <source>the illustration of exercise &quot;%1&quot; cannot be used: %2 (looked for %3)</source>
        <translation>die Abbildung der Übung „%1“ ist nicht verwendbar: %2 (gesucht unter %3)</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>guide section</source>
        <translation>Leitfadenabschnitt</translation>
    </message>
    <message>
        <source>the required section &quot;%1&quot; is missing</source>
        <translation>der erforderliche Abschnitt „%1“ fehlt</translation>
    </message>
    <message>
        <source>min (%1) is greater than max (%2)</source>
        <translation>min (%1) ist größer als max (%2)</translation>
    </message>
    <message>
        <source>refers to exercise &quot;%1&quot;, which is not in /exercises</source>
        <translation>verweist auf die Übung „%1“, die es in /exercises nicht gibt</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>%1 is more than the guide advises (at most %2, /guide/limits)</source>
        <translation>%1 ist mehr, als der Leitfaden empfiehlt (höchstens %2, /guide/limits)</translation>
    </message>
    <message>
        <source>region &quot;%1&quot; is listed twice</source>
        <translation>Bereich „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>the first week&apos;s sessions may last at most %1 minutes, the guide&apos;s limit for a first session (/guide/limits/firstSessionMinutes)</source>
        <translation>die Einheiten der ersten Woche dürfen höchstens %1 Minuten dauern, die Grenze des Leitfadens für eine erste Einheit (/guide/limits/firstSessionMinutes)</translation>
    </message>
    <message>
        <source>rises from %1 to %2 %3 over the week before; one week may rise by at most %4</source>
        <translation>steigt gegenüber der Vorwoche von %1 auf %2 %3; pro Woche ist eine Steigerung um höchstens %4 erlaubt</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>missing; a dose that changes the unit must give the amount too</source>
        <translation>fehlt; ein Umfang, der die Maßeinheit wechselt, muss auch die Menge angeben</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>it declares XML entities (%1); an illustration must not refer to anything outside itself</source>
        <translation>sie deklariert XML-Entitäten (%1); eine Abbildung darf auf nichts außerhalb ihrer selbst verweisen</translation>
    </message>
    <message>
        <source>it links a style sheet (%1); an illustration must not refer to anything outside itself</source>
        <translation>sie bindet ein Stylesheet ein (%1); eine Abbildung darf auf nichts außerhalb ihrer selbst verweisen</translation>
    </message>
    <message>
        <source>it uses the entity &amp;%1; (%2); an illustration must not refer to anything outside itself</source>
        <translation>sie verwendet die Entität &amp;%1; (%2); eine Abbildung darf auf nichts außerhalb ihrer selbst verweisen</translation>
    </message>
    <message>
        <source>this is not an SVG drawing (its first element is &lt;%1&gt;)</source>
        <translation>das ist keine SVG-Zeichnung (ihr erstes Element ist &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>its &lt;svg&gt; element lacks the SVG namespace, xmlns=&quot;http://www.w3.org/2000/svg&quot;</source>
        <translation>ihrem &lt;svg&gt;-Element fehlt der SVG-Namensraum, xmlns=&quot;http://www.w3.org/2000/svg&quot;</translation>
    </message>
    <message>
        <source>it holds a &lt;%1&gt; element (%2); an illustration may only draw</source>
        <translation>sie enthält ein &lt;%1&gt;-Element (%2); eine Abbildung darf nur zeichnen</translation>
    </message>
    <message>
        <source>its &lt;%1&gt; element links to &quot;%2&quot; (%3); an illustration must not refer to anything outside itself</source>
        <translation>ihr &lt;%1&gt;-Element verweist auf „%2“ (%3); eine Abbildung darf auf nichts außerhalb ihrer selbst verweisen</translation>
    </message>
    <message>
        <source>its &lt;%1&gt; element refers to %2 (%3); an illustration must not refer to anything outside itself</source>
        <translation>ihr &lt;%1&gt;-Element bezieht sich auf %2 (%3); eine Abbildung darf auf nichts außerhalb ihrer selbst verweisen</translation>
    </message>
    <message>
        <source>its style sheet refers to other files (%1); an illustration must not refer to anything outside itself</source>
        <translation>ihr Stylesheet verweist auf andere Dateien (%1); eine Abbildung darf auf nichts außerhalb ihrer selbst verweisen</translation>
    </message>
    <message>
        <source>this is not a well-formed SVG file (line %1, column %2: %3)</source>
        <translation>das ist keine wohlgeformte SVG-Datei (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <source>this is not an SVG drawing (it has no elements)</source>
        <translation>das ist keine SVG-Zeichnung (sie hat keine Elemente)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>%1 exercises: %2; %3 contraindications; %4 guide sections; %5 routines; %6 programs</source>
        <translation>%1 Übungen: %2; %3 Kontraindikationen; %4 Leitfadenabschnitte; %5 Abläufe; %6 Programme</translation>
    </message>
</context>
<context>
    <name>rollguide::CheckInWidget</name>
    <message>
        <source>How does your back feel right now?</source>
        <translation>Wie fühlt sich dein Rücken gerade an?</translation>
    </message>
    <message>
        <source>0 = no tightness or pain, 10 = the worst you can imagine. Optional.</source>
        <translation>0 = keine Verspannung und kein Schmerz, 10 = das Schlimmste, was du dir vorstellen kannst. Optional.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 von 10</translation>
    </message>
</context>
<context>
    <name>rollguide::CommandLine</name>
    <message>
        <source>--program can be given only once.</source>
        <translation>--program darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>RollGuide guides you through foam-rolling sessions for the back, hands-free.</source>
        <translation>RollGuide führt dich freihändig durch Einheiten mit der Faszienrolle für den Rücken.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Validate a catalog file without opening a window; print a summary or every error with its place. Exit status 0 when valid, 1 when not.</source>
        <translation>Eine Katalogdatei prüfen, ohne ein Fenster zu öffnen; eine Zusammenfassung oder jeden Fehler mit seiner Stelle ausgeben. Exit-Status 0, wenn gültig, sonst 1.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print every routine without opening a window: its name, a tab, and its total time as m:ss, one per line.</source>
        <translation>Jeden Ablauf ausgeben, ohne ein Fenster zu öffnen: Name, ein Tabulator und die Gesamtzeit als m:ss, einer pro Zeile.</translation>
    </message>
    <message>
        <source>Use this catalog instead of the built-in one.</source>
        <translation>Diesen Katalog statt des eingebauten verwenden.</translation>
    </message>
    <message>
        <source>How much to log on stderr: trace, debug, info, warn, error, critical or off (default: info).</source>
        <translation>Wie viel auf stderr protokolliert wird: trace, debug, info, warn, error, critical oder off (Standard: info).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Open this routine: a built-in or personal routine&apos;s name, or a routine file.</source>
        <translation>Diesen Ablauf öffnen: den Namen eines eingebauten oder eigenen Ablaufs oder eine Ablaufdatei.</translation>
    </message>
    <message>
        <source>NAME_OR_FILE</source>
        <translation>NAME_OR_FILE</translation>
    </message>
    <message>
        <source>With --routine: start the session straight away (for a desktop shortcut).</source>
        <translation>Mit --routine: die Einheit sofort starten (für eine Desktop-Verknüpfung).</translation>
    </message>
    <message>
        <source>Start without a window (in the tray, where the desktop has one), to give the reminders you set; how RollGuide starts at login.</source>
        <translation>Ohne Fenster starten (im Infobereich, wenn der Desktop einen hat), um die eingestellten Erinnerungen zu geben; so startet RollGuide bei der Anmeldung.</translation>
    </message>
    <message>
        <source>With --routine: write the routine&apos;s printable sheet as a PDF file without opening a window. Exit status 0 when written, 1 when not.</source>
        <translation>Mit --routine: das Ablaufblatt als PDF-Datei schreiben, ohne ein Fenster zu öffnen. Exit-Status 0, wenn geschrieben, sonst 1.</translation>
    </message>
    <message>
        <source>Print the last sessions without opening a window, newest first, one per line: date, routine, minutes, what was done, the ratings.</source>
        <translation>Die letzten Einheiten ausgeben, ohne ein Fenster zu öffnen, neueste zuerst, eine pro Zeile: Datum, Ablauf, Minuten, was erledigt wurde, die Einschätzungen.</translation>
    </message>
    <message>
        <source>Write the whole session history to a file without opening a window: CSV (one row per session) when the name ends in .csv, JSON (everything) when it ends in .json.</source>
        <translation>Den ganzen Verlauf der Einheiten in eine Datei schreiben, ohne ein Fenster zu öffnen: CSV (eine Zeile pro Einheit), wenn der Name auf .csv endet, JSON (alles), wenn er auf .json endet.</translation>
    </message>
    <message>
        <source>Add the sessions in a JSON history export to this computer&apos;s history; sessions it already holds are not added twice.</source>
        <translation>Die Einheiten aus einem JSON-Verlaufsexport zum Verlauf dieses Computers hinzufügen; Einheiten, die schon darin sind, werden nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <source>Print every program without opening a window: its id, a tab, its name, a tab, and how many weeks it runs, one per line.</source>
        <translation>Jedes Programm ausgeben, ohne ein Fenster zu öffnen: ID, ein Tabulator, Name, ein Tabulator und wie viele Wochen es läuft, eines pro Zeile.</translation>
    </message>
    <message>
        <source>With --today: the program to ask about, by id or name (default: the one you follow).</source>
        <translation>Mit --today: das Programm, nach dem gefragt wird, per ID oder Name (Standard: das, dem du folgst).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print today&apos;s session of your program without opening a window: the week, why the program is there, the moves with their doses, and the total time; from your recorded history and safety answers, which it does not change.</source>
        <translation>Die heutige Einheit deines Programms ausgeben, ohne ein Fenster zu öffnen: die Woche, warum das Programm dort steht, die Übungen mit ihrem Umfang und die Gesamtzeit; ermittelt aus deinem aufgezeichneten Verlauf und deinen Sicherheitsantworten, die dabei nicht verändert werden.</translation>
    </message>
    <message>
        <source>Show RollGuide in this language instead of the system&apos;s: %1.</source>
        <translation>RollGuide in dieser Sprache statt in der des Systems anzeigen: %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language needs a language code.</source>
        <translation>--language braucht einen Sprachcode.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;; use trace, debug, info, warn, error, critical or off.</source>
        <translation>Unbekannte Protokollstufe „%1“; verwende trace, debug, info, warn, error, critical oder off.</translation>
    </message>
    <message>
        <source>--catalog needs a file name.</source>
        <translation>--catalog braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--routine needs a routine name or file.</source>
        <translation>--routine braucht den Namen oder die Datei eines Ablaufs.</translation>
    </message>
    <message>
        <source>--background opens no window, so it cannot be used with --routine.</source>
        <translation>--background öffnet kein Fenster und kann daher nicht mit --routine verwendet werden.</translation>
    </message>
    <message>
        <source>--start needs --routine NAME_OR_FILE to say what to start.</source>
        <translation>--start braucht --routine NAME_OR_FILE, um zu wissen, was gestartet werden soll.</translation>
    </message>
    <message>
        <source>--export-pdf needs a file name.</source>
        <translation>--export-pdf braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--export-pdf needs --routine NAME_OR_FILE to say which routine to print.</source>
        <translation>--export-pdf braucht --routine NAME_OR_FILE, um zu wissen, welcher Ablauf gedruckt werden soll.</translation>
    </message>
    <message>
        <source>--export-pdf and --start cannot be used together.</source>
        <translation>--export-pdf und --start können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--history, --export-history and --import-history cannot be used together.</source>
        <translation>--history, --export-history und --import-history können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>The history options cannot be used with --routine or --export-pdf.</source>
        <translation>Die Verlaufsoptionen können nicht mit --routine oder --export-pdf verwendet werden.</translation>
    </message>
    <message>
        <source>--export-history needs a file name.</source>
        <translation>--export-history braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--export-history: &quot;%1&quot; ends neither in .csv nor in .json, so the format is not clear.</source>
        <translation>--export-history: „%1“ endet weder auf .csv noch auf .json, daher ist das Format unklar.</translation>
    </message>
    <message>
        <source>--import-history needs a file name.</source>
        <translation>--import-history braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--program needs --today (the window shows programs on its Session tab).</source>
        <translation>--program braucht --today (das Fenster zeigt Programme im Tab „Einheit“).</translation>
    </message>
    <message>
        <source>--program needs a program&apos;s id or name (see --list-programs).</source>
        <translation>--program braucht die ID oder den Namen eines Programms (siehe --list-programs).</translation>
    </message>
    <message>
        <source>--today cannot be used with --routine, --export-pdf, --list-programs or the history options.</source>
        <translation>--today kann nicht mit --routine, --export-pdf, --list-programs oder den Verlaufsoptionen verwendet werden.</translation>
    </message>
    <message>
        <source>--check-catalog needs a file name.</source>
        <translation>--check-catalog braucht einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>rollguide::CuePlayer</name>
    <message>
        <source>&quot;%1&quot; has no voice for %2 (only %3)</source>
        <translation>„%1“ hat keine Stimme für %2 (nur %3)</translation>
    </message>
    <message>
        <source>No voice for %1 is installed, so cues are not spoken: %2.</source>
        <translation>Für %1 ist keine Stimme installiert, daher werden die Hinweise nicht gesprochen: %2.</translation>
    </message>
    <message>
        <source>Speech stopped working: %1</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr: %1</translation>
    </message>
    <message>
        <source>RollGuide&apos;s sound and voice module could not be loaded, so sessions run silently: %1.</source>
        <translation>Das Ton- und Sprachmodul von RollGuide ließ sich nicht laden, daher laufen Einheiten ohne Ton: %1.</translation>
    </message>
    <message>
        <source>No audio output was found, so sessions run without sound.</source>
        <translation>Es wurde keine Audioausgabe gefunden, daher laufen Einheiten ohne Ton.</translation>
    </message>
    <message>
        <source>No speech engine is installed, so cues are not spoken.</source>
        <translation>Es ist keine Sprachsynthese installiert, daher werden die Ansagen nicht gesprochen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not start (%2)</source>
        <translation>„%1“ ist nicht gestartet (%2)</translation>
    </message>
    <message>
        <source>No speech engine started, so cues are not spoken: %1.</source>
        <translation>Keine Sprachsynthese ist gestartet, daher werden die Ansagen nicht gesprochen: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::DisclaimerDialog</name>
    <message>
        <source>I understand</source>
        <translation>Ich habe verstanden</translation>
    </message>
</context>
<context>
    <name>rollguide::HistoryTab</name>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %n session(s)</source>
        <translation>
            <numerusform>Woche vom %1: %n Einheit</numerusform>
            <numerusform>Woche vom %1: %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>&amp;Put it back</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>Einheit lös&amp;chen</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Gesamten Verlauf löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
    <message>
        <source>This is your own record of how your back felt, kept only on this computer. It is not a diagnosis. If pain grows or worries you, ask a doctor or physiotherapist.</source>
        <translation>Das ist deine eigene Aufzeichnung darüber, wie sich dein Rücken angefühlt hat, gespeichert nur auf diesem Computer. Sie ist keine Diagnose. Wenn Schmerzen zunehmen oder dich beunruhigen, hol dir ärztlichen oder physiotherapeutischen Rat.</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Einheiten, neueste zuerst</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Vor der Einheit</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Nach der Einheit</translation>
    </message>
    <message>
        <source>A note on this session (optional)</source>
        <translation>Eine Notiz zu dieser Einheit (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Einheite&amp;n</translation>
    </message>
    <message>
        <source>Part of the &amp;back:</source>
        <translation>Rücken&amp;teil:</translation>
    </message>
    <message>
        <source>Tre&amp;nds</source>
        <translation>Entwic&amp;klung</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Abgekürzt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Tat weh</translation>
    </message>
    <message>
        <source>By mo&amp;ve</source>
        <translation>Nach Übun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>No sessions yet. Sessions you play are kept here, with how your back felt.</source>
        <translation>Noch keine Einheiten. Einheiten, die du machst, werden hier gespeichert, zusammen damit, wie sich dein Rücken angefühlt hat.</translation>
    </message>
    <message numerus="yes">
        <source>On target (%1 or more sessions) in %2 of the last %n week(s). This week so far: %3.</source>
        <translation>
            <numerusform>Ziel (%1 oder mehr Einheiten) erreicht: in %2 von %n Woche. Diese Woche bisher: %3.</numerusform>
            <numerusform>Ziel (%1 oder mehr Einheiten) erreicht: in %2 der letzten %n Wochen. Diese Woche bisher: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hurt twice in the last 14 days. Consider leaving it out, and ask a doctor or physiotherapist about it.</source>
        <translation>%1 hat in den letzten 14 Tagen zweimal wehgetan. Überleg dir, die Übung wegzulassen, und sprich mit einer Ärztin, einem Arzt oder in der Physiotherapie darüber.</translation>
    </message>
    <message>
        <source>Take it out of my routines</source>
        <translation>Aus meinen Abläufen entfernen</translation>
    </message>
    <message>
        <source>Take %1 out of my routines</source>
        <translation>%1 aus meinen Abläufen entfernen</translation>
    </message>
    <message>
        <source>When to ask a doctor</source>
        <translation>Wann ärztlicher Rat nötig ist</translation>
    </message>
    <message>
        <source>Opens the Guide at its list of when to ask a doctor first</source>
        <translation>Öffnet im Leitfaden die Liste, wann du vorher ärztlichen Rat einholen solltest</translation>
    </message>
    <message>
        <source>Your %1 has felt tighter over the last two weeks (up 2 points or more before sessions). Read when to ask a doctor first.</source>
        <translation>Dein %1 fühlt sich seit zwei Wochen verspannter an (vor den Einheiten 2 Punkte oder mehr höher). Lies nach, wann du vorher ärztlichen Rat einholen solltest.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Taken out of %1.</source>
        <translation>Aus %1 entfernt.</translation>
    </message>
    <message>
        <source>Built-in routines cannot change, so RollGuide made %1 for you: pick it on the Session tab.</source>
        <translation>Eingebaute Abläufe lassen sich nicht ändern, darum hat RollGuide %1 für dich angelegt: Wähle ihn im Tab „Einheit“ aus.</translation>
    </message>
    <message>
        <source>%1 left as is: it holds only this move.</source>
        <translation>%1: unverändert, da nur diese Übung darin ist.</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Noch nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Put back as it was.</source>
        <translation>Alles wieder wie vorher.</translation>
    </message>
    <message>
        <source>Put back, but not saved yet: %1</source>
        <translation>Wieder wie vorher, aber noch nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Einschätzungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>The chart could not be shown: RollGuide&apos;s chart module could not be loaded (%1).</source>
        <translation>Das Diagramm kann nicht angezeigt werden: Das Diagrammmodul von RollGuide ließ sich nicht laden (%1).</translation>
    </message>
    <message>
        <source>A change that counts (2 points or 30% from where you started)</source>
        <translation>Eine Veränderung, die zählt (2 Punkte oder 30&#xa0;% vom Ausgangswert)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>0 = none, 10 = worst</source>
        <translation>0 = keine, 10 = am schlimmsten</translation>
    </message>
    <message>
        <source>No ratings for the %1 yet: rate it before or after a session to see it here.</source>
        <translation>Noch keine Einschätzungen für den Bereich %1: Schätze ihn vor oder nach einer Einheit ein, dann siehst du ihn hier.</translation>
    </message>
    <message>
        <source>Where you started: %1. Squares mark a change of at least 2 points or 30% from there. This is your own record, not a diagnosis.</source>
        <translation>Ausgangswert: %1. Quadrate markieren eine Veränderung um mindestens 2 Punkte oder 30&#xa0;% von dort aus. Das ist deine eigene Aufzeichnung, keine Diagnose.</translation>
    </message>
    <message>
        <source>Choose a session to see it here.</source>
        <translation>Wähle eine Einheit, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>%1. %2 of %3 planned; paused %4.</source>
        <translation>%1. %2 von %3 geplant; %4 pausiert.</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete all history?</source>
        <translation>Gesamten Verlauf löschen?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n session(s), with every check-in and note, from this computer. It cannot be undone.</source>
        <translation>
            <numerusform>Damit wird %n Einheit mit allen Einschätzungen und Notizen von diesem Computer gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Damit werden %n Einheiten mit allen Einschätzungen und Notizen von diesem Computer gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Spreadsheet, one row per session (*.csv);;Everything, to import again (*.json)</source>
        <translation>Tabelle, eine Zeile pro Einheit (*.csv);;Alles, zum erneuten Importieren (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>%1 lies in %2, where RollGuide keeps your own files. Choose another folder.</source>
        <translation>%1 liegt in %2, wo RollGuide deine eigenen Dateien aufbewahrt. Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Import a history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>RollGuide history (*.json)</source>
        <translation>RollGuide-Verlauf (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a RollGuide history export; nothing was imported.

%2</source>
        <translation>%1 ist kein RollGuide-Verlaufsexport; es wurde nichts importiert.

%2</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>History imported</source>
        <translation>Verlauf importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n Einheit hinzugefügt.</numerusform>
            <numerusform>%n Einheiten hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) were already in your history.</source>
        <translation>
            <numerusform>%n Einheit war schon in deinem Verlauf.</numerusform>
            <numerusform>%n Einheiten waren schon in deinem Verlauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollguide::Illustration</name>
    <message>
        <source>No picture of %1 yet.</source>
        <translation>Noch kein Bild zu %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::IllustrationView</name>
    <message>
        <source>No picture of this move yet.</source>
        <translation>Noch kein Bild zu dieser Übung.</translation>
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
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>not valid JSON: a number is too large to be represented</source>
        <translation>kein gültiges JSON: Eine Zahl ist zu groß, um dargestellt zu werden</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>missing; this field is required</source>
        <translation>fehlt; dieses Feld ist Pflicht</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>Text erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected text, found an empty string</source>
        <translation>Text erwartet, gefunden: eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>text is %1 characters long; at most %2 are allowed</source>
        <translation>der Text ist %1 Zeichen lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>expected an identifier of lowercase letters, digits and single hyphens (at most 48), found %1</source>
        <translation>Bezeichner aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen erwartet (höchstens 48), gefunden: %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>ganze Zahl von %1 bis %2 erwartet, gefunden: %3</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>einer der Werte %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a list of %1 entries, found %2</source>
        <translation>Liste mit %1 Einträgen erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected a list of %1 to %2 entries, found %3</source>
        <translation>Liste mit %1 bis %2 Einträgen erwartet, gefunden: %3</translation>
    </message>
</context>
<context>
    <name>rollguide::MainWindow</name>
    <message>
        <source>No routine chosen</source>
        <translation>Kein Ablauf gewählt</translation>
    </message>
    <message>
        <source>Choose a routine on the Session tab first.</source>
        <translation>Wähle zuerst im Tab „Einheit“ einen Ablauf.</translation>
    </message>
    <message>
        <source>The exercise catalog %1 could not be loaded. Fix the problems below, or start RollGuide without --catalog to use the built-in catalog.</source>
        <translation>Der Übungskatalog %1 ließ sich nicht laden. Behebe die Probleme unten oder starte RollGuide ohne --catalog, um den eingebauten Katalog zu verwenden.</translation>
    </message>
    <message>
        <source>Settings not read</source>
        <translation>Einstellungen nicht gelesen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Some routines could not be read</source>
        <translation>Einige Abläufe ließen sich nicht lesen</translation>
    </message>
    <message>
        <source>RollGuide started with the routines it could read.

%1</source>
        <translation>RollGuide wurde mit den Abläufen gestartet, die es lesen konnte.

%1</translation>
    </message>
    <message>
        <source>Save your routines?</source>
        <translation>Abläufe speichern?</translation>
    </message>
    <message>
        <source>Some routine changes are not saved yet.</source>
        <translation>Einige Änderungen an Abläufen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>RollGuide was already running; it opened &quot;%1&quot; and starts it.</source>
        <translation>RollGuide lief bereits; es hat „%1“ geöffnet und startet ihn.</translation>
    </message>
    <message>
        <source>RollGuide was already running; it opened &quot;%1&quot;.</source>
        <translation>RollGuide lief bereits; es hat „%1“ geöffnet.</translation>
    </message>
    <message>
        <source>Switch sessions?</source>
        <translation>Einheit wechseln?</translation>
    </message>
    <message>
        <source>Another RollGuide asked for &quot;%1&quot;. Stop this session and switch to it?
What you have done so far is kept in your history.</source>
        <translation>Ein anderes RollGuide hat „%1“ angefordert. Diese Einheit beenden und dorthin wechseln?
Was du bisher gemacht hast, bleibt in deinem Verlauf.</translation>
    </message>
    <message>
        <source>Switch and start</source>
        <translation>Wechseln und starten</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>RollGuide is in the middle of a session; it asks on its screen whether to switch to &quot;%1&quot;.</source>
        <translation>RollGuide ist mitten in einer Einheit; es fragt auf seinem Bildschirm, ob zu „%1“ gewechselt werden soll.</translation>
    </message>
    <message>
        <source>This session is kept in memory but not yet in your history: %1 RollGuide keeps trying.</source>
        <translation>Diese Einheit ist im Speicher, aber noch nicht in deinem Verlauf: %1 RollGuide versucht es weiter.</translation>
    </message>
    <message>
        <source>This session is not being recorded: %1</source>
        <translation>Diese Einheit wird nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>About RollGuide</source>
        <translation>Über RollGuide</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RollGuide %1&lt;/h3&gt;&lt;p&gt;Guided foam-rolling sessions for the back.&lt;/p&gt;&lt;p&gt;For information only; not medical advice.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RollGuide %1&lt;/h3&gt;&lt;p&gt;Geführte Einheiten mit der Faszienrolle für den Rücken.&lt;/p&gt;&lt;p&gt;Nur zur Information; keine medizinische Beratung.&lt;/p&gt;&lt;p&gt;MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rollguide::PlainText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>die Datei ist %1 Bytes groß; die Grenze liegt bei %2 Bytes</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; it is not a text file</source>
        <translation>die Datei enthält ein NUL-Byte; sie ist keine Textdatei</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>the data nests deeper than %1 levels</source>
        <translation>die Daten sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>rollguide::PlanWarnings</name>
    <message>
        <source>Step %1: the move &quot;%2&quot; is no longer in the catalog, so the session leaves it out.</source>
        <translation>Schritt %1: Die Übung „%2“ ist nicht mehr im Katalog, daher lässt die Einheit sie weg.</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Schritt %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 seconds a set is past the %3 to %4 seconds the guide advises.</source>
        <translation>%1: %2 Sekunden pro Satz gehen über die %3 bis %4 Sekunden hinaus, die der Leitfaden empfiehlt.</translation>
    </message>
    <message>
        <source>%1: %2 breaths a set is past the %3 to %4 breaths the guide advises.</source>
        <translation>%1: %2 Atemzüge pro Satz gehen über die %3 bis %4 Atemzüge hinaus, die der Leitfaden empfiehlt.</translation>
    </message>
    <message>
        <source>%1: %2 sets is more than the %3 the guide advises.</source>
        <translation>%1: %2 Sätze sind mehr als die %3, die der Leitfaden empfiehlt.</translation>
    </message>
    <message>
        <source>At %1 this session is longer than the %2 minutes advised for your first sessions.</source>
        <translation>Mit %1 ist diese Einheit länger als die %2 Minuten, die für deine ersten Einheiten empfohlen sind.</translation>
    </message>
    <message>
        <source>%1 gets the work of %2 full sets in all, far past the %3 sets of up to %4 seconds or %5 breaths the guide advises for one area.</source>
        <translation>%1 bekommt insgesamt so viel wie %2 volle Sätze, weit mehr als die %3 Sätze zu höchstens %4 Sekunden oder %5 Atemzügen, die der Leitfaden für einen Bereich empfiehlt.</translation>
    </message>
</context>
<context>
    <name>rollguide::PlayerWidget</name>
    <message>
        <source>Move %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>MACH DICH BEREIT</translation>
    </message>
    <message>
        <source>ROLL SLOWLY</source>
        <translation>LANGSAM ROLLEN</translation>
    </message>
    <message>
        <source>HOLD AND BREATHE</source>
        <translation>HALTEN UND ATMEN</translation>
    </message>
    <message>
        <source>MOVE WITH YOUR BREATH</source>
        <translation>MIT DEM ATEM BEWEGEN</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>AUSRUHEN</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>You finished &quot;%1&quot;.</source>
        <translation>Du hast „%1“ geschafft.</translation>
    </message>
    <message>
        <source>You stopped &quot;%1&quot; before the end.</source>
        <translation>Du hast „%1“ vor dem Ende beendet.</translation>
    </message>
    <message>
        <source>Time: %1 (planned %2).</source>
        <translation>Zeit: %1 (geplant: %2).</translation>
    </message>
    <message>
        <source>Parts done: %1 of %2.</source>
        <translation>Erledigte Abschnitte: %1 von %2.</translation>
    </message>
    <message>
        <source>Parts skipped: %1.</source>
        <translation>Übersprungene Abschnitte: %1.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 übersprungen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Paused by itself %n time(s) when the computer slept.</source>
        <translation>
            <numerusform>Automatisch %n-mal pausiert, weil der Computer im Ruhezustand war.</numerusform>
            <numerusform>Automatisch %n-mal pausiert, weil der Computer im Ruhezustand war.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Time left in this part</source>
        <translation>Restzeit dieses Abschnitts</translation>
    </message>
    <message>
        <source>How does your back feel now?</source>
        <translation>Wie fühlt sich dein Rücken jetzt an?</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(a clear improvement)</source>
        <translation>(deutlich besser)</translation>
    </message>
    <message>
        <source>(clearly worse)</source>
        <translation>(deutlich schlechter)</translation>
    </message>
    <message>
        <source>Before the session: %1</source>
        <translation>Vor der Einheit: %1</translation>
    </message>
    <message>
        <source>PAUSED — press Space to go on</source>
        <translation>PAUSIERT – weiter mit der Leertaste</translation>
    </message>
    <message>
        <source>Resume  Space</source>
        <translation>Weiter  Leertaste</translation>
    </message>
    <message>
        <source>Pause  Space</source>
        <translation>Pause  Leertaste</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Geh in Position</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Entspann dich</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>Move %1 of %2  ·  about %3 left</source>
        <translation>Übung %1 von %2  ·  noch etwa %3</translation>
    </message>
    <message>
        <source>Well done. Your session is complete.</source>
        <translation>Gut gemacht. Deine Einheit ist geschafft.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>tat weh</translation>
    </message>
    <message>
        <source>Skipped. Move gently off the roller.</source>
        <translation>Übersprungen. Geh vorsichtig von der Rolle runter.</translation>
    </message>
    <message>
        <source>Stop this session now? What you have done so far is kept in the summary.</source>
        <translation>Diese Einheit jetzt beenden? Was du bisher gemacht hast, bleibt in der Zusammenfassung erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Press Stop on your remote again within %n second(s) to stop, or Play to keep going.</source>
        <translation>
            <numerusform>Drück innerhalb von %n Sekunde noch einmal Stopp auf deiner Fernbedienung, um zu beenden, oder Play, um weiterzumachen.</numerusform>
            <numerusform>Drück innerhalb von %n Sekunden noch einmal Stopp auf deiner Fernbedienung, um zu beenden, oder Play, um weiterzumachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>rollguide::ProgramCard</name>
    <message numerus="yes">
        <source>%1 (%n week(s))</source>
        <translation>
            <numerusform>%1 (%n Woche)</numerusform>
            <numerusform>%1 (%n Wochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow a program</source>
        <translation>Einem Programm folgen</translation>
    </message>
    <message>
        <source>A few weeks of sessions that start small, grow with you, and hold back when your back says so.</source>
        <translation>Ein paar Wochen mit Einheiten, die klein anfangen, mit dir wachsen und kürzertreten, wenn dein Rücken es verlangt.</translation>
    </message>
    <message>
        <source>Session %1 of %2 this week</source>
        <translation>Einheit %1 von %2 in dieser Woche</translation>
    </message>
    <message>
        <source>Session %1 of %2–%3 this week</source>
        <translation>Einheit %1 von %2–%3 in dieser Woche</translation>
    </message>
    <message>
        <source>The history could not be read (%1), so sessions already done are not counted.</source>
        <translation>Der Verlauf ließ sich nicht lesen (%1), daher werden bereits erledigte Einheiten nicht gezählt.</translation>
    </message>
    <message>
        <source>You have rolled today: well done. %1 done this week; another session is up to you.</source>
        <translation>Du hast heute gerollt – gut gemacht. Diese Woche erledigt: %1; ob du noch eine Einheit machst, entscheidest du.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n move(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Übung</numerusform>
            <numerusform>%1 · %2 · %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out for now: %1. %2</source>
        <translation>Vorerst weggelassen: %1. %2</translation>
    </message>
    <message>
        <source>Answer the safety questions before your first session (they are asked when you start).</source>
        <translation>Beantworte die Sicherheitsfragen vor deiner ersten Einheit (sie werden beim Start gestellt).</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Roll a&amp;gain today</source>
        <translation>Heute no&amp;ch einmal rollen</translation>
    </message>
    <message>
        <source>Start to&amp;day&apos;s session</source>
        <translation>Heutige Einheit sta&amp;rten</translation>
    </message>
    <message>
        <source>Your program: %1, since %2. %3</source>
        <translation>Dein Programm: %1, seit %2. %3</translation>
    </message>
    <message>
        <source>Talked to a doctor?</source>
        <translation>Mit einer Ärztin oder einem Arzt gesprochen?</translation>
    </message>
    <message>
        <source>Carry on with the program only if a doctor has looked at what you noticed and agrees. The program then goes on from this week.</source>
        <translation>Mach mit dem Programm nur weiter, wenn eine Ärztin oder ein Arzt sich angesehen hat, was dir aufgefallen ist, und einverstanden ist. Das Programm geht dann ab dieser Woche weiter.</translation>
    </message>
    <message>
        <source>I have, carry on</source>
        <translation>Habe ich, weiter</translation>
    </message>
    <message>
        <source>Has your doctor agreed?</source>
        <translation>Ist deine Ärztin oder dein Arzt einverstanden?</translation>
    </message>
    <message>
        <source>Say so only if your doctor has cleared foam rolling for you. The moves stay marked, and each session asks you to confirm before it starts.</source>
        <translation>Bestätige das nur, wenn deine Ärztin oder dein Arzt das Rollen mit der Faszienrolle für dich freigegeben hat. Die Übungen bleiben markiert, und vor jeder Einheit wirst du gebeten, das zu bestätigen.</translation>
    </message>
    <message>
        <source>My doctor agrees</source>
        <translation>Meine Ärztin oder mein Arzt ist einverstanden</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <source>Start %1 again from week 1? Your history is kept.</source>
        <translation>%1 wieder ab Woche 1 beginnen? Dein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Resume the program</source>
        <translation>Mit dem Programm weitermachen</translation>
    </message>
    <message>
        <source>Pause the program</source>
        <translation>Programm pausieren</translation>
    </message>
    <message>
        <source>Start again from week 1…</source>
        <translation>Ab Woche 1 neu beginnen…</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Wechseln zu</translation>
    </message>
    <message>
        <source>Stop following the program</source>
        <translation>Dem Programm nicht mehr folgen</translation>
    </message>
</context>
<context>
    <name>rollguide::ProgramCoach</name>
    <message>
        <source>a move</source>
        <translation>eine Übung</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>die Übung „%1“</translation>
    </message>
    <message>
        <source>Carrying on at week %1 now that you have talked to a doctor.</source>
        <translation>Es geht mit Woche %1 weiter, jetzt, da du mit einer Ärztin oder einem Arzt gesprochen hast.</translation>
    </message>
    <message>
        <source>Paused at week %1: %2 has hurt %3 times. Please ask a doctor before going on.</source>
        <translation>In Woche %1 pausiert, weil %2 %3-mal wehgetan hat. Bitte frag eine Ärztin oder einen Arzt, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>Holding at week %1: %2 hurt on %3.</source>
        <translation>Es bleibt bei Woche %1: Am %3 hat %2 wehgetan.</translation>
    </message>
    <message>
        <source>Stepping back to week %1: your back felt worse after each of your last two sessions.</source>
        <translation>Zurück zu Woche %1: Dein Rücken hat sich nach jeder deiner letzten beiden Einheiten schlechter angefühlt.</translation>
    </message>
    <message>
        <source>Staying at week 1, the gentlest: your back felt worse after each of your last two sessions.</source>
        <translation>Es bleibt bei Woche 1, der sanftesten: Dein Rücken hat sich nach jeder deiner letzten beiden Einheiten schlechter angefühlt.</translation>
    </message>
    <message>
        <source>Picking up at week %1: there were no sessions last week, and that is fine.</source>
        <translation>Es geht bei Woche %1 weiter: Letzte Woche gab es keine Einheiten, und das ist in Ordnung.</translation>
    </message>
    <message>
        <source>Staying at week %1: %2 of %3 sessions done last week.</source>
        <translation>Es bleibt bei Woche %1: Letzte Woche waren %2 von %3 Einheiten erledigt.</translation>
    </message>
    <message>
        <source>Staying at week %1: most moves were skipped last week.</source>
        <translation>Es bleibt bei Woche %1: Letzte Woche wurden die meisten Übungen übersprungen.</translation>
    </message>
    <message>
        <source>Staying at week %1: your back felt worse after a session last week.</source>
        <translation>Es bleibt bei Woche %1: Dein Rücken hat sich letzte Woche nach einer Einheit schlechter angefühlt.</translation>
    </message>
    <message>
        <source>Keeping to week %1, the last of the program: your back is taking it well.</source>
        <translation>Es bleibt bei Woche %1, der letzten des Programms: Dein Rücken kommt gut damit zurecht.</translation>
    </message>
    <message numerus="yes">
        <source>Moving on to week %1: you did %n session(s) last week and your back felt the same or better after each.</source>
        <translation>
            <numerusform>Weiter zu Woche %1: Du hast letzte Woche %n Einheit gemacht, und dein Rücken hat sich danach nicht schlechter angefühlt.</numerusform>
            <numerusform>Weiter zu Woche %1: Du hast letzte Woche %n Einheiten gemacht, und dein Rücken hat sich nach keiner schlechter angefühlt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving on to week %1: you did %n session(s) last week and no move hurt.</source>
        <translation>
            <numerusform>Weiter zu Woche %1: Du hast letzte Woche %n Einheit gemacht, und keine Übung hat wehgetan.</numerusform>
            <numerusform>Weiter zu Woche %1: Du hast letzte Woche %n Einheiten gemacht, und keine Übung hat wehgetan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused at week %1: your %2 has felt tighter before each session over two weeks (%3 → %4). Please ask a doctor before going on.</source>
        <translation>In Woche %1 pausiert: Dein %2 hat sich zwei Wochen lang vor jeder Einheit verspannter angefühlt (%3 → %4). Bitte frag eine Ärztin oder einen Arzt, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>Week 1 of %1: short, easy sessions to find out how your back takes it.</source>
        <translation>%1, Woche 1: kurze, leichte Einheiten, um herauszufinden, wie dein Rücken darauf reagiert.</translation>
    </message>
    <message>
        <source>It hurt on %1, %2, so it rests until %3.</source>
        <translation>Tat am %1, %2, weh und pausiert deshalb bis %3.</translation>
    </message>
    <message>
        <source>Paused. Your place is kept at week %1; resume when you are ready.</source>
        <translation>Pausiert. Dein Stand in Woche %1 bleibt erhalten; mach weiter, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>This program has no weeks.</source>
        <translation>Dieses Programm hat keine Wochen.</translation>
    </message>
    <message numerus="yes">
        <source>Shorter than this week&apos;s %n minute(s): fewer moves suit you today.</source>
        <translation>
            <numerusform>Kürzer als die %n Minute dieser Woche: Heute passen weniger Übungen zu dir.</numerusform>
            <numerusform>Kürzer als die %n Minuten dieser Woche: Heute passen weniger Übungen zu dir.</numerusform>
        </translation>
    </message>
    <message>
        <source>With what you told the safety questions (%1), the moves of this program need a doctor&apos;s OK first. Once your doctor agrees, say so here.</source>
        <translation>Nach deinen Antworten auf die Sicherheitsfragen (%1) brauchen die Übungen dieses Programms zuerst eine ärztliche Freigabe. Sobald deine Ärztin oder dein Arzt einverstanden ist, bestätige das hier.</translation>
    </message>
    <message>
        <source>None of this program&apos;s moves suit what you told the safety questions (%1). Please talk to a doctor before rolling.</source>
        <translation>Keine Übung dieses Programms passt zu deinen Antworten auf die Sicherheitsfragen (%1). Bitte sprich mit einer Ärztin oder einem Arzt, bevor du rollst.</translation>
    </message>
    <message>
        <source>%1, week %2 of %3</source>
        <translation>%1, Woche %2 von %3</translation>
    </message>
</context>
<context>
    <name>rollguide::QuickPlanner</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose from 1 to %1 minutes; %2 is outside that.</source>
        <translation>Wähle 1 bis %1 Minuten; %2 liegt außerhalb.</translation>
    </message>
    <message>
        <source>Kept to %1, the most advised for your first sessions.</source>
        <translation>Auf %1 begrenzt – mehr wird für deine ersten Einheiten nicht empfohlen.</translation>
    </message>
    <message>
        <source>Add it yourself once your doctor agrees.</source>
        <translation>Füg sie selbst hinzu, sobald deine Ärztin oder dein Arzt einverstanden ist.</translation>
    </message>
    <message>
        <source>Not a move for your first sessions.</source>
        <translation>Keine Übung für deine ersten Einheiten.</translation>
    </message>
    <message>
        <source>No move for the %1 suits you today, so it is left out.</source>
        <translation>Für den Bereich %1 passt heute keine Übung zu dir, daher fällt er weg.</translation>
    </message>
    <message>
        <source>No move for the %1 suits your answers and level; see what was left out and why.</source>
        <translation>Ohne passende Übung für deine Antworten und deine Stufe: %1. Sieh nach, was weggelassen wurde und warum.</translation>
    </message>
    <message>
        <source>%1 is too short to cover the %2; choose more minutes or fewer regions.</source>
        <translation>Mit %1 lassen sich nicht alle Bereiche abdecken (%2); wähle mehr Minuten oder weniger Bereiche.</translation>
    </message>
    <message>
        <source>The moves that suit you for the %1 fill at most %2 within the guide&apos;s advice for this level, short of the %3 asked for; choose fewer minutes.</source>
        <translation>Die passenden Übungen für deinen Rücken (%1) füllen nach den Empfehlungen des Leitfadens für diese Stufe höchstens %2, weniger als die gewünschten %3; wähle weniger Minuten.</translation>
    </message>
    <message>
        <source>The moves that suit you for the %1 fill at most %2 within the guide&apos;s advice for this level, short of the %3 asked for; choose fewer minutes or more regions.</source>
        <translation>Die passenden Übungen für die gewählten Bereiche (%1) füllen nach den Empfehlungen des Leitfadens für diese Stufe höchstens %2, weniger als die gewünschten %3; wähle weniger Minuten oder mehr Bereiche.</translation>
    </message>
    <message>
        <source>Quick plan: %1</source>
        <translation>Schnellplan: %1</translation>
    </message>
    <message>
        <source>For the %1.</source>
        <translation>Schwerpunkt: %1.</translation>
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
        <translation>Deine Einheit ist bereit.</translation>
    </message>
    <message>
        <source>Today: %1.</source>
        <translation>Heute: %1.</translation>
    </message>
    <message>
        <source>You planned a back session</source>
        <translation>Du hast eine Rückeneinheit geplant</translation>
    </message>
    <message>
        <source>It was planned for %1, while the computer was off or asleep.</source>
        <translation>Sie war für %1 geplant, während der Computer aus oder im Ruhezustand war.</translation>
    </message>
    <message>
        <source>It was planned for %1 at %2, while the computer was off or asleep.</source>
        <translation>Sie war für %1 um %2 geplant, während der Computer aus oder im Ruhezustand war.</translation>
    </message>
    <message>
        <source>Ready to roll now?</source>
        <translation>Bereit zum Rollen?</translation>
    </message>
    <message>
        <source>Lie down on the roller; RollGuide talks you through each move.</source>
        <translation>Leg dich auf die Rolle; RollGuide führt dich mit Ansagen durch jede Übung.</translation>
    </message>
    <message>
        <source>Time for your back session</source>
        <translation>Zeit für deine Rückeneinheit</translation>
    </message>
    <message>
        <source>Open RollGuide to start.</source>
        <translation>Öffne RollGuide, um zu starten.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>In 30 minutes</source>
        <translation>In 30 Minuten</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Open RollGuide</source>
        <translation>RollGuide öffnen</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service did not take the reminder: %1</source>
        <translation>Der Benachrichtigungsdienst des Desktops hat die Erinnerung nicht angenommen: %1</translation>
    </message>
    <message>
        <source>This desktop shows notifications without buttons: a reminder says when, and you start the session in RollGuide.</source>
        <translation>Dieser Desktop zeigt Benachrichtigungen ohne Schaltflächen: Eine Erinnerung sagt dir, wann es so weit ist, und du startest die Einheit in RollGuide.</translation>
    </message>
    <message>
        <source>Reminders need the desktop&apos;s notification service, and RollGuide found no session bus to reach it.</source>
        <translation>Erinnerungen brauchen den Benachrichtigungsdienst des Desktops, und RollGuide hat keinen Session-Bus gefunden, um ihn zu erreichen.</translation>
    </message>
    <message>
        <source>Reminders are shown by the desktop&apos;s notification service, and none answers on this desktop (%1). Nothing else is affected.</source>
        <translation>Erinnerungen werden vom Benachrichtigungsdienst des Desktops angezeigt, und auf diesem Desktop antwortet keiner (%1). Alles andere funktioniert weiter.</translation>
    </message>
    <message>
        <source>Remind me 4 times a week?</source>
        <translation>4-mal pro Woche erinnern?</translation>
    </message>
    <message>
        <source>Rolling 4 to 5 times a week helps most, starting with short sessions. RollGuide can remind you on %1 at %2. You can change the days and the time in Settings.</source>
        <translation>Rollen 4- bis 5-mal pro Woche hilft am meisten, anfangs mit kurzen Einheiten. RollGuide kann dich am %1 um %2 erinnern. Die Tage und die Uhrzeit kannst du in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnere mich</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>RollGuide could not remove %1, so it may still start when you log in.</source>
        <translation>RollGuide konnte %1 nicht entfernen, daher startet es vielleicht weiterhin bei der Anmeldung.</translation>
    </message>
    <message>
        <source>RollGuide could not create the folder %1, so reminders stop when you log out.</source>
        <translation>RollGuide konnte den Ordner %1 nicht anlegen, daher enden die Erinnerungen, wenn du dich abmeldest.</translation>
    </message>
    <message>
        <source>RollGuide could not write %1 (%2), so reminders stop when you log out.</source>
        <translation>RollGuide konnte %1 nicht schreiben (%2), daher enden die Erinnerungen, wenn du dich abmeldest.</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Heutige Einheit starten</translation>
    </message>
    <message>
        <source>No reminders today</source>
        <translation>Heute keine Erinnerungen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No reminders today (chosen)</source>
        <translation>Heute keine Erinnerungen (ausgewählt)</translation>
    </message>
    <message>
        <source>RollGuide: reminders on %1 at %2</source>
        <translation>RollGuide: Erinnerungen am %1 um %2</translation>
    </message>
    <message>
        <source>RollGuide is still running</source>
        <translation>RollGuide läuft weiter</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you on the days you planned. To quit, choose Quit in its tray menu.</source>
        <translation>Es bleibt im Infobereich, um dich an den geplanten Tagen zu erinnern. Zum Beenden wähle „Beenden“ in seinem Menü im Infobereich.</translation>
    </message>
    <message>
        <source>It keeps running to remind you on the days you planned. Open it again from your applications; to quit, choose File, Quit.</source>
        <translation>Es läuft weiter, um dich an den geplanten Tagen zu erinnern. Öffne es wieder über deine Anwendungen; zum Beenden wähle Datei › Beenden.</translation>
    </message>
</context>
<context>
    <name>rollguide::Routine</name>
    <message>
        <source>this routine was written by a newer RollGuide (schema version %1); this version reads schema version %2</source>
        <translation>dieser Ablauf wurde von einer neueren RollGuide-Version geschrieben (Schemaversion %1); diese Version liest Schemaversion %2</translation>
    </message>
    <message>
        <source>the routine has no steps; add at least one move</source>
        <translation>der Ablauf hat keine Schritte; füg mindestens eine Übung hinzu</translation>
    </message>
    <message>
        <source>a set of %1 seconds is outside the %2 to %3 seconds a set may last</source>
        <translation>ein Satz von %1 Sekunden liegt außerhalb der %2 bis %3 Sekunden, die ein Satz dauern darf</translation>
    </message>
    <message>
        <source>a set of %1 breaths is outside the %2 to %3 breaths a set may last</source>
        <translation>ein Satz von %1 Atemzügen liegt außerhalb der %2 bis %3 Atemzüge, die ein Satz dauern darf</translation>
    </message>
    <message>
        <source>%1 sets is outside the 1 to %2 sets allowed</source>
        <translation>%1 Sätze liegen außerhalb der erlaubten 1 bis %2 Sätze</translation>
    </message>
    <message>
        <source>a rest of %1 seconds is outside the 0 to %2 seconds allowed</source>
        <translation>eine Pause von %1 Sekunden liegt außerhalb der erlaubten 0 bis %2 Sekunden</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>the routine has %1 steps; at most %2 are allowed</source>
        <translation>der Ablauf hat %1 Schritte; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>no exercise chosen</source>
        <translation>keine Übung gewählt</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineCommands</name>
    <message>
        <source>delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>rename to &quot;%1&quot;</source>
        <translation>in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>add &quot;%1&quot;</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>move &quot;%1&quot;</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>change the dose of &quot;%1&quot;</source>
        <translation>Umfang von „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineLibrary</name>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Duplicate one to make it your own.</source>
        <translation>Eingebaute Abläufe lassen sich nicht ändern. Dupliziere einen, um ihn zu deinem eigenen zu machen.</translation>
    </message>
    <message>
        <source>%1 (without %2)</source>
        <translation>%1 (ohne %2)</translation>
    </message>
    <message>
        <source>Take %1 out of your routines</source>
        <translation>%1 aus deinen Abläufen entfernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineLookup</name>
    <message>
        <source>no routine was named</source>
        <translation>es wurde kein Ablauf genannt</translation>
    </message>
    <message>
        <source>there is no routine called &quot;%1&quot;; there are no routines at all</source>
        <translation>es gibt keinen Ablauf namens „%1“; es gibt überhaupt keine Abläufe</translation>
    </message>
    <message>
        <source>there is no routine called &quot;%1&quot;; the routines are: %2</source>
        <translation>es gibt keinen Ablauf namens „%1“; vorhandene Abläufe: %2</translation>
    </message>
    <message>
        <source>To open the file %1 instead, write it as ./%1</source>
        <translation>Um stattdessen die Datei %1 zu öffnen, schreib sie als ./%1</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineSheet</name>
    <message>
        <source>Across</source>
        <translation>Quer</translation>
    </message>
    <message>
        <source>Lengthwise</source>
        <translation>Längs</translation>
    </message>
    <message>
        <source>This move is not in the catalog, so the session leaves it out.</source>
        <translation>Diese Übung ist nicht im Katalog, daher lässt die Einheit sie weg.</translation>
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
        <translation>%1 s einatmen und %2 s ausatmen</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>RollGuide · %1</source>
        <translation>RollGuide · %1</translation>
    </message>
    <message>
        <source>not known (the routine has errors)</source>
        <translation>unbekannt (der Ablauf enthält Fehler)</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Sicherheit zuerst</translation>
    </message>
    <message>
        <source>Stop if it hurts. Press only enough to feel the muscle let go, and keep the roller off the bones of your spine.</source>
        <translation>Hör auf, wenn es wehtut. Drück nur so fest, dass du spürst, wie der Muskel nachgibt, und halte die Rolle von den Knochen deiner Wirbelsäule fern.</translation>
    </message>
    <message>
        <source>Weekly log</source>
        <translation>Wochenprotokoll</translation>
    </message>
    <message>
        <source>Tick a box each time you roll.</source>
        <translation>Kreuz bei jedem Rollen ein Kästchen an.</translation>
    </message>
    <message>
        <source>Aim for %1 sessions a week. Tick a box each time you roll.</source>
        <translation>Nimm dir %1 Einheiten pro Woche vor. Kreuz bei jedem Rollen ein Kästchen an.</translation>
    </message>
    <message>
        <source>Aim for %1–%2 sessions a week. Tick a box each time you roll.</source>
        <translation>Nimm dir %1–%2 Einheiten pro Woche vor. Kreuz bei jedem Rollen ein Kästchen an.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineStepsModel</name>
    <message>
        <source>Unknown move &quot;%1&quot;</source>
        <translation>Unbekannte Übung „%1“</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineStore</name>
    <message>
        <source>it could not be read</source>
        <translation>sie ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>It was written by a newer RollGuide (schema version %1), so this version shows it read-only and never saves over it. Save it as a new routine to change it.</source>
        <translation>Dieser Ablauf wurde von einer neueren RollGuide-Version geschrieben (Schemaversion %1), daher zeigt diese Version ihn schreibgeschützt an und speichert nie darüber. Speichere ihn als neuen Ablauf, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>It was written by a newer RollGuide (schema version %1), and this version cannot read its moves, so it is only listed. Update RollGuide to use it.</source>
        <translation>Dieser Ablauf wurde von einer neueren RollGuide-Version geschrieben (Schemaversion %1), und diese Version kann seine Übungen nicht lesen, daher wird er nur aufgelistet. Aktualisiere RollGuide, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>it would not read back</source>
        <translation>sie ließ sich nicht wieder einlesen</translation>
    </message>
    <message>
        <source>The routines folder %1 is not a folder, so no routines could be read.</source>
        <translation>Der Ablaufordner %1 ist kein Ordner, daher konnten keine Abläufe gelesen werden.</translation>
    </message>
    <message>
        <source>The routines folder %1 could not be created, so no routines could be read.</source>
        <translation>Der Ablaufordner %1 ließ sich nicht anlegen, daher konnten keine Abläufe gelesen werden.</translation>
    </message>
    <message>
        <source>The routines folder %1 cannot be read, so no routines could be read.</source>
        <translation>Der Ablaufordner %1 ist nicht lesbar, daher konnten keine Abläufe gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not used: its name holds characters RollGuide does not accept in a routine file&apos;s name (bytes that are not UTF-8 text, control characters or a backslash). Rename it to use it.</source>
        <translation>%1 wird nicht verwendet: Der Name enthält Zeichen, die RollGuide im Namen einer Ablaufdatei nicht akzeptiert (Bytes, die kein UTF-8-Text sind, Steuerzeichen oder einen Backslash). Benenne die Datei um, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. It was left as it is.</source>
        <translation>%1 ließ sich nicht lesen: %2. Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 ließ sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>It was left as it is and not used; open RollGuide&apos;s Routines tab to recover it.</source>
        <translation>Die Datei wurde unverändert gelassen und wird nicht verwendet; öffne in RollGuide den Tab „Abläufe“, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>It was moved to %1, where it is kept but not used.</source>
        <translation>Die Datei wurde nach %1 verschoben, wo sie aufbewahrt, aber nicht verwendet wird.</translation>
    </message>
    <message>
        <source>It could not be moved aside either, so it was left as it is and not used.</source>
        <translation>Die Datei ließ sich auch nicht beiseitelegen, daher wurde sie unverändert gelassen und wird nicht verwendet.</translation>
    </message>
    <message>
        <source>There is no earlier copy to restore.</source>
        <translation>Es gibt keine frühere Kopie zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Its earlier copy %1 could not be read either: %2.</source>
        <translation>Ihre frühere Kopie %1 ließ sich ebenfalls nicht lesen: %2.</translation>
    </message>
    <message>
        <source>Its last good copy, %1, was restored and loaded.</source>
        <translation>Ihre letzte gute Kopie, %1, wurde wiederhergestellt und geladen.</translation>
    </message>
    <message>
        <source>This is the last good copy, %1; it could not be put back (%2), so it is read-only.</source>
        <translation>Das ist die letzte gute Kopie, %1; sie ließ sich nicht zurückspielen (%2), daher ist sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>This is the last good copy, %1; the damaged file is still in its place, so it is read-only.</source>
        <translation>Das ist die letzte gute Kopie, %1; die beschädigte Datei liegt noch an ihrem Platz, daher ist sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>Its last good copy, %1, is shown read-only.</source>
        <translation>Ihre letzte gute Kopie, %1, wird schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>“%1” is not the name of a routine file in the routines folder.</source>
        <translation>„%1“ ist nicht der Name einer Ablaufdatei im Ablaufordner.</translation>
    </message>
    <message>
        <source>it is read-only.</source>
        <translation>die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>the routines folder %1 cannot be created. Your changes are kept here, not saved.</source>
        <translation>der Ablaufordner %1 lässt sich nicht anlegen. Deine Änderungen bleiben hier erhalten, sind aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>another RollGuide is saving routines right now. Your changes are kept here; try again.</source>
        <translation>ein anderes RollGuide speichert gerade Abläufe. Deine Änderungen bleiben hier erhalten; versuch es noch einmal.</translation>
    </message>
    <message>
        <source>its file %1 cannot be checked: %2. Your changes are kept here, not saved.</source>
        <translation>die zugehörige Datei %1 lässt sich nicht prüfen: %2. Deine Änderungen bleiben hier erhalten, sind aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>its file %1 was written by a newer RollGuide, and this version never saves over such a file. Save it as a new routine instead.</source>
        <translation>die zugehörige Datei %1 wurde von einer neueren RollGuide-Version geschrieben, und diese Version speichert nie über eine solche Datei. Speichere den Ablauf stattdessen als neuen Ablauf.</translation>
    </message>
    <message>
        <source>its file %1 was changed elsewhere (perhaps by another RollGuide) since it was opened. Your changes are kept here; save again to overwrite the other version, or save them as a new routine.</source>
        <translation>die zugehörige Datei %1 wurde anderswo geändert (vielleicht von einem anderen RollGuide), seit sie geöffnet wurde. Deine Änderungen bleiben hier erhalten; speichere noch einmal, um die andere Version zu überschreiben, oder speichere sie als neuen Ablauf.</translation>
    </message>
    <message>
        <source>its file %1 cannot be read and could not be moved aside, so it was left as it is. Your changes are kept here, not saved.</source>
        <translation>die zugehörige Datei %1 lässt sich nicht lesen und konnte nicht beiseitegelegt werden, daher wurde sie unverändert gelassen. Deine Änderungen bleiben hier erhalten, sind aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your changes are kept here, not saved.</source>
        <translation>Deine Änderungen bleiben hier erhalten, sind aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a routine file in the routines folder, so nothing was removed.</source>
        <translation>„%1“ ist nicht der Name einer Ablaufdatei im Ablaufordner, daher wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>There is no routine file %1 to remove.</source>
        <translation>Es gibt keine Ablaufdatei %1, die entfernt werden könnte.</translation>
    </message>
    <message>
        <source>%1 could not be removed: it could not be renamed to %2.</source>
        <translation>%1 ließ sich nicht entfernen: Die Datei konnte nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2.</source>
        <translation>%1 ließ sich nicht importieren: %2.</translation>
    </message>
    <message>
        <source>it was written by a newer RollGuide (schema version %1); update RollGuide to import it</source>
        <translation>sie wurde von einer neueren RollGuide-Version geschrieben (Schemaversion %1); aktualisiere RollGuide, um sie zu importieren</translation>
    </message>
    <message>
        <source>it is not a routine file</source>
        <translation>das ist keine Ablaufdatei</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(und %n weiteres Problem)</numerusform>
            <numerusform>(und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine was not exported: %1.</source>
        <translation>Der Ablauf wurde nicht exportiert: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutinesTab</name>
    <message>
        <source>All regions</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>long breaths</source>
        <translation>lange Atemzüge</translation>
    </message>
    <message>
        <source>Pick a routine on the left, or make a new one.</source>
        <translation>Wähle links einen Ablauf oder erstelle einen neuen.</translation>
    </message>
    <message>
        <source>This is a built-in routine, so it cannot be changed. Press Duplicate to make your own copy to edit.</source>
        <translation>Das ist ein eingebauter Ablauf, daher lässt er sich nicht ändern. Drück „Duplizieren“, um eine eigene Kopie zum Bearbeiten anzulegen.</translation>
    </message>
    <message>
        <source>Add moves from the right: double-click, press Add, or drag them in. Drag or use Alt+Up and Alt+Down to reorder.</source>
        <translation>Füg rechts Übungen hinzu: per Doppelklick, mit „Zum Ablauf hinzufügen“ oder durch Hineinziehen. Zum Umsortieren ziehen oder Alt+Up und Alt+Down verwenden.</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>Nicht im Katalog</translation>
    </message>
    <message>
        <source>Not safe with your answers</source>
        <translation>Mit deinen Antworten nicht sicher</translation>
    </message>
    <message>
        <source>Ask your doctor first</source>
        <translation>Erst ärztlich abklären</translation>
    </message>
    <message>
        <source>More than advised</source>
        <translation>Mehr als empfohlen</translation>
    </message>
    <message>
        <source>Check this</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <source>Total time: %1 at your breath pace</source>
        <translation>Gesamtzeit: %1 bei deinem Atemtempo</translation>
    </message>
    <message>
        <source>This routine cannot be played yet.</source>
        <translation>Dieser Ablauf kann noch nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>Cannot be played</source>
        <translation>Nicht abspielbar</translation>
    </message>
    <message>
        <source>No moves yet.</source>
        <translation>Noch keine Übungen.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neuer Ablauf</translation>
    </message>
    <message>
        <source>new routine</source>
        <translation>neuen Ablauf anlegen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>duplicate &quot;%1&quot;</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Some changes could not be saved. They are kept here, still marked unsaved.

%1</source>
        <translation>Einige Änderungen ließen sich nicht speichern. Sie bleiben hier erhalten und weiter als ungespeichert markiert.

%1</translation>
    </message>
    <message>
        <source>import &quot;%1&quot;</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>No routine is selected.</source>
        <translation>Kein Ablauf ausgewählt.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Ablauf importieren</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Ablaufdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Ablauf exportieren</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Ablaufdateien (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
</context>
<context>
    <name>rollguide::SafeFile</name>
    <message>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a regular file</source>
        <translation>das ist eine benannte Pipe (FIFO), keine normale Datei</translation>
    </message>
    <message>
        <source>it is a device, not a regular file</source>
        <translation>das ist ein Gerät, keine normale Datei</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file</source>
        <translation>das ist ein Socket, keine normale Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>das ist keine normale Datei</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>dein Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>die Datei wäre größer, als dieses System zulässt</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>its symbolic links form a loop</source>
        <translation>die symbolischen Links bilden eine Schleife</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger hat einen Ein-/Ausgabefehler gemeldet</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>es sind zu viele Dateien geöffnet</translation>
    </message>
    <message>
        <source>nothing is reading from it</source>
        <translation>es liest niemand daraus</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>die Datei ist größer als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>no file was named</source>
        <translation>es wurde keine Datei genannt</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist</source>
        <translation>das ist ein symbolischer Link auf ein Ziel, das nicht existiert (%1)</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>die Datei ist %1 Bytes groß; die Grenze liegt bei %2 Bytes</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not take new files</source>
        <translation>%1 lässt sich nicht schreiben: Der Ordner %2 nimmt keine neuen Dateien an</translation>
    </message>
    <message>
        <source>%1 could not be written in full: %2</source>
        <translation>%1 konnte nicht vollständig geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the previous copy of %1 could not be kept, so it was not replaced</source>
        <translation>die vorherige Kopie von %1 ließ sich nicht aufbewahren, daher wurde die Datei nicht ersetzt</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be moved aside: %2</source>
        <translation>%1 konnte nicht beiseitegelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>rollguide::Screening</name>
    <message>
        <source>Not advised with %1.</source>
        <translation>Nicht empfohlen bei: %1.</translation>
    </message>
    <message>
        <source>Ask your doctor first because of %1.</source>
        <translation>Frag vorher deine Ärztin oder deinen Arzt – Grund: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::ScreeningDialog</name>
    <message>
        <source>RollGuide leaves out the moves it rules out.</source>
        <translation>RollGuide lässt die Übungen weg, die dadurch ausgeschlossen sind.</translation>
    </message>
    <message>
        <source>RollGuide marks the moves concerned and asks before them.</source>
        <translation>RollGuide markiert die betroffenen Übungen und fragt vor ihnen nach.</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Tick what applies, or &quot;None of these apply to me&quot;.</source>
        <translation>Kreuz an, was zutrifft, oder „Nichts davon trifft auf mich zu“.</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionPlan</name>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Next: switch to your %1</source>
        <translation>Als Nächstes: Wechsel auf deine %1</translation>
    </message>
    <message>
        <source>Next: rest</source>
        <translation>Als Nächstes: ausruhen</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Als Nächstes: Abschluss</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, set %2 of %3</source>
        <translation>%1, Satz %2 von %3</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionPlanner</name>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <source>Well done. Roll onto your side and get up slowly.</source>
        <translation>Gut gemacht. Roll dich auf die Seite und steh langsam auf.</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Geh in Position</translation>
    </message>
    <message>
        <source>Get into position on your %1</source>
        <translation>Leg dich auf deine %1 und geh in Position</translation>
    </message>
    <message>
        <source>Roller: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>Vermeiden:</translation>
    </message>
    <message>
        <source>Next: %1. %2</source>
        <translation>Als Nächstes: %1. %2</translation>
    </message>
    <message>
        <source>Start on your %1.</source>
        <translation>Leg dich zuerst auf deine %1.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Turn to your %1</source>
        <translation>Dreh dich auf deine %1</translation>
    </message>
    <message>
        <source>Switch to your %1.</source>
        <translation>Wechsle auf deine %1.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Rest and breathe</source>
        <translation>Ausruhen und atmen</translation>
    </message>
    <message>
        <source>Rest. Set %1 of %2 is next.</source>
        <translation>Ausruhen. Gleich kommt Satz %1 von %2.</translation>
    </message>
    <message>
        <source>Left side.</source>
        <translation>Linke Seite.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <translation>Rechte Seite.</translation>
    </message>
    <message>
        <source>Roll slowly: one pass per breath</source>
        <translation>Langsam rollen: ein Durchgang pro Atemzug</translation>
    </message>
    <message>
        <source>Roll slowly and keep breathing</source>
        <translation>Langsam rollen und weiteratmen</translation>
    </message>
    <message>
        <source>Start rolling.</source>
        <translation>Fang an zu rollen.</translation>
    </message>
    <message>
        <source>One repetition per breath</source>
        <translation>Eine Wiederholung pro Atemzug</translation>
    </message>
    <message>
        <source>Begin.</source>
        <translation>Und los.</translation>
    </message>
    <message>
        <source>Hold still and breathe slowly</source>
        <translation>Halt still und atme langsam</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s).</source>
        <translation>
            <numerusform>%n Atemzug.</numerusform>
            <numerusform>%n Atemzüge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s).</source>
        <translation>
            <numerusform>%n Sekunde.</numerusform>
            <numerusform>%n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2.</source>
        <translation>Satz %1 von %2.</translation>
    </message>
    <message>
        <source>breath pace</source>
        <translation>Atemtempo</translation>
    </message>
    <message>
        <source>getting into position</source>
        <translation>Position einnehmen</translation>
    </message>
    <message>
        <source>%1 ms is outside the 0 to %2 ms allowed</source>
        <translation>%1 ms liegt außerhalb der erlaubten 0 bis %2 ms</translation>
    </message>
    <message>
        <source>switching sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Unbenannter Ablauf</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>none of its moves is in the catalog, so there is nothing to play</source>
        <translation>keine seiner Übungen ist im Katalog, daher gibt es nichts abzuspielen</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionPlayer</name>
    <message>
        <source>The system clock changed, so the session is paused.</source>
        <translation>Die Systemuhr wurde umgestellt, daher ist die Einheit pausiert.</translation>
    </message>
    <message>
        <source>The computer was asleep for about %1 minutes, so the session is paused.</source>
        <translation>Der Computer war etwa %1 Minuten im Ruhezustand, daher ist die Einheit pausiert.</translation>
    </message>
    <message>
        <source>The computer was asleep for about a minute, so the session is paused.</source>
        <translation>Der Computer war etwa eine Minute im Ruhezustand, daher ist die Einheit pausiert.</translation>
    </message>
    <message>
        <source>The computer was asleep for a moment, so the session is paused.</source>
        <translation>Der Computer war kurz im Ruhezustand, daher ist die Einheit pausiert.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionSetup</name>
    <message>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation>Erfahren</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Before a workout</source>
        <translation>Vor dem Training</translation>
    </message>
    <message>
        <source>After a workout</source>
        <translation>Nach dem Training</translation>
    </message>
    <message>
        <source>You have not answered the safety questions yet. They come up when you start.</source>
        <translation>Du hast die Sicherheitsfragen noch nicht beantwortet. Sie kommen, wenn du startest.</translation>
    </message>
    <message>
        <source>Safety answers: none of the listed conditions.</source>
        <translation>Sicherheitsantworten: keiner der aufgeführten Punkte.</translation>
    </message>
    <message>
        <source>Safety answers: %1.</source>
        <translation>Sicherheitsantworten: %1.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Keine Einheit gewählt</translation>
    </message>
    <message>
        <source>Pick a routine on the left, or make a quick plan.</source>
        <translation>Wähle links einen Ablauf oder erstelle einen Schnellplan.</translation>
    </message>
    <message>
        <source>This routine cannot be played:
%1</source>
        <translation>Dieser Ablauf kann nicht abgespielt werden:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>No plan fits that goal</source>
        <translation>Kein Plan passt zu diesem Ziel</translation>
    </message>
    <message>
        <source>Left out: %1 (%2)</source>
        <translation>Weggelassen: %1 (%2)</translation>
    </message>
    <message>
        <source>Check these moves first</source>
        <translation>Diese Übungen zuerst prüfen</translation>
    </message>
    <message>
        <source>Your safety answers say these moves need care or your doctor&apos;s OK:

%1

Leave them out of this session, or do them anyway?</source>
        <translation>Laut deinen Sicherheitsantworten brauchen diese Übungen Vorsicht oder die Freigabe deiner Ärztin oder deines Arztes:

%1

Möchtest du sie in dieser Einheit weglassen oder trotzdem machen?</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Do them anyway</source>
        <translation>Trotzdem machen</translation>
    </message>
    <message>
        <source>Nothing left to do</source>
        <translation>Nichts mehr übrig</translation>
    </message>
    <message>
        <source>Every move in this session was left out for safety. Pick another routine, or ask your doctor which moves suit you.</source>
        <translation>Jede Übung dieser Einheit wurde aus Sicherheitsgründen weggelassen. Wähle einen anderen Ablauf oder frag deine Ärztin oder deinen Arzt, welche Übungen zu dir passen.</translation>
    </message>
    <message>
        <source>This session cannot start</source>
        <translation>Diese Einheit kann nicht starten</translation>
    </message>
</context>
<context>
    <name>rollguide::SettingsDialog</name>
    <message>
        <source>Sound output: working.</source>
        <translation>Tonausgabe: funktioniert.</translation>
    </message>
    <message>
        <source>Voice: %1.</source>
        <translation>Stimme: %1.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminders, or turn them off.</source>
        <translation>Wähle mindestens einen Tag für die Erinnerungen oder schalte sie aus.</translation>
    </message>
    <message>
        <source>RollGuide starts in the background when you log in, and keeps running when you close its window, so the reminders come.</source>
        <translation>RollGuide startet bei der Anmeldung im Hintergrund und läuft weiter, wenn du sein Fenster schließt, damit die Erinnerungen kommen.</translation>
    </message>
    <message>
        <source>Rolling 4 to 5 times a week helps most. A reminder can nudge you on the days you choose.</source>
        <translation>Rollen 4- bis 5-mal pro Woche hilft am meisten. Eine Erinnerung kann dir an den Tagen deiner Wahl einen kleinen Schubs geben.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>A new language shows the next time RollGuide starts.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von RollGuide.</translation>
    </message>
</context>
<context>
    <name>rollguide::SettingsFile</name>
    <message>
        <source>The settings file %1 could not be read (%2). RollGuide uses its defaults and keeps any change in memory only; the file is left as it is.</source>
        <translation>Die Einstellungsdatei %1 ließ sich nicht lesen (%2). RollGuide verwendet seine Standardwerte und behält Änderungen nur im Speicher; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Your settings were not saved: %1.</source>
        <translation>Deine Einstellungen wurden nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::SheetLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Total time %1</source>
        <translation>Gesamtzeit %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Roller %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <source>Do not roll with:</source>
        <translation>Nicht rollen bei:</translation>
    </message>
    <message>
        <source>Ask your doctor first if you have:</source>
        <translation>Frag vorher deine Ärztin oder deinen Arzt, wenn du Folgendes hast:</translation>
    </message>
    <message>
        <source>no file name was given for the PDF</source>
        <translation>für das PDF wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 ist ein Ordner, kein Dateiname</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist</source>
        <translation>%1 lässt sich nicht schreiben: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 is not a folder</source>
        <translation>%1 lässt sich nicht schreiben: %2 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine normale Datei</translation>
    </message>
    <message>
        <source>the page could not be painted</source>
        <translation>die Seite ließ sich nicht zeichnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rollguide::SheetPrinter</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>The routine sheet could not be printed: %1.</source>
        <translation>Das Ablaufblatt ließ sich nicht drucken: %1.</translation>
    </message>
    <message>
        <source>Export routine sheet as PDF</source>
        <translation>Ablaufblatt als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>PDF konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>The routine sheet could not be saved: %1.</source>
        <translation>Das Ablaufblatt ließ sich nicht speichern: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::Translations</name>
    <message>
        <source>RollGuide has no language &quot;%1&quot;; choose one of: %2.</source>
        <translation>RollGuide hat keine Sprache „%1“; wähle eine von: %2.</translation>
    </message>
</context>
</TS>

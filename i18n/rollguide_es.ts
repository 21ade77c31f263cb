<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CatalogBrowser</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show every move</source>
        <translation>Mostrar todos los ejercicios</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Lumbar</translation>
    </message>
    <message>
        <source>Show moves for the lower back</source>
        <translation>Mostrar ejercicios para la zona lumbar</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Show moves for the mid back</source>
        <translation>Mostrar ejercicios para la zona media de la espalda</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Show moves for the upper back</source>
        <translation>Mostrar ejercicios para la zona alta de la espalda</translation>
    </message>
    <message>
        <source>Search moves</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Move details</source>
        <translation>Detalles del ejercicio</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you roll</source>
        <translation>Antes de rodar</translation>
    </message>
    <message>
        <source>Safety and disclaimer</source>
        <translation>Seguridad y aviso legal</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>acortado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>me dolió</translation>
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
        <translation>este UUID ya lo usa otra sesión</translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time</source>
        <translation>no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>unknown or repeated region &quot;%1&quot;</source>
        <translation>región desconocida o repetida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a routine object</source>
        <translation>debe ser un objeto de rutina</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
    <message>
        <source>%1 cut short</source>
        <translation>%1 acortados</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 saltados</translation>
    </message>
    <message>
        <source>%1 hurt</source>
        <translation>%1 con dolor</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the disk is full, or the file would be larger than this system allows</source>
        <translation>el disco está lleno o el archivo superaría el tamaño que permite este sistema</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message numerus="yes">
        <source>another RollGuide kept it busy for more than %n second(s)</source>
        <translation>
            <numerusform>otro RollGuide lo mantuvo ocupado más de %n segundo</numerusform>
            <numerusform>otro RollGuide lo mantuvo ocupado más de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk could not be written or read (it may be full, the file may be larger than this system allows, or the disk may be failing)</source>
        <translation>no se pudo escribir ni leer en el disco (puede que esté lleno, que el archivo supere el tamaño que permite este sistema o que el disco esté fallando)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Could not open the history</source>
        <translation>No se pudo abrir el historial</translation>
    </message>
    <message>
        <source>%1 is not a usable history (%2)</source>
        <translation>%1 no es un historial utilizable (%2)</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>No se pudo leer el historial</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 está dañado (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a RollGuide history (another program&apos;s file)</source>
        <translation>%1 es una base de datos SQLite, pero no un historial de RollGuide (es un archivo de otro programa)</translation>
    </message>
    <message>
        <source>%1 is a RollGuide history with no schema version</source>
        <translation>%1 es un historial de RollGuide sin versión de esquema</translation>
    </message>
    <message>
        <source>The history %1 cannot be read: %2.</source>
        <translation>No se puede leer el historial %1: %2.</translation>
    </message>
    <message>
        <source>The history %1 is not an SQLite database (%2).</source>
        <translation>El historial %1 no es una base de datos SQLite (%2).</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>its first bytes are not SQLite&apos;s</source>
        <translation>sus primeros bytes no son los de SQLite</translation>
    </message>
    <message>
        <source>%1. It could not be moved aside (%2), so this session&apos;s history is kept only until RollGuide closes.</source>
        <translation>%1. No se pudo apartar (%2), así que el historial de esta sesión solo se conserva hasta que se cierre RollGuide.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2)</source>
        <translation>%1 no es una base de datos SQLite (%2)</translation>
    </message>
    <message>
        <source>The history cannot be kept: the folder %1 cannot be created.</source>
        <translation>No se puede guardar el historial: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder cannot be changed (%2)</source>
        <translation>%1 no se puede escribir: no se puede modificar su carpeta (%2)</translation>
    </message>
    <message>
        <source>%1. Sessions are not recorded until this is put right.</source>
        <translation>%1. Las sesiones no se registran hasta que se corrija esto.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer RollGuide (schema %2; this one knows %3). It is shown read-only, and sessions are not recorded.</source>
        <translation>El historial %1 lo escribió una versión más reciente de RollGuide (esquema %2; esta conoce el %3). Se muestra en solo lectura y las sesiones no se registran.</translation>
    </message>
    <message>
        <source>%1. It was moved aside, unchanged, to %2, and a new history was started.</source>
        <translation>%1. Se apartó, sin cambios, a %2 y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>Could not set up the history</source>
        <translation>No se pudo preparar el historial</translation>
    </message>
    <message>
        <source>Could not update the history</source>
        <translation>No se pudo actualizar el historial</translation>
    </message>
    <message>
        <source>The history %1 is not open for writing.</source>
        <translation>El historial %1 no está abierto para escritura.</translation>
    </message>
    <message>
        <source>Could not save the session to the history</source>
        <translation>No se pudo guardar la sesión en el historial</translation>
    </message>
    <message>
        <source>The history %1 is read-only.</source>
        <translation>El historial %1 es de solo lectura.</translation>
    </message>
    <message>
        <source>Could not delete the session from the history</source>
        <translation>No se pudo eliminar la sesión del historial</translation>
    </message>
    <message>
        <source>Could not delete the history</source>
        <translation>No se pudo eliminar el historial</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>E&amp;jercicios</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>Guide to rolling the back</source>
        <translation>Guía para usar el rodillo en la espalda</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>The exercise catalog could not be loaded</source>
        <translation>No se pudo cargar el catálogo de ejercicios</translation>
    </message>
    <message>
        <source>Catalog errors</source>
        <translation>Errores del catálogo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Save routines</source>
        <translation>&amp;Guardar rutinas</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Preview the printable sheet of the routine on the Session tab</source>
        <translation>Vista previa de la hoja imprimible de la rutina de la pestaña Sesión</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the sheet of the routine on the Session tab</source>
        <translation>Imprimir la hoja de la rutina de la pestaña Sesión</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Save the sheet of the routine on the Session tab as a PDF file</source>
        <translation>Guardar la hoja de la rutina de la pestaña Sesión como archivo PDF</translation>
    </message>
    <message>
        <source>Safety &amp;questions…</source>
        <translation>&amp;Preguntas de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Safety and disclaimer…</source>
        <translation>&amp;Seguridad y aviso legal…</translation>
    </message>
    <message>
        <source>&amp;About RollGuide</source>
        <translation>&amp;Acerca de RollGuide</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>%1 is not the module RollGuide expected</source>
        <translation>%1 no es el módulo que RollGuide esperaba</translation>
    </message>
    <message>
        <source>%1 is in none of these folders: %2</source>
        <translation>%1 no está en ninguna de estas carpetas: %2</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Back  ←</source>
        <translation>Atrás  ←</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Pause  Space</source>
        <translation>Pausar  Espacio</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Skip  →</source>
        <translation>Saltar  →</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>+15 s  ↑</source>
        <translation>+15 s  ↑</translation>
    </message>
    <message>
        <source>Add 15 seconds</source>
        <translation>Añadir 15 segundos</translation>
    </message>
    <message>
        <source>It hurts, skip this move  H</source>
        <translation>Me duele, saltar este ejercicio  H</translation>
    </message>
    <message>
        <source>It hurts, skip this move</source>
        <translation>Me duele, saltar este ejercicio</translation>
    </message>
    <message>
        <source>Full screen  F</source>
        <translation>Pantalla completa  F</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Stop  Esc</source>
        <translation>Detener  Esc</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <source>Back to sessions</source>
        <translation>Volver a las sesiones</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message>
        <source>Today&apos;s program session</source>
        <translation>Sesión de hoy del programa</translation>
    </message>
    <message>
        <source>Start to&amp;day&apos;s session</source>
        <translation>Empezar la sesión de &amp;hoy</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Program options</source>
        <translation>Opciones del programa</translation>
    </message>
    <message>
        <source>&amp;Follow this program</source>
        <translation>&amp;Seguir este programa</translation>
    </message>
    <message>
        <source>I have talked to a &amp;doctor</source>
        <translation>He hablado con un &amp;médico</translation>
    </message>
    <message>
        <source>My doctor &amp;agrees</source>
        <translation>Mi médico está de &amp;acuerdo</translation>
    </message>
    <message>
        <source>When to ask a doctor</source>
        <translation>Cuándo consultar a un médico</translation>
    </message>
    <message>
        <source>&amp;Resume the program</source>
        <translation>&amp;Reanudar el programa</translation>
    </message>
</context>
<context>
    <name>RoutinesTab</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Steps of this routine</source>
        <translation>Pasos de esta rutina</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Remove move</source>
        <translation>&amp;Quitar ejercicio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dose of the selected move</source>
        <translation>Dosis del ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Cada lado por turnos</translation>
    </message>
    <message>
        <source>R&amp;est between sets</source>
        <translation>&amp;Descanso entre series</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Descanso entre series, en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>Imprimir &amp;hoja…</translation>
    </message>
    <message>
        <source>Start &amp;this routine</source>
        <translation>Empezar es&amp;ta rutina</translation>
    </message>
    <message>
        <source>Add moves</source>
        <translation>Añadir ejercicios</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Search moves</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Search moves to add</source>
        <translation>Buscar ejercicios para añadir</translation>
    </message>
    <message>
        <source>Moves to add</source>
        <translation>Ejercicios para añadir</translation>
    </message>
    <message>
        <source>&amp;Add to routine</source>
        <translation>Añadir a la &amp;rutina</translation>
    </message>
    <message>
        <source>Or double-click a move, or drag it into the list</source>
        <translation>O haz doble clic en un ejercicio, o arrástralo a la lista</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Is rolling right for your back?</source>
        <translation>¿Es el rodillo adecuado para tu espalda?</translation>
    </message>
    <message>
        <source>Tick everything that applies to you. RollGuide leaves out the moves that are not safe with these, and asks before a move that needs your doctor&apos;s OK. Your answers stay on this computer.</source>
        <translation>Marca todo lo que sea tu caso. RollGuide deja fuera los ejercicios que no son seguros en estos casos y te pregunta antes de un ejercicio que necesite el visto bueno de tu médico. Tus respuestas se quedan en este equipo.</translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation>Nada de esto es mi caso</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <source>Choose a routine</source>
        <translation>Elige una rutina</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Or make a quick plan</source>
        <translation>O crea un plan rápido</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>&amp;Lower back</source>
        <translation>Zona &amp;lumbar</translation>
    </message>
    <message>
        <source>M&amp;id back</source>
        <translation>Zona me&amp;dia de la espalda</translation>
    </message>
    <message>
        <source>&amp;Upper back</source>
        <translation>Zona &amp;alta de la espalda</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutos</translation>
    </message>
    <message>
        <source>Minutes available</source>
        <translation>Minutos disponibles</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Make a &amp;plan</source>
        <translation>Crear un &amp;plan</translation>
    </message>
    <message>
        <source>Moves in this session</source>
        <translation>Ejercicios de esta sesión</translation>
    </message>
    <message>
        <source>Safety &amp;questions…</source>
        <translation>Preguntas de &amp;seguridad…</translation>
    </message>
    <message>
        <source>S&amp;tart session</source>
        <translation>&amp;Empezar sesión</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Play sounds at the start, halfway, the last three seconds, side switches and the end</source>
        <translation>Reproducir sonidos al empezar, a mitad, en los tres últimos segundos, en los cambios de lado y al final</translation>
    </message>
    <message>
        <source>Play soft tones on each breath in and out</source>
        <translation>Reproducir tonos suaves en cada inhalación y exhalación</translation>
    </message>
    <message>
        <source>Speak each move, side switch and what to do</source>
        <translation>Decir en voz alta cada ejercicio, cada cambio de lado y qué hacer</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Breath pace</source>
        <translation>Ritmo de respiración</translation>
    </message>
    <message>
        <source>Breathe &amp;in for</source>
        <translation>&amp;Inhalar durante</translation>
    </message>
    <message>
        <source>Seconds to breathe in</source>
        <translation>Segundos para inhalar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Breathe &amp;out for</source>
        <translation>&amp;Exhalar durante</translation>
    </message>
    <message>
        <source>Seconds to breathe out</source>
        <translation>Segundos para exhalar</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me on the days I plan to roll</source>
        <translation>Recordarme los días en que tengo previsto rodar</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Days to remind</source>
        <translation>Días de recordatorio</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;A las</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Show RollGuide in</source>
        <translation>&amp;Mostrar RollGuide en</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rollguide: your settings (%1) give program/started as &quot;%2&quot;, which is not a date (YYYY-MM-DD); the program is shown as if it started today</source>
        <translation>rollguide: tus ajustes (%1) indican program/started como «%2», que no es una fecha (AAAA-MM-DD); el programa se muestra como si hubiera empezado hoy</translation>
    </message>
    <message>
        <source>rollguide: --today: your settings (%1) name the program &quot;%2&quot;, which is not in the catalog; there are: %3</source>
        <translation>rollguide: --today: tus ajustes (%1) indican el programa «%2», que no está en el catálogo; los que hay son: %3</translation>
    </message>
    <message>
        <source>rollguide: your settings (%1) list the safety answer &quot;%2&quot;, which RollGuide does not know; it is ignored</source>
        <translation>rollguide: tus ajustes (%1) incluyen la respuesta de seguridad «%2», que RollGuide no conoce; se ignora</translation>
    </message>
    <message numerus="yes">
        <source>%1: not a valid catalog (%n error(s))</source>
        <translation>
            <numerusform>%1: no es un catálogo válido (%n error)</numerusform>
            <numerusform>%1: no es un catálogo válido (%n errores)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2, which this command reads; it is not written over. Choose another file name.</source>
        <translation>%1 es %2, que este comando lee; no se sobrescribe. Elige otro nombre de archivo.</translation>
    </message>
    <message>
        <source>an input</source>
        <translation>un archivo de entrada</translation>
    </message>
    <message>
        <source>%1 lies in %2, where RollGuide keeps your routines and settings; it writes nothing there. Choose another folder.</source>
        <translation>%1 está en %2, donde RollGuide guarda tus rutinas y ajustes; ahí no escribe nada. Elige otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) (%2)</source>
        <translation>
            <numerusform>%1: %n página (%2)</numerusform>
            <numerusform>%1: %n páginas (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>rollguide: %1 has no programs</source>
        <translation>rollguide: %1 no tiene programas</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>rollguide: --today: you are not following a program; name one with --program NAME (see --list-programs)</source>
        <translation>rollguide: --today: no sigues ningún programa; indica uno con --program NAME (consulta --list-programs)</translation>
    </message>
    <message>
        <source>rollguide: --program: there is no program &quot;%1&quot;; there are: %2</source>
        <translation>rollguide: --program: no hay ningún programa &quot;%1&quot;; los que hay son: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) this week</source>
        <translation>
            <numerusform>%1 de %n sesión esta semana</numerusform>
            <numerusform>%1 de %n sesiones esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2–%3 sessions this week</source>
        <translation>%1 de %2–%3 sesiones esta semana</translation>
    </message>
    <message>
        <source>you have already rolled today</source>
        <translation>hoy ya has rodado</translation>
    </message>
    <message>
        <source>The safety questions are not answered yet: answer them in the window before you start.</source>
        <translation>Aún no has respondido las preguntas de seguridad: respóndelas en la ventana antes de empezar.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Left out: %1: %2</source>
        <translation>Se deja fuera: %1: %2</translation>
    </message>
    <message>
        <source>rollguide: no sessions recorded yet (%1)</source>
        <translation>rollguide: aún no hay sesiones registradas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n sesión</numerusform>
            <numerusform>%1: %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>%1: not a RollGuide history export; nothing was imported</source>
        <translation>%1: no es una exportación del historial de RollGuide; no se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) added</source>
        <translation>
            <numerusform>%1: %n sesión añadida</numerusform>
            <numerusform>%1: %n sesiones añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) were already in the history</source>
        <translation>
            <numerusform>%1: %n sesión ya estaba en el historial</numerusform>
            <numerusform>%1: %n sesiones ya estaban en el historial</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;rollguide --help&apos; for the options.</source>
        <translation>Prueba &apos;rollguide --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>rollguide: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, or try --help for what works without one.</source>
        <translation>rollguide: no se encontró ninguna pantalla (no están definidas ni DISPLAY ni WAYLAND_DISPLAY). Ejecútalo en una sesión de escritorio o prueba --help para ver qué funciona sin ella.</translation>
    </message>
    <message>
        <source>rollguide: another RollGuide is running but did not answer (%1); starting this one on its own.</source>
        <translation>rollguide: hay otro RollGuide en ejecución, pero no respondió (%1); se inicia este por separado.</translation>
    </message>
    <message>
        <source>rollguide: reminders are off, so there is nothing to run in the background. Turn them on in Settings.</source>
        <translation>rollguide: los recordatorios están desactivados, así que no hay nada que ejecutar en segundo plano. Actívalos en Ajustes.</translation>
    </message>
    <message>
        <source>built-in catalog</source>
        <translation>catálogo integrado</translation>
    </message>
    <message>
        <source>Routine not found</source>
        <translation>No se encontró la rutina</translation>
    </message>
    <message>
        <source>RollGuide could not open the routine: %1</source>
        <translation>RollGuide no pudo abrir la rutina: %1</translation>
    </message>
    <message>
        <source>Following the system&apos;s language.</source>
        <translation>Se usa el idioma del sistema.</translation>
    </message>
</context>
<context>
    <name>rollguide::AppInstance</name>
    <message>
        <source>RollGuide closed before it could answer.</source>
        <translation>RollGuide se cerró antes de poder responder.</translation>
    </message>
    <message>
        <source>RollGuide is already running.</source>
        <translation>RollGuide ya está en ejecución.</translation>
    </message>
    <message>
        <source>RollGuide was already running; its window is in front now.</source>
        <translation>RollGuide ya estaba en ejecución; ahora su ventana está en primer plano.</translation>
    </message>
    <message>
        <source>RollGuide is running, but its catalog did not load; it shows why in its window.</source>
        <translation>RollGuide está en ejecución, pero su catálogo no se cargó; en su ventana se muestra el motivo.</translation>
    </message>
</context>
<context>
    <name>rollguide::BreathPacer</name>
    <message>
        <source>%1 lasts %2 ms; each part of a breath lasts %3 to %4 ms</source>
        <translation>%1 dura %2 ms; cada parte de una respiración dura de %3 a %4 ms</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Inhalando</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Exhalando</translation>
    </message>
</context>
<context>
    <name>rollguide::BreathingGuide</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>%1, breath %2 of %3</source>
        <translation>%1, respiración %2 de %3</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiración %1 de %2</translation>
    </message>
</context>
<context>
    <name>rollguide::Catalog</name>
    <message>
        <source>lower back</source>
        <comment>a region inside a sentence</comment>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>mid back</source>
        <comment>a region inside a sentence</comment>
        <translation>zona media de la espalda</translation>
    </message>
    <message>
        <source>upper back</source>
        <comment>a region inside a sentence</comment>
        <translation>zona alta de la espalda</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Zona media de la espalda</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Zona alta de la espalda</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Rodar</translation>
    </message>
    <message>
        <source>Static hold</source>
        <translation>Mantener sin moverse</translation>
    </message>
    <message>
        <source>Repetitions, one per breath</source>
        <translation>Repeticiones, una por respiración</translation>
    </message>
    <message>
        <source>Standard roller (6-inch)</source>
        <translation>Rodillo estándar (15 cm)</translation>
    </message>
    <message>
        <source>Long roller (36-inch)</source>
        <translation>Rodillo largo (90 cm)</translation>
    </message>
    <message>
        <source>Half roller (3-inch)</source>
        <translation>Medio rodillo (7,5 cm)</translation>
    </message>
    <message numerus="yes">
        <source>%n long breath(s)</source>
        <translation>
            <numerusform>%n respiración larga</numerusform>
            <numerusform>%n respiraciones largas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>%1 s rest between sets</source>
        <translation>%1 s de descanso entre series</translation>
    </message>
</context>
<context>
    <name>rollguide::CatalogBrowser</name>
    <message>
        <source>%1: %2 moves</source>
        <translation>%1: %2 ejercicios</translation>
    </message>
    <message>
        <source>All moves: %1</source>
        <translation>Todos los ejercicios: %1</translation>
    </message>
    <message>
        <source>No move matches. Clear the search or pick another region.</source>
        <translation>Ningún ejercicio coincide. Borra la búsqueda o elige otra región.</translation>
    </message>
    <message>
        <source>%1 of %2 moves</source>
        <translation>%1 de %2 ejercicios</translation>
    </message>
    <message>
        <source>Pick a move on the left to read how to do it.</source>
        <translation>Elige un ejercicio a la izquierda para leer cómo se hace.</translation>
    </message>
</context>
<context>
    <name>rollguide::CatalogHtml</name>
    <message>
        <source>breathe in</source>
        <translation>inhala</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>exhala</translation>
    </message>
    <message>
        <source>keep breathing</source>
        <translation>sigue respirando</translation>
    </message>
    <message>
        <source>Good for beginners</source>
        <translation>Apto para principiantes</translation>
    </message>
    <message>
        <source>Default dose</source>
        <translation>Dosis predeterminada</translation>
    </message>
    <message>
        <source>The roller</source>
        <translation>El rodillo</translation>
    </message>
    <message>
        <source>Across the body</source>
        <translation>Transversal al cuerpo</translation>
    </message>
    <message>
        <source>Lengthwise, along the spine</source>
        <translation>A lo largo, siguiendo la columna</translation>
    </message>
    <message>
        <source>Suits: %1.</source>
        <translation>Adecuado para: %1.</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Colócate</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evita</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Not for you if</source>
        <translation>No es para ti si</translation>
    </message>
    <message>
        <source>Skip this move if you have:</source>
        <translation>Sáltate este ejercicio si tienes:</translation>
    </message>
    <message>
        <source>Ask your doctor first if you have:</source>
        <translation>Consulta antes a tu médico si tienes:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Guide to rolling your back</source>
        <translation>Guía para usar el rodillo en tu espalda</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>RollGuide is not medical advice</source>
        <translation>RollGuide no es consejo médico</translation>
    </message>
    <message>
        <source>Check with a doctor before rolling if you have</source>
        <translation>Consulta a un médico antes de rodar si tienes</translation>
    </message>
    <message>
        <source>Rolling the back needs care, or a doctor&apos;s clearance, with any of these:</source>
        <translation>Rodar la espalda requiere cuidado, o el visto bueno de un médico, si tienes cualquiera de estas afecciones:</translation>
    </message>
    <message>
        <source>Stop at once if anything hurts.</source>
        <translation>Para de inmediato si algo te duele.</translation>
    </message>
</context>
<context>
    <name>rollguide::CatalogLoader</name>
    <message>
        <source>this catalog was written for a newer RollGuide (schema version %1); this version reads schema version %2</source>
        <translation>este catálogo se escribió para una versión más reciente de RollGuide (versión de esquema %1); esta versión lee la versión de esquema %2</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>id de %1 repetido: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>se esperaba una fecha con el formato YYYY-MM-DD, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>refers to source &quot;%1&quot;, which is not in /sources</source>
        <translation>hace referencia a la fuente &quot;%1&quot;, que no está en /sources</translation>
    </message>
    <message>
        <source>contraindication</source>
        <translation>contraindicación</translation>
    </message>
    <message>
        <source>expected &quot;lower&quot;, &quot;mid&quot; or &quot;upper&quot;</source>
        <translation>se esperaba &quot;lower&quot;, &quot;mid&quot; o &quot;upper&quot;</translation>
    </message>
    <message>
        <source>region listed twice</source>
        <translation>región indicada dos veces</translation>
    </message>
    <message>
        <source>refers to contraindication &quot;%1&quot;, which is not in /contraindications</source>
        <translation>hace referencia a la contraindicación &quot;%1&quot;, que no está en /contraindications</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>expected &quot;standard&quot;, &quot;long&quot; or &quot;half&quot;</source>
        <translation>se esperaba &quot;standard&quot;, &quot;long&quot; o &quot;half&quot;</translation>
    </message>
    <message>
        <source>equipment listed twice</source>
        <translation>material indicado dos veces</translation>
    </message>
    <message>
        <source>expected a relative path to an .svg file inside the data folder, found &quot;%1&quot;</source>
        <translation>se esperaba una ruta relativa a un archivo .svg dentro de la carpeta de datos, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it resolves to %1, outside the catalog&apos;s folder %2</source>
        <translation>apunta a %1, fuera de la carpeta del catálogo %2</translation>
    </message>
    <message>
        <source>the illustration of exercise &quot;%1&quot; cannot be used: %2 (looked for %3)</source>
        <translation>no se puede usar la ilustración del ejercicio &quot;%1&quot;: %2 (se buscó %3)</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sin id)</translation>
    </message>
    <message>
        <source>guide section</source>
        <translation>sección de la guía</translation>
    </message>
    <message>
        <source>the required section &quot;%1&quot; is missing</source>
        <translation>falta la sección obligatoria &quot;%1&quot;</translation>
    </message>
    <message>
        <source>min (%1) is greater than max (%2)</source>
        <translation>min (%1) es mayor que max (%2)</translation>
    </message>
    <message>
        <source>refers to exercise &quot;%1&quot;, which is not in /exercises</source>
        <translation>hace referencia al ejercicio &quot;%1&quot;, que no está en /exercises</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>%1 is more than the guide advises (at most %2, /guide/limits)</source>
        <translation>%1 supera lo que aconseja la guía (como máximo %2, /guide/limits)</translation>
    </message>
    <message>
        <source>region &quot;%1&quot; is listed twice</source>
        <translation>la región &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>the first week&apos;s sessions may last at most %1 minutes, the guide&apos;s limit for a first session (/guide/limits/firstSessionMinutes)</source>
        <translation>las sesiones de la primera semana pueden durar como máximo %1 minutos, el límite de la guía para una primera sesión (/guide/limits/firstSessionMinutes)</translation>
    </message>
    <message>
        <source>rises from %1 to %2 %3 over the week before; one week may rise by at most %4</source>
        <translation>sube de %1 a %2 %3 respecto a la semana anterior; de una semana a otra puede subir como mucho %4</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>respiraciones</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>series</translation>
    </message>
    <message>
        <source>missing; a dose that changes the unit must give the amount too</source>
        <translation>falta; una dosis que cambia la unidad también debe indicar la cantidad</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>it declares XML entities (%1); an illustration must not refer to anything outside itself</source>
        <translation>declara entidades XML (%1); una ilustración no debe hacer referencia a nada fuera de sí misma</translation>
    </message>
    <message>
        <source>it links a style sheet (%1); an illustration must not refer to anything outside itself</source>
        <translation>enlaza una hoja de estilo (%1); una ilustración no debe hacer referencia a nada fuera de sí misma</translation>
    </message>
    <message>
        <source>it uses the entity &amp;%1; (%2); an illustration must not refer to anything outside itself</source>
        <translation>usa la entidad &amp;%1; (%2); una ilustración no debe hacer referencia a nada fuera de sí misma</translation>
    </message>
    <message>
        <source>this is not an SVG drawing (its first element is &lt;%1&gt;)</source>
        <translation>esto no es un dibujo SVG (su primer elemento es &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>its &lt;svg&gt; element lacks the SVG namespace, xmlns=&quot;http://www.w3.org/2000/svg&quot;</source>
        <translation>a su elemento &lt;svg&gt; le falta el espacio de nombres SVG, xmlns=&quot;http://www.w3.org/2000/svg&quot;</translation>
    </message>
    <message>
        <source>it holds a &lt;%1&gt; element (%2); an illustration may only draw</source>
        <translation>contiene un elemento &lt;%1&gt; (%2); una ilustración solo puede dibujar</translation>
    </message>
    <message>
        <source>its &lt;%1&gt; element links to &quot;%2&quot; (%3); an illustration must not refer to anything outside itself</source>
        <translation>su elemento &lt;%1&gt; enlaza a &quot;%2&quot; (%3); una ilustración no debe hacer referencia a nada fuera de sí misma</translation>
    </message>
    <message>
        <source>its &lt;%1&gt; element refers to %2 (%3); an illustration must not refer to anything outside itself</source>
        <translation>su elemento &lt;%1&gt; hace referencia a %2 (%3); una ilustración no debe hacer referencia a nada fuera de sí misma</translation>
    </message>
    <message>
        <source>its style sheet refers to other files (%1); an illustration must not refer to anything outside itself</source>
        <translation>su hoja de estilo hace referencia a otros archivos (%1); una ilustración no debe hacer referencia a nada fuera de sí misma</translation>
    </message>
    <message>
        <source>this is not a well-formed SVG file (line %1, column %2: %3)</source>
        <translation>esto no es un archivo SVG bien formado (línea %1, columna %2: %3)</translation>
    </message>
    <message>
        <source>this is not an SVG drawing (it has no elements)</source>
        <translation>esto no es un dibujo SVG (no tiene elementos)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 exercises: %2; %3 contraindications; %4 guide sections; %5 routines; %6 programs</source>
        <translation>%1 ejercicios: %2; %3 contraindicaciones; %4 secciones de la guía; %5 rutinas; %6 programas</translation>
    </message>
</context>
<context>
    <name>rollguide::CheckInWidget</name>
    <message>
        <source>How does your back feel right now?</source>
        <translation>¿Cómo notas la espalda ahora mismo?</translation>
    </message>
    <message>
        <source>0 = no tightness or pain, 10 = the worst you can imagine. Optional.</source>
        <translation>0 = sin tensión ni dolor, 10 = lo peor que puedas imaginar. Opcional.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 de 10</translation>
    </message>
</context>
<context>
    <name>rollguide::CommandLine</name>
    <message>
        <source>--program can be given only once.</source>
        <translation>--program solo se puede indicar una vez.</translation>
    </message>
    <message>
        <source>RollGuide guides you through foam-rolling sessions for the back, hands-free.</source>
        <translation>RollGuide te guía en sesiones de rodillo de espuma para la espalda, sin usar las manos.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Validate a catalog file without opening a window; print a summary or every error with its place. Exit status 0 when valid, 1 when not.</source>
        <translation>Valida un archivo de catálogo sin abrir ninguna ventana; muestra un resumen o cada error con su ubicación. Código de salida 0 si es válido, 1 si no lo es.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print every routine without opening a window: its name, a tab, and its total time as m:ss, one per line.</source>
        <translation>Muestra todas las rutinas sin abrir ninguna ventana: su nombre, un tabulador y su duración total como m:ss, una por línea.</translation>
    </message>
    <message>
        <source>Use this catalog instead of the built-in one.</source>
        <translation>Usa este catálogo en lugar del integrado.</translation>
    </message>
    <message>
        <source>How much to log on stderr: trace, debug, info, warn, error, critical or off (default: info).</source>
        <translation>Cuánto registrar en stderr: trace, debug, info, warn, error, critical u off (predeterminado: info).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Open this routine: a built-in or personal routine&apos;s name, or a routine file.</source>
        <translation>Abre esta rutina: el nombre de una rutina predefinida o personal, o un archivo de rutina.</translation>
    </message>
    <message>
        <source>NAME_OR_FILE</source>
        <translation>NAME_OR_FILE</translation>
    </message>
    <message>
        <source>With --routine: start the session straight away (for a desktop shortcut).</source>
        <translation>Con --routine: empieza la sesión de inmediato (para un acceso directo del escritorio).</translation>
    </message>
    <message>
        <source>Start without a window (in the tray, where the desktop has one), to give the reminders you set; how RollGuide starts at login.</source>
        <translation>Se inicia sin ventana (en la bandeja del sistema, si el escritorio tiene una) para dar los recordatorios que hayas configurado; así se inicia RollGuide al iniciar sesión.</translation>
    </message>
    <message>
        <source>With --routine: write the routine&apos;s printable sheet as a PDF file without opening a window. Exit status 0 when written, 1 when not.</source>
        <translation>Con --routine: escribe la hoja imprimible de la rutina como archivo PDF sin abrir ninguna ventana. Código de salida 0 si se escribe, 1 si no.</translation>
    </message>
    <message>
        <source>Print the last sessions without opening a window, newest first, one per line: date, routine, minutes, what was done, the ratings.</source>
        <translation>Muestra las últimas sesiones sin abrir ninguna ventana, de la más reciente a la más antigua, una por línea: fecha, rutina, minutos, lo que se hizo y las valoraciones.</translation>
    </message>
    <message>
        <source>Write the whole session history to a file without opening a window: CSV (one row per session) when the name ends in .csv, JSON (everything) when it ends in .json.</source>
        <translation>Escribe todo el historial de sesiones en un archivo sin abrir ninguna ventana: CSV (una fila por sesión) si el nombre termina en .csv, JSON (todo) si termina en .json.</translation>
    </message>
    <message>
        <source>Add the sessions in a JSON history export to this computer&apos;s history; sessions it already holds are not added twice.</source>
        <translation>Añade las sesiones de una exportación JSON del historial al historial de este equipo; las sesiones que ya contiene no se añaden dos veces.</translation>
    </message>
    <message>
        <source>Print every program without opening a window: its id, a tab, its name, a tab, and how many weeks it runs, one per line.</source>
        <translation>Muestra todos los programas sin abrir ninguna ventana: su id, un tabulador, su nombre, un tabulador y cuántas semanas dura, uno por línea.</translation>
    </message>
    <message>
        <source>With --today: the program to ask about, by id or name (default: the one you follow).</source>
        <translation>Con --today: el programa por el que preguntar, por id o nombre (predeterminado: el que sigues).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print today&apos;s session of your program without opening a window: the week, why the program is there, the moves with their doses, and the total time; from your recorded history and safety answers, which it does not change.</source>
        <translation>Muestra la sesión de hoy de tu programa sin abrir ninguna ventana: la semana, por qué el programa está en ella, los ejercicios con sus dosis y la duración total; a partir de tu historial registrado y de tus respuestas de seguridad, que no modifica.</translation>
    </message>
    <message>
        <source>Show RollGuide in this language instead of the system&apos;s: %1.</source>
        <translation>Muestra RollGuide en este idioma en lugar del idioma del sistema: %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--language needs a language code.</source>
        <translation>--language necesita un código de idioma.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;; use trace, debug, info, warn, error, critical or off.</source>
        <translation>Nivel de registro desconocido &quot;%1&quot;; usa trace, debug, info, warn, error, critical u off.</translation>
    </message>
    <message>
        <source>--catalog needs a file name.</source>
        <translation>--catalog necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--routine needs a routine name or file.</source>
        <translation>--routine necesita el nombre o el archivo de una rutina.</translation>
    </message>
    <message>
        <source>--background opens no window, so it cannot be used with --routine.</source>
        <translation>--background no abre ninguna ventana, así que no se puede usar con --routine.</translation>
    </message>
    <message>
        <source>--start needs --routine NAME_OR_FILE to say what to start.</source>
        <translation>--start necesita --routine NAME_OR_FILE para saber qué empezar.</translation>
    </message>
    <message>
        <source>--export-pdf needs a file name.</source>
        <translation>--export-pdf necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--export-pdf needs --routine NAME_OR_FILE to say which routine to print.</source>
        <translation>--export-pdf necesita --routine NAME_OR_FILE para saber qué rutina imprimir.</translation>
    </message>
    <message>
        <source>--export-pdf and --start cannot be used together.</source>
        <translation>--export-pdf y --start no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--history, --export-history and --import-history cannot be used together.</source>
        <translation>--history, --export-history y --import-history no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>The history options cannot be used with --routine or --export-pdf.</source>
        <translation>Las opciones del historial no se pueden usar con --routine ni con --export-pdf.</translation>
    </message>
    <message>
        <source>--export-history needs a file name.</source>
        <translation>--export-history necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--export-history: &quot;%1&quot; ends neither in .csv nor in .json, so the format is not clear.</source>
        <translation>--export-history: &quot;%1&quot; no termina ni en .csv ni en .json, así que el formato no está claro.</translation>
    </message>
    <message>
        <source>--import-history needs a file name.</source>
        <translation>--import-history necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--program needs --today (the window shows programs on its Session tab).</source>
        <translation>--program necesita --today (la ventana muestra los programas en su pestaña Sesión).</translation>
    </message>
    <message>
        <source>--program needs a program&apos;s id or name (see --list-programs).</source>
        <translation>--program necesita el id o el nombre de un programa (consulta --list-programs).</translation>
    </message>
    <message>
        <source>--today cannot be used with --routine, --export-pdf, --list-programs or the history options.</source>
        <translation>--today no se puede usar con --routine, --export-pdf, --list-programs ni con las opciones del historial.</translation>
    </message>
    <message>
        <source>--check-catalog needs a file name.</source>
        <translation>--check-catalog necesita un nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>rollguide::CuePlayer</name>
    <message>
        <source>&quot;%1&quot; has no voice for %2 (only %3)</source>
        <translation>«%1» no tiene voz para %2 (solo %3)</translation>
    </message>
    <message>
        <source>No voice for %1 is installed, so cues are not spoken: %2.</source>
        <translation>No hay ninguna voz instalada para %1, así que las indicaciones no se leen en voz alta: %2.</translation>
    </message>
    <message>
        <source>Speech stopped working: %1</source>
        <translation>La voz dejó de funcionar: %1</translation>
    </message>
    <message>
        <source>RollGuide&apos;s sound and voice module could not be loaded, so sessions run silently: %1.</source>
        <translation>No se pudo cargar el módulo de sonido y voz de RollGuide, así que las sesiones funcionan en silencio: %1.</translation>
    </message>
    <message>
        <source>No audio output was found, so sessions run without sound.</source>
        <translation>No se encontró ninguna salida de audio, así que las sesiones funcionan sin sonido.</translation>
    </message>
    <message>
        <source>No speech engine is installed, so cues are not spoken.</source>
        <translation>No hay ningún motor de voz instalado, así que las indicaciones no se dicen en voz alta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not start (%2)</source>
        <translation>&quot;%1&quot; no se inició (%2)</translation>
    </message>
    <message>
        <source>No speech engine started, so cues are not spoken: %1.</source>
        <translation>No se inició ningún motor de voz, así que las indicaciones no se dicen en voz alta: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::DisclaimerDialog</name>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>rollguide::HistoryTab</name>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %n session(s)</source>
        <translation>
            <numerusform>semana del %1: %n sesión</numerusform>
            <numerusform>semana del %1: %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenida antes de tiempo</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
    <message>
        <source>&amp;Put it back</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Guardar &amp;cambios</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Eliminar sesión</translation>
    </message>
    <message>
        <source>Delete all history…</source>
        <translation>Eliminar todo el historial…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>This is your own record of how your back felt, kept only on this computer. It is not a diagnosis. If pain grows or worries you, ask a doctor or physiotherapist.</source>
        <translation>Este es tu propio registro de cómo has notado la espalda, guardado solo en este equipo. No es un diagnóstico. Si el dolor aumenta o te preocupa, consulta a un médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Antes de la sesión</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Después de la sesión</translation>
    </message>
    <message>
        <source>A note on this session (optional)</source>
        <translation>Una nota sobre esta sesión (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Se&amp;siones</translation>
    </message>
    <message>
        <source>Part of the &amp;back:</source>
        <translation>Parte de la es&amp;palda:</translation>
    </message>
    <message>
        <source>Tre&amp;nds</source>
        <translation>&amp;Tendencias</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Acortado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Me dolió</translation>
    </message>
    <message>
        <source>By mo&amp;ve</source>
        <translation>Por e&amp;jercicio</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>No sessions yet. Sessions you play are kept here, with how your back felt.</source>
        <translation>Aún no hay sesiones. Las sesiones que hagas se guardan aquí, junto con cómo notaste la espalda.</translation>
    </message>
    <message numerus="yes">
        <source>On target (%1 or more sessions) in %2 of the last %n week(s). This week so far: %3.</source>
        <translation>
            <numerusform>Objetivo cumplido (%1 o más sesiones) en %2 de la última %n semana. Esta semana, de momento: %3.</numerusform>
            <numerusform>Objetivo cumplido (%1 o más sesiones) en %2 de las últimas %n semanas. Esta semana, de momento: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hurt twice in the last 14 days. Consider leaving it out, and ask a doctor or physiotherapist about it.</source>
        <translation>%1 te ha dolido dos veces en los últimos 14 días. Plantéate dejarlo fuera y consulta a un médico o fisioterapeuta sobre ello.</translation>
    </message>
    <message>
        <source>Take it out of my routines</source>
        <translation>Quitarlo de mis rutinas</translation>
    </message>
    <message>
        <source>Take %1 out of my routines</source>
        <translation>Quitar %1 de mis rutinas</translation>
    </message>
    <message>
        <source>When to ask a doctor</source>
        <translation>Cuándo consultar a un médico</translation>
    </message>
    <message>
        <source>Opens the Guide at its list of when to ask a doctor first</source>
        <translation>Abre la Guía en su lista de cuándo consultar primero a un médico</translation>
    </message>
    <message>
        <source>Your %1 has felt tighter over the last two weeks (up 2 points or more before sessions). Read when to ask a doctor first.</source>
        <translation>Has notado tu %1 más tensa durante las dos últimas semanas (2 puntos o más de subida antes de las sesiones). Lee cuándo consultar primero a un médico.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Taken out of %1.</source>
        <translation>Quitado de %1.</translation>
    </message>
    <message>
        <source>Built-in routines cannot change, so RollGuide made %1 for you: pick it on the Session tab.</source>
        <translation>Las rutinas predefinidas no se pueden cambiar, así que RollGuide ha creado %1 para ti: elígela en la pestaña Sesión.</translation>
    </message>
    <message>
        <source>%1 left as is: it holds only this move.</source>
        <translation>%1 se queda como está: solo contiene este ejercicio.</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Aún no guardado: %1</translation>
    </message>
    <message>
        <source>Put back as it was.</source>
        <translation>Restaurado como estaba.</translation>
    </message>
    <message>
        <source>Put back, but not saved yet: %1</source>
        <translation>Restaurado, pero aún no guardado: %1</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Valoraciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>The chart could not be shown: RollGuide&apos;s chart module could not be loaded (%1).</source>
        <translation>No se pudo mostrar el gráfico: no se pudo cargar el módulo de gráficos de RollGuide (%1).</translation>
    </message>
    <message>
        <source>A change that counts (2 points or 30% from where you started)</source>
        <translation>Un cambio que cuenta (2 puntos o un 30 % respecto a tu punto de partida)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>0 = none, 10 = worst</source>
        <translation>0 = nada, 10 = lo peor</translation>
    </message>
    <message>
        <source>No ratings for the %1 yet: rate it before or after a session to see it here.</source>
        <translation>Aún no hay valoraciones de la %1: valórala antes o después de una sesión para verla aquí.</translation>
    </message>
    <message>
        <source>Where you started: %1. Squares mark a change of at least 2 points or 30% from there. This is your own record, not a diagnosis.</source>
        <translation>Tu punto de partida: %1. Los cuadrados marcan un cambio de al menos 2 puntos o un 30 % respecto a él. Es tu propio registro, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Choose a session to see it here.</source>
        <translation>Elige una sesión para verla aquí.</translation>
    </message>
    <message>
        <source>%1. %2 of %3 planned; paused %4.</source>
        <translation>%1. %2 de %3 previstos; en pausa %4.</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edición</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>Delete all history?</source>
        <translation>¿Eliminar todo el historial?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n session(s), with every check-in and note, from this computer. It cannot be undone.</source>
        <translation>
            <numerusform>Esto elimina %n sesión, con todas sus valoraciones y notas, de este equipo. No se puede deshacer.</numerusform>
            <numerusform>Esto elimina %n sesiones, con todas sus valoraciones y notas, de este equipo. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>Spreadsheet, one row per session (*.csv);;Everything, to import again (*.json)</source>
        <translation>Hoja de cálculo, una fila por sesión (*.csv);;Todo, para volver a importar (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>%1 lies in %2, where RollGuide keeps your own files. Choose another folder.</source>
        <translation>%1 está en %2, donde RollGuide guarda tus propios archivos. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Import a history</source>
        <translation>Importar un historial</translation>
    </message>
    <message>
        <source>RollGuide history (*.json)</source>
        <translation>Historial de RollGuide (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is not a RollGuide history export; nothing was imported.

%2</source>
        <translation>%1 no es una exportación del historial de RollGuide; no se importó nada.

%2</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>History imported</source>
        <translation>Historial importado</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n sesión añadida.</numerusform>
            <numerusform>%n sesiones añadidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) were already in your history.</source>
        <translation>
            <numerusform>%n sesión ya estaba en tu historial.</numerusform>
            <numerusform>%n sesiones ya estaban en tu historial.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollguide::Illustration</name>
    <message>
        <source>No picture of %1 yet.</source>
        <translation>Aún no hay imagen de %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::IllustrationView</name>
    <message>
        <source>No picture of this move yet.</source>
        <translation>Aún no hay imagen de este ejercicio.</translation>
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
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <source>not valid JSON: a number is too large to be represented</source>
        <translation>JSON no válido: un número es demasiado grande para representarlo</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing; this field is required</source>
        <translation>falta; este campo es obligatorio</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>se esperaba texto, se encontró %1</translation>
    </message>
    <message>
        <source>expected text, found an empty string</source>
        <translation>se esperaba texto, se encontró una cadena vacía</translation>
    </message>
    <message>
        <source>text is %1 characters long; at most %2 are allowed</source>
        <translation>el texto tiene %1 caracteres; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>expected an identifier of lowercase letters, digits and single hyphens (at most 48), found %1</source>
        <translation>se esperaba un identificador de letras minúsculas, dígitos y guiones sueltos (48 como máximo), se encontró %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>se esperaba un número entero de %1 a %2, se encontró %3</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>se esperaba uno de estos: %1; se encontró %2</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>se esperaba una lista, se encontró %1</translation>
    </message>
    <message>
        <source>expected a list of %1 entries, found %2</source>
        <translation>se esperaba una lista de %1 elementos, pero tiene %2</translation>
    </message>
    <message>
        <source>expected a list of %1 to %2 entries, found %3</source>
        <translation>se esperaba una lista de %1 a %2 elementos, pero tiene %3</translation>
    </message>
</context>
<context>
    <name>rollguide::MainWindow</name>
    <message>
        <source>No routine chosen</source>
        <translation>No has elegido ninguna rutina</translation>
    </message>
    <message>
        <source>Choose a routine on the Session tab first.</source>
        <translation>Primero elige una rutina en la pestaña Sesión.</translation>
    </message>
    <message>
        <source>The exercise catalog %1 could not be loaded. Fix the problems below, or start RollGuide without --catalog to use the built-in catalog.</source>
        <translation>No se pudo cargar el catálogo de ejercicios %1. Corrige los problemas de abajo o inicia RollGuide sin --catalog para usar el catálogo integrado.</translation>
    </message>
    <message>
        <source>Settings not read</source>
        <translation>No se leyeron los ajustes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Some routines could not be read</source>
        <translation>No se pudieron leer algunas rutinas</translation>
    </message>
    <message>
        <source>RollGuide started with the routines it could read.

%1</source>
        <translation>RollGuide se ha iniciado con las rutinas que pudo leer.

%1</translation>
    </message>
    <message>
        <source>Save your routines?</source>
        <translation>¿Guardar tus rutinas?</translation>
    </message>
    <message>
        <source>Some routine changes are not saved yet.</source>
        <translation>Algunos cambios en las rutinas aún no se han guardado.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>RollGuide was already running; it opened &quot;%1&quot; and starts it.</source>
        <translation>RollGuide ya estaba en ejecución; ha abierto &quot;%1&quot; y la inicia.</translation>
    </message>
    <message>
        <source>RollGuide was already running; it opened &quot;%1&quot;.</source>
        <translation>RollGuide ya estaba en ejecución; ha abierto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Switch sessions?</source>
        <translation>¿Cambiar de sesión?</translation>
    </message>
    <message>
        <source>Another RollGuide asked for &quot;%1&quot;. Stop this session and switch to it?
What you have done so far is kept in your history.</source>
        <translation>Otro RollGuide ha pedido &quot;%1&quot;. ¿Detener esta sesión y cambiar a esa?
Lo que has hecho hasta ahora se guarda en tu historial.</translation>
    </message>
    <message>
        <source>Switch and start</source>
        <translation>Cambiar y empezar</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>RollGuide is in the middle of a session; it asks on its screen whether to switch to &quot;%1&quot;.</source>
        <translation>RollGuide está en mitad de una sesión; pregunta en su pantalla si cambiar a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This session is kept in memory but not yet in your history: %1 RollGuide keeps trying.</source>
        <translation>Esta sesión se conserva en memoria, pero aún no está en tu historial: %1 RollGuide sigue intentándolo.</translation>
    </message>
    <message>
        <source>This session is not being recorded: %1</source>
        <translation>Esta sesión no se está registrando: %1</translation>
    </message>
    <message>
        <source>About RollGuide</source>
        <translation>Acerca de RollGuide</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RollGuide %1&lt;/h3&gt;&lt;p&gt;Guided foam-rolling sessions for the back.&lt;/p&gt;&lt;p&gt;For information only; not medical advice.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RollGuide %1&lt;/h3&gt;&lt;p&gt;Sesiones guiadas de rodillo de espuma para la espalda.&lt;/p&gt;&lt;p&gt;Solo con fines informativos; no es consejo médico.&lt;/p&gt;&lt;p&gt;Licencia MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rollguide::PlainText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>el archivo ocupa %1 bytes; el límite es de %2 bytes</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; it is not a text file</source>
        <translation>el archivo contiene un byte NUL; no es un archivo de texto</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>el archivo no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>the data nests deeper than %1 levels</source>
        <translation>los datos se anidan a más de %1 niveles de profundidad</translation>
    </message>
</context>
<context>
    <name>rollguide::PlanWarnings</name>
    <message>
        <source>Step %1: the move &quot;%2&quot; is no longer in the catalog, so the session leaves it out.</source>
        <translation>Paso %1: el ejercicio &quot;%2&quot; ya no está en el catálogo, así que la sesión lo deja fuera.</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Paso %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 seconds a set is past the %3 to %4 seconds the guide advises.</source>
        <translation>%1: %2 segundos por serie superan los %3 a %4 segundos que aconseja la guía.</translation>
    </message>
    <message>
        <source>%1: %2 breaths a set is past the %3 to %4 breaths the guide advises.</source>
        <translation>%1: %2 respiraciones por serie superan las %3 a %4 respiraciones que aconseja la guía.</translation>
    </message>
    <message>
        <source>%1: %2 sets is more than the %3 the guide advises.</source>
        <translation>%1: %2 series son más de las %3 que aconseja la guía.</translation>
    </message>
    <message>
        <source>At %1 this session is longer than the %2 minutes advised for your first sessions.</source>
        <translation>Con %1, esta sesión dura más de los %2 minutos aconsejados para tus primeras sesiones.</translation>
    </message>
    <message>
        <source>%1 gets the work of %2 full sets in all, far past the %3 sets of up to %4 seconds or %5 breaths the guide advises for one area.</source>
        <translation>%1 recibe en total el trabajo de %2 series completas, muy por encima de las %3 series de hasta %4 segundos o %5 respiraciones que aconseja la guía para una zona.</translation>
    </message>
</context>
<context>
    <name>rollguide::PlayerWidget</name>
    <message>
        <source>Move %1 of %2</source>
        <translation>Ejercicio %1 de %2</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>ROLL SLOWLY</source>
        <translation>RUEDA DESPACIO</translation>
    </message>
    <message>
        <source>HOLD AND BREATHE</source>
        <translation>MANTÉN Y RESPIRA</translation>
    </message>
    <message>
        <source>MOVE WITH YOUR BREATH</source>
        <translation>MUÉVETE CON LA RESPIRACIÓN</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>CAMBIA DE LADO</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSA</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TERMINADO</translation>
    </message>
    <message>
        <source>You finished &quot;%1&quot;.</source>
        <translation>Has terminado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You stopped &quot;%1&quot; before the end.</source>
        <translation>Has detenido &quot;%1&quot; antes del final.</translation>
    </message>
    <message>
        <source>Time: %1 (planned %2).</source>
        <translation>Tiempo: %1 (previsto: %2).</translation>
    </message>
    <message>
        <source>Parts done: %1 of %2.</source>
        <translation>Partes hechas: %1 de %2.</translation>
    </message>
    <message>
        <source>Parts skipped: %1.</source>
        <translation>Partes saltadas: %1.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Se saltó %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Paused by itself %n time(s) when the computer slept.</source>
        <translation>
            <numerusform>Se pausó sola %n vez al entrar el equipo en suspensión.</numerusform>
            <numerusform>Se pausó sola %n veces al entrar el equipo en suspensión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Time left in this part</source>
        <translation>Tiempo restante de esta parte</translation>
    </message>
    <message>
        <source>How does your back feel now?</source>
        <translation>¿Cómo notas la espalda ahora?</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>(a clear improvement)</source>
        <translation>(una clara mejoría)</translation>
    </message>
    <message>
        <source>(clearly worse)</source>
        <translation>(claramente peor)</translation>
    </message>
    <message>
        <source>Before the session: %1</source>
        <translation>Antes de la sesión: %1</translation>
    </message>
    <message>
        <source>PAUSED — press Space to go on</source>
        <translation>EN PAUSA — pulsa Espacio para seguir</translation>
    </message>
    <message>
        <source>Resume  Space</source>
        <translation>Reanudar  Espacio</translation>
    </message>
    <message>
        <source>Pause  Space</source>
        <translation>Pausar  Espacio</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Colócate</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relájate</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <source>Move %1 of %2  ·  about %3 left</source>
        <translation>Ejercicio %1 de %2  ·  quedan unos %3</translation>
    </message>
    <message>
        <source>Well done. Your session is complete.</source>
        <translation>Bien hecho. Tu sesión ha terminado.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>me dolió</translation>
    </message>
    <message>
        <source>Skipped. Move gently off the roller.</source>
        <translation>Saltado. Bájate del rodillo con cuidado.</translation>
    </message>
    <message>
        <source>Stop this session now? What you have done so far is kept in the summary.</source>
        <translation>¿Detener la sesión ahora? Lo que has hecho hasta ahora se guarda en el resumen.</translation>
    </message>
    <message numerus="yes">
        <source>Press Stop on your remote again within %n second(s) to stop, or Play to keep going.</source>
        <translation>
            <numerusform>Vuelve a pulsar Stop en el control remoto antes de %n segundo para detener, o Play para seguir.</numerusform>
            <numerusform>Vuelve a pulsar Stop en el control remoto antes de %n segundos para detener, o Play para seguir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>rollguide::ProgramCard</name>
    <message numerus="yes">
        <source>%1 (%n week(s))</source>
        <translation>
            <numerusform>%1 (%n semana)</numerusform>
            <numerusform>%1 (%n semanas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow a program</source>
        <translation>Sigue un programa</translation>
    </message>
    <message>
        <source>A few weeks of sessions that start small, grow with you, and hold back when your back says so.</source>
        <translation>Unas semanas de sesiones que empiezan poco a poco, crecen contigo y frenan cuando tu espalda lo pide.</translation>
    </message>
    <message>
        <source>Session %1 of %2 this week</source>
        <translation>Sesión %1 de %2 esta semana</translation>
    </message>
    <message>
        <source>Session %1 of %2–%3 this week</source>
        <translation>Sesión %1 de %2–%3 esta semana</translation>
    </message>
    <message>
        <source>The history could not be read (%1), so sessions already done are not counted.</source>
        <translation>No se pudo leer el historial (%1), así que no se cuentan las sesiones ya hechas.</translation>
    </message>
    <message>
        <source>You have rolled today: well done. %1 done this week; another session is up to you.</source>
        <translation>Hoy ya has rodado: bien hecho. Esta semana llevas %1; hacer otra sesión queda a tu elección.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n move(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n ejercicio</numerusform>
            <numerusform>%1 · %2 · %n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out for now: %1. %2</source>
        <translation>Se deja fuera por ahora: %1. %2</translation>
    </message>
    <message>
        <source>Answer the safety questions before your first session (they are asked when you start).</source>
        <translation>Responde las preguntas de seguridad antes de tu primera sesión (aparecen al empezar).</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Roll a&amp;gain today</source>
        <translation>Rodar otra &amp;vez hoy</translation>
    </message>
    <message>
        <source>Start to&amp;day&apos;s session</source>
        <translation>Empezar la sesión de &amp;hoy</translation>
    </message>
    <message>
        <source>Your program: %1, since %2. %3</source>
        <translation>Tu programa: %1, desde %2. %3</translation>
    </message>
    <message>
        <source>Talked to a doctor?</source>
        <translation>¿Has hablado con un médico?</translation>
    </message>
    <message>
        <source>Carry on with the program only if a doctor has looked at what you noticed and agrees. The program then goes on from this week.</source>
        <translation>Sigue con el programa solo si un médico ha revisado lo que notaste y está de acuerdo. Entonces el programa continúa desde esta semana.</translation>
    </message>
    <message>
        <source>I have, carry on</source>
        <translation>Sí, continuar</translation>
    </message>
    <message>
        <source>Has your doctor agreed?</source>
        <translation>¿Tu médico está de acuerdo?</translation>
    </message>
    <message>
        <source>Say so only if your doctor has cleared foam rolling for you. The moves stay marked, and each session asks you to confirm before it starts.</source>
        <translation>Indícalo solo si tu médico te ha autorizado a usar el rodillo de espuma. Los ejercicios siguen marcados y cada sesión te pide confirmación antes de empezar.</translation>
    </message>
    <message>
        <source>My doctor agrees</source>
        <translation>Mi médico está de acuerdo</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <source>Start %1 again from week 1? Your history is kept.</source>
        <translation>¿Empezar %1 de nuevo desde la semana 1? Tu historial se conserva.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Resume the program</source>
        <translation>Reanudar el programa</translation>
    </message>
    <message>
        <source>Pause the program</source>
        <translation>Pausar el programa</translation>
    </message>
    <message>
        <source>Start again from week 1…</source>
        <translation>Empezar de nuevo desde la semana 1…</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Cambiar a</translation>
    </message>
    <message>
        <source>Stop following the program</source>
        <translation>Dejar de seguir el programa</translation>
    </message>
</context>
<context>
    <name>rollguide::ProgramCoach</name>
    <message>
        <source>a move</source>
        <translation>un ejercicio</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>el ejercicio %1</translation>
    </message>
    <message>
        <source>Carrying on at week %1 now that you have talked to a doctor.</source>
        <translation>Sigues en la semana %1 ahora que has hablado con un médico.</translation>
    </message>
    <message>
        <source>Paused at week %1: %2 has hurt %3 times. Please ask a doctor before going on.</source>
        <translation>En pausa en la semana %1: %2 te ha dolido %3 veces. Por favor, consulta a un médico antes de seguir.</translation>
    </message>
    <message>
        <source>Holding at week %1: %2 hurt on %3.</source>
        <translation>Te quedas en la semana %1: %2 te dolió el %3.</translation>
    </message>
    <message>
        <source>Stepping back to week %1: your back felt worse after each of your last two sessions.</source>
        <translation>Vuelves a la semana %1: notaste la espalda peor después de cada una de tus dos últimas sesiones.</translation>
    </message>
    <message>
        <source>Staying at week 1, the gentlest: your back felt worse after each of your last two sessions.</source>
        <translation>Te quedas en la semana 1, la más suave: notaste la espalda peor después de cada una de tus dos últimas sesiones.</translation>
    </message>
    <message>
        <source>Picking up at week %1: there were no sessions last week, and that is fine.</source>
        <translation>Retomas en la semana %1: la semana pasada no hubo sesiones, y no pasa nada.</translation>
    </message>
    <message>
        <source>Staying at week %1: %2 of %3 sessions done last week.</source>
        <translation>Te quedas en la semana %1: la semana pasada hiciste %2 de %3 sesiones.</translation>
    </message>
    <message>
        <source>Staying at week %1: most moves were skipped last week.</source>
        <translation>Te quedas en la semana %1: la semana pasada saltaste la mayoría de los ejercicios.</translation>
    </message>
    <message>
        <source>Staying at week %1: your back felt worse after a session last week.</source>
        <translation>Te quedas en la semana %1: la semana pasada notaste la espalda peor después de una sesión.</translation>
    </message>
    <message>
        <source>Keeping to week %1, the last of the program: your back is taking it well.</source>
        <translation>Te mantienes en la semana %1, la última del programa: tu espalda lo está llevando bien.</translation>
    </message>
    <message numerus="yes">
        <source>Moving on to week %1: you did %n session(s) last week and your back felt the same or better after each.</source>
        <translation>
            <numerusform>Pasas a la semana %1: la semana pasada hiciste %n sesión y tu espalda se sintió igual o mejor después.</numerusform>
            <numerusform>Pasas a la semana %1: la semana pasada hiciste %n sesiones y tu espalda se sintió igual o mejor después de cada una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving on to week %1: you did %n session(s) last week and no move hurt.</source>
        <translation>
            <numerusform>Pasas a la semana %1: la semana pasada hiciste %n sesión y ningún ejercicio te dolió.</numerusform>
            <numerusform>Pasas a la semana %1: la semana pasada hiciste %n sesiones y ningún ejercicio te dolió.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused at week %1: your %2 has felt tighter before each session over two weeks (%3 → %4). Please ask a doctor before going on.</source>
        <translation>En pausa en la semana %1: durante dos semanas has notado tu %2 más tensa antes de cada sesión (%3 → %4). Por favor, consulta a un médico antes de seguir.</translation>
    </message>
    <message>
        <source>Week 1 of %1: short, easy sessions to find out how your back takes it.</source>
        <translation>Semana 1 de %1: sesiones cortas y fáciles para ver cómo lo lleva tu espalda.</translation>
    </message>
    <message>
        <source>It hurt on %1, %2, so it rests until %3.</source>
        <translation>Te dolió el %1, %2, así que queda en reposo hasta el %3.</translation>
    </message>
    <message>
        <source>Paused. Your place is kept at week %1; resume when you are ready.</source>
        <translation>En pausa. Tu progreso se guarda en la semana %1; reanúdalo cuando quieras.</translation>
    </message>
    <message>
        <source>This program has no weeks.</source>
        <translation>Este programa no tiene semanas.</translation>
    </message>
    <message numerus="yes">
        <source>Shorter than this week&apos;s %n minute(s): fewer moves suit you today.</source>
        <translation>
            <numerusform>Más corta que el %n minuto de esta semana: hoy te convienen menos ejercicios.</numerusform>
            <numerusform>Más corta que los %n minutos de esta semana: hoy te convienen menos ejercicios.</numerusform>
        </translation>
    </message>
    <message>
        <source>With what you told the safety questions (%1), the moves of this program need a doctor&apos;s OK first. Once your doctor agrees, say so here.</source>
        <translation>Con lo que respondiste en las preguntas de seguridad (%1), los ejercicios de este programa necesitan antes el visto bueno de un médico. Cuando tu médico esté de acuerdo, indícalo aquí.</translation>
    </message>
    <message>
        <source>None of this program&apos;s moves suit what you told the safety questions (%1). Please talk to a doctor before rolling.</source>
        <translation>Ninguno de los ejercicios de este programa es adecuado según lo que respondiste en las preguntas de seguridad (%1). Por favor, habla con un médico antes de rodar.</translation>
    </message>
    <message>
        <source>%1, week %2 of %3</source>
        <translation>%1, semana %2 de %3</translation>
    </message>
</context>
<context>
    <name>rollguide::QuickPlanner</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose from 1 to %1 minutes; %2 is outside that.</source>
        <translation>Elige de 1 a %1 minutos; %2 está fuera de ese rango.</translation>
    </message>
    <message>
        <source>Kept to %1, the most advised for your first sessions.</source>
        <translation>Limitado a %1, lo máximo aconsejado para tus primeras sesiones.</translation>
    </message>
    <message>
        <source>Add it yourself once your doctor agrees.</source>
        <translation>Añádelo tú cuando tu médico esté de acuerdo.</translation>
    </message>
    <message>
        <source>Not a move for your first sessions.</source>
        <translation>No es un ejercicio para tus primeras sesiones.</translation>
    </message>
    <message>
        <source>No move for the %1 suits you today, so it is left out.</source>
        <translation>Hoy no te conviene ningún ejercicio para la %1, así que se deja fuera.</translation>
    </message>
    <message>
        <source>No move for the %1 suits your answers and level; see what was left out and why.</source>
        <translation>Ningún ejercicio para la %1 se ajusta a tus respuestas y a tu nivel; mira qué se dejó fuera y por qué.</translation>
    </message>
    <message>
        <source>%1 is too short to cover the %2; choose more minutes or fewer regions.</source>
        <translation>%1 no basta para cubrir la %2; elige más minutos o menos regiones.</translation>
    </message>
    <message>
        <source>The moves that suit you for the %1 fill at most %2 within the guide&apos;s advice for this level, short of the %3 asked for; choose fewer minutes.</source>
        <translation>Los ejercicios que te convienen para la %1 llenan como mucho %2 dentro de lo que aconseja la guía para este nivel, menos que los %3 solicitados; elige menos minutos.</translation>
    </message>
    <message>
        <source>The moves that suit you for the %1 fill at most %2 within the guide&apos;s advice for this level, short of the %3 asked for; choose fewer minutes or more regions.</source>
        <translation>Los ejercicios que te convienen para la %1 llenan como mucho %2 dentro de lo que aconseja la guía para este nivel, menos que los %3 solicitados; elige menos minutos o más regiones.</translation>
    </message>
    <message>
        <source>Quick plan: %1</source>
        <translation>Plan rápido: %1</translation>
    </message>
    <message>
        <source>For the %1.</source>
        <translation>Para la %1.</translation>
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
        <translation>Tu sesión está lista.</translation>
    </message>
    <message>
        <source>Today: %1.</source>
        <translation>Hoy: %1.</translation>
    </message>
    <message>
        <source>You planned a back session</source>
        <translation>Tenías prevista una sesión de espalda</translation>
    </message>
    <message>
        <source>It was planned for %1, while the computer was off or asleep.</source>
        <translation>Estaba prevista para las %1, mientras el equipo estaba apagado o en suspensión.</translation>
    </message>
    <message>
        <source>It was planned for %1 at %2, while the computer was off or asleep.</source>
        <translation>Estaba prevista para el %1 a las %2, mientras el equipo estaba apagado o en suspensión.</translation>
    </message>
    <message>
        <source>Ready to roll now?</source>
        <translation>¿Quieres rodar ahora?</translation>
    </message>
    <message>
        <source>Lie down on the roller; RollGuide talks you through each move.</source>
        <translation>Túmbate sobre el rodillo; RollGuide te guía en cada ejercicio.</translation>
    </message>
    <message>
        <source>Time for your back session</source>
        <translation>Es la hora de tu sesión de espalda</translation>
    </message>
    <message>
        <source>Open RollGuide to start.</source>
        <translation>Abre RollGuide para empezar.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>In 30 minutes</source>
        <translation>En 30 minutos</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Open RollGuide</source>
        <translation>Abrir RollGuide</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service did not take the reminder: %1</source>
        <translation>El servicio de notificaciones del escritorio no aceptó el recordatorio: %1</translation>
    </message>
    <message>
        <source>This desktop shows notifications without buttons: a reminder says when, and you start the session in RollGuide.</source>
        <translation>Este escritorio muestra las notificaciones sin botones: el recordatorio te avisa de cuándo, y la sesión la empiezas en RollGuide.</translation>
    </message>
    <message>
        <source>Reminders need the desktop&apos;s notification service, and RollGuide found no session bus to reach it.</source>
        <translation>Los recordatorios necesitan el servicio de notificaciones del escritorio, y RollGuide no encontró ningún bus de sesión para llegar a él.</translation>
    </message>
    <message>
        <source>Reminders are shown by the desktop&apos;s notification service, and none answers on this desktop (%1). Nothing else is affected.</source>
        <translation>Los recordatorios los muestra el servicio de notificaciones del escritorio, y en este escritorio no responde ninguno (%1). No afecta a nada más.</translation>
    </message>
    <message>
        <source>Remind me 4 times a week?</source>
        <translation>¿Te lo recuerdo 4 veces por semana?</translation>
    </message>
    <message>
        <source>Rolling 4 to 5 times a week helps most, starting with short sessions. RollGuide can remind you on %1 at %2. You can change the days and the time in Settings.</source>
        <translation>Rodar de 4 a 5 veces por semana es lo que más ayuda, empezando con sesiones cortas. RollGuide puede recordártelo los %1 a las %2. Puedes cambiar los días y la hora en Ajustes.</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recuérdamelo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>RollGuide could not remove %1, so it may still start when you log in.</source>
        <translation>RollGuide no pudo eliminar %1, así que puede que siga iniciándose al iniciar sesión.</translation>
    </message>
    <message>
        <source>RollGuide could not create the folder %1, so reminders stop when you log out.</source>
        <translation>RollGuide no pudo crear la carpeta %1, así que los recordatorios se detienen al cerrar sesión.</translation>
    </message>
    <message>
        <source>RollGuide could not write %1 (%2), so reminders stop when you log out.</source>
        <translation>RollGuide no pudo escribir %1 (%2), así que los recordatorios se detienen al cerrar sesión.</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Empezar la sesión de hoy</translation>
    </message>
    <message>
        <source>No reminders today</source>
        <translation>Hoy sin recordatorios</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>No reminders today (chosen)</source>
        <translation>Hoy sin recordatorios (elegido)</translation>
    </message>
    <message>
        <source>RollGuide: reminders on %1 at %2</source>
        <translation>RollGuide: recordatorios los %1 a las %2</translation>
    </message>
    <message>
        <source>RollGuide is still running</source>
        <translation>RollGuide sigue en ejecución</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you on the days you planned. To quit, choose Quit in its tray menu.</source>
        <translation>Se queda en la bandeja del sistema para recordártelo los días que tienes previstos. Para salir, elige Salir en su menú de la bandeja.</translation>
    </message>
    <message>
        <source>It keeps running to remind you on the days you planned. Open it again from your applications; to quit, choose File, Quit.</source>
        <translation>Sigue en ejecución para recordártelo los días que tienes previstos. Vuelve a abrirlo desde tus aplicaciones; para salir, elige Archivo, Salir.</translation>
    </message>
</context>
<context>
    <name>rollguide::Routine</name>
    <message>
        <source>this routine was written by a newer RollGuide (schema version %1); this version reads schema version %2</source>
        <translation>esta rutina la escribió una versión más reciente de RollGuide (versión de esquema %1); esta versión lee la versión de esquema %2</translation>
    </message>
    <message>
        <source>the routine has no steps; add at least one move</source>
        <translation>la rutina no tiene pasos; añade al menos un ejercicio</translation>
    </message>
    <message>
        <source>a set of %1 seconds is outside the %2 to %3 seconds a set may last</source>
        <translation>una serie de %1 segundos está fuera del rango de %2 a %3 segundos que puede durar una serie</translation>
    </message>
    <message>
        <source>a set of %1 breaths is outside the %2 to %3 breaths a set may last</source>
        <translation>una serie de %1 respiraciones está fuera del rango de %2 a %3 respiraciones que puede durar una serie</translation>
    </message>
    <message>
        <source>%1 sets is outside the 1 to %2 sets allowed</source>
        <translation>%1 series están fuera del rango permitido de 1 a %2 series</translation>
    </message>
    <message>
        <source>a rest of %1 seconds is outside the 0 to %2 seconds allowed</source>
        <translation>un descanso de %1 segundos está fuera del rango permitido de 0 a %2 segundos</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <source>the routine has %1 steps; at most %2 are allowed</source>
        <translation>la rutina tiene %1 pasos; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>no exercise chosen</source>
        <translation>no se ha elegido ningún ejercicio</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineCommands</name>
    <message>
        <source>delete &quot;%1&quot;</source>
        <translation>eliminar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rename to &quot;%1&quot;</source>
        <translation>cambiar el nombre a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add &quot;%1&quot;</source>
        <translation>añadir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>remove &quot;%1&quot;</source>
        <translation>quitar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>move &quot;%1&quot;</source>
        <translation>mover &quot;%1&quot;</translation>
    </message>
    <message>
        <source>change the dose of &quot;%1&quot;</source>
        <translation>cambiar la dosis de &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineLibrary</name>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (predefinida)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Duplicate one to make it your own.</source>
        <translation>Las rutinas predefinidas no se pueden cambiar. Duplica una para hacerla tuya.</translation>
    </message>
    <message>
        <source>%1 (without %2)</source>
        <translation>%1 (sin %2)</translation>
    </message>
    <message>
        <source>Take %1 out of your routines</source>
        <translation>Quitar %1 de tus rutinas</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineLookup</name>
    <message>
        <source>no routine was named</source>
        <translation>no se indicó ninguna rutina</translation>
    </message>
    <message>
        <source>there is no routine called &quot;%1&quot;; there are no routines at all</source>
        <translation>no hay ninguna rutina llamada &quot;%1&quot;; no hay ninguna rutina</translation>
    </message>
    <message>
        <source>there is no routine called &quot;%1&quot;; the routines are: %2</source>
        <translation>no hay ninguna rutina llamada &quot;%1&quot;; las rutinas son: %2</translation>
    </message>
    <message>
        <source>To open the file %1 instead, write it as ./%1</source>
        <translation>Para abrir en su lugar el archivo %1, escríbelo como ./%1</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineSheet</name>
    <message>
        <source>Across</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>Lengthwise</source>
        <translation>A lo largo</translation>
    </message>
    <message>
        <source>This move is not in the catalog, so the session leaves it out.</source>
        <translation>Este ejercicio no está en el catálogo, así que la sesión lo deja fuera.</translation>
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
        <translation>Inhala durante %1 s y exhala durante %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>RollGuide · %1</source>
        <translation>RollGuide · %1</translation>
    </message>
    <message>
        <source>not known (the routine has errors)</source>
        <translation>desconocido (la rutina tiene errores)</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>La seguridad, lo primero</translation>
    </message>
    <message>
        <source>Stop if it hurts. Press only enough to feel the muscle let go, and keep the roller off the bones of your spine.</source>
        <translation>Para si te duele. Presiona solo lo justo para notar que el músculo se suelta, y no apoyes el rodillo sobre los huesos de la columna.</translation>
    </message>
    <message>
        <source>Weekly log</source>
        <translation>Registro semanal</translation>
    </message>
    <message>
        <source>Tick a box each time you roll.</source>
        <translation>Marca una casilla cada vez que ruedes.</translation>
    </message>
    <message>
        <source>Aim for %1 sessions a week. Tick a box each time you roll.</source>
        <translation>Intenta hacer %1 sesiones por semana. Marca una casilla cada vez que ruedes.</translation>
    </message>
    <message>
        <source>Aim for %1–%2 sessions a week. Tick a box each time you roll.</source>
        <translation>Intenta hacer %1–%2 sesiones por semana. Marca una casilla cada vez que ruedes.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineStepsModel</name>
    <message>
        <source>Unknown move &quot;%1&quot;</source>
        <translation>Ejercicio desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutineStore</name>
    <message>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>It was written by a newer RollGuide (schema version %1), so this version shows it read-only and never saves over it. Save it as a new routine to change it.</source>
        <translation>La escribió una versión más reciente de RollGuide (versión de esquema %1), así que esta versión la muestra en solo lectura y nunca la sobrescribe. Guárdala como una rutina nueva para cambiarla.</translation>
    </message>
    <message>
        <source>It was written by a newer RollGuide (schema version %1), and this version cannot read its moves, so it is only listed. Update RollGuide to use it.</source>
        <translation>La escribió una versión más reciente de RollGuide (versión de esquema %1) y esta versión no puede leer sus ejercicios, así que solo aparece en la lista. Actualiza RollGuide para usarla.</translation>
    </message>
    <message>
        <source>it would not read back</source>
        <translation>no se pudo volver a leer</translation>
    </message>
    <message>
        <source>The routines folder %1 is not a folder, so no routines could be read.</source>
        <translation>La carpeta de rutinas %1 no es una carpeta, así que no se pudo leer ninguna rutina.</translation>
    </message>
    <message>
        <source>The routines folder %1 could not be created, so no routines could be read.</source>
        <translation>No se pudo crear la carpeta de rutinas %1, así que no se pudo leer ninguna rutina.</translation>
    </message>
    <message>
        <source>The routines folder %1 cannot be read, so no routines could be read.</source>
        <translation>No se puede leer la carpeta de rutinas %1, así que no se pudo leer ninguna rutina.</translation>
    </message>
    <message>
        <source>%1 is not used: its name holds characters RollGuide does not accept in a routine file&apos;s name (bytes that are not UTF-8 text, control characters or a backslash). Rename it to use it.</source>
        <translation>%1 no se usa: su nombre contiene caracteres que RollGuide no acepta en el nombre de un archivo de rutina (bytes que no son texto UTF-8, caracteres de control o una barra invertida). Cámbiale el nombre para usarlo.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. It was left as it is.</source>
        <translation>%1 no se pudo leer: %2. Se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 no se pudo leer: %2.</translation>
    </message>
    <message>
        <source>It was left as it is and not used; open RollGuide&apos;s Routines tab to recover it.</source>
        <translation>Se ha dejado como estaba y no se usa; abre la pestaña Rutinas de RollGuide para recuperarlo.</translation>
    </message>
    <message>
        <source>It was moved to %1, where it is kept but not used.</source>
        <translation>Se movió a %1, donde se conserva pero no se usa.</translation>
    </message>
    <message>
        <source>It could not be moved aside either, so it was left as it is and not used.</source>
        <translation>Tampoco se pudo apartar, así que se ha dejado como estaba y no se usa.</translation>
    </message>
    <message>
        <source>There is no earlier copy to restore.</source>
        <translation>No hay ninguna copia anterior que restaurar.</translation>
    </message>
    <message>
        <source>Its earlier copy %1 could not be read either: %2.</source>
        <translation>Tampoco se pudo leer su copia anterior %1: %2.</translation>
    </message>
    <message>
        <source>Its last good copy, %1, was restored and loaded.</source>
        <translation>Se restauró y se cargó su última copia buena, %1.</translation>
    </message>
    <message>
        <source>This is the last good copy, %1; it could not be put back (%2), so it is read-only.</source>
        <translation>Esta es la última copia buena, %1; no se pudo restaurar (%2), así que es de solo lectura.</translation>
    </message>
    <message>
        <source>This is the last good copy, %1; the damaged file is still in its place, so it is read-only.</source>
        <translation>Esta es la última copia buena, %1; el archivo dañado sigue en su sitio, así que es de solo lectura.</translation>
    </message>
    <message>
        <source>Its last good copy, %1, is shown read-only.</source>
        <translation>Se muestra en solo lectura su última copia buena, %1.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 no se guardó: %2</translation>
    </message>
    <message>
        <source>“%1” is not the name of a routine file in the routines folder.</source>
        <translation>“%1” no es el nombre de un archivo de rutina de la carpeta de rutinas.</translation>
    </message>
    <message>
        <source>it is read-only.</source>
        <translation>es de solo lectura.</translation>
    </message>
    <message>
        <source>the routines folder %1 cannot be created. Your changes are kept here, not saved.</source>
        <translation>no se puede crear la carpeta de rutinas %1. Tus cambios se conservan aquí, sin guardar.</translation>
    </message>
    <message>
        <source>another RollGuide is saving routines right now. Your changes are kept here; try again.</source>
        <translation>otro RollGuide está guardando rutinas en este momento. Tus cambios se conservan aquí; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>its file %1 cannot be checked: %2. Your changes are kept here, not saved.</source>
        <translation>no se puede comprobar su archivo %1: %2. Tus cambios se conservan aquí, sin guardar.</translation>
    </message>
    <message>
        <source>its file %1 was written by a newer RollGuide, and this version never saves over such a file. Save it as a new routine instead.</source>
        <translation>su archivo %1 lo escribió una versión más reciente de RollGuide, y esta versión nunca sobrescribe un archivo así. Guárdala como una rutina nueva.</translation>
    </message>
    <message>
        <source>its file %1 was changed elsewhere (perhaps by another RollGuide) since it was opened. Your changes are kept here; save again to overwrite the other version, or save them as a new routine.</source>
        <translation>su archivo %1 se modificó en otro lugar (quizá otro RollGuide) desde que se abrió. Tus cambios se conservan aquí; vuelve a guardar para sobrescribir la otra versión o guárdalos como una rutina nueva.</translation>
    </message>
    <message>
        <source>its file %1 cannot be read and could not be moved aside, so it was left as it is. Your changes are kept here, not saved.</source>
        <translation>su archivo %1 no se puede leer y no se pudo apartar, así que se ha dejado como estaba. Tus cambios se conservan aquí, sin guardar.</translation>
    </message>
    <message>
        <source>Your changes are kept here, not saved.</source>
        <translation>Tus cambios se conservan aquí, sin guardar.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a routine file in the routines folder, so nothing was removed.</source>
        <translation>“%1” no es el nombre de un archivo de rutina de la carpeta de rutinas, así que no se eliminó nada.</translation>
    </message>
    <message>
        <source>There is no routine file %1 to remove.</source>
        <translation>No existe ningún archivo de rutina %1 que eliminar.</translation>
    </message>
    <message>
        <source>%1 could not be removed: it could not be renamed to %2.</source>
        <translation>%1 no se pudo eliminar: no se pudo renombrar a %2.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2.</source>
        <translation>%1 no se pudo importar: %2.</translation>
    </message>
    <message>
        <source>it was written by a newer RollGuide (schema version %1); update RollGuide to import it</source>
        <translation>lo escribió una versión más reciente de RollGuide (versión de esquema %1); actualiza RollGuide para importarlo</translation>
    </message>
    <message>
        <source>it is not a routine file</source>
        <translation>no es un archivo de rutina</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(y %n problema más)</numerusform>
            <numerusform>(y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine was not exported: %1.</source>
        <translation>No se exportó la rutina: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::RoutinesTab</name>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>long breaths</source>
        <translation>respiraciones largas</translation>
    </message>
    <message>
        <source>Pick a routine on the left, or make a new one.</source>
        <translation>Elige una rutina a la izquierda o crea una nueva.</translation>
    </message>
    <message>
        <source>This is a built-in routine, so it cannot be changed. Press Duplicate to make your own copy to edit.</source>
        <translation>Es una rutina predefinida, así que no se puede cambiar. Pulsa Duplicar para crear tu propia copia y editarla.</translation>
    </message>
    <message>
        <source>Add moves from the right: double-click, press Add, or drag them in. Drag or use Alt+Up and Alt+Down to reorder.</source>
        <translation>Añade ejercicios desde la derecha: haz doble clic, pulsa Añadir a la rutina o arrástralos. Arrastra o usa Alt+Arriba y Alt+Abajo para cambiar el orden.</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>No está en el catálogo</translation>
    </message>
    <message>
        <source>Not safe with your answers</source>
        <translation>No es seguro según tus respuestas</translation>
    </message>
    <message>
        <source>Ask your doctor first</source>
        <translation>Consulta antes a tu médico</translation>
    </message>
    <message>
        <source>More than advised</source>
        <translation>Más de lo aconsejado</translation>
    </message>
    <message>
        <source>Check this</source>
        <translation>Revisa esto</translation>
    </message>
    <message>
        <source>Total time: %1 at your breath pace</source>
        <translation>Tiempo total: %1 a tu ritmo de respiración</translation>
    </message>
    <message>
        <source>This routine cannot be played yet.</source>
        <translation>Esta rutina aún no se puede iniciar.</translation>
    </message>
    <message>
        <source>Cannot be played</source>
        <translation>No se puede iniciar</translation>
    </message>
    <message>
        <source>No moves yet.</source>
        <translation>Aún no hay ejercicios.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>new routine</source>
        <translation>nueva rutina</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>duplicate &quot;%1&quot;</source>
        <translation>duplicar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Some changes could not be saved. They are kept here, still marked unsaved.

%1</source>
        <translation>Algunos cambios no se pudieron guardar. Se conservan aquí, marcados aún como no guardados.

%1</translation>
    </message>
    <message>
        <source>import &quot;%1&quot;</source>
        <translation>importar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No routine is selected.</source>
        <translation>No hay ninguna rutina seleccionada.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Archivos de rutina (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exportar una rutina</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
</context>
<context>
    <name>rollguide::SafeFile</name>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a regular file</source>
        <translation>es una tubería con nombre (FIFO), no un archivo normal</translation>
    </message>
    <message>
        <source>it is a device, not a regular file</source>
        <translation>es un dispositivo, no un archivo normal</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file</source>
        <translation>es un socket, no un archivo normal</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>has agotado tu cuota de disco</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>el archivo superaría el tamaño que permite este sistema</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>its symbolic links form a loop</source>
        <translation>sus enlaces simbólicos forman un bucle</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>el disco informó de un error de entrada/salida</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>hay demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>nothing is reading from it</source>
        <translation>nada lo está leyendo</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>el archivo supera el límite de %1 bytes</translation>
    </message>
    <message>
        <source>no file was named</source>
        <translation>no se indicó ningún archivo</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist</source>
        <translation>es un enlace simbólico a %1, que no existe</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>el archivo ocupa %1 bytes; el límite es de %2 bytes</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not take new files</source>
        <translation>%1 no se puede escribir: la carpeta %2 no admite archivos nuevos</translation>
    </message>
    <message>
        <source>%1 could not be written in full: %2</source>
        <translation>%1 no se pudo escribir por completo: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 no se pudo escribir: %2</translation>
    </message>
    <message>
        <source>the previous copy of %1 could not be kept, so it was not replaced</source>
        <translation>no se pudo conservar la copia anterior de %1, así que no se reemplazó</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 no se pudo guardar: %2</translation>
    </message>
    <message>
        <source>%1 could not be moved aside: %2</source>
        <translation>%1 no se pudo apartar: %2</translation>
    </message>
</context>
<context>
    <name>rollguide::Screening</name>
    <message>
        <source>Not advised with %1.</source>
        <translation>No aconsejado con %1.</translation>
    </message>
    <message>
        <source>Ask your doctor first because of %1.</source>
        <translation>Consulta antes a tu médico por %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::ScreeningDialog</name>
    <message>
        <source>RollGuide leaves out the moves it rules out.</source>
        <translation>RollGuide deja fuera los ejercicios que descarta.</translation>
    </message>
    <message>
        <source>RollGuide marks the moves concerned and asks before them.</source>
        <translation>RollGuide marca los ejercicios afectados y te pregunta antes de hacerlos.</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Guardar respuestas</translation>
    </message>
    <message>
        <source>Tick what applies, or &quot;None of these apply to me&quot;.</source>
        <translation>Marca lo que sea tu caso, o &quot;Nada de esto es mi caso&quot;.</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionPlan</name>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>Next: switch to your %1</source>
        <translation>Siguiente: cambia a tu %1</translation>
    </message>
    <message>
        <source>Next: rest</source>
        <translation>Siguiente: descanso</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Siguiente: fin</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, set %2 of %3</source>
        <translation>%1, serie %2 de %3</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionPlanner</name>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesión completada</translation>
    </message>
    <message>
        <source>Well done. Roll onto your side and get up slowly.</source>
        <translation>Bien hecho. Ponte de lado y levántate despacio.</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Colócate</translation>
    </message>
    <message>
        <source>Get into position on your %1</source>
        <translation>Colócate sobre tu %1</translation>
    </message>
    <message>
        <source>Roller: %1</source>
        <translation>Rodillo: %1</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>Evita:</translation>
    </message>
    <message>
        <source>Next: %1. %2</source>
        <translation>Siguiente: %1. %2</translation>
    </message>
    <message>
        <source>Start on your %1.</source>
        <translation>Empieza por tu %1.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Turn to your %1</source>
        <translation>Gírate hacia tu %1</translation>
    </message>
    <message>
        <source>Switch to your %1.</source>
        <translation>Cambia a tu %1.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Rest and breathe</source>
        <translation>Descansa y respira</translation>
    </message>
    <message>
        <source>Rest. Set %1 of %2 is next.</source>
        <translation>Descansa. Ahora viene la serie %1 de %2.</translation>
    </message>
    <message>
        <source>Left side.</source>
        <translation>Lado izquierdo.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <translation>Lado derecho.</translation>
    </message>
    <message>
        <source>Roll slowly: one pass per breath</source>
        <translation>Rueda despacio: una pasada por respiración</translation>
    </message>
    <message>
        <source>Roll slowly and keep breathing</source>
        <translation>Rueda despacio y sigue respirando</translation>
    </message>
    <message>
        <source>Start rolling.</source>
        <translation>Empieza a rodar.</translation>
    </message>
    <message>
        <source>One repetition per breath</source>
        <translation>Una repetición por respiración</translation>
    </message>
    <message>
        <source>Begin.</source>
        <translation>Empieza.</translation>
    </message>
    <message>
        <source>Hold still and breathe slowly</source>
        <translation>Mantén la posición y respira despacio</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Mantén la posición.</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s).</source>
        <translation>
            <numerusform>%n respiración.</numerusform>
            <numerusform>%n respiraciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s).</source>
        <translation>
            <numerusform>%n segundo.</numerusform>
            <numerusform>%n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2.</source>
        <translation>Serie %1 de %2.</translation>
    </message>
    <message>
        <source>breath pace</source>
        <translation>ritmo de respiración</translation>
    </message>
    <message>
        <source>getting into position</source>
        <translation>colocación</translation>
    </message>
    <message>
        <source>%1 ms is outside the 0 to %2 ms allowed</source>
        <translation>%1 ms está fuera del rango permitido de 0 a %2 ms</translation>
    </message>
    <message>
        <source>switching sides</source>
        <translation>cambio de lado</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Rutina sin título</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <source>none of its moves is in the catalog, so there is nothing to play</source>
        <translation>ninguno de sus ejercicios está en el catálogo, así que no hay nada que hacer</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionPlayer</name>
    <message>
        <source>The system clock changed, so the session is paused.</source>
        <translation>La hora del sistema cambió, así que la sesión está en pausa.</translation>
    </message>
    <message>
        <source>The computer was asleep for about %1 minutes, so the session is paused.</source>
        <translation>El equipo estuvo en suspensión unos %1 minutos, así que la sesión está en pausa.</translation>
    </message>
    <message>
        <source>The computer was asleep for about a minute, so the session is paused.</source>
        <translation>El equipo estuvo en suspensión alrededor de un minuto, así que la sesión está en pausa.</translation>
    </message>
    <message>
        <source>The computer was asleep for a moment, so the session is paused.</source>
        <translation>El equipo estuvo en suspensión un momento, así que la sesión está en pausa.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
</context>
<context>
    <name>rollguide::SessionSetup</name>
    <message>
        <source>Beginner</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <source>Before a workout</source>
        <translation>Antes de entrenar</translation>
    </message>
    <message>
        <source>After a workout</source>
        <translation>Después de entrenar</translation>
    </message>
    <message>
        <source>You have not answered the safety questions yet. They come up when you start.</source>
        <translation>Aún no has respondido las preguntas de seguridad. Aparecen al empezar.</translation>
    </message>
    <message>
        <source>Safety answers: none of the listed conditions.</source>
        <translation>Respuestas de seguridad: ninguna de las afecciones de la lista.</translation>
    </message>
    <message>
        <source>Safety answers: %1.</source>
        <translation>Respuestas de seguridad: %1.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>No has elegido ninguna sesión</translation>
    </message>
    <message>
        <source>Pick a routine on the left, or make a quick plan.</source>
        <translation>Elige una rutina a la izquierda o crea un plan rápido.</translation>
    </message>
    <message>
        <source>This routine cannot be played:
%1</source>
        <translation>Esta rutina no se puede iniciar:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>No plan fits that goal</source>
        <translation>Ningún plan se ajusta a ese objetivo</translation>
    </message>
    <message>
        <source>Left out: %1 (%2)</source>
        <translation>Se deja fuera: %1 (%2)</translation>
    </message>
    <message>
        <source>Check these moves first</source>
        <translation>Revisa antes estos ejercicios</translation>
    </message>
    <message>
        <source>Your safety answers say these moves need care or your doctor&apos;s OK:

%1

Leave them out of this session, or do them anyway?</source>
        <translation>Según tus respuestas de seguridad, estos ejercicios requieren cuidado o el visto bueno de tu médico:

%1

¿Los dejas fuera de esta sesión o los haces de todos modos?</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Dejarlos fuera</translation>
    </message>
    <message>
        <source>Do them anyway</source>
        <translation>Hacerlos de todos modos</translation>
    </message>
    <message>
        <source>Nothing left to do</source>
        <translation>No queda nada que hacer</translation>
    </message>
    <message>
        <source>Every move in this session was left out for safety. Pick another routine, or ask your doctor which moves suit you.</source>
        <translation>Todos los ejercicios de esta sesión se dejaron fuera por seguridad. Elige otra rutina o pregunta a tu médico qué ejercicios te convienen.</translation>
    </message>
    <message>
        <source>This session cannot start</source>
        <translation>Esta sesión no puede empezar</translation>
    </message>
</context>
<context>
    <name>rollguide::SettingsDialog</name>
    <message>
        <source>Sound output: working.</source>
        <translation>Salida de sonido: funciona.</translation>
    </message>
    <message>
        <source>Voice: %1.</source>
        <translation>Voz: %1.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminders, or turn them off.</source>
        <translation>Elige al menos un día para los recordatorios o desactívalos.</translation>
    </message>
    <message>
        <source>RollGuide starts in the background when you log in, and keeps running when you close its window, so the reminders come.</source>
        <translation>RollGuide se inicia en segundo plano al iniciar sesión y sigue en ejecución cuando cierras su ventana, para que lleguen los recordatorios.</translation>
    </message>
    <message>
        <source>Rolling 4 to 5 times a week helps most. A reminder can nudge you on the days you choose.</source>
        <translation>Rodar de 4 a 5 veces por semana es lo que más ayuda. Un recordatorio puede darte un empujoncito los días que elijas.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>A new language shows the next time RollGuide starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que abras RollGuide.</translation>
    </message>
</context>
<context>
    <name>rollguide::SettingsFile</name>
    <message>
        <source>The settings file %1 could not be read (%2). RollGuide uses its defaults and keeps any change in memory only; the file is left as it is.</source>
        <translation>No se pudo leer el archivo de ajustes %1 (%2). RollGuide usa sus valores predeterminados y guarda los cambios solo en memoria; el archivo se deja como está.</translation>
    </message>
    <message>
        <source>Your settings were not saved: %1.</source>
        <translation>Tus ajustes no se guardaron: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::SheetLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Total time %1</source>
        <translation>Tiempo total %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Roller %1</source>
        <translation>Rodillo %1</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respira</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evita</translation>
    </message>
    <message>
        <source>Do not roll with:</source>
        <translation>No ruedes si tienes:</translation>
    </message>
    <message>
        <source>Ask your doctor first if you have:</source>
        <translation>Consulta antes a tu médico si tienes:</translation>
    </message>
    <message>
        <source>no file name was given for the PDF</source>
        <translation>no se indicó ningún nombre de archivo para el PDF</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 es una carpeta, no un nombre de archivo</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist</source>
        <translation>%1 no se puede escribir: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 is not a folder</source>
        <translation>%1 no se puede escribir: %2 no es una carpeta</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>the page could not be painted</source>
        <translation>no se pudo dibujar la página</translation>
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
        <translation>Vista previa de impresión: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>The routine sheet could not be printed: %1.</source>
        <translation>No se pudo imprimir la hoja de la rutina: %1.</translation>
    </message>
    <message>
        <source>Export routine sheet as PDF</source>
        <translation>Exportar la hoja de la rutina como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>No se pudo exportar el PDF</translation>
    </message>
    <message>
        <source>The routine sheet could not be saved: %1.</source>
        <translation>No se pudo guardar la hoja de la rutina: %1.</translation>
    </message>
</context>
<context>
    <name>rollguide::Translations</name>
    <message>
        <source>RollGuide has no language &quot;%1&quot;; choose one of: %2.</source>
        <translation>RollGuide no tiene el idioma &quot;%1&quot;; elige uno de estos: %2.</translation>
    </message>
</context>
</TS>

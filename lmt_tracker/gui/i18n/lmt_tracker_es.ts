<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_US">
<context>
    <name>GuideWindow</name>
    <message>
        <source>LMT Tracker — User guide</source>
        <translation>LMT Tracker — Guía del usuario</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({path}: {error}). Reinstalling LMT Tracker puts it back.</source>
        <translation>Falta la guía del usuario en esta instalación ({path}: {error}). Reinstalar LMT Tracker la restituye.</translation>
    </message>
    <message>
        <source>Help on this screen (F1)</source>
        <translation>Ayuda sobre esta pantalla (F1)</translation>
    </message>
    <message>
        <source>Help on this screen</source>
        <translation>Ayuda sobre esta pantalla</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>{file} is open in another LMT Tracker window: it was brought forward</source>
        <translation>{file} está abierto en otra ventana de LMT Tracker: se trajo al frente</translation>
    </message>
    <message>
        <source>{file} is open on another computer, {who}.</source>
        <translation>{file} está abierto en otra computadora, {who}.</translation>
    </message>
    <message>
        <source>{file} is open on another computer, {who}, since {date} {time}.</source>
        <translation>{file} está abierto en otra computadora, {who}, desde el {date} a las {time}.</translation>
    </message>
    <message>
        <source>Open on another computer</source>
        <translation>Abierto en otra computadora</translation>
    </message>
    <message>
        <source>Two computers changing the same file can lose each other&apos;s changes. Close LMT Tracker there first, then open the file here. If that computer is off or the app there has crashed, opening anyway is safe (this notice stops by itself {minutes} minutes after the app there stops).</source>
        <translation>Si dos computadoras modifican el mismo archivo, una puede perder los cambios de la otra. Cierre primero LMT Tracker allí y luego abra el archivo aquí. Si esa computadora está apagada o la aplicación se cerró de forma inesperada, es seguro abrirlo de todos modos (este aviso desaparece solo {minutes} minutos después de que la aplicación se detiene allí).</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Deleted {0} — Ctrl+Z to undo</source>
        <translation>Eliminado: {0} — Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>Restaurado: {0}</translation>
    </message>
    <message>
        <source>Saved the profile of {0}</source>
        <translation>Se guardó el perfil de {0}</translation>
    </message>
    <message>
        <source>Saved the {0} attempt</source>
        <translation>Se guardó el intento de {0}</translation>
    </message>
    <message>
        <source>Deleted the {0} attempt — Ctrl+Z to undo</source>
        <translation>Se eliminó el intento de {0} — Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>Welcome, {0}: your record is set up</source>
        <translation>Bienvenido(a), {0}: su expediente está listo</translation>
    </message>
    <message>
        <source>enter at least one number of days, e.g. 90, 60, 30, 7</source>
        <translation>ingrese al menos un número de días, p. ej. 90, 60, 30, 7</translation>
    </message>
    <message>
        <source>“{part}” is not a number of days from 1 to 730</source>
        <translation>“{part}” no es un número de días entre 1 y 730</translation>
    </message>
    <message>
        <source>Reminders: </source>
        <translation>Recordatorios: </translation>
    </message>
    <message>
        <source> days before</source>
        <translation> días antes</translation>
    </message>
    <message>
        <source>follow the system</source>
        <translation>seguir al sistema</translation>
    </message>
    <message>
        <source>light</source>
        <translation>claro</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>oscuro</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>alto contraste</translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation>Tema: {0}</translation>
    </message>
    <message>
        <source>the demo fills only an empty database; open a new one first</source>
        <translation>la demostración solo llena una base de datos vacía; abra primero una nueva</translation>
    </message>
    <message>
        <source>Demo data loaded: explore freely, nothing here is real</source>
        <translation>Datos de demostración cargados: explore con libertad, nada aquí es real</translation>
    </message>
    <message>
        <source> (the previous contents were backed up to {backup})</source>
        <translation> (el contenido anterior se respaldó en {backup})</translation>
    </message>
    <message>
        <source>Imported {0}{kept}</source>
        <translation>Importado: {0}{kept}</translation>
    </message>
    <message>
        <source>Exported everything to {path} ({size:,} bytes)</source>
        <translation>Todo se exportó a {path} ({size:,} bytes)</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Respaldo guardado en {path}</translation>
    </message>
    <message>
        <source>Restored {0}; the previous contents are kept at {aside}</source>
        <translation>Restaurado: {0}; el contenido anterior se conserva en {aside}</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Abierto: {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Opening the database</source>
        <translation>Abriendo la base de datos</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Texto del recordatorio</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>…and {0} more on the dashboard</source>
        <translation>…y {0} más en el panel</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>{whose}{label}: {text}, {meaning}</source>
        <translation>{whose}{label}: {text}, {meaning}</translation>
    </message>
    <message>
        <source>Requirement met</source>
        <translation>Requisito cumplido</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Aún no cumplido</translation>
    </message>
    <message>
        <source>1 more hour needed</source>
        <translation>Falta 1 hora</translation>
    </message>
    <message>
        <source>{0} more hours needed</source>
        <translation>Faltan {0} horas</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} status: {1}</source>
        <translation>Estado de {0}: {1}</translation>
    </message>
    <message>
        <source>{0} to confirm with the board</source>
        <translation>{0} por confirmar con la junta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Every requirement with its source, and the courses counted</source>
        <translation>Cada requisito con su fuente y los cursos contados</translation>
    </message>
    <message>
        <source>Details of {0}</source>
        <translation>Detalles de {0}</translation>
    </message>
    <message>
        <source>Retired: no reminders, no CE required.</source>
        <translation>Retirada: sin recordatorios ni EC requerida.</translation>
    </message>
    <message>
        <source>Deadline unknown: enter the expiry date printed on the credential.</source>
        <translation>Fecha límite desconocida: ingrese la fecha de vencimiento impresa en la credencial.</translation>
    </message>
    <message>
        <source>Next deadline: {0} ({when})</source>
        <translation>Próxima fecha límite: {0} ({when})</translation>
    </message>
    <message>
        <source>Cannot be judged yet. To judge it: </source>
        <translation>Aún no se puede evaluar. Para evaluarla: </translation>
    </message>
    <message>
        <source>What to do next: </source>
        <translation>Qué hacer ahora: </translation>
    </message>
    <message>
        <source>; and {extra} more</source>
        <translation>; y {extra} más</translation>
    </message>
    <message>
        <source>What to do next: renew the card before it expires.</source>
        <translation>Qué hacer ahora: renueve la tarjeta antes de que venza.</translation>
    </message>
    <message>
        <source>What to do next: nothing is missing — renew on time.</source>
        <translation>Qué hacer ahora: no falta nada — renueve a tiempo.</translation>
    </message>
</context>
<context>
    <name>certificate_dialog</name>
    <message>
        <source>Certificate — {0}</source>
        <translation>Certificado — {0}</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Vista previa del certificado</translation>
    </message>
    <message>
        <source>{0} · {1} · {size:,} KB</source>
        <translation>{0} · {1} · {size:,} KB</translation>
    </message>
</context>
<context>
    <name>certificate_fill</name>
    <message>
        <source>60-minute hours</source>
        <translation>Horas de 60 minutos</translation>
    </message>
    <message>
        <source>50-minute hours</source>
        <translation>Horas de 50 minutos</translation>
    </message>
    <message>
        <source>Read from the certificate: “{evidence}”</source>
        <translation>Leído del certificado: “{evidence}”</translation>
    </message>
    <message>
        <source>Accept the value read from the certificate</source>
        <translation>Aceptar el valor leído del certificado</translation>
    </message>
    <message>
        <source>The value matches the certificate</source>
        <translation>El valor coincide con el certificado</translation>
    </message>
    <message>
        <source>Certificate reading</source>
        <translation>Lectura del certificado</translation>
    </message>
    <message>
        <source>Accept all read fields</source>
        <translation>Aceptar todos los campos leídos</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>Reading the certificate…</source>
        <translation>Leyendo el certificado…</translation>
    </message>
    <message>
        <source>The certificate is attached, but it could not be read: {exc}</source>
        <translation>El certificado está adjunto, pero no se pudo leer: {exc}</translation>
    </message>
    <message>
        <source>Filled in from the certificate: check each outlined field against the certificate, then press OK beside it or edit it. Ctrl+Enter accepts all and saves.</source>
        <translation>Completado a partir del certificado: compare cada campo resaltado con el certificado y luego pulse Aceptar a su lado o corríjalo. Ctrl+Intro acepta todo y guarda.</translation>
    </message>
    <message>
        <source>Not found on the certificate: </source>
        <translation>No se encontró en el certificado: </translation>
    </message>
    <message>
        <source>⚠ This certificate is made out to {0}, not to {1}. Save it only if it is yours.</source>
        <translation>⚠ Este certificado está a nombre de {0}, no de {1}. Guárdelo solo si es suyo.</translation>
    </message>
    <message>
        <source>⚠ A course with the same title, date and provider is already stored (“{0}”, {1}).</source>
        <translation>⚠ Ya hay un curso guardado con el mismo título, fecha y proveedor (“{0}”, {1}).</translation>
    </message>
    <message>
        <source>Nothing could be read from this certificate; it stays attached. Type the course details.</source>
        <translation>No se pudo leer nada de este certificado; queda adjunto. Escriba los datos del curso.</translation>
    </message>
    <message>
        <source>a guess: check it</source>
        <translation>una suposición: verifíquela</translation>
    </message>
</context>
<context>
    <name>certificate_queue</name>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Certificados (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Add courses from certificates</source>
        <translation>Agregar cursos desde certificados</translation>
    </message>
    <message>
        <source>{0} is already stored with a course</source>
        <translation>{0} ya está guardado con un curso</translation>
    </message>
    <message>
        <source>New CE course — certificate {number} of {0} (Esc skips)</source>
        <translation>Nuevo curso de EC — certificado {number} de {0} (Esc lo omite)</translation>
    </message>
    <message>
        <source>Certificates: {0} saved, {skipped} skipped</source>
        <translation>Certificados: {0} guardados, {skipped} omitidos</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Counted</source>
        <translation>Contadas</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requeridas</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>{0}: {1:.1f} of {2:.1f} hours</source>
        <translation>{0}: {1:.1f} de {2:.1f} horas</translation>
    </message>
</context>
<context>
    <name>cohort_model</name>
    <message>
        <source>Student ID</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <source>{name} — {column_name}: eligible</source>
        <translation>{name} — {column_name}: elegible</translation>
    </message>
    <message>
        <source>{name} — {column_name}: short</source>
        <translation>{name} — {column_name}: le falta</translation>
    </message>
    <message>
        <source>{column_name}: not regulated — no verdict</source>
        <translation>{column_name}: no regulado — sin veredicto</translation>
    </message>
    <message>
        <source>To confirm ({0}): </source>
        <translation>Por confirmar ({0}): </translation>
    </message>
    <message>
        <source>Eligible in {0} of {1} jurisdictions</source>
        <translation>Elegible en {0} de {1} jurisdicciones</translation>
    </message>
    <message>
        <source>{0}: {eligible} of {1} graduates eligible, {2} short</source>
        <translation>{0}: {eligible} de {1} egresados elegibles, a {2} les falta</translation>
    </message>
    <message>
        <source>{0}, {eligible} eligible</source>
        <translation>{0}, {eligible} elegibles</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>LMT Tracker databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de LMT Tracker (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>LMT Tracker backups (*.lmtbackup)</source>
        <translation>Respaldos de LMT Tracker (*.lmtbackup)</translation>
    </message>
    <message>
        <source>LMT Tracker export (*.json)</source>
        <translation>Exportación de LMT Tracker (*.json)</translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation>Importar un archivo de exportación</translation>
    </message>
    <message>
        <source>Replace everything?</source>
        <translation>¿Reemplazar todo?</translation>
    </message>
    <message>
        <source>This database already holds records. Importing replaces all of them with the file&apos;s contents (a backup is made first).</source>
        <translation>Esta base de datos ya contiene registros. Al importar, todos se reemplazan por el contenido del archivo (antes se hace un respaldo).</translation>
    </message>
    <message>
        <source>Replace with import</source>
        <translation>Reemplazar con la importación</translation>
    </message>
    <message>
        <source>Import this export file?</source>
        <translation>¿Importar este archivo de exportación?</translation>
    </message>
    <message>
        <source>{file} is an LMT Tracker export. Importing it fills the open database, {database}, with its records.</source>
        <translation>{file} es una exportación de LMT Tracker. Al importarla, la base de datos abierta, {database}, se llena con sus registros.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation>Exportando a {0}…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Respaldar la base de datos</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Respaldando…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar un respaldo</translation>
    </message>
    <message>
        <source>Restore from this backup?</source>
        <translation>¿Restaurar desde este respaldo?</translation>
    </message>
    <message>
        <source>Everything in the open database, {database}, is replaced by {0}. A copy of the current contents is kept in the backups folder.</source>
        <translation>Todo lo que hay en la base de datos abierta, {database}, se reemplaza por {0}. Se conserva una copia del contenido actual en la carpeta de respaldos.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar respaldo</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>New empty database</source>
        <translation>Nueva base de datos vacía</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>Abriendo {label}…</translation>
    </message>
    <message>
        <source>Opening the demo…</source>
        <translation>Abriendo la demostración…</translation>
    </message>
    <message>
        <source>Demo opened: sample data, not your record — File › Leave the demo returns to yours</source>
        <translation>Demostración abierta: datos de ejemplo, no su expediente — Archivo › Salir de la demostración vuelve al suyo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>New empty &amp;database…</source>
        <translation>Nueva base de &amp;datos vacía…</translation>
    </message>
    <message>
        <source>&amp;Import export file…</source>
        <translation>&amp;Importar archivo de exportación…</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>&amp;Exportar todo…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Res&amp;paldar…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurar respaldo…</translation>
    </message>
    <message>
        <source>About LMT Tracker</source>
        <translation>Acerca de LMT Tracker</translation>
    </message>
    <message>
        <source>&lt;b&gt;LMT Tracker {__version__}&lt;/b&gt;&lt;br&gt;Licenses, exams and continuing education for massage therapists — offline and private.&lt;br&gt;&lt;br&gt;Rules are sourced and dated; where a figure could not be confirmed the app says “unverified — check with your board”.</source>
        <translation>&lt;b&gt;LMT Tracker {__version__}&lt;/b&gt;&lt;br&gt;Licencias, exámenes y educación continua para terapeutas de masaje — sin conexión y en privado.&lt;br&gt;&lt;br&gt;Las reglas citan su fuente y fecha; cuando una cifra no pudo confirmarse, la aplicación dice “sin verificar — consulte con su junta”.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Status: {text}</source>
        <translation>Estado: {text}</translation>
    </message>
</context>
<context>
    <name>course_dialog</name>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Certificados (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>must be a number of hours, e.g. 3 or 1.5</source>
        <translation>debe ser un número de horas, p. ej. 3 o 1.5</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>Editar curso</translation>
    </message>
    <message>
        <source>New CE course</source>
        <translation>Nuevo curso de EC</translation>
    </message>
    <message>
        <source>The course form</source>
        <translation>El formulario del curso</translation>
    </message>
    <message>
        <source>Save and add &amp;another</source>
        <translation>Guardar y agregar &amp;otro</translation>
    </message>
    <message>
        <source>Save and add another</source>
        <translation>Guardar y agregar otro</translation>
    </message>
    <message>
        <source>Save this course and start the next one with the same provider, date and delivery (Ctrl+Shift+Enter)</source>
        <translation>Guardar este curso y empezar el siguiente con el mismo proveedor, fecha y modalidad (Ctrl+Mayús+Intro)</translation>
    </message>
    <message>
        <source>Last course saved</source>
        <translation>Último curso guardado</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation>Terminado el:</translation>
    </message>
    <message>
        <source>e.g. 3 or 1.5</source>
        <translation>p. ej. 3 o 1.5</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>60-minute hours</source>
        <translation>Horas de 60 minutos</translation>
    </message>
    <message>
        <source>50-minute hours</source>
        <translation>Horas de 50 minutos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Hour length</source>
        <translation>Duración de la hora</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>In person: physically present. Live online: real-time, interactive. Self-study: recorded or home study.</source>
        <translation>Presencial: con asistencia física. En línea en vivo: en tiempo real, interactivo. Autoestudio: grabado o estudio en casa.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Topic hours</source>
        <translation>Horas del tema</translation>
    </message>
    <message>
        <source>Add &amp;topic</source>
        <translation>Agregar &amp;tema</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Hours of each topic, within the course hours. Type a topic&apos;s first letters to choose it; Enter after its hours adds another.</source>
        <translation>Horas de cada tema, dentro de las horas del curso. Escriba las primeras letras de un tema para elegirlo; Intro después de sus horas agrega otro.</translation>
    </message>
    <message>
        <source>approved by, e.g. NCBTMB</source>
        <translation>aprobado por, p. ej. NCBTMB</translation>
    </message>
    <message>
        <source>Approving body</source>
        <translation>Organismo que aprueba</translation>
    </message>
    <message>
        <source>approval number</source>
        <translation>número de aprobación</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>Número de aprobación</translation>
    </message>
    <message>
        <source>Approved or not</source>
        <translation>Aprobado o no</translation>
    </message>
    <message>
        <source>Add approval number</source>
        <translation>Agregar número de aprobación</translation>
    </message>
    <message>
        <source>Approvals:</source>
        <translation>Aprobaciones:</translation>
    </message>
    <message>
        <source>A body not listed is unknown: rules that depend on it ask you to confirm.</source>
        <translation>Un organismo que no está en la lista es desconocido: las reglas que dependen de él le piden confirmarlo.</translation>
    </message>
    <message>
        <source>Course number:</source>
        <translation>Número del curso:</translation>
    </message>
    <message>
        <source>The course&apos;s own tracking number, if printed (e.g. CE Broker&apos;s): the same course taken twice in a period counts once.</source>
        <translation>El número de seguimiento propio del curso, si está impreso (p. ej. el de CE Broker): el mismo curso tomado dos veces en un período cuenta una sola vez.</translation>
    </message>
    <message>
        <source>Counts toward:</source>
        <translation>Cuenta para:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Course changed elsewhere — reload</source>
        <translation>El curso se modificó en otro lugar: vuelva a cargarlo</translation>
    </message>
    <message>
        <source>Course not saved</source>
        <translation>Curso no guardado</translation>
    </message>
    <message>
        <source>Every credential whose rules accept it</source>
        <translation>Toda credencial cuyas reglas lo acepten</translation>
    </message>
    <message>
        <source>Only these credentials:</source>
        <translation>Solo estas credenciales:</translation>
    </message>
    <message>
        <source>Credentials this course counts toward</source>
        <translation>Credenciales para las que cuenta este curso</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Attach certificate</source>
        <translation>Adjuntar certificado</translation>
    </message>
    <message>
        <source>{0} ({size:,} KB) — will be saved with the course</source>
        <translation>{0} ({size:,} KB) — se guardará con el curso</translation>
    </message>
    <message>
        <source>Certificate attached. Drop another file to replace it.</source>
        <translation>Certificado adjunto. Suelte otro archivo para reemplazarlo.</translation>
    </message>
    <message>
        <source>No certificate. Drop a PDF, PNG or JPEG here, or choose a file.</source>
        <translation>Sin certificado. Suelte aquí un PDF, PNG o JPEG, o elija un archivo.</translation>
    </message>
    <message>
        <source>choose at least one credential, or choose “every credential”</source>
        <translation>elija al menos una credencial, o elija “toda credencial”</translation>
    </message>
    <message>
        <source>Saved “{title}” ({0} added) — enter the next course</source>
        <translation>Se guardó “{title}” ({0} agregados) — ingrese el siguiente curso</translation>
    </message>
</context>
<context>
    <name>course_filters</name>
    <message>
        <source>Any {0}</source>
        <translation>Cualquier {0}</translation>
    </message>
    <message>
        <source>Search title, provider, approval number…  (Ctrl+F)</source>
        <translation>Buscar título, proveedor, número de aprobación…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Buscar cursos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Completed from</source>
        <translation>Terminado desde</translation>
    </message>
    <message>
        <source>Completed until</source>
        <translation>Terminado hasta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>With certificate</source>
        <translation>Con certificado</translation>
    </message>
    <message>
        <source>Without certificate</source>
        <translation>Sin certificado</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>course_table</name>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>{text} min</source>
        <translation>{text} min</translation>
    </message>
    <message>
        <source>{text} × {0} min</source>
        <translation>{text} × {0} min</translation>
    </message>
    <message>
        <source>
Approvals: {approvals}</source>
        <translation>
Aprobaciones: {approvals}</translation>
    </message>
    <message>
        <source>{0} minutes, as the certificate states: each board turns them into its own hours (see a credential&apos;s details)</source>
        <translation>{0} minutos, según el certificado: cada junta los convierte en sus propias horas (vea los detalles de una credencial)</translation>
    </message>
    <message>
        <source>{0} hours of {1} minutes</source>
        <translation>{0} horas de {1} minutos</translation>
    </message>
    <message>
        <source> — select the course to preview it</source>
        <translation> — seleccione el curso para verlo</translation>
    </message>
</context>
<context>
    <name>courses</name>
    <message>
        <source>CE courses</source>
        <extracomment>Columns of a fixed width (date, hours, delivery, certificate) and the shares of the rest.</extracomment>
        <translation>Cursos de EC</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected courses (Ctrl+Z undoes)</source>
        <translation>Eliminar los cursos seleccionados (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>From certificates…</source>
        <translation>Desde certificados…</translation>
    </message>
    <message>
        <source>Choose certificate files: each opens a course filled from it</source>
        <translation>Elija archivos de certificado: cada uno abre un curso completado a partir de él</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nuevo curso</translation>
    </message>
    <message>
        <source>Add a CE course (Ctrl+N)</source>
        <translation>Agregar un curso de EC (Ctrl+N)</translation>
    </message>
    <message>
        <source>No CE courses yet</source>
        <translation>Aún no hay cursos de EC</translation>
    </message>
    <message>
        <source>Enter each course once, with its certificate; it counts toward every credential whose rules accept it. Tip: drop a certificate file here to start a new course.</source>
        <translation>Ingrese cada curso una sola vez, con su certificado; cuenta para toda credencial cuyas reglas lo acepten. Consejo: suelte aquí un archivo de certificado para empezar un curso nuevo.</translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Agregar un curso</translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation>Importar un archivo de exportación</translation>
    </message>
    <message>
        <source>CE courses table</source>
        <translation>Tabla de cursos de EC</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Open larger…</source>
        <translation>Abrir más grande…</translation>
    </message>
    <message>
        <source>Loading courses…</source>
        <translation>Cargando cursos…</translation>
    </message>
    <message>
        <source>{shown:,} of {0} shown</source>
        <translation>{shown:,} de {0} mostrados</translation>
    </message>
    <message>
        <source> · double-click to edit · drop a certificate to add a course</source>
        <translation> · doble clic para editar · suelte un certificado para agregar un curso</translation>
    </message>
    <message>
        <source>Select a course to see its certificate</source>
        <translation>Seleccione un curso para ver su certificado</translation>
    </message>
    <message>
        <source>No certificate attached.
Edit the course to attach one (PDF, PNG or JPEG).</source>
        <translation>No hay certificado adjunto.
Edite el curso para adjuntar uno (PDF, PNG o JPEG).</translation>
    </message>
    <message>
        <source>delete {0}</source>
        <translation>eliminar {0}</translation>
    </message>
</context>
<context>
    <name>crash_report</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>LMT Tracker ran into an error it did not expect. What you were doing may not have finished; everything saved before it is safe, and you can keep working.

If it happens again, send the details below to whoever supports your copy of LMT Tracker. They leave out your records, any quoted text and your home folder&apos;s name.</source>
        <translation>LMT Tracker encontró un error inesperado. Es posible que lo que estaba haciendo no haya terminado; todo lo guardado antes está a salvo y puede seguir trabajando.

Si vuelve a ocurrir, envíe los detalles de abajo a quien dé soporte a su copia de LMT Tracker. No incluyen sus registros, ningún texto citado ni el nombre de su carpeta personal.</translation>
    </message>
    <message>
        <source>The error: {0}</source>
        <translation>El error: {0}</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>A log is kept in {0}.</source>
        <translation>Se lleva un registro en {0}.</translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation>No se pudo escribir un archivo de registro en esta computadora.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Save details…</source>
        <translation>Guardar detalles…</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Save the error details</source>
        <translation>Guardar los detalles del error</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Texto (*.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>credential_dialog</name>
    <message>
        <source>Choose a state or body…</source>
        <translation>Elija un estado u organismo…</translation>
    </message>
    <message>
        <source>State or body</source>
        <extracomment>Kinds whose &quot;state or body&quot; may be typed: a CPR card&apos;s issuer, an association.</extracomment>
        <translation>Estado u organismo</translation>
    </message>
    <message>
        <source>e.g. American Heart Association</source>
        <translation>p. ej. American Heart Association</translation>
    </message>
    <message>
        <source>This date has passed: the credential will show as expired. Check the date printed on it, or set the status to Lapsed — or press Save again to keep {0}.</source>
        <translation>Esta fecha ya pasó: la credencial aparecerá como vencida. Revise la fecha impresa en ella, o cambie el estado a Caducada — o pulse Guardar de nuevo para conservar {0}.</translation>
    </message>
    <message>
        <source>Edit credential</source>
        <translation>Editar credencial</translation>
    </message>
    <message>
        <source>New credential</source>
        <translation>Nueva credencial</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>State or body:</source>
        <translation>Estado u organismo:</translation>
    </message>
    <message>
        <source>The issuing state, NCBTMB, AMTA, or a CPR card&apos;s issuer.</source>
        <translation>El estado emisor, NCBTMB, AMTA o el emisor de una tarjeta de RCP.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>e.g. Licensed Massage Therapist</source>
        <translation>p. ej. Licensed Massage Therapist</translation>
    </message>
    <message>
        <source>First issued:</source>
        <translation>Primera emisión:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>The date printed on the credential; it wins over any prediction.</source>
        <translation>La fecha impresa en la credencial; prevalece sobre cualquier predicción.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>By examination</source>
        <translation>Por examen</translation>
    </message>
    <message>
        <source>By endorsement (licensed elsewhere first)</source>
        <translation>Por reconocimiento (con licencia previa en otro lugar)</translation>
    </message>
    <message>
        <source>Licensed here:</source>
        <translation>Licencia obtenida aquí:</translation>
    </message>
    <message>
        <source>This board&apos;s first-renewal rule depends on it.</source>
        <translation>La regla de primera renovación de esta junta depende de ello.</translation>
    </message>
    <message>
        <source>First licensed anywhere:</source>
        <translation>Primera licencia en cualquier lugar:</translation>
    </message>
    <message>
        <source>The requirement falls with years in practice, counted from this date.</source>
        <translation>El requisito disminuye con los años de práctica, contados desde esta fecha.</translation>
    </message>
    <message>
        <source>CE period from:</source>
        <translation>Período de EC desde:</translation>
    </message>
    <message>
        <source>This board assigns each licensee&apos;s CE period: copy it from your renewal notice.</source>
        <translation>Esta junta asigna el período de EC de cada titular: cópielo de su aviso de renovación.</translation>
    </message>
    <message>
        <source>CE period to:</source>
        <translation>Período de EC hasta:</translation>
    </message>
    <message>
        <source>“{0}” is not a state or body LMT Tracker has rules for: choose it from the list</source>
        <translation>“{0}” no es un estado u organismo del que LMT Tracker tenga reglas: elíjalo de la lista</translation>
    </message>
    <message>
        <source>is required; choose the state or body from the list</source>
        <translation>es obligatorio; elija el estado u organismo de la lista</translation>
    </message>
    <message>
        <source>Renewing starts the next cycle: CE taken from now on counts toward it. Enter the new expiry date printed on your renewed credential.</source>
        <translation>Renovar inicia el siguiente ciclo: la EC que tome a partir de ahora cuenta para él. Ingrese la nueva fecha de vencimiento impresa en su credencial renovada.</translation>
    </message>
    <message>
        <source>New expiry:</source>
        <translation>Nuevo vencimiento:</translation>
    </message>
    <message>
        <source>must be after the current expiry {old}</source>
        <translation>debe ser posterior al vencimiento actual {old}</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>State / body</source>
        <translation>Estado / organismo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Start the next cycle with the new expiry date</source>
        <translation>Iniciar el siguiente ciclo con la nueva fecha de vencimiento</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Keep on record, stop reminders and CE checks</source>
        <translation>Conservar en el expediente, sin recordatorios ni revisiones de EC</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add credential</source>
        <translation>Agregar credencial</translation>
    </message>
    <message>
        <source>No credentials yet</source>
        <translation>Aún no hay credenciales</translation>
    </message>
    <message>
        <source>Add each state license, your NCBTMB certification, memberships and your CPR card. Each is judged by its own rules and cycle.</source>
        <translation>Agregue cada licencia estatal, su certificación NCBTMB, sus membresías y su tarjeta de RCP. Cada una se evalúa según sus propias reglas y ciclo.</translation>
    </message>
    <message>
        <source>Credentials table</source>
        <translation>Tabla de credenciales</translation>
    </message>
    <message>
        <source>Requirements of the selected credential</source>
        <translation>Requisitos de la credencial seleccionada</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contadas</translation>
    </message>
    <message>
        <source>Toward</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Cómo se contó</translation>
    </message>
    <message>
        <source>Courses counted toward the selected credential</source>
        <translation>Cursos contados para la credencial seleccionada</translation>
    </message>
    <message>
        <source>Courses counted</source>
        <translation>Cursos contados</translation>
    </message>
    <message>
        <source>Judging credentials…</source>
        <translation>Evaluando credenciales…</translation>
    </message>
    <message>
        <source>{0}, {active} active</source>
        <translation>{0}, {active} activas</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a credential to see what it requires.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una credencial para ver lo que requiere.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Current CE period: {0} – {1}</source>
        <translation>Período de EC actual: {0} – {1}</translation>
    </message>
    <message>
        <source> ({0} days left)</source>
        <translation> (quedan {0} días)</translation>
    </message>
    <message>
        <source>Required {0} h · counted {1} h</source>
        <translation>Requeridas {0} h · contadas {1} h</translation>
    </message>
    <message>
        <source>Topics: </source>
        <translation>Temas: </translation>
    </message>
    <message>
        <source>{0} {1} of {2}</source>
        <translation>{0} {1} de {2}</translation>
    </message>
    <message>
        <source>{0} h not counted: {1}</source>
        <translation>{0} h sin contar: {1}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>In-person minimum</source>
        <translation>Mínimo presencial</translation>
    </message>
    <message>
        <source>{0} (on top of the total)</source>
        <translation>{0} (además del total)</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Dashboard</source>
        <extracomment>After ``loaded``, or after a judging failed (and was reported): what the window leaves until the dashboard is drawn (icons, housekeeping) connects here. Emitted on the GUI thread, so a connection made right after ``refresh`` is never too late.</extracomment>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Loading your record…</source>
        <translation>Cargando su expediente…</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nuevo curso</translation>
    </message>
    <message>
        <source>Add a CE course (Ctrl+N)</source>
        <translation>Agregar un curso de EC (Ctrl+N)</translation>
    </message>
    <message>
        <source>Judging every credential against its rules…</source>
        <translation>Evaluando cada credencial según sus reglas…</translation>
    </message>
    <message>
        <source>Nothing to judge yet</source>
        <translation>Aún no hay nada que evaluar</translation>
    </message>
    <message>
        <source>Add your license and your CE courses, and this page shows what is met, what is missing, and by when.</source>
        <translation>Agregue su licencia y sus cursos de EC, y esta página muestra lo que se cumple, lo que falta y para cuándo.</translation>
    </message>
    <message>
        <source>Set up my record…</source>
        <translation>Crear mi expediente…</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Explorar la demostración</translation>
    </message>
    <message>
        <source>Dashboard page</source>
        <translation>Página del panel</translation>
    </message>
    <message>
        <source>CE hours this cycle, by topic and delivery</source>
        <translation>Horas de EC de este ciclo, por tema y modalidad</translation>
    </message>
    <message>
        <source>Credential for the chart</source>
        <translation>Credencial del gráfico</translation>
    </message>
    <message>
        <source>Judging your record…</source>
        <translation>Evaluando su expediente…</translation>
    </message>
    <message>
        <source>Welcome! Start by setting up your record.</source>
        <translation>¡Bienvenido(a)! Empiece por crear su expediente.</translation>
    </message>
    <message>
        <source>Your record</source>
        <translation>Su expediente</translation>
    </message>
    <message>
        <source>{who} · as of {0} · {1} on file</source>
        <translation>{who} · al {0} · {1} en el expediente</translation>
    </message>
    <message>
        <source>Charting…</source>
        <translation>Graficando…</translation>
    </message>
    <message>
        <source>No credentials yet</source>
        <translation>Aún no hay credenciales</translation>
    </message>
    <message>
        <source>Add your state license (and any certification) to see what each one needs.</source>
        <translation>Agregue su licencia estatal (y cualquier certificación) para ver lo que necesita cada una.</translation>
    </message>
    <message>
        <source>Add a credential</source>
        <translation>Agregar una credencial</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>No deadlines within your reminder window. Lead times are set in Settings.</source>
        <translation>No hay fechas límite dentro de su período de recordatorio. La anticipación se ajusta en Configuración.</translation>
    </message>
    <message>
        <source>Urgent: due {0}</source>
        <translation>Urgente: vence el {0}</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>Vence el {0}</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>MBLEx status: {0}</source>
        <translation>Estado del MBLEx: {0}</translation>
    </message>
    <message>
        <source>CPR card</source>
        <translation>Tarjeta de RCP</translation>
    </message>
    <message>
        <source>No CPR card recorded. Many states require a current card; add it under Credentials.</source>
        <translation>No hay tarjeta de RCP registrada. Muchos estados exigen una vigente; agréguela en Credenciales.</translation>
    </message>
    <message>
        <source>{0} status: {1}</source>
        <translation>Estado de {0}: {1}</translation>
    </message>
    <message>
        <source>expires {0}</source>
        <translation>vence el {0}</translation>
    </message>
    <message>
        <source>no expiry date entered</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Por tema</translation>
    </message>
    <message>
        <source>By delivery</source>
        <translation>Por modalidad</translation>
    </message>
</context>
<context>
    <name>demo_banner</name>
    <message>
        <source>Sample data — not your record</source>
        <translation>Datos de ejemplo — no es su expediente</translation>
    </message>
    <message>
        <source>&lt;b&gt;{TEXT}&lt;/b&gt; — the demo opens in its own file; nothing you do here touches your own database.</source>
        <translation>&lt;b&gt;{TEXT}&lt;/b&gt; — la demostración se abre en su propio archivo; nada de lo que haga aquí afecta su base de datos.</translation>
    </message>
    <message>
        <source>Leave the demo</source>
        <translation>Salir de la demostración</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>{0}: changed elsewhere — reload</source>
        <translation>{0}: se modificó en otro lugar; vuelva a cargarlo</translation>
    </message>
    <message>
        <source>{0}: not saved</source>
        <translation>{0}: no se guardó</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>LMT Tracker cannot open {file}: it opens backups (.lmtbackup), export files (.json) and databases (.sqlite3, .db).</source>
        <translation>LMT Tracker no puede abrir {file}: abre respaldos (.lmtbackup), archivos de exportación (.json) y bases de datos (.sqlite3, .db).</translation>
    </message>
    <message>
        <source>{file} could not be found. It may have been moved or deleted; choose it again from the File menu.</source>
        <translation>No se encontró {file}. Puede que se haya movido o eliminado; vuelva a elegirlo desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
</context>
<context>
    <name>drop_zone</name>
    <message>
        <source>Certificate drop area</source>
        <translation>Zona para soltar certificados</translation>
    </message>
    <message>
        <source>No certificate. Drop a PDF, PNG or JPEG here, or choose a file.</source>
        <translation>Sin certificado. Suelte aquí un PDF, PNG o JPEG, o elija un archivo.</translation>
    </message>
</context>
<context>
    <name>exams</name>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{0} authorization to test: {left} days left (valid until {1})</source>
        <translation>Autorización para presentar {0}: quedan {left} días (válida hasta {1})</translation>
    </message>
    <message>
        <source>{0} authorization to test expired on {1}: apply again</source>
        <translation>La autorización para presentar {0} venció el {1}: vuelva a solicitarla</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>a partir del {0}</translation>
    </message>
    <message>
        <source>MBLEx retake allowed {when} (30 days after the last attempt)</source>
        <translation>Se permite repetir el MBLEx {when} (30 días después del último intento)</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add attempt</source>
        <translation>Agregar intento</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Exam attempts</source>
        <translation>Intentos de examen</translation>
    </message>
    <message>
        <source>No exam attempts yet</source>
        <translation>Aún no hay intentos de examen</translation>
    </message>
    <message>
        <source>Record each MBLEx (or state exam) attempt: when you applied, your authorization to test, and the result. The app counts down the 90-day window and the 30-day retake wait.</source>
        <translation>Registre cada intento del MBLEx (o de un examen estatal): cuándo lo solicitó, su autorización para presentarlo y el resultado. La aplicación lleva la cuenta regresiva del plazo de 90 días y de la espera de 30 días para repetirlo.</translation>
    </message>
    <message>
        <source>Exam status</source>
        <translation>Estado del examen</translation>
    </message>
    <message>
        <source>Loading exams…</source>
        <translation>Cargando exámenes…</translation>
    </message>
    <message>
        <source>{0} recorded</source>
        <translation>{0} registrados</translation>
    </message>
    <message>
        <source>Where you stand</source>
        <translation>Su situación</translation>
    </message>
</context>
<context>
    <name>findings_html</name>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{0}&apos;&gt;Source: &lt;a href=&apos;{1}&apos;&gt;{2}&lt;/a&gt;{3} · checked {4}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:{0}&apos;&gt;Fuente: &lt;a href=&apos;{1}&apos;&gt;{2}&lt;/a&gt;{3} · verificada el {4}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing to report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nada que informar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Problem: {0}</source>
        <translation>Problema: {0}</translation>
    </message>
    <message>
        <source>{0} problem</source>
        <translation>Problema de {0}</translation>
    </message>
    <message>
        <source>Row {0}, {1}: </source>
        <translation>Fila {0}, {1}: </translation>
    </message>
    <message>
        <source>Row {0}: </source>
        <translation>Fila {0}: </translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>LMT Tracker main window</source>
        <translation>Ventana principal de LMT Tracker</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{n})</source>
        <translation>{0} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Opening {target}…</source>
        <translation>Abriendo {target}…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nuevo curso…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Leave the demo</source>
        <translation>&amp;Salir de la demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
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
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About LMT Tracker</source>
        <translation>A&amp;cerca de LMT Tracker</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>Aún no se ha abierto otra base de datos</translation>
    </message>
    <message>
        <source>LMT Tracker — demo (sample data)</source>
        <translation>LMT Tracker — demostración (datos de ejemplo)</translation>
    </message>
    <message>
        <source>LMT Tracker — {0}</source>
        <translation>LMT Tracker — {0}</translation>
    </message>
</context>
<context>
    <name>open_failure</name>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>LMT Tracker cannot open {target}.</source>
        <translation>LMT Tracker no puede abrir {target}.</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Restaurar el último respaldo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Abrir o crear una base de datos</translation>
    </message>
    <message>
        <source>LMT Tracker database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Base de datos de LMT Tracker (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No backup restored</source>
        <translation>No se restauró ninguna copia</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Respaldo restaurado</translation>
    </message>
    <message>
        <source>The latest intact backup was restored from {0}.</source>
        <translation>Se restauró el último respaldo intacto desde {0}.</translation>
    </message>
    <message>
        <source>
The previous file is kept at {0}.</source>
        <translation>
El archivo anterior se conserva en {0}.</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>{0} h, 1 needed</source>
        <translation>{0} h, se necesita 1</translation>
    </message>
    <message>
        <source>{0} h, {1} needed</source>
        <translation>{0} h, se necesitan {1}</translation>
    </message>
    <message>
        <source>{0} of {1} h</source>
        <translation>{0} de {1} h</translation>
    </message>
    <message>
        <source>{0} of {1} CE hours counted</source>
        <extracomment>What must be known before it can be judged (no dates, unknown state, unknown rule).</extracomment>
        <translation>{0} de {1} horas de EC contadas</translation>
    </message>
    <message>
        <source>{0} CE hours counted, {1} required</source>
        <translation>{0} horas de EC contadas, {1} requeridas</translation>
    </message>
    <message>
        <source> · cycle {0} – {1}</source>
        <translation> · ciclo {0} – {1}</translation>
    </message>
    <message>
        <source>Total CE</source>
        <translation>EC total</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Requiere acción</translation>
    </message>
    <message>
        <source>Short {0} h</source>
        <translation>Faltan {0} h</translation>
    </message>
    <message>
        <source>Requirement open</source>
        <translation>Requisito pendiente</translation>
    </message>
    <message>
        <source>Cannot judge yet</source>
        <translation>Aún no se puede evaluar</translation>
    </message>
    <message>
        <source>No CE rule</source>
        <translation>Sin regla de EC</translation>
    </message>
    <message>
        <source>Renew soon</source>
        <translation>Renovar pronto</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>No MBLEx attempts recorded</source>
        <translation>No hay intentos del MBLEx registrados</translation>
    </message>
    <message>
        <source>Add your attempts on the Exams screen.</source>
        <translation>Agregue sus intentos en la pantalla Exámenes.</translation>
    </message>
    <message>
        <source>Earliest retake: {0}</source>
        <translation>Primera repetición posible: {0}</translation>
    </message>
    <message>
        <source>MBLEx not passed yet</source>
        <translation>MBLEx aún no aprobado</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>This image cannot be read; attach the file again</source>
        <translation>No se puede leer esta imagen; vuelva a adjuntar el archivo</translation>
    </message>
    <message>
        <source>This picture is {width:,} × {height:,} pixels ({0:,.0f} megapixels), too large to preview; it is stored as it is. Scan it at 300 dpi or save a smaller copy to see it here.</source>
        <translation>Esta imagen mide {width:,} × {height:,} píxeles ({0:,.0f} megapíxeles), demasiado grande para la vista previa; se guarda tal cual. Escanéela a 300 ppp o guarde una copia más pequeña para verla aquí.</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Nothing to preview</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <source>Certificate image</source>
        <translation>Imagen del certificado</translation>
    </message>
    <message>
        <source>Certificate image, scrollable</source>
        <translation>Imagen del certificado, desplazable</translation>
    </message>
    <message>
        <source>This PDF is not previewed: {hazard}. It is stored as it is; export it to inspect it with care.</source>
        <translation>Este PDF no se muestra: {hazard}. Se guarda tal cual; expórtelo para revisarlo con cuidado.</translation>
    </message>
    <message>
        <source>Cannot preview a {media_type} file</source>
        <translation>No se puede mostrar un archivo {media_type}</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>This PDF cannot be read; attach the file again</source>
        <translation>No se puede leer este PDF; vuelva a adjuntar el archivo</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress: {0}</source>
        <translation>Progreso: {0}</translation>
    </message>
</context>
<context>
    <name>record_dialogs</name>
    <message>
        <source>Your profile</source>
        <translation>Su perfil</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Apellido:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Several states set renewal dates by birth month.</source>
        <translation>Varios estados fijan las fechas de renovación según el mes de nacimiento.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Edit training program</source>
        <translation>Editar programa de formación</translation>
    </message>
    <message>
        <source>New training program</source>
        <translation>Nuevo programa de formación</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Escuela:</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>School&apos;s state:</source>
        <translation>Estado de la escuela:</translation>
    </message>
    <message>
        <source>e.g. FL</source>
        <translation>p. ej. FL</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Add subject hours</source>
        <translation>Agregar horas por materia</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <source>Hours by subject as on your transcript.</source>
        <translation>Horas por materia, como en su certificado de estudios.</translation>
    </message>
    <message>
        <source>Edit exam attempt</source>
        <translation>Editar intento de examen</translation>
    </message>
    <message>
        <source>New exam attempt</source>
        <translation>Nuevo intento de examen</translation>
    </message>
    <message>
        <source>Exam:</source>
        <translation>Examen:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Solicitado:</translation>
    </message>
    <message>
        <source>Authorized to test:</source>
        <translation>Autorizado para presentarlo:</translation>
    </message>
    <message>
        <source>The authorization to test is valid for 90 days.</source>
        <translation>La autorización para presentar el examen es válida por 90 días.</translation>
    </message>
    <message>
        <source>Scheduled for:</source>
        <translation>Programado para:</translation>
    </message>
    <message>
        <source>Tested on:</source>
        <translation>Presentado el:</translation>
    </message>
    <message>
        <source>Result on:</source>
        <translation>Resultado el:</translation>
    </message>
    <message>
        <source>State (state exams):</source>
        <translation>Estado (exámenes estatales):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>refused_delete</name>
    <message>
        <source>This course was changed on another computer or in another window since you opened it — it was not deleted; the list now shows the current version.</source>
        <translation>Este curso se modificó en otra computadora o en otra ventana después de que lo abrió: no se eliminó; la lista ahora muestra la versión actual.</translation>
    </message>
    <message>
        <source>This license was changed on another computer or in another window since you opened it — it was not deleted; the list now shows the current version.</source>
        <translation>Esta licencia se modificó en otra computadora o en otra ventana después de que la abrió: no se eliminó; la lista ahora muestra la versión actual.</translation>
    </message>
    <message>
        <source>This training program was changed on another computer or in another window since you opened it — it was not deleted; the list now shows the current version.</source>
        <translation>Este programa de formación se modificó en otra computadora o en otra ventana después de que lo abrió: no se eliminó; la lista ahora muestra la versión actual.</translation>
    </message>
    <message>
        <source>This exam attempt was changed on another computer or in another window since you opened it — it was not deleted; the list now shows the current version.</source>
        <translation>Este intento de examen se modificó en otra computadora o en otra ventana después de que lo abrió: no se eliminó; la lista ahora muestra la versión actual.</translation>
    </message>
    <message>
        <source>This class was changed on another computer or in another window since you opened it — it was not deleted; the list now shows the current version.</source>
        <translation>Esta clase se modificó en otra computadora o en otra ventana después de que la abrió: no se eliminó; la lista ahora muestra la versión actual.</translation>
    </message>
    <message>
        <source>This course was already deleted on another computer or in another window — the list now shows what is stored.</source>
        <translation>Este curso ya se eliminó en otra computadora o en otra ventana; la lista ahora muestra lo que está guardado.</translation>
    </message>
    <message>
        <source>This license was already deleted on another computer or in another window — the list now shows what is stored.</source>
        <translation>Esta licencia ya se eliminó en otra computadora o en otra ventana; la lista ahora muestra lo que está guardado.</translation>
    </message>
    <message>
        <source>This training program was already deleted on another computer or in another window — the list now shows what is stored.</source>
        <translation>Este programa de formación ya se eliminó en otra computadora o en otra ventana; la lista ahora muestra lo que está guardado.</translation>
    </message>
    <message>
        <source>This exam attempt was already deleted on another computer or in another window — the list now shows what is stored.</source>
        <translation>Este intento de examen ya se eliminó en otra computadora o en otra ventana; la lista ahora muestra lo que está guardado.</translation>
    </message>
    <message>
        <source>This class was already deleted on another computer or in another window — the list now shows what is stored.</source>
        <translation>Esta clase ya se eliminó en otra computadora o en otra ventana; la lista ahora muestra lo que está guardado.</translation>
    </message>
    <message>
        <source>{0} of the chosen records were not deleted for this reason.</source>
        <translation>{0} de los registros elegidos no se eliminaron por este motivo.</translation>
    </message>
    <message>
        <source>Not deleted: changed elsewhere</source>
        <translation>No se eliminó: se modificó en otro lugar</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>{name} expired {0} ({1}). Renew or reinstate it.</source>
        <extracomment>&quot;deadline&quot;, or &quot;judge&quot;: the credential cannot be judged until something is entered.</extracomment>
        <translation>{name} venció {0} ({1}). Renuévela o reactívela.</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>vence</translation>
    </message>
    <message>
        <source>is due for renewal</source>
        <translation>debe renovarse</translation>
    </message>
    <message>
        <source> {0} CE hours still needed.</source>
        <translation> Aún se necesitan {0} horas de EC.</translation>
    </message>
    <message>
        <source> CE complete.</source>
        <translation> EC completa.</translation>
    </message>
    <message>
        <source> CE cannot be judged yet: {0}.</source>
        <translation> La EC aún no se puede evaluar: {0}.</translation>
    </message>
    <message>
        <source>{name}: CE cannot be judged yet — {0}.</source>
        <translation>{name}: la EC aún no se puede evaluar — {0}.</translation>
    </message>
    <message>
        <source>Your {0} authorization to test expires {1} ({2}): schedule and sit the exam.</source>
        <translation>Su autorización para presentar {0} vence el {1} ({2}): programe y presente el examen.</translation>
    </message>
    <message>
        <source>
…and {0} more</source>
        <translation>
…y {0} más</translation>
    </message>
    <message>
        <source>LMT Tracker: deadlines coming up</source>
        <translation>LMT Tracker: fechas límite próximas</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Audit-ready PDFs and a calendar of deadlines.</source>
        <translation>PDF listos para una auditoría y un calendario de fechas límite.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Press Preview to see a report here before saving it.</source>
        <translation>Pulse Vista previa para ver aquí un informe antes de guardarlo.</translation>
    </message>
    <message>
        <source>Renewal summary</source>
        <translation>Resumen de renovación</translation>
    </message>
    <message>
        <source>Each requirement mapped to the courses that meet it, with every certificate attached — what a board asks for in an audit.</source>
        <translation>Cada requisito con los cursos que lo cumplen y todos los certificados adjuntos — lo que una junta pide en una auditoría.</translation>
    </message>
    <message>
        <source>Credential for the renewal summary</source>
        <translation>Credencial del resumen de renovación</translation>
    </message>
    <message>
        <source>renewal summary</source>
        <translation>resumen de renovación</translation>
    </message>
    <message>
        <source>Training transcript</source>
        <translation>Certificado de estudios</translation>
    </message>
    <message>
        <source>Your entry-level hours by subject and exams, judged against the states you name (default: your states).</source>
        <translation>Sus horas de formación inicial por materia y sus exámenes, evaluados según los estados que indique (por omisión: sus estados).</translation>
    </message>
    <message>
        <source>States, e.g. FL, NY (blank: your states)</source>
        <translation>Estados, p. ej. FL, NY (en blanco: sus estados)</translation>
    </message>
    <message>
        <source>States for the transcript</source>
        <translation>Estados del certificado de estudios</translation>
    </message>
    <message>
        <source>training transcript</source>
        <translation>certificado de estudios</translation>
    </message>
    <message>
        <source>Deadline calendar</source>
        <translation>Calendario de fechas límite</translation>
    </message>
    <message>
        <source>Every renewal and CE deadline as an .ics file, with alarms at your reminder lead times.</source>
        <translation>Cada fecha límite de renovación y de EC en un archivo .ics, con alarmas según la anticipación de sus recordatorios.</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exportar calendario…</translation>
    </message>
    <message>
        <source>Preview the {0}</source>
        <translation>Vista previa: {0}</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the {0} as PDF</source>
        <translation>Guardar {0} como PDF</translation>
    </message>
    <message>
        <source>No credential to summarise yet</source>
        <translation>Aún no hay credencial que resumir</translation>
    </message>
    <message>
        <source>{0} ready to preview; not saved — Save PDF… keeps a copy</source>
        <translation>{0}: lista la vista previa; sin guardar — Guardar PDF… conserva una copia</translation>
    </message>
    <message>
        <source>Preview — not saved (Save PDF… keeps a copy)</source>
        <translation>Vista previa sin guardar (Guardar PDF… la conserva)</translation>
    </message>
    <message>
        <source>Saved as {0}</source>
        <translation>Guardado como {0}</translation>
    </message>
    <message>
        <source>Add a credential first: Credentials → Add</source>
        <translation>Primero agregue una credencial: Credenciales → Agregar</translation>
    </message>
    <message>
        <source>Save renewal summary</source>
        <translation>Guardar resumen de renovación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Building the renewal summary…</source>
        <translation>Preparando el resumen de renovación…</translation>
    </message>
    <message>
        <source>Renewal summary saved to {path}</source>
        <translation>Resumen de renovación guardado en {path}</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Guardar certificado de estudios</translation>
    </message>
    <message>
        <source>Building the transcript…</source>
        <translation>Preparando el certificado de estudios…</translation>
    </message>
    <message>
        <source>Transcript saved to {path}</source>
        <translation>Certificado de estudios guardado en {path}</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>Exportar fechas límite</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Exportando el calendario…</translation>
    </message>
    <message>
        <source>{0} saved to {path}</source>
        <translation>{0} guardados en {path}</translation>
    </message>
</context>
<context>
    <name>row_editors</name>
    <message>
        <source>Remove row {number}</source>
        <translation>Quitar la fila {number}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Not regulated</source>
        <translation>No regulado</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Every jurisdiction&apos;s requirements, with sources and the date each was checked.</source>
        <translation>Los requisitos de cada jurisdicción, con sus fuentes y la fecha en que se verificó cada uno.</translation>
    </message>
    <message>
        <source>Rules views</source>
        <translation>Vistas de reglas</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Where could I apply?</source>
        <translation>¿Dónde podría solicitar?</translation>
    </message>
    <message>
        <source>Filter states…</source>
        <translation>Filtrar estados…</translation>
    </message>
    <message>
        <source>Filter jurisdictions</source>
        <translation>Filtrar jurisdicciones</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Jurisdicciones</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Rule version</source>
        <translation>Versión de la regla</translation>
    </message>
    <message>
        <source>Rule details</source>
        <translation>Detalles de la regla</translation>
    </message>
    <message>
        <source>Every jurisdiction&apos;s requirements, with sources and the date each was checked. {0}.</source>
        <translation>Los requisitos de cada jurisdicción, con sus fuentes y la fecha en que se verificó cada uno. {0}.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation> (vigente)</translation>
    </message>
    <message>
        <source>{0} to {ends}{marker}</source>
        <translation>{0} hasta {ends}{marker}</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparar:</translation>
    </message>
    <message>
        <source>Jurisdiction {0} to compare</source>
        <translation>Jurisdicción {0} para comparar</translation>
    </message>
    <message>
        <source>Comparison of jurisdictions</source>
        <translation>Comparación de jurisdicciones</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>First open item</source>
        <translation>Primer pendiente</translation>
    </message>
    <message>
        <source>Where you could apply</source>
        <translation>Dónde podría solicitar</translation>
    </message>
    <message>
        <source>What the chosen jurisdiction needs</source>
        <translation>Lo que exige la jurisdicción elegida</translation>
    </message>
    <message>
        <source>Checking every state…</source>
        <translation>Revisando cada estado…</translation>
    </message>
    <message>
        <source>Where could I apply? ({eligible})</source>
        <translation>¿Dónde podría solicitar? ({eligible})</translation>
    </message>
</context>
<context>
    <name>rules_age</name>
    <message>
        <source>Rules last checked</source>
        <translation>Última verificación de las reglas</translation>
    </message>
    <message>
        <source>Rules age</source>
        <translation>Antigüedad de las reglas</translation>
    </message>
</context>
<context>
    <name>rules_card</name>
    <message>
        <source>Install these rules</source>
        <translation>Instalar estas reglas</translation>
    </message>
    <message>
        <source>Your own figure for a rule</source>
        <translation>Su propia cifra para una regla</translation>
    </message>
    <message>
        <source>Use this when your board told you something the rules here do not say. It is shown as “your override” wherever it counts.</source>
        <translation>Úselo cuando su junta le haya indicado algo que las reglas de aquí no dicen. Se muestra como “su ajuste” dondequiera que cuente.</translation>
    </message>
    <message>
        <source>e.g. board letter 2025-03-02</source>
        <translation>p. ej. carta de la junta 2025-03-02</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Jurisdicción:</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Cifra:</translation>
    </message>
    <message>
        <source>Your figure:</source>
        <translation>Su cifra:</translation>
    </message>
    <message>
        <source>Where it comes from:</source>
        <translation>De dónde proviene:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>Reglas vigentes</translation>
    </message>
    <message>
        <source>Laws change. A rule pack from the LMT Tracker maintainers brings the rules up to date without a new version of the app; it is checked before anything changes, and can be rolled back.</source>
        <translation>Las leyes cambian. Un paquete de reglas de los responsables de LMT Tracker actualiza las reglas sin una nueva versión de la aplicación; se verifica antes de cambiar nada y se puede revertir.</translation>
    </message>
    <message>
        <source>Update from file…</source>
        <translation>Actualizar desde archivo…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Your overrides</source>
        <translation>Sus ajustes</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionado</translation>
    </message>
    <message>
        <source>Add override…</source>
        <translation>Agregar ajuste…</translation>
    </message>
    <message>
        <source>  — rules changed, check it</source>
        <translation>  — las reglas cambiaron, revíselo</translation>
    </message>
    <message>
        <source>No overrides: the rules are used as they are.</source>
        <translation>Sin ajustes: las reglas se usan tal como están.</translation>
    </message>
    <message>
        <source>Update the rules from a rule pack</source>
        <translation>Actualizar las reglas desde un paquete de reglas</translation>
    </message>
    <message>
        <source>Rule packs (*.zip)</source>
        <translation>Paquetes de reglas (*.zip)</translation>
    </message>
    <message>
        <source>This rule pack is not from LMT Tracker</source>
        <translation>Este paquete de reglas no es de LMT Tracker</translation>
    </message>
    <message>
        <source>{0}

Rules from an unknown source decide what the app tells you. Install it only if you know and trust who made it.</source>
        <translation>{0}

Las reglas de una fuente desconocida deciden lo que la aplicación le dice. Instálelo solo si conoce y confía en quien lo hizo.</translation>
    </message>
    <message>
        <source>Check it anyway</source>
        <translation>Revisarlo de todos modos</translation>
    </message>
    <message>
        <source>Rules not updated</source>
        <translation>Reglas sin actualizar</translation>
    </message>
    <message>
        <source>

Nothing changed.</source>
        <translation>

No cambió nada.</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <source>{0}: {1}.
{2} in {3}{listed}.</source>
        <translation>{0}: {1}.
{2} en {3}{listed}.</translation>
    </message>
    <message>
        <source>Update the rules?</source>
        <translation>¿Actualizar las reglas?</translation>
    </message>
    <message>
        <source>{exc}

Nothing changed.</source>
        <translation>{exc}

No cambió nada.</translation>
    </message>
    <message>
        <source>Roll back the rules?</source>
        <translation>¿Revertir las reglas?</translation>
    </message>
    <message>
        <source>The rules in force before the last update apply again.</source>
        <translation>Vuelven a aplicarse las reglas vigentes antes de la última actualización.</translation>
    </message>
    <message>
        <source>Nothing to roll back</source>
        <translation>Nada que revertir</translation>
    </message>
    <message>
        <source>Your override of {0} {1} is recorded</source>
        <translation>Se registró su ajuste de {0} {1}</translation>
    </message>
    <message>
        <source>Your override of {code} {field} is removed</source>
        <translation>Se quitó su ajuste de {code} {field}</translation>
    </message>
    <message>
        <source>{0}: refused — {1}.</source>
        <translation>{0}: rechazado; {1}.</translation>
    </message>
</context>
<context>
    <name>rules_html</name>
    <message>
        <source>the rule in force on the day you apply</source>
        <translation>la regla vigente el día en que presente la solicitud</translation>
    </message>
    <message>
        <source>the rule in force when your program began</source>
        <translation>la regla vigente cuando comenzó su programa</translation>
    </message>
    <message>
        <source>{0} exam</source>
        <translation>examen {0}</translation>
    </message>
    <message>
        <source>unverified — check with your board</source>
        <translation>sin verificar — consulte con su junta</translation>
    </message>
    <message>
        <source>the rule in force</source>
        <translation>la regla vigente</translation>
    </message>
    <message>
        <source>Judged by {0}{number}</source>
        <translation>Evaluado según {0}{number}</translation>
    </message>
    <message>
        <source>See the source{number}</source>
        <translation>Vea la fuente{number}</translation>
    </message>
    <message>
        <source>Unverified: </source>
        <translation>Sin verificar: </translation>
    </message>
    <message>
        <source>Limit on {0}: {limit}{cite}</source>
        <translation>Límite de {0}: {limit}{cite}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Exam: {label}: {0}{cite}</source>
        <translation>Examen: {label}: {0}{cite}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation> (vigente)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Applies {0} to {ends}{state}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se aplica del {0} hasta {ends}{state}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entry requirements</source>
        <translation>Requisitos de ingreso</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Educación continua</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{0} ({1})&lt;/h2&gt;&lt;p&gt;Board: &lt;a href=&apos;{2}&apos;&gt;{3}&lt;/a&gt; · last checked {4}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{0} ({1})&lt;/h2&gt;&lt;p&gt;Junta: &lt;a href=&apos;{2}&apos;&gt;{3}&lt;/a&gt; · última verificación {4}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Sources&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Source&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Kind&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Checked&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;h4&gt;Fuentes&lt;/h4&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Fuente&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Tipo&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Verificada&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Entry hours</source>
        <translation>Horas de ingreso</translation>
    </message>
    <message>
        <source>Subject minimums</source>
        <translation>Mínimos por materia</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Edad mínima</translation>
    </message>
    <message>
        <source>CE hours</source>
        <translation>Horas de EC</translation>
    </message>
    <message>
        <source>CE topics</source>
        <translation>Temas de EC</translation>
    </message>
    <message>
        <source>In person, at least</source>
        <translation>Presencial, al menos</translation>
    </message>
    <message>
        <source>Online, at most</source>
        <translation>En línea, como máximo</translation>
    </message>
    <message>
        <source>Self-study, at most</source>
        <translation>Autoestudio, como máximo</translation>
    </message>
    <message>
        <source>Hour length</source>
        <translation>Duración de la hora</translation>
    </message>
    <message>
        <source>Carry-over, at most</source>
        <translation>Traspaso, como máximo</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Junta</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>unverified ({0} min assumed)</source>
        <translation>sin verificar (se suponen {0} min)</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>rules_text</name>
    <message>
        <source>CE period</source>
        <extracomment>``rules_text``&apos;s names for a rule&apos;s facts (its lines read &quot;name: value&quot;), marked for the catalog under the &quot;rules_text&quot; context; the values stay as the rule words them.</extracomment>
        <translation>Período de EC</translation>
    </message>
    <message>
        <source>CE periods end in</source>
        <translation>Los períodos de EC terminan en</translation>
    </message>
    <message>
        <source>A certificate&apos;s minutes count</source>
        <translation>Los minutos de un certificado cuentan</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Approved providers</source>
        <translation>Proveedores aprobados</translation>
    </message>
    <message>
        <source>First aid / CPR hours</source>
        <translation>Horas de primeros auxilios / RCP</translation>
    </message>
    <message>
        <source>First cycle</source>
        <translation>Primer ciclo</translation>
    </message>
    <message>
        <source>Hour length</source>
        <translation>Duración de la hora</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Edad mínima</translation>
    </message>
    <message>
        <source>One training hour</source>
        <translation>Una hora de formación</translation>
    </message>
    <message>
        <source>Online hours counted, at most</source>
        <translation>Horas en línea contadas, como máximo</translation>
    </message>
    <message>
        <source>Online limits apply to</source>
        <translation>Los límites en línea se aplican a</translation>
    </message>
    <message>
        <source>Online share of the total, at most</source>
        <translation>Parte en línea del total, como máximo</translation>
    </message>
    <message>
        <source>Online training</source>
        <translation>Formación en línea</translation>
    </message>
    <message>
        <source>Same course counts once per</source>
        <translation>El mismo curso cuenta una vez por</translation>
    </message>
    <message>
        <source>Same course counts</source>
        <translation>El mismo curso cuenta</translation>
    </message>
    <message>
        <source>Supervised clinic, at least</source>
        <translation>Clínica supervisada, al menos</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Horas totales</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
</context>
<context>
    <name>school</name>
    <message>
        <source>All graduates</source>
        <translation>Todos los egresados</translation>
    </message>
    <message>
        <source>Short somewhere</source>
        <translation>Les falta en algún lugar</translation>
    </message>
    <message>
        <source>Eligible everywhere</source>
        <translation>Elegibles en todas partes</translation>
    </message>
    <message>
        <source>Short in…</source>
        <translation>Les falta en…</translation>
    </message>
    <message>
        <source>Eligible in…</source>
        <translation>Elegibles en…</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Import class…</source>
        <translation>Importar grupo…</translation>
    </message>
    <message>
        <source>Read a class list: CSV or Excel workbook, with your own column names</source>
        <translation>Leer una lista de grupo: CSV o libro de Excel, con sus propios nombres de columna</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Transcripts…</source>
        <translation>Certificados de estudios…</translation>
    </message>
    <message>
        <source>A transcript PDF for every graduate, and all of them in one PDF</source>
        <translation>Un PDF de certificado de estudios por egresado, y todos juntos en un PDF</translation>
    </message>
    <message>
        <source>Audit a graduating class against the states&apos; entry requirements.</source>
        <translation>Audite un grupo de egresados según los requisitos de ingreso de los estados.</translation>
    </message>
    <message>
        <source>No class yet</source>
        <translation>Aún no hay grupo</translation>
    </message>
    <message>
        <source>Import a class list (CSV or Excel workbook) from your student records: one row per graduate with an ID, the name, total hours, hours by subject and the MBLEx result. Your own column names are fine: you confirm how each is read. The format is described in Help › User guide.</source>
        <translation>Importe una lista de grupo (CSV o libro de Excel) desde sus registros escolares: una fila por egresado con un ID, el nombre, las horas totales, las horas por materia y el resultado del MBLEx. Sus propios nombres de columna sirven: usted confirma cómo se lee cada una. El formato se describe en Ayuda › Guía del usuario.</translation>
    </message>
    <message>
        <source>Try the example file</source>
        <translation>Probar el archivo de ejemplo</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Jurisdictions…</source>
        <translation>Jurisdicciones…</translation>
    </message>
    <message>
        <source>Choose the columns of the matrix</source>
        <translation>Elegir las columnas de la matriz</translation>
    </message>
    <message>
        <source>Delete this class (Ctrl+Z undoes)</source>
        <translation>Eliminar este grupo (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Judge as of</source>
        <translation>Evaluar al</translation>
    </message>
    <message>
        <source>The date the class is judged on: today, or graduation day to see who will be eligible then</source>
        <translation>La fecha en que se evalúa el grupo: hoy, o el día de graduación para ver quién será elegible entonces</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Eligible graduates per state and the most common shortfalls</source>
        <translation>Egresados elegibles por estado y las carencias más comunes</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Graduate details</source>
        <translation>Detalles del egresado</translation>
    </message>
    <message>
        <source>Select a graduate to see what each state needs.</source>
        <translation>Seleccione un egresado para ver lo que exige cada estado.</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Progreso de la auditoría</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Filter by name or student ID</source>
        <translation>Filtrar por nombre o ID de estudiante</translation>
    </message>
    <message>
        <source>Filter graduates</source>
        <translation>Filtrar egresados</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>{0} (not saved)</source>
        <translation>{0} (sin guardar)</translation>
    </message>
    <message>
        <source>Choose at least one jurisdiction to audit against.</source>
        <translation>Elija al menos una jurisdicción para la auditoría.</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importar una lista de grupo</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Listas de grupo (*.csv *.txt *.xlsx);;Archivos CSV (*.csv *.txt);;Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the class list…</source>
        <translation>Leyendo la lista del grupo…</translation>
    </message>
    <message>
        <source>Saving {0:,} graduates…</source>
        <translation>Guardando {0:,} egresados…</translation>
    </message>
    <message>
        <source>Saved {school} — {name}: {inserted} added, {updated} updated</source>
        <translation>Guardado {school} — {name}: {inserted} agregados, {updated} actualizados</translation>
    </message>
    <message>
        <source>Saving the class…</source>
        <translation>Guardando el grupo…</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Delete {school} — {name} and its graduates?
Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>¿Eliminar {school} — {name} y sus egresados?
Editar › Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Audited {done:,} of {total:,} graduates</source>
        <translation>Auditados {done:,} de {total:,} egresados</translation>
    </message>
    <message>
        <source>Auditing the class…</source>
        <translation>Auditando el grupo…</translation>
    </message>
    <message>
        <source>{0:,} eligible everywhere</source>
        <translation>{0:,} elegibles en todas partes</translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation>al {0}</translation>
    </message>
    <message>
        <source>{0} refused</source>
        <translation>{0} rechazadas</translation>
    </message>
    <message>
        <source> — under each state, ✓ counts the graduates eligible there; hover a cell for what is missing</source>
        <translation> — bajo cada estado, ✓ cuenta los egresados elegibles allí; pase el cursor sobre una celda para ver lo que falta</translation>
    </message>
    <message>
        <source>{shown:,} of {total:,} shown</source>
        <translation>{shown:,} de {total:,} mostrados</translation>
    </message>
    <message>
        <source>{0} audit as of {1}.{kind}</source>
        <translation>auditoría {0} al {1}.{kind}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Exportar la auditoría</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
    <message>
        <source>Exporting the audit…</source>
        <translation>Exportando la auditoría…</translation>
    </message>
    <message>
        <source>Exported {target} ({size:,} bytes)</source>
        <translation>Exportado {target} ({size:,} bytes)</translation>
    </message>
    <message>
        <source>Folder for the transcripts</source>
        <translation>Carpeta para los certificados de estudios</translation>
    </message>
    <message>
        <source>Wrote {done:,} of {total:,} transcripts</source>
        <translation>Se escribieron {done:,} de {total:,} certificados de estudios</translation>
    </message>
    <message>
        <source>Writing transcripts…</source>
        <translation>Escribiendo certificados de estudios…</translation>
    </message>
    <message>
        <source>Wrote {0:,} transcripts and {1}</source>
        <translation>Se escribieron {0:,} certificados de estudios y {1}</translation>
    </message>
    <message>
        <source>{0} failed: {exc}</source>
        <translation>{0} falló: {exc}</translation>
    </message>
</context>
<context>
    <name>school_glance</name>
    <message>
        <source>&lt;h3&gt;The class at a glance&lt;/h3&gt;&lt;p style=&apos;color:{0}&apos;&gt;{total:,} graduates, judged as of {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;El grupo de un vistazo&lt;/h3&gt;&lt;p style=&apos;color:{0}&apos;&gt;{total:,} egresados, evaluados al {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Eligible graduates per state&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;1&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Egresados elegibles por estado&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;1&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Most common shortfalls&lt;/b&gt; (graduates short of it in at least one state)&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Carencias más comunes&lt;/b&gt; (egresados a los que les falta en al menos un estado)&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>school_mapping</name>
    <message>
        <source>Student ID</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Horas totales</translation>
    </message>
    <message>
        <source>Online hours</source>
        <translation>Horas en línea</translation>
    </message>
    <message>
        <source>Supervised clinic hours</source>
        <translation>Horas de clínica supervisada</translation>
    </message>
    <message>
        <source>Program start date</source>
        <translation>Fecha de inicio del programa</translation>
    </message>
    <message>
        <source>Graduation date</source>
        <translation>Fecha de graduación</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MBLEx result</source>
        <translation>Resultado del MBLEx</translation>
    </message>
    <message>
        <source>MBLEx date</source>
        <translation>Fecha del MBLEx</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>su elección</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>usual name</source>
        <translation>nombre habitual</translation>
    </message>
    <message>
        <source>closest name — check</source>
        <translation>nombre más parecido — revíselo</translation>
    </message>
    <message>
        <source>Decide from the dates in the file</source>
        <translation>Decidir según las fechas del archivo</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Día primero (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Mes primero (12/31/2024)</translation>
    </message>
    <message>
        <source>{0} law exam result</source>
        <translation>Resultado del examen de leyes de {0}</translation>
    </message>
    <message>
        <source>{0} state exam result</source>
        <translation>Resultado del examen estatal de {0}</translation>
    </message>
    <message>
        <source>{0} practical exam result</source>
        <translation>Resultado del examen práctico de {0}</translation>
    </message>
    <message>
        <source>{0} hours taken online</source>
        <translation>{0}: horas cursadas en línea</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>Horas de {0}</translation>
    </message>
    <message>
        <source>Columns: how each of the file&apos;s columns is read. Change any, then press Re-read. The mapping is remembered for files with the same columns.</source>
        <translation>Columnas: cómo se lee cada columna del archivo. Cambie la que quiera y pulse Volver a leer. La asignación se recuerda para archivos con las mismas columnas.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Asociada por</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Fila {0}</translation>
    </message>
    <message>
        <source>(column {0}, no name)</source>
        <translation>(columna {0}, sin nombre)</translation>
    </message>
    <message>
        <source>Read column {header} as</source>
        <translation>Leer la columna {header} como</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorar esta columna)</translation>
    </message>
    <message>
        <source>Slash dates</source>
        <translation>Fechas con barras</translation>
    </message>
    <message>
        <source>Order of day and month in dates</source>
        <translation>Orden de día y mes en las fechas</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Workbook sheet</source>
        <translation>Hoja del libro</translation>
    </message>
</context>
<context>
    <name>school_matrix</name>
    <message>
        <source>Graduates</source>
        <translation>Egresados</translation>
    </message>
    <message>
        <source>Graduates by jurisdiction</source>
        <translation>Egresados por jurisdicción</translation>
    </message>
</context>
<context>
    <name>school_parts</name>
    <message>
        <source>Import a class list</source>
        <translation>Importar una lista de grupo</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {good} read</source>
        <translation>{0}: {1} filas, {good} leídas</translation>
    </message>
    <message>
        <source>, {refused} refused.</source>
        <translation>, {refused} rechazadas.</translation>
    </message>
    <message>
        <source> — every row was read.</source>
        <translation> — se leyeron todas las filas.</translation>
    </message>
    <message>
        <source>{0}: not read yet</source>
        <translation>{0}: aún sin leer</translation>
    </message>
    <message>
        <source>Refused rows are neither audited nor stored. Fix them in the file and import it again: the class is updated, not duplicated. Notes do not refuse any row.</source>
        <translation>Las filas rechazadas no se auditan ni se guardan. Corríjalas en el archivo e impórtelo de nuevo: el grupo se actualiza, no se duplica. Las notas no rechazan ninguna fila.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Save {good} graduates and audit</source>
        <translation>Guardar {good} egresados y auditar</translation>
    </message>
    <message>
        <source>Audit without saving</source>
        <translation>Auditar sin guardar</translation>
    </message>
    <message>
        <source>Re-read with these columns</source>
        <translation>Volver a leer con estas columnas</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Guardar asignación…</translation>
    </message>
    <message>
        <source>Save these columns as a map file for lmt-tracker audit --map</source>
        <translation>Guardar estas columnas como archivo de asignación para lmt-tracker audit --map</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Guardar la asignación de columnas</translation>
    </message>
    <message>
        <source>Map files (*.toml)</source>
        <translation>Archivos de asignación (*.toml)</translation>
    </message>
    <message>
        <source>Could not save {path}: {0}</source>
        <translation>No se pudo guardar {path}: {0}</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>{0} — no row refused</source>
        <translation>{0} — ninguna fila rechazada</translation>
    </message>
    <message>
        <source>Enter the school and the class name to save the class (or audit without saving).</source>
        <translation>Ingrese la escuela y el nombre del grupo para guardarlo (o audite sin guardar).</translation>
    </message>
    <message>
        <source>The school name is longer than {MAX_NAME} characters.</source>
        <translation>El nombre de la escuela tiene más de {MAX_NAME} caracteres.</translation>
    </message>
    <message>
        <source>Jurisdictions to audit</source>
        <translation>Jurisdicciones a auditar</translation>
    </message>
    <message>
        <source>Each ticked jurisdiction becomes a column of the matrix.</source>
        <translation>Cada jurisdicción marcada se convierte en una columna de la matriz.</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Jurisdicciones</translation>
    </message>
    <message>
        <source>Regulating states</source>
        <translation>Estados que regulan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>{0} training hours</source>
        <translation>{0} horas de formación</translation>
    </message>
    <message>
        <source>{0} online</source>
        <translation>{0} en línea</translation>
    </message>
    <message>
        <source>{0} clinic</source>
        <translation>{0} de clínica</translation>
    </message>
    <message>
        <source>MBLEx: {0}</source>
        <translation>MBLEx: {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Eligible in {0} of {judged}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Elegible en {0} de {judged}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li style=&apos;color:{0}&apos;&gt;To confirm: {1}&lt;/li&gt;</source>
        <translation>&lt;li style=&apos;color:{0}&apos;&gt;Por confirmar: {1}&lt;/li&gt;</translation>
    </message>
    <message>
        <source> — to confirm: {0}</source>
        <translation> — por confirmar: {0}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:{0}&apos;&gt;Not regulated: {1}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:{0}&apos;&gt;No regulado: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} ({1} online)</source>
        <translation>{0} ({1} en línea)</translation>
    </message>
    <message>
        <source>{0} online hours not given by subject</source>
        <translation>{0} horas en línea sin indicar la materia</translation>
    </message>
    <message>
        <source>delete class “{name}”</source>
        <translation>eliminar el grupo “{name}”</translation>
    </message>
    <message>
        <source>Deleted {0} — {1} ({2} graduates); Ctrl+Z to undo</source>
        <translation>Eliminado {0} — {1} ({2} egresados); Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>Restored {0} — {1}</source>
        <translation>Restaurado {0} — {1}</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>CE courses</source>
        <translation>Cursos de EC</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings page</source>
        <translation>Página de configuración</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Su perfil</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Editar perfil…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Ubicación de la base de datos</translation>
    </message>
    <message>
        <source>Everything you enter lives in this one file. Backups are whole copies, safe to take while the app runs; restoring keeps a copy of what it replaces.</source>
        <translation>Todo lo que ingresa vive en este único archivo. Los respaldos son copias completas, seguras de hacer mientras la aplicación funciona; al restaurar se conserva una copia de lo que se reemplaza.</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Abrir otra…</translation>
    </message>
    <message>
        <source>New empty database…</source>
        <translation>Nueva base de datos vacía…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Respaldar ahora…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurar un respaldo…</translation>
    </message>
    <message>
        <source>Export everything (.json)…</source>
        <translation>Exportar todo (.json)…</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>Importar una exportación…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Respaldos automáticos</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>Restaurar el respaldo seleccionado…</translation>
    </message>
    <message>
        <source>Keep backups in…</source>
        <translation>Guardar respaldos en…</translation>
    </message>
    <message>
        <source>Keep them beside the database</source>
        <translation>Guardarlos junto a la base de datos</translation>
    </message>
    <message>
        <source>Keep this database&apos;s automatic backups in</source>
        <translation>Guardar los respaldos automáticos de esta base de datos en</translation>
    </message>
    <message>
        <source>Choosing the backups folder</source>
        <translation>Eligiendo la carpeta de respaldos</translation>
    </message>
    <message>
        <source>A server database&apos;s backups are the server&apos;s: whoever runs it backs it up with its own tools (pg_dump), and LMT Tracker keeps no copies of it. Before an import replaces its records, an export of them is kept in your data folder.</source>
        <translation>Los respaldos de una base de datos en servidor son del servidor: quien lo administra lo respalda con sus propias herramientas (pg_dump), y LMT Tracker no guarda copias. Antes de que una importación reemplace sus registros, se guarda una exportación de ellos en su carpeta de datos.</translation>
    </message>
    <message>
        <source>A copy is kept on the first start of each day (the last {KEEP_DAILY}) and before every import, restore and upgrade, in {0}{1}. Restoring one keeps a copy of what it replaces.</source>
        <translation>Se guarda una copia al primer inicio de cada día (las últimas {KEEP_DAILY}) y antes de cada importación, restauración y actualización, en {0}{1}. Al restaurar una, se conserva una copia de lo que reemplaza.</translation>
    </message>
    <message>
        <source> (beside the database)</source>
        <translation> (junto a la base de datos)</translation>
    </message>
    <message>
        <source>{0} {1:%H:%M}  ·  {2}  ·  {3:,} KB</source>
        <translation>{0} {1:%H:%M}  ·  {2}  ·  {3:,} KB</translation>
    </message>
    <message>
        <source>No automatic backup yet: the first is made when you next open the app.</source>
        <translation>Aún no hay respaldo automático: el primero se hace la próxima vez que abra la aplicación.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar este respaldo?</translation>
    </message>
    <message>
        <source>Everything in the open database is replaced by the copy “{0}”. A copy of the current contents is kept first, so this can be undone the same way.</source>
        <translation>Todo lo que hay en la base de datos abierta se reemplaza por la copia “{0}”. Antes se guarda una copia del contenido actual, así que esto se puede deshacer de la misma manera.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar respaldo</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Deadlines appear in a banner (and a system notification, where available) when they are this many days away. Retired credentials stay silent.</source>
        <translation>Las fechas límite aparecen en un aviso (y en una notificación del sistema, donde exista) cuando faltan estos días. Las credenciales retiradas no avisan.</translation>
    </message>
    <message>
        <source>Days before a deadline:</source>
        <translation>Días antes de una fecha límite:</translation>
    </message>
    <message>
        <source>Save reminder days</source>
        <translation>Guardar días de recordatorio</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Theme: {text}</source>
        <translation>Tema: {text}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Applies the next time LMT Tracker starts.</source>
        <translation>Se aplica la próxima vez que se inicie LMT Tracker.</translation>
    </message>
    <message>
        <source>No profile yet. Your name and birth date help predict renewal dates in states that use them.</source>
        <translation>Aún no hay perfil. Su nombre y fecha de nacimiento ayudan a predecir las fechas de renovación en los estados que los usan.</translation>
    </message>
    <message>
        <source>, born {0}</source>
        <translation>, nacido(a) el {0}</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation>Abierta: {0}</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <extracomment>``store.backups.LABELS``, marked for the catalog (the store imports no Qt).</extracomment>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation>Antes de una actualización del esquema</translation>
    </message>
    <message>
        <source>Damaged file set aside</source>
        <translation>Archivo dañado apartado</translation>
    </message>
    <message>
        <source>{0} (schema {1})</source>
        <translation>{0} (esquema {1})</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>{label} cancelled</source>
        <translation>{label}: cancelado</translation>
    </message>
    <message>
        <source>{label} failed: {exc}</source>
        <translation>{label}: falló: {exc}</translation>
    </message>
    <message>
        <source>{label} failed:

{exc}</source>
        <translation>{label}: no se pudo completar.

{exc}</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Exam timeline</source>
        <translation>Cronología de exámenes</translation>
    </message>
    <message>
        <source>No exam attempts yet: add one to see it on the timeline</source>
        <translation>Aún no hay intentos de examen: agregue uno para verlo en la cronología</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add program</source>
        <translation>Agregar programa</translation>
    </message>
    <message>
        <source>Training page</source>
        <translation>Página de formación</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>School and program</source>
        <translation>Escuela y programa</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Training programs</source>
        <translation>Programas de formación</translation>
    </message>
    <message>
        <source>No training recorded</source>
        <translation>No hay formación registrada</translation>
    </message>
    <message>
        <source>Enter your school&apos;s transcript — hours by subject — to see which states&apos; entry requirements you meet.</source>
        <translation>Ingrese el certificado de estudios de su escuela — horas por materia — para ver qué requisitos de ingreso estatales cumple.</translation>
    </message>
    <message>
        <source>Compare with a state&apos;s entry requirements</source>
        <translation>Comparar con los requisitos de ingreso de un estado</translation>
    </message>
    <message>
        <source>Target jurisdiction</source>
        <translation>Jurisdicción de destino</translation>
    </message>
    <message>
        <source>Entry requirements met and short</source>
        <translation>Requisitos de ingreso cumplidos y faltantes</translation>
    </message>
    <message>
        <source>Hours by subject and delivery</source>
        <translation>Horas por materia y modalidad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Comparing your training…</source>
        <translation>Comparando su formación…</translation>
    </message>
    <message>
        <source>{0} · {1} hours in all</source>
        <translation>{0} · {1} horas en total</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a state to compare your training with.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija un estado para comparar su formación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>does not yet meet</source>
        <translation>aún no cumple</translation>
    </message>
    <message>
        <source>is not judged by</source>
        <translation>no se evalúa con</translation>
    </message>
    <message>
        <source>Your record {state} {0}&apos;s entry requirements</source>
        <translation>Su expediente {state} los requisitos de ingreso de {0}</translation>
    </message>
    <message>
        <source>Rule in force from {0}</source>
        <translation>Regla vigente desde {0}</translation>
    </message>
    <message>
        <source>Entry hours by subject vs {0}</source>
        <translation>Horas de ingreso por materia frente a {0}</translation>
    </message>
    <message>
        <source>Your hours</source>
        <translation>Sus horas</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Redone: {0} — Ctrl+Z to undo it again</source>
        <translation>Rehecho: {0} — Ctrl+Z para deshacerlo de nuevo</translation>
    </message>
    <message>
        <source>Undone: {0} — Ctrl+Shift+Z to redo</source>
        <translation>Deshecho: {0} — Ctrl+Mayús+Z para rehacer</translation>
    </message>
    <message>
        <source>{0} course “{1}”</source>
        <translation>{0} curso “{1}”</translation>
    </message>
    <message>
        <source>delete course “{0}”</source>
        <translation>eliminar el curso “{0}”</translation>
    </message>
    <message>
        <source>delete {kind}</source>
        <translation>eliminar {kind}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Anatomy &amp; physiology</source>
        <translation>Anatomía y fisiología</translation>
    </message>
    <message>
        <source>First renewal date</source>
        <translation>Fecha de la primera renovación</translation>
    </message>
    <message>
        <source>Issue year</source>
        <translation>Año de emisión</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Within period</source>
        <translation>Dentro del período</translation>
    </message>
    <message>
        <source>Massage theory &amp; technique</source>
        <translation>Teoría y técnica de masaje</translation>
    </message>
    <message>
        <source>Laws &amp; rules</source>
        <translation>Leyes y reglamentos</translation>
    </message>
    <message>
        <source>First aid &amp; CPR</source>
        <translation>Primeros auxilios y RCP</translation>
    </message>
    <message>
        <source>Hygiene &amp; sanitation</source>
        <translation>Higiene y saneamiento</translation>
    </message>
    <message>
        <source>Medical errors</source>
        <translation>Errores médicos</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Jurisprudence</source>
        <translation>Jurisprudencia</translation>
    </message>
    <message>
        <source>Colon hydrotherapy exam</source>
        <translation>Examen de hidroterapia de colon</translation>
    </message>
    <message>
        <source>Anatomy and physiology</source>
        <translation>Anatomía y fisiología</translation>
    </message>
    <message>
        <source>Massage theory and technique</source>
        <translation>Teoría y técnica de masaje</translation>
    </message>
    <message>
        <source>Clinical practicum</source>
        <translation>Prácticas clínicas</translation>
    </message>
    <message>
        <source>Laws and rules</source>
        <translation>Leyes y reglamentos</translation>
    </message>
    <message>
        <source>First aid and CPR</source>
        <translation>Primeros auxilios y RCP</translation>
    </message>
    <message>
        <source>Hygiene and sanitation</source>
        <translation>Higiene y saneamiento</translation>
    </message>
    <message>
        <source>Communicable disease</source>
        <translation>Enfermedades transmisibles</translation>
    </message>
    <message>
        <source>Spa therapies</source>
        <translation>Terapias de spa</translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation>Puntos gatillo</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>En aula</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Supervised clinic</source>
        <translation>Clínica supervisada</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Aprendizaje práctico</translation>
    </message>
    <message>
        <source>Prevention of medical errors</source>
        <translation>Prevención de errores médicos</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Trata de personas</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>RCP</translation>
    </message>
    <message>
        <source>Hands-on technique</source>
        <translation>Técnica práctica</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <source>Professional boundaries</source>
        <translation>Límites profesionales</translation>
    </message>
    <message>
        <source>Health equity</source>
        <translation>Equidad en salud</translation>
    </message>
    <message>
        <source>Implicit bias</source>
        <translation>Sesgo implícito</translation>
    </message>
    <message>
        <source>Child abuse</source>
        <translation>Maltrato infantil</translation>
    </message>
    <message>
        <source>Pain management</source>
        <translation>Manejo del dolor</translation>
    </message>
    <message>
        <source>Cultural competency</source>
        <translation>Competencia cultural</translation>
    </message>
    <message>
        <source>Sexual misconduct</source>
        <translation>Conducta sexual indebida</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <source>Informal study (reading, research, consultation)</source>
        <translation>Estudio informal (lectura, investigación, consulta)</translation>
    </message>
    <message>
        <source>Attending a board meeting</source>
        <translation>Asistencia a una reunión de la junta</translation>
    </message>
    <message>
        <source>School&apos;s state</source>
        <translation>Estado de la escuela</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Live online</source>
        <translation>En línea en vivo</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>Autoestudio</translation>
    </message>
    <message>
        <source>MBLEx</source>
        <translation>MBLEx</translation>
    </message>
    <message>
        <source>NCBTMB exam</source>
        <translation>Examen NCBTMB</translation>
    </message>
    <message>
        <source>BCETMB</source>
        <translation>BCETMB</translation>
    </message>
    <message>
        <source>State exam</source>
        <translation>Examen estatal</translation>
    </message>
    <message>
        <source>Jurisprudence (law) exam</source>
        <translation>Examen de jurisprudencia (leyes)</translation>
    </message>
    <message>
        <source>Practical exam</source>
        <translation>Examen práctico</translation>
    </message>
    <message>
        <source>AMMA exam</source>
        <translation>Examen AMMA</translation>
    </message>
    <message>
        <source>NCCA exam</source>
        <translation>Examen NCCA</translation>
    </message>
    <message>
        <source>Colon hydrotherapy board exam</source>
        <translation>Examen de la junta de hidroterapia de colon</translation>
    </message>
    <message>
        <source>State license</source>
        <translation>Licencia estatal</translation>
    </message>
    <message>
        <source>National certification</source>
        <translation>Certificación nacional</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <source>CPR card</source>
        <translation>Tarjeta de RCP</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Not regulated by the state</source>
        <translation>No regulado por el estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation>Anatomía</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Background check</source>
        <translation>Verificación de antecedentes</translation>
    </message>
    <message>
        <source>Birth month day</source>
        <translation>Día del mes de nacimiento</translation>
    </message>
    <message>
        <source>Birth month end</source>
        <translation>Fin del mes de nacimiento</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Board page</source>
        <translation>Página de la junta</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>By examination</source>
        <translation>Por examen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Calendar before renewal</source>
        <translation>Calendario antes de la renovación</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Citizenship or residency</source>
        <translation>Ciudadanía o residencia</translation>
    </message>
    <message>
        <source>Clock hour</source>
        <translation>Hora reloj</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Electives</source>
        <translation>Optativas</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Ética</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exento</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Reprobado</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Huellas dactilares</translation>
    </message>
    <message>
        <source>First aid card</source>
        <translation>Tarjeta de primeros auxilios</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Fecha fija</translation>
    </message>
    <message>
        <source>Fraction</source>
        <translation>Fracción</translation>
    </message>
    <message>
        <source>From issue</source>
        <translation>Desde la emisión</translation>
    </message>
    <message>
        <source>From issue month end</source>
        <translation>Desde el fin del mes de emisión</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Good moral character</source>
        <translation>Buena conducta moral</translation>
    </message>
    <message>
        <source>Half hour</source>
        <translation>Media hora</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>Certificado de salud</translation>
    </message>
    <message>
        <source>High school diploma</source>
        <translation>Diploma de preparatoria</translation>
    </message>
    <message>
        <source>Hiv course</source>
        <translation>Curso sobre VIH</translation>
    </message>
    <message>
        <source>Hydrotherapy</source>
        <translation>Hidroterapia</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Kinesiology</source>
        <translation>Kinesiología</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Liability insurance</source>
        <translation>Seguro de responsabilidad civil</translation>
    </message>
    <message>
        <source>License number parity</source>
        <translation>Paridad del número de licencia</translation>
    </message>
    <message>
        <source>Local license</source>
        <translation>Licencia local</translation>
    </message>
    <message>
        <source>Match birth year</source>
        <translation>Según el año de nacimiento</translation>
    </message>
    <message>
        <source>Myology</source>
        <translation>Miología</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Neurology</source>
        <translation>Neurología</translation>
    </message>
    <message>
        <source>Next full cycle</source>
        <translation>Siguiente ciclo completo</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Impar</translation>
    </message>
    <message>
        <source>Opioids</source>
        <translation>Opioides</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Pathology</source>
        <translation>Patología</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Physiology</source>
        <translation>Fisiología</translation>
    </message>
    <message>
        <source>Professional membership</source>
        <translation>Membresía profesional</translation>
    </message>
    <message>
        <source>Prorated monthly</source>
        <translation>Prorrateado por mes</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>Psicología</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Reducido</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulación</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Fecha de renovación</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundaria</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Statute</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Entero</translation>
    </message>
    <message>
        <source>Accepted exams</source>
        <translation>Exámenes aceptados</translation>
    </message>
    <message>
        <source>Approved providers</source>
        <translation>Proveedores aprobados</translation>
    </message>
    <message>
        <source>CE hours per period</source>
        <translation>Horas de EC por período</translation>
    </message>
    <message>
        <source>Carry-over of extra CE hours</source>
        <translation>Traspaso de horas de EC adicionales</translation>
    </message>
    <message>
        <source>Daily limit on CE hours</source>
        <translation>Límite diario de horas de EC</translation>
    </message>
    <message>
        <source>Exam attempt rules</source>
        <translation>Reglas de intentos de examen</translation>
    </message>
    <message>
        <source>Hands-on CE minimum</source>
        <translation>Mínimo de EC práctica</translation>
    </message>
    <message>
        <source>Hours for the first renewal</source>
        <translation>Horas para la primera renovación</translation>
    </message>
    <message>
        <source>How recent the training must be</source>
        <translation>Qué tan reciente debe ser la formación</translation>
    </message>
    <message>
        <source>How the expiry date falls</source>
        <translation>Cómo se fija la fecha de vencimiento</translation>
    </message>
    <message>
        <source>In-person CE minimum</source>
        <translation>Mínimo de EC presencial</translation>
    </message>
    <message>
        <source>Length of a CE hour (50 or 60 minutes)</source>
        <translation>Duración de una hora de EC (50 o 60 minutos)</translation>
    </message>
    <message>
        <source>Length of the CE period</source>
        <translation>Duración del período de EC</translation>
    </message>
    <message>
        <source>Limit on online CE</source>
        <translation>Límite de EC en línea</translation>
    </message>
    <message>
        <source>Limit on online training hours</source>
        <translation>Límite de horas de formación en línea</translation>
    </message>
    <message>
        <source>Limit on self-study CE</source>
        <translation>Límite de EC de autoestudio</translation>
    </message>
    <message>
        <source>Limit on the share of online training</source>
        <translation>Límite de la parte de formación en línea</translation>
    </message>
    <message>
        <source>Limit on the share of self-study CE</source>
        <translation>Límite de la parte de EC de autoestudio</translation>
    </message>
    <message>
        <source>Limits on CE topics</source>
        <translation>Límites por tema de EC</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Edad mínima</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Otras condiciones</translation>
    </message>
    <message>
        <source>Other ways to qualify (such as endorsement)</source>
        <translation>Otras vías para calificar (como el reconocimiento)</translation>
    </message>
    <message>
        <source>Reductions for years in practice</source>
        <translation>Reducciones por años de práctica</translation>
    </message>
    <message>
        <source>Renewal day</source>
        <translation>Día de renovación</translation>
    </message>
    <message>
        <source>Renewal month</source>
        <translation>Mes de renovación</translation>
    </message>
    <message>
        <source>Renewal year (odd or even)</source>
        <translation>Año de renovación (par o impar)</translation>
    </message>
    <message>
        <source>Repeating a course</source>
        <translation>Repetir un curso</translation>
    </message>
    <message>
        <source>Required CE topics</source>
        <translation>Temas de EC obligatorios</translation>
    </message>
    <message>
        <source>Rule for the first renewal</source>
        <translation>Regla para la primera renovación</translation>
    </message>
    <message>
        <source>Share from nationally approved providers</source>
        <translation>Parte de proveedores aprobados a nivel nacional</translation>
    </message>
    <message>
        <source>Subject maximums</source>
        <translation>Máximos por materia</translation>
    </message>
    <message>
        <source>Subject minimums</source>
        <translation>Mínimos por materia</translation>
    </message>
    <message>
        <source>Supervised clinic hours</source>
        <translation>Horas de clínica supervisada</translation>
    </message>
    <message>
        <source>Total training hours</source>
        <translation>Horas totales de formación</translation>
    </message>
    <message>
        <source>Whether CPR training counts toward the total</source>
        <translation>Si la formación en RCP cuenta para el total</translation>
    </message>
    <message>
        <source>Whether continuing education is required</source>
        <translation>Si se exige educación continua</translation>
    </message>
    <message>
        <source>Whether online training counts</source>
        <translation>Si cuenta la formación en línea</translation>
    </message>
    <message>
        <source>Which rule applies to programs begun before a change</source>
        <translation>Qué regla se aplica a los programas iniciados antes de un cambio</translation>
    </message>
    <message>
        <source>Which schools the online limit binds</source>
        <translation>A qué escuelas obliga el límite en línea</translation>
    </message>
    <message>
        <source>Which years CE periods end</source>
        <translation>En qué años terminan los períodos de EC</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Reprobado</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>License number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Welcome to LMT Tracker</source>
        <translation>Bienvenido(a) a LMT Tracker</translation>
    </message>
    <message>
        <source>Your licenses, exams and continuing education in one private, offline record. How would you like to start?</source>
        <translation>Sus licencias, exámenes y educación continua en un expediente privado y sin conexión. ¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>Set up my record</source>
        <translation>Crear mi expediente</translation>
    </message>
    <message>
        <source>Your name, your states and licenses: two minutes.</source>
        <translation>Su nombre, sus estados y licencias: dos minutos.</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Explorar con datos de demostración</translation>
    </message>
    <message>
        <source>A sample therapist licensed in Florida and New York, in a file of its own.</source>
        <translation>Un terapeuta de ejemplo con licencia en Florida y Nueva York, en un archivo aparte.</translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation>Importar un archivo de exportación</translation>
    </message>
    <message>
        <source>Bring in a .json file exported from LMT Tracker.</source>
        <translation>Traer un archivo .json exportado desde LMT Tracker.</translation>
    </message>
    <message>
        <source>A sample therapist licensed in Florida and New York, with courses, certificates and exams.</source>
        <translation>Un terapeuta de ejemplo con licencia en Florida y Nueva York, con cursos, certificados y exámenes.</translation>
    </message>
    <message>
        <source>The demo opens in a separate file, so it never mixes with your own record. A banner reads “Sample data — not your record” while it is open; File › Leave the demo brings you back to your own database.</source>
        <translation>La demostración se abre en un archivo aparte, así que nunca se mezcla con su expediente. Mientras está abierta, un aviso dice “Datos de ejemplo — no es su expediente”; Archivo › Salir de la demostración lo regresa a su base de datos.</translation>
    </message>
    <message>
        <source>A .json file exported from LMT Tracker (File › Export everything).</source>
        <translation>Un archivo .json exportado desde LMT Tracker (Archivo › Exportar todo).</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <source>Choose the .json file…</source>
        <translation>Elegir el archivo .json…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Export file problem</source>
        <translation>Problema con el archivo de exportación</translation>
    </message>
    <message>
        <source>LMT Tracker export (*.json)</source>
        <translation>Exportación de LMT Tracker (*.json)</translation>
    </message>
    <message>
        <source>Export file: {0} is not a file — choose the .json file exported from LMT Tracker.</source>
        <translation>Archivo de exportación: {0} no es un archivo — elija el archivo .json exportado desde LMT Tracker.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Your name as it appears on your license.</source>
        <translation>Su nombre tal como aparece en su licencia.</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Apellido:</translation>
    </message>
    <message>
        <source>Birth date (optional):</source>
        <translation>Fecha de nacimiento (opcional):</translation>
    </message>
    <message>
        <source>Some states renew licenses in your birth month.</source>
        <translation>Algunos estados renuevan las licencias en su mes de nacimiento.</translation>
    </message>
    <message>
        <source>Your license</source>
        <translation>Su licencia</translation>
    </message>
    <message>
        <source>Each state you hold a license in, its number and the dates printed on it. You can add more later.</source>
        <translation>Cada estado en el que tiene licencia, su número y las fechas impresas en ella. Puede agregar más después.</translation>
    </message>
    <message>
        <source>Add another state</source>
        <translation>Agregar otro estado</translation>
    </message>
    <message>
        <source>I have no license yet (student or new graduate)</source>
        <translation>Aún no tengo licencia (estudiante o recién egresado)</translation>
    </message>
    <message>
        <source>No license yet</source>
        <translation>Aún sin licencia</translation>
    </message>
    <message>
        <source>The dates let LMT Tracker place your renewal cycle: without them it says what is missing rather than guess.</source>
        <translation>Las fechas permiten a LMT Tracker ubicar su ciclo de renovación: sin ellas, indica lo que falta en lugar de adivinar.</translation>
    </message>
    <message>
        <source>License problems</source>
        <translation>Problemas de la licencia</translation>
    </message>
    <message>
        <source>Choose your state…</source>
        <translation>Elija su estado…</translation>
    </message>
    <message>
        <source>Row {i}: State — choose your state from the list.</source>
        <translation>Fila {i}: Estado — elija su estado de la lista.</translation>
    </message>
    <message>
        <source>Row {i}: {0} {1}</source>
        <translation>Fila {i}: {0} {1}</translation>
    </message>
    <message>
        <source>Row {i}: Expires — {0}</source>
        <translation>Fila {i}: Vence — {0}</translation>
    </message>
    <message>
        <source>Set up LMT Tracker</source>
        <translation>Configurar LMT Tracker</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>Configuración inicial</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>course</source>
        <extracomment>The nouns ``count`` is called with, marked for the catalog (singular and plural).</extracomment>
        <translation>curso</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>cursos</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>cambios</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>credencial</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>credenciales</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>fechas límite</translation>
    </message>
    <message>
        <source>graduate</source>
        <translation>egresado</translation>
    </message>
    <message>
        <source>graduates</source>
        <translation>egresados</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>jurisdicción</translation>
    </message>
    <message>
        <source>jurisdictions</source>
        <translation>jurisdicciones</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>programs</source>
        <translation>programas</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>item</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>items</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>intento</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>intentos</translation>
    </message>
    <message>
        <source>CE course</source>
        <translation>curso de EC</translation>
    </message>
    <message>
        <source>CE courses</source>
        <translation>cursos de EC</translation>
    </message>
    <message>
        <source>Rules last checked {0}</source>
        <translation>Reglas verificadas por última vez el {0}</translation>
    </message>
    <message>
        <source>Rules last checked {0} (each jurisdiction between {1} and {2})</source>
        <translation>Reglas verificadas por última vez el {0} (cada jurisdicción entre el {1} y el {2})</translation>
    </message>
    <message>
        <source> (NOT signed by the release key)</source>
        <translation> (NO firmado con la clave de publicación)</translation>
    </message>
    <message>
        <source>Rules in force: {0}{1}, installed {2}</source>
        <translation>Reglas vigentes: {0}{1}, instaladas el {2}</translation>
    </message>
    <message>
        <source>Rules in force: the app&apos;s own rules (checked up to {0})</source>
        <translation>Reglas vigentes: las propias de la aplicación (verificadas hasta el {0})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>hace {0} días</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>en 1 día</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>en {0} días</translation>
    </message>
</context>
</TS>

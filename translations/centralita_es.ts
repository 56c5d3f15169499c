<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiError</name>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This value is not in the expected format.</source>
        <translation>Este valor no tiene el formato esperado.</translation>
    </message>
    <message>
        <source>This value is too short.</source>
        <translation>Este valor es demasiado corto.</translation>
    </message>
    <message>
        <source>This value is too long.</source>
        <translation>Este valor es demasiado largo.</translation>
    </message>
    <message>
        <source>This value is not one of the allowed choices.</source>
        <translation>Este valor no es una de las opciones permitidas.</translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation>Este valor ya está en uso.</translation>
    </message>
    <message>
        <source>This refers to something that no longer exists.</source>
        <translation>Esto hace referencia a algo que ya no existe.</translation>
    </message>
    <message>
        <source>The values do not match.</source>
        <translation>Los valores no coinciden.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>Este no es un número telefónico válido.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Esta no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>This field is not supported by the server.</source>
        <translation>El servidor no admite este campo.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Este valor no es válido.</translation>
    </message>
    <message>
        <source>Company main number</source>
        <translation>Número principal de la empresa</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Caller ID name</source>
        <translation>Nombre del identificador de llamadas</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the server address and your connection.</source>
        <translation>No se pudo conectar con %1. Verifique la dirección del servidor y su conexión.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 no respondió a tiempo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The identity of %1 could not be verified, so Centralita did not connect.</source>
        <translation>%1 no pudo demostrar su identidad, por lo que Centralita no se conectó.</translation>
    </message>
    <message>
        <source>Unencrypted connections (http://) are only allowed to this computer. Use an https:// address.</source>
        <translation>Las conexiones sin cifrar (http://) solo se permiten hacia este equipo. Use una dirección https://.</translation>
    </message>
    <message>
        <source>%1 sent an answer Centralita cannot read. Check the server address.</source>
        <translation>%1 envió una respuesta que Centralita no puede leer. Verifique la dirección del servidor.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some fields are not valid. Check the highlighted fields.</source>
        <translation>Algunos campos no son válidos. Revise los campos resaltados.</translation>
    </message>
    <message>
        <source>The number, extension or password is not correct.</source>
        <translation>El número, la extensión o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Su sesión terminó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Su cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>This item no longer exists. It may have been deleted by someone else.</source>
        <translation>Este elemento ya no existe. Es posible que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>This change conflicts with the current state of the account.</source>
        <translation>Este cambio entra en conflicto con el estado actual de la cuenta.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload to see the latest version.</source>
        <translation>Otra persona cambió esto mientras tanto. Vuelva a cargar para ver la versión más reciente.</translation>
    </message>
    <message>
        <source>The server needs the current version before accepting changes. Reload and try again.</source>
        <translation>El servidor necesita la versión actual antes de aceptar cambios. Vuelva a cargar e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo en %n minuto.</numerusform>
            <numerusform>Demasiados intentos. Vuelva a intentarlo en %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Demasiados intentos. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not accept the request. This version of Centralita may be too old for the server.</source>
        <translation>El servidor no aceptó la solicitud. Es posible que esta versión de Centralita sea demasiado antigua para el servidor.</translation>
    </message>
    <message>
        <source>The server had an internal problem. Try again later.</source>
        <translation>El servidor tuvo un problema interno. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>El servidor tuvo un problema (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>Administrator e-mail</source>
        <translation>Correo electrónico del administrador</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Nombre del administrador</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Caller ID number</source>
        <translation>Número del identificador de llamadas</translation>
    </message>
    <message>
        <source>Caller name</source>
        <translation>Nombre de quien llama</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Número de quien llama</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número telefónico</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>First room</source>
        <translation>Primera sala</translation>
    </message>
    <message>
        <source>Conference ID</source>
        <translation>ID de conferencia</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Maximum participants</source>
        <translation>Máximo de participantes</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Días festivos</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Recorded greeting</source>
        <translation>Saludo grabado</translation>
    </message>
    <message>
        <source>Menu options</source>
        <translation>Opciones del menú</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Wait for a key</source>
        <translation>Esperar una tecla</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Voicemail PIN</source>
        <translation>PIN del buzón de voz</translation>
    </message>
    <message>
        <source>Ring time before voicemail</source>
        <translation>Tiempo de timbrado antes del buzón de voz</translation>
    </message>
    <message>
        <source>Attach the recording to the e-mail</source>
        <translation>Adjuntar la grabación al correo electrónico</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Desvío de llamadas</translation>
    </message>
    <message>
        <source>Forwarding number</source>
        <translation>Número de desvío</translation>
    </message>
    <message>
        <source>Confirm forwarded calls with a key</source>
        <translation>Confirmar las llamadas desviadas con una tecla</translation>
    </message>
    <message>
        <source>Ring this extension too</source>
        <translation>Timbrar también en esta extensión</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Domicilio de facturación</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nombre en la tarjeta</translation>
    </message>
    <message>
        <source>Security code (CVC)</source>
        <translation>Código de seguridad (CVC)</translation>
    </message>
    <message>
        <source>Expiry month</source>
        <translation>Mes de vencimiento</translation>
    </message>
    <message>
        <source>Expiry year</source>
        <translation>Año de vencimiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Domicilio de envío</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Operador actual</translation>
    </message>
    <message>
        <source>Account number with the carrier</source>
        <translation>Número de cuenta con el operador</translation>
    </message>
    <message>
        <source>PIN with the carrier</source>
        <translation>PIN con el operador</translation>
    </message>
    <message>
        <source>Authorized name</source>
        <translation>Nombre autorizado</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Domicilio del servicio</translation>
    </message>
    <message>
        <source>Letter of authorization</source>
        <translation>Carta de autorización</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>These numbers still ring it: %1. Unmap or remap them first.</source>
        <translation>Estos números aún están asignados a este destino: %1. Desasígnelos o reasígnelos primero.</translation>
    </message>
    <message>
        <source>Delete the conference rooms first.</source>
        <translation>Primero elimine las salas de conferencias.</translation>
    </message>
    <message numerus="yes">
        <source>A company can have at most %n conference room(s).</source>
        <translation>
            <numerusform>Una empresa puede tener como máximo %n sala de conferencias.</numerusform>
            <numerusform>Una empresa puede tener como máximo %n salas de conferencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable the conference server in the User tab first.</source>
        <translation>Primero active el servidor de conferencias en la pestaña Usuario.</translation>
    </message>
    <message>
        <source>Set up the conference server first.</source>
        <translation>Primero configure el servidor de conferencias.</translation>
    </message>
    <message>
        <source>The conference server already exists.</source>
        <translation>El servidor de conferencias ya existe.</translation>
    </message>
    <message>
        <source>The virtual receptionist transfers callers to it. Change its menus first.</source>
        <translation>La recepcionista virtual transfiere llamadas a este destino. Primero cambie sus menús.</translation>
    </message>
    <message>
        <source>That number was just taken. Choose another one.</source>
        <translation>Ese número acaba de ser tomado. Elija otro.</translation>
    </message>
    <message>
        <source>The company&apos;s main number cannot be released.</source>
        <translation>El número principal de la empresa no se puede liberar.</translation>
    </message>
    <message>
        <source>The conference server has no portal password.</source>
        <translation>El servidor de conferencias no tiene contraseña del portal.</translation>
    </message>
    <message>
        <source>There is no card on file. Add a card under Account → Billing first.</source>
        <translation>No hay ninguna tarjeta registrada. Primero agregue una tarjeta en Cuenta → Facturación.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing was charged.</source>
        <translation>La tarjeta fue rechazada. No se realizó ningún cargo.</translation>
    </message>
    <message>
        <source>Use at least %1 characters with both letters and digits.</source>
        <translation>Use al menos %1 caracteres, con letras y dígitos.</translation>
    </message>
    <message>
        <source>Your administrator has not enabled international calls for extension %1.</source>
        <translation>Su administrador no ha habilitado las llamadas internacionales para la extensión %1.</translation>
    </message>
    <message>
        <source>Your administrator has not enabled premium-rate calls for extension %1.</source>
        <translation>Su administrador no ha habilitado las llamadas a números de tarificación especial para la extensión %1.</translation>
    </message>
    <message>
        <source>This call would exceed the monthly limit for premium-rate calls of extension %1 (%2 left this month).</source>
        <translation>Esta llamada superaría el límite mensual de llamadas de tarificación especial de la extensión %1 (quedan %2 este mes).</translation>
    </message>
    <message>
        <source>This call would exceed the monthly limit for international calls of extension %1 (%2 left this month).</source>
        <translation>Esta llamada superaría el límite mensual de llamadas internacionales de la extensión %1 (quedan %2 este mes).</translation>
    </message>
    <message>
        <source>No connection to %1 since %2, so nothing was saved. Your changes are still here: save again when the connection is back.</source>
        <translation>Sin conexión con %1 desde las %2, así que no se guardó nada. Sus cambios siguen aquí: guarde de nuevo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>No connection to %1, so nothing was saved. Your changes are still here: save again when the connection is back.</source>
        <translation>Sin conexión con %1, así que no se guardó nada. Sus cambios siguen aquí: guarde de nuevo cuando vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start the bundled demo server and sign in as its administrator.</source>
        <translation>Iniciar el servidor de demostración incluido e iniciar sesión como su administrador.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://pbx.example.com.</source>
        <translation>Dirección del servidor, p. ej., https://pbx.example.com.</translation>
    </message>
    <message>
        <source>Interface language (es, en, fr).</source>
        <translation>Idioma de la interfaz (es, en, fr).</translation>
    </message>
    <message>
        <source>Sign in to the demo server, save a screenshot of every page into the folder and exit.</source>
        <translation>Iniciar sesión en el servidor de demostración, guardar una captura de pantalla de cada página en la carpeta y salir.</translation>
    </message>
    <message>
        <source>Desktop client for hosted office phone systems.</source>
        <translation>Cliente de escritorio para sistemas telefónicos de oficina en la nube.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--screenshots needs a folder.</source>
        <translation>--screenshots necesita una carpeta.</translation>
    </message>
    <message>
        <source>Not a valid server address: %1</source>
        <translation>No es una dirección de servidor válida: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use es, en or fr.</source>
        <translation>Idioma desconocido &quot;%1&quot;: use es, en o fr.</translation>
    </message>
    <message>
        <source>Window width for --screenshots, in pixels (default 1180).</source>
        <translation>Ancho de la ventana para --screenshots, en píxeles (1180 si no se indica).</translation>
    </message>
    <message>
        <source>Colors: light or dark (by default those of the system&apos;s theme).</source>
        <translation>Colores: light (claros) o dark (oscuros); si no se indica, los del tema del sistema.</translation>
    </message>
    <message>
        <source>--screenshot-width takes a width from 900 to 3840 pixels.</source>
        <translation>--screenshot-width admite un ancho de 900 a 3840 píxeles.</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use light or dark.</source>
        <translation>Paleta desconocida «%1»: use light o dark.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation>Facturado a</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Complementos</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Call logs</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Desvío de llamadas</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Identificador de llamadas</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
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
        <translation>Estos números aún están asignados a este destino: %1. Desasígnelos o reasígnelos primero.</translation>
    </message>
    <message>
        <source>Delete the conference rooms first.</source>
        <translation>Primero elimine las salas de conferencias.</translation>
    </message>
    <message>
        <source>A company can have at most %1 conference rooms.</source>
        <translation>Una empresa puede tener como máximo %1 salas de conferencias.</translation>
    </message>
    <message>
        <source>Enable the conference server in the User tab first.</source>
        <translation>Primero active el servidor de conferencias en la pestaña Usuario.</translation>
    </message>
    <message>
        <source>Set up the conference server first.</source>
        <translation>Primero configure el servidor de conferencias.</translation>
    </message>
    <message>
        <source>The conference server still exists; delete it here first.</source>
        <translation>El servidor de conferencias todavía existe; primero elimínelo aquí.</translation>
    </message>
    <message>
        <source>The virtual receptionist transfers callers to it. Change its menus first.</source>
        <translation>La recepcionista virtual transfiere llamadas a este destino. Primero cambie sus menús.</translation>
    </message>
    <message>
        <source>That number was just taken. Choose another one.</source>
        <translation>Ese número acaba de ser tomado. Elija otro.</translation>
    </message>
    <message>
        <source>The company&apos;s main number cannot be released.</source>
        <translation>El número principal de la empresa no se puede liberar.</translation>
    </message>
    <message>
        <source>The conference server has no portal password.</source>
        <translation>El servidor de conferencias no tiene contraseña del portal.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bring your numbers to Centralita&lt;/h3&gt;&lt;p&gt;Keep the phone numbers your customers know. Tell us the numbers, your account with the current carrier and who authorizes the move; we ask the carrier to release them.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;The carrier checks the request, usually within a day.&lt;/li&gt;&lt;li&gt;It commits to a port date (a few days later).&lt;/li&gt;&lt;li&gt;On that date the numbers start ringing here. Keep your current service until then.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Follow your requests under &lt;b&gt;Account → Number porting&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Traiga sus números a Centralita&lt;/h3&gt;&lt;p&gt;Conserve los números telefónicos que sus clientes conocen. Indíquenos los números, su cuenta con el operador actual y quién autoriza el cambio; nosotros le pedimos al operador que los libere.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;El operador revisa la solicitud, normalmente en un día.&lt;/li&gt;&lt;li&gt;Se compromete a una fecha de portabilidad (unos días después).&lt;/li&gt;&lt;li&gt;En esa fecha, los números empiezan a sonar aquí. Conserve su servicio actual hasta entonces.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Dé seguimiento a sus solicitudes en &lt;b&gt;Cuenta → Portabilidad de números&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Port numbers…</source>
        <translation>Portar números…</translation>
    </message>
    <message numerus="yes">
        <source>Request submitted for %n number(s). Follow it under Account → Number porting.</source>
        <translation>
            <numerusform>Solicitud enviada para %n número. Dele seguimiento en Cuenta → Portabilidad de números.</numerusform>
            <numerusform>Solicitud enviada para %n números. Dele seguimiento en Cuenta → Portabilidad de números.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::AppController</name>
    <message>
        <source>Your saved sign-in could not be read. %1 Sign in with your password.</source>
        <translation>No se pudo leer su inicio de sesión guardado. %1 Inicie sesión con su contraseña.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Sign in again.</source>
        <translation>Su inicio de sesión guardado caducó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You will need to sign in again next time: %1</source>
        <translation>Tendrá que volver a iniciar sesión la próxima vez: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Su sesión terminó. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Centralita</source>
        <translation>Centralita</translation>
    </message>
    <message>
        <source>The data saved on this computer could not be read.</source>
        <translation>No se pudieron leer los datos guardados en este equipo.</translation>
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
        <translation>%1 · Administración</translation>
    </message>
    <message>
        <source>%1 · Extension %2</source>
        <translation>%1 · Extensión %2</translation>
    </message>
    <message>
        <source>Offline · saved data, read-only</source>
        <translation>Sin conexión · datos guardados, solo lectura</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the server again to see current data and make changes.</source>
        <translation>Inicie sesión de nuevo en el servidor para ver los datos actuales y hacer cambios.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Try &apos;centralita-cli --help&apos;.</source>
        <translation>Pruebe &apos;centralita-cli --help&apos;.</translation>
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
        <translation>Exporta el registro de llamadas de un servidor Centralita a un archivo CSV (RFC 4180, UTF-8 con BOM,
CRLF) o a un libro de Excel.

--format xlsx|csv|csv-data elige el archivo:
  csv-data (el predeterminado) el CSV de datos, estable para scripts: encabezados y códigos en
           snake_case, horas ISO 8601 con su desfase UTC, duraciones en segundos, números E.164.
  csv      un CSV para hojas de cálculo: encabezados y valores en el idioma del sistema (o el de
           --lang), fecha y hora locales, duraciones h:mm:ss, números legibles guardados como texto.
  xlsx     un libro de Excel con celdas con tipo (fechas, duraciones), fila de encabezados fija y
           filtros.

Un usuario final exporta sus propias llamadas (--extension); el administrador (--admin) exporta las
llamadas de todas las extensiones, o las de una con --extension. La contraseña se lee de la primera
línea de la entrada estándar o, con --keychain, se usa la sesión que recordó el cliente de escritorio
(&quot;Recordarme&quot;). Las fechas son días completos en la zona horaria de la empresa; sin ellas se
exportan los últimos 7 días. El archivo aparece solo cuando la exportación termina.

Ejemplos:
  echo &quot;$PASSWORD&quot; | centralita-cli --server https://pbx.example.com --company &quot;55 5000 1000&quot; \
      --admin --from 2026-01-01 --to 2026-01-31 --direction missed --output enero.csv
  echo &quot;$PASSWORD&quot; | centralita-cli --server https://pbx.example.com --company &quot;55 5000 1000&quot; \
      --admin --from 2026-01-01 --to 2026-01-31 --format xlsx --lang es --output enero.xlsx</translation>
    </message>
    <message>
        <source>Server address, e.g. https://pbx.example.com.</source>
        <translation>Dirección del servidor, p. ej., https://pbx.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Company number, as you type it to sign in.</source>
        <translation>Número de la empresa, como lo escribe para iniciar sesión.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>End user: the extension to sign in as. With --admin: export only this extension&apos;s calls.</source>
        <translation>Usuario final: la extensión con la que inicia sesión. Con --admin: exporta solo las llamadas de esta extensión.</translation>
    </message>
    <message>
        <source>ext</source>
        <translation>ext</translation>
    </message>
    <message>
        <source>Sign in as the company&apos;s administrator.</source>
        <translation>Iniciar sesión como administrador de la empresa.</translation>
    </message>
    <message>
        <source>Use the session remembered in the system keychain instead of a password on standard input.</source>
        <translation>Usar la sesión recordada en el llavero del sistema en lugar de una contraseña en la entrada estándar.</translation>
    </message>
    <message>
        <source>First day to export (YYYY-MM-DD).</source>
        <translation>Primer día a exportar (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Last day to export, included (YYYY-MM-DD).</source>
        <translation>Último día a exportar, incluido (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>all (default), incoming, outgoing, missed or internal (--admin).</source>
        <translation>all (predeterminado), incoming, outgoing, missed o internal (--admin).</translation>
    </message>
    <message>
        <source>which</source>
        <translation>cuáles</translation>
    </message>
    <message>
        <source>Only calls whose number or name contains this.</source>
        <translation>Solo las llamadas cuyo número o nombre contiene esto.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;;&apos; (also &apos;comma&apos;, &apos;semicolon&apos;). Default: &apos;;&apos; where the locale writes decimals with a comma, &apos;,&apos; elsewhere.</source>
        <translation>&apos;,&apos; o &apos;;&apos; (también &apos;comma&apos;, &apos;semicolon&apos;). Predeterminado: &apos;;&apos; donde la configuración regional escribe los decimales con coma, &apos;,&apos; en otro caso.</translation>
    </message>
    <message>
        <source>char</source>
        <translation>carácter</translation>
    </message>
    <message>
        <source>csv-data (default: the data CSV for scripts), csv (for spreadsheets) or xlsx (an Excel workbook).</source>
        <translation>csv-data (predeterminado: el CSV de datos para scripts), csv (para hojas de cálculo) o xlsx (un libro de Excel).</translation>
    </message>
    <message>
        <source>Language of the messages and of the spreadsheet formats: es, en or fr. Default: the system&apos;s (English where no translation is installed).</source>
        <translation>Idioma de los mensajes y de los formatos para hojas de cálculo: es, en o fr. Predeterminado: el del sistema (inglés donde no hay traducción instalada).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo a escribir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>give --extension to sign in as an end user, or --admin</source>
        <translation>indique --extension para iniciar sesión como usuario final, o --admin</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-01-31</source>
        <translation>--%1 debe ser una fecha como 2026-01-31</translation>
    </message>
    <message>
        <source>--to must not be before --from</source>
        <translation>--to no puede ser anterior a --from</translation>
    </message>
    <message>
        <source>--direction must be all, incoming, outgoing, missed or (with --admin) internal</source>
        <translation>--direction debe ser all, incoming, outgoing, missed o (con --admin) internal</translation>
    </message>
    <message>
        <source>--separator must be &apos;,&apos; or &apos;;&apos;</source>
        <translation>--separator debe ser &apos;,&apos; o &apos;;&apos;</translation>
    </message>
    <message>
        <source>--format must be csv-data, csv or xlsx</source>
        <translation>--format debe ser csv-data, csv o xlsx</translation>
    </message>
    <message>
        <source>--separator applies to CSV files only</source>
        <translation>--separator solo se aplica a los archivos CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n llamada a %1.</numerusform>
            <numerusform>Se exportaron %n llamadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>No password on standard input (or use --keychain).</source>
        <translation>No hay contraseña en la entrada estándar (o use --keychain).</translation>
    </message>
    <message>
        <source>No remembered session in the keychain for this server and account. %1</source>
        <translation>No hay una sesión recordada en el llavero para este servidor y esta cuenta. %1</translation>
    </message>
    <message>
        <source>--lang must be es, en or fr</source>
        <translation>--lang debe ser es, en o fr</translation>
    </message>
</context>
<context>
    <name>models::CallLogExporter</name>
    <message>
        <source>The server&apos;s export is not the CSV the API describes.</source>
        <translation>La exportación del servidor no es el CSV que describe la API.</translation>
    </message>
</context>
<context>
    <name>models::CallLogModel</name>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>models::CallLogSheet</name>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Número de origen</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nombre de origen</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>Número de destino</translation>
    </message>
    <message>
        <source>To name</source>
        <translation>Nombre de destino</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Call logs</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <source>call logs from %1 to %2</source>
        <translation>registro de llamadas del %1 al %2</translation>
    </message>
    <message>
        <source>call logs from %1</source>
        <translation>registro de llamadas desde el %1</translation>
    </message>
    <message>
        <source>call logs up to %1</source>
        <translation>registro de llamadas hasta el %1</translation>
    </message>
    <message>
        <source>all call logs</source>
        <translation>todo el registro de llamadas</translation>
    </message>
</context>
<context>
    <name>models::ConferenceRoomTableModel</name>
    <message>
        <source>No PIN</source>
        <translation>Sin PIN</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n people</source>
        <translation>
            <numerusform>Hasta %n persona</numerusform>
            <numerusform>Hasta %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Conference ID</source>
        <translation>ID de conferencia</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
</context>
<context>
    <name>models::CredentialStore</name>
    <message>
        <source>The system keychain did not answer. It may be locked.</source>
        <translation>El llavero del sistema no respondió. Es posible que esté bloqueado.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Se denegó el acceso al llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó un error: %1</translation>
    </message>
</context>
<context>
    <name>models::DemoServerLauncher</name>
    <message>
        <source>The demo server did not start in time.</source>
        <translation>El servidor de demostración no se inició a tiempo.</translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>No se pudo iniciar el servidor de demostración (%1): %2</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1).</source>
        <translation>El servidor de demostración se detuvo antes de estar listo (código de salida %1).</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo server.</source>
        <translation>No se pudo crear una carpeta temporal para el servidor de demostración.</translation>
    </message>
    <message>
        <source>The demo server was not found at %1.</source>
        <translation>No se encontró el servidor de demostración en %1.</translation>
    </message>
    <message>
        <source>The demo server reported an unexpected address: %1</source>
        <translation>El servidor de demostración informó una dirección inesperada: %1</translation>
    </message>
</context>
<context>
    <name>models::DesktopNotifications</name>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>New voicemail</source>
        <translation>Nuevo mensaje de voz</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Fax sent</source>
        <translation>Fax enviado</translation>
    </message>
    <message>
        <source>Fax not sent</source>
        <translation>Fax no enviado</translation>
    </message>
    <message>
        <source>Your fax was delivered.</source>
        <translation>Su fax fue entregado.</translation>
    </message>
    <message>
        <source>Your fax could not be delivered.</source>
        <translation>Su fax no pudo ser entregado.</translation>
    </message>
    <message>
        <source>Your fax could not be delivered: %1</source>
        <translation>Su fax no pudo ser entregado: %1</translation>
    </message>
    <message>
        <source>Prepaid balance low</source>
        <translation>Saldo prepagado bajo</translation>
    </message>
    <message>
        <source>%1 left for international and premium calls. Buy credit in Add-ons.</source>
        <translation>Quedan %1 para llamadas internacionales y de tarificación especial. Compre crédito en Complementos.</translation>
    </message>
    <message>
        <source>Extension %1 reached its prepaid limit</source>
        <translation>La extensión %1 alcanzó su límite de prepago</translation>
    </message>
    <message>
        <source>Extension %1 is near its prepaid limit</source>
        <translation>La extensión %1 está cerca de su límite de prepago</translation>
    </message>
    <message>
        <source>%1 of %2 spent on premium-rate calls this month (%3%).</source>
        <translation>%1 de %2 gastados en llamadas de tarificación especial este mes (%3 %).</translation>
    </message>
    <message>
        <source>%1 of %2 spent on international calls this month (%3%).</source>
        <translation>%1 de %2 gastados en llamadas internacionales este mes (%3 %).</translation>
    </message>
</context>
<context>
    <name>models::ExpressSetupRunner</name>
    <message>
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <source>Company details and time zone</source>
        <translation>Datos de la empresa y zona horaria</translation>
    </message>
    <message>
        <source>Add %1 (extension %2)</source>
        <translation>Agregar a %1 (extensión %2)</translation>
    </message>
    <message>
        <source>Assign %1 to extension %2</source>
        <translation>Asignar %1 a la extensión %2</translation>
    </message>
    <message>
        <source>Virtual receptionist</source>
        <translation>Recepcionista virtual</translation>
    </message>
    <message>
        <source>Conference server (extension %1)</source>
        <translation>Servidor de conferencias (extensión %1)</translation>
    </message>
    <message>
        <source>Enable the conference server</source>
        <translation>Activar el servidor de conferencias</translation>
    </message>
    <message>
        <source>Prepaid credit for new extensions</source>
        <translation>Crédito prepagado para las nuevas extensiones</translation>
    </message>
</context>
<context>
    <name>models::ExtensionTableModel</name>
    <message>
        <source>Conference server</source>
        <translation>Servidor de conferencias</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Portal access</source>
        <translation>Acceso al portal</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>Aún sin contraseña</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números telefónicos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>models::FaxLogExporter</name>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>Número de fax</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Fax logs</source>
        <translation>Registro de faxes</translation>
    </message>
    <message>
        <source>fax logs</source>
        <translation>registro de faxes</translation>
    </message>
    <message>
        <source>fax logs of extension %1</source>
        <translation>registro de faxes de la extensión %1</translation>
    </message>
</context>
<context>
    <name>models::FaxModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallido · %1</translation>
    </message>
    <message>
        <source>Main line</source>
        <translation>Línea principal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>Número de fax</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>models::InvoiceTableModel</name>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>models::PhoneCatalogModel</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
</context>
<context>
    <name>models::PhoneNumberTableModel</name>
    <message>
        <source>Extension %1</source>
        <translation>Extensión %1</translation>
    </message>
    <message>
        <source>Virtual receptionist</source>
        <translation>Recepcionista virtual</translation>
    </message>
    <message>
        <source>Conference server</source>
        <translation>Servidor de conferencias</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Sin uso</translation>
    </message>
    <message>
        <source>%1 (main number)</source>
        <translation>%1 (número principal)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Destino</translation>
    </message>
</context>
<context>
    <name>models::PhoneOrderModel</name>
    <message>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
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
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>models::PortingRequestModel</name>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Pending with the carrier</source>
        <translation>Pendiente con el operador</translation>
    </message>
    <message>
        <source>Port date set</source>
        <translation>Fecha de portabilidad fijada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>The account number does not match the carrier&apos;s records.</source>
        <translation>El número de cuenta no coincide con los registros del operador.</translation>
    </message>
    <message>
        <source>The PIN or passcode is wrong.</source>
        <translation>El PIN o la clave de acceso son incorrectos.</translation>
    </message>
    <message>
        <source>The authorized name does not match the account holder.</source>
        <translation>El nombre autorizado no coincide con el titular de la cuenta.</translation>
    </message>
    <message>
        <source>The service address does not match the carrier&apos;s records.</source>
        <translation>El domicilio del servicio no coincide con los registros del operador.</translation>
    </message>
    <message>
        <source>A number is not active with this carrier.</source>
        <translation>Un número no está activo con este operador.</translation>
    </message>
    <message>
        <source>A number is part of a larger group that must move together.</source>
        <translation>Un número forma parte de un grupo mayor que debe portarse en conjunto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Operador actual</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Port date</source>
        <translation>Fecha de portabilidad</translation>
    </message>
    <message>
        <source>Carrier&apos;s answer</source>
        <translation>Respuesta del operador</translation>
    </message>
    <message>
        <source>To be confirmed</source>
        <translation>Por confirmar</translation>
    </message>
</context>
<context>
    <name>models::PrepaidActivityExporter</name>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Extension name</source>
        <translation>Nombre de la extensión</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Importe (%1)</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Saldo (%1)</translation>
    </message>
    <message>
        <source>Prepaid activity</source>
        <translation>Actividad de prepago</translation>
    </message>
    <message>
        <source>prepaid activity from %1 to %2</source>
        <translation>actividad de prepago del %1 al %2</translation>
    </message>
    <message>
        <source>prepaid activity from %1</source>
        <translation>actividad de prepago desde el %1</translation>
    </message>
    <message>
        <source>prepaid activity up to %1</source>
        <translation>actividad de prepago hasta el %1</translation>
    </message>
    <message>
        <source>all prepaid activity</source>
        <translation>toda la actividad de prepago</translation>
    </message>
    <message>
        <source>extension %1</source>
        <translation>extensión %1</translation>
    </message>
</context>
<context>
    <name>models::PrepaidActivityModel</name>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Auto-refill</source>
        <translation>Recarga automática</translation>
    </message>
    <message>
        <source>Call charge</source>
        <translation>Cargo por llamada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Call refused</source>
        <translation>Llamada rechazada</translation>
    </message>
</context>
<context>
    <name>models::SnapshotStore</name>
    <message>
        <source>Saved copy from %1, read-only: no connection to the server.</source>
        <translation>Copia guardada de %1, solo lectura: no hay conexión con el servidor.</translation>
    </message>
</context>
<context>
    <name>models::TimeZones</name>
    <message>
        <source>Mexico City</source>
        <translation>Ciudad de México</translation>
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
        <translation>Bogotá</translation>
    </message>
    <message>
        <source>Lima</source>
        <translation>Lima</translation>
    </message>
    <message>
        <source>Santiago de Chile</source>
        <translation>Santiago de Chile</translation>
    </message>
    <message>
        <source>Buenos Aires</source>
        <translation>Buenos Aires</translation>
    </message>
    <message>
        <source>Guatemala City</source>
        <translation>Ciudad de Guatemala</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>Nueva York</translation>
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
        <translation>Los Ángeles</translation>
    </message>
    <message>
        <source>Toronto</source>
        <translation>Toronto</translation>
    </message>
    <message>
        <source>Montreal</source>
        <translation>Montreal</translation>
    </message>
    <message>
        <source>Madrid</source>
        <translation>Madrid</translation>
    </message>
    <message>
        <source>Paris</source>
        <translation>París</translation>
    </message>
    <message>
        <source>London</source>
        <translation>Londres</translation>
    </message>
    <message>
        <source>Coordinated Universal Time (UTC)</source>
        <translation>Tiempo universal coordinado (UTC)</translation>
    </message>
</context>
<context>
    <name>models::VoicemailModel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Escuchado</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>models::XlsxSheetWriter</name>
    <message>
        <source>More rows than an Excel worksheet holds (%L1); narrow the period or export a CSV file.</source>
        <translation>Hay más filas de las que caben en una hoja de Excel (%L1); acorte el periodo o exporte un archivo CSV.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>The workbook would be larger than 4 GiB, more than Centralita writes in an .xlsx file; narrow the period or export a CSV file.</source>
        <translation>El libro pasaría de 4 GiB, más de lo que Centralita escribe en un archivo .xlsx; acorte el periodo o exporte un archivo CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>views::AboutDialog</name>
    <message>
        <source>About Centralita</source>
        <translation>Acerca de Centralita</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Desktop client for hosted office phone systems.</source>
        <translation>Cliente de escritorio para sistemas telefónicos de oficina en la nube.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
    <message>
        <source>Windows, networking, audio and PDF</source>
        <translation>Ventanas, red, audio y PDF</translation>
    </message>
    <message>
        <source>Keeping the sign-in token in the system keychain</source>
        <translation>Guardar el token de inicio de sesión en el llavero del sistema</translation>
    </message>
    <message>
        <source>Reading and formatting phone numbers</source>
        <translation>Leer y dar formato a números telefónicos</translation>
    </message>
    <message>
        <source>Password hashing in the reference server</source>
        <translation>Hash de contraseñas en el servidor de referencia</translation>
    </message>
    <message>
        <source>Catch2 (BSL-1.0) is used by the test suite only and is not shipped.</source>
        <translation>Catch2 (BSL-1.0) solo se usa en el conjunto de pruebas y no se distribuye.</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
    <message>
        <source>Libraries and licenses</source>
        <translation>Bibliotecas y licencias</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Iconos</translation>
    </message>
</context>
<context>
    <name>views::AccountPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Number porting</source>
        <translation>Portabilidad de números</translation>
    </message>
</context>
<context>
    <name>views::AccountSettingsPanel</name>
    <message>
        <source>Administrator and company address</source>
        <translation>Administrador y domicilio de la empresa</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Nombre del administrador</translation>
    </message>
    <message>
        <source>Administrator e-mail</source>
        <translation>Correo electrónico del administrador</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Emergency services are sent to this address when someone dials the emergency number from any of your phones. Keep it current.</source>
        <translation>Los servicios de emergencia se envían a este domicilio cuando alguien marca el número de emergencia desde cualquiera de sus teléfonos. Manténgalo actualizado.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Company address&lt;/b&gt;</source>
        <translation>&lt;b&gt;Domicilio de la empresa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Contraseña del administrador</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Someone else changed these details meanwhile. Your edits are kept; reload to see theirs.</source>
        <translation>Otra persona cambió estos datos mientras tanto. Sus cambios se conservan; vuelva a cargar para ver los de la otra persona.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Ingrese su contraseña actual.</translation>
    </message>
    <message>
        <source>The two new passwords are different.</source>
        <translation>Las dos contraseñas nuevas son diferentes.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Contraseña cambiada.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Esta no es su contraseña actual.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
</context>
<context>
    <name>views::AddNumberDialog</name>
    <message>
        <source>Add a phone number</source>
        <translation>Agregar un número telefónico</translation>
    </message>
    <message>
        <source>e.g. 55</source>
        <translation>p. ej., 55</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Available numbers</source>
        <translation>Números disponibles</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Código de área</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Calls reach</source>
        <translation>Las llamadas llegan a</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Agregar número</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>No available number matches.</source>
        <translation>Ningún número disponible coincide.</translation>
    </message>
</context>
<context>
    <name>views::AddOnsPage</name>
    <message>
        <source>Prepaid account</source>
        <translation>Cuenta prepagada</translation>
    </message>
    <message>
        <source>IP phones</source>
        <translation>Teléfonos IP</translation>
    </message>
    <message>
        <source>Number porting</source>
        <translation>Portabilidad de números</translation>
    </message>
</context>
<context>
    <name>views::AdminUserPage</name>
    <message>
        <source>Faxes sent and received by every extension and the main line.</source>
        <translation>Faxes enviados y recibidos por todas las extensiones y la línea principal.</translation>
    </message>
    <message>
        <source>The conference server hosts the company&apos;s conference rooms. Rooms are set up under Configuration.</source>
        <translation>El servidor de conferencias aloja las salas de conferencias de la empresa. Las salas se configuran en Configuración.</translation>
    </message>
    <message>
        <source>Call logs</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <source>Fax logs</source>
        <translation>Registro de faxes</translation>
    </message>
    <message>
        <source>Conference server</source>
        <translation>Servidor de conferencias</translation>
    </message>
</context>
<context>
    <name>views::AssistantPage</name>
    <message>
        <source>Express setup</source>
        <translation>Configuración rápida</translation>
    </message>
    <message>
        <source>Set up the most common things in one pass. The assistant asks for:</source>
        <translation>Configure lo más común en un solo paso. El asistente le pide:</translation>
    </message>
    <message>
        <source>your company&apos;s name and time zone;</source>
        <translation>el nombre y la zona horaria de su empresa;</translation>
    </message>
    <message>
        <source>the people to add, each with an extension (the next free numbers are suggested);</source>
        <translation>las personas que desea agregar, cada una con una extensión (se sugieren los siguientes números libres);</translation>
    </message>
    <message>
        <source>a direct phone number for each of them, from your free numbers or new ones;</source>
        <translation>un número telefónico directo para cada una, de sus números libres o nuevos;</translation>
    </message>
    <message>
        <source>a virtual receptionist greeting with &quot;press 1 for…&quot; options, Monday to Friday, 9:00 to 18:00;</source>
        <translation>un saludo de la recepcionista virtual con opciones del tipo &quot;oprima 1 para…&quot;, de lunes a viernes, de 9:00 a 18:00;</translation>
    </message>
    <message>
        <source>optionally, the conference server with its first room.</source>
        <translation>opcionalmente, el servidor de conferencias con su primera sala.</translation>
    </message>
    <message>
        <source>You see a summary before anything is changed. If a step fails, the assistant tells you which one and undoes what it had done.</source>
        <translation>Verá un resumen antes de que se cambie nada. Si un paso falla, el asistente le indica cuál y deshace lo que había hecho.</translation>
    </message>
    <message>
        <source>Start express setup</source>
        <translation>Iniciar configuración rápida</translation>
    </message>
</context>
<context>
    <name>views::BillingPanel</name>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Select an invoice to read it.</source>
        <translation>Seleccione una factura para consultarla.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Payment information</source>
        <translation>Información de pago</translation>
    </message>
    <message>
        <source>Change card…</source>
        <translation>Cambiar tarjeta…</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Tarjeta:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Domicilio de facturación:</translation>
    </message>
    <message>
        <source>No card on file</source>
        <translation>No hay tarjeta registrada</translation>
    </message>
    <message>
        <source>Add card…</source>
        <translation>Agregar tarjeta…</translation>
    </message>
    <message>
        <source>%1 ending in %2</source>
        <translation>%1 con terminación %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Invoice %1.pdf</source>
        <translation>Factura %1.pdf</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Guardar factura como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card saved.</source>
        <translation>Tarjeta guardada.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
</context>
<context>
    <name>views::CallLogsPage</name>
    <message>
        <source>Export call logs</source>
        <translation>Exportar registro de llamadas</translation>
    </message>
    <message>
        <source>Call logs</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrantes</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Salientes</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internas</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Número o nombre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>The To date must not be before the From date.</source>
        <translation>La fecha Hasta no puede ser anterior a la fecha Desde.</translation>
    </message>
    <message>
        <source>Exporting call logs…</source>
        <translation>Exportando registro de llamadas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Exporting call logs… %Ln call(s) written</source>
        <translation>
            <numerusform>Exportando registro de llamadas… %Ln llamada escrita</numerusform>
            <numerusform>Exportando registro de llamadas… %Ln llamadas escritas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>call-logs-%1-%2.csv</source>
        <comment>file name; %1 and %2 are dates</comment>
        <translation>registro-de-llamadas-%1-%2.csv</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>No hay llamadas en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) so far; more load as you scroll</source>
        <translation>
            <numerusform>%n llamada hasta ahora; se cargan más al desplazarse</numerusform>
            <numerusform>%n llamadas hasta ahora; se cargan más al desplazarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Guardando el archivo…</translation>
    </message>
    <message>
        <source>Not available offline: the export is made by the server, which cannot be reached.</source>
        <translation>No disponible sin conexión: la exportación la hace el servidor, que no está disponible.</translation>
    </message>
</context>
<context>
    <name>views::CardDialog</name>
    <message>
        <source>Change card</source>
        <translation>Cambiar tarjeta</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Agregar una tarjeta</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Security code (CVC)</source>
        <translation>Código de seguridad (CVC)</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nombre en la tarjeta</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Domicilio de facturación</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Guardar tarjeta</translation>
    </message>
    <message>
        <source>The card number and security code go straight to the payment processor; only the brand, the last four digits and the expiry are kept.</source>
        <translation>El número de tarjeta y el código de seguridad van directamente al procesador de pagos; solo se conservan la marca, los últimos cuatro dígitos y la fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Ingrese el número de tarjeta.</translation>
    </message>
    <message>
        <source>This is not a valid Visa, Mastercard or American Express number. Check the digits.</source>
        <translation>Este no es un número válido de Visa, Mastercard o American Express. Revise los dígitos.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Esta tarjeta está vencida.</translation>
    </message>
    <message>
        <source>The 4 digits on the front of the card.</source>
        <translation>Los 4 dígitos del frente de la tarjeta.</translation>
    </message>
    <message>
        <source>The 3 digits on the back of the card.</source>
        <translation>Los 3 dígitos del reverso de la tarjeta.</translation>
    </message>
    <message>
        <source>Enter the name as it appears on the card.</source>
        <translation>Ingrese el nombre tal como aparece en la tarjeta.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s billing address.</source>
        <translation>Ingrese el domicilio de facturación de la tarjeta.</translation>
    </message>
    <message>
        <source>The card issuer declined this card. Your card on file has not changed; try another card.</source>
        <translation>El emisor rechazó esta tarjeta. Su tarjeta registrada no cambió; pruebe con otra tarjeta.</translation>
    </message>
    <message>
        <source>The card on file was changed meanwhile. Close this window and try again.</source>
        <translation>La tarjeta registrada se cambió mientras tanto. Cierre esta ventana y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>views::CertificateDialog</name>
    <message>
        <source>(not specified)</source>
        <translation>(no especificado)</translation>
    </message>
    <message>
        <source>Unverified certificate</source>
        <translation>Certificado no verificado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Centralita cannot verify the identity of %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Centralita no puede verificar la identidad de %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Someone could be impersonating the server. Only trust this certificate if your phone provider or IT department confirms that the fingerprint below is correct.</source>
        <translation>Alguien podría estar suplantando al servidor. Confíe en este certificado solo si su proveedor de telefonía o su departamento de TI confirma que la huella digital que aparece abajo es correcta.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
</context>
<context>
    <name>views::ClickToCall</name>
    <message>
        <source>Call with charge</source>
        <translation>Llamada con cargo</translation>
    </message>
    <message>
        <source>Enter an extension, a national number, or 00 and the country code.</source>
        <translation>Escriba una extensión, un número nacional, o 00 y el código del país.</translation>
    </message>
    <message>
        <source>%1 is a premium-rate number. The call is charged to your company&apos;s prepaid credit. Call anyway?</source>
        <translation>%1 es un número de tarificación especial. La llamada se cobra del crédito prepagado de su empresa. ¿Llamar de todos modos?</translation>
    </message>
    <message>
        <source>%1 is an international number. The call is charged to your company&apos;s prepaid credit. Call anyway?</source>
        <translation>%1 es un número internacional. La llamada se cobra del crédito prepagado de su empresa. ¿Llamar de todos modos?</translation>
    </message>
    <message>
        <source>Your phone is ringing: answer it to connect the call.</source>
        <translation>Su teléfono está sonando: contéstelo para conectar la llamada.</translation>
    </message>
    <message>
        <source>Your administrator has not enabled these calls for your extension.</source>
        <translation>Su administrador no ha habilitado estas llamadas para su extensión.</translation>
    </message>
    <message>
        <source>Your allowance for these calls is %1 a month; %2 left this month.</source>
        <translation>Su asignación para estas llamadas es de %1 al mes; quedan %2 este mes.</translation>
    </message>
</context>
<context>
    <name>views::ClickToCallWidget</name>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Number or extension to call</source>
        <translation>Número o extensión a la que desea llamar</translation>
    </message>
    <message>
        <source>Your phone rings first, then Centralita dials this number.</source>
        <translation>Primero suena su teléfono y luego Centralita marca este número.</translation>
    </message>
</context>
<context>
    <name>views::CompanySetupPage</name>
    <message>
        <source>Company details</source>
        <translation>Datos de la empresa</translation>
    </message>
    <message>
        <source>The name callers hear and see, and the time zone your business hours are in.</source>
        <translation>El nombre que escuchan y ven quienes llaman, y la zona horaria de su horario de atención.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Could not read the account: %1</source>
        <translation>No se pudo leer la cuenta: %1</translation>
    </message>
    <message>
        <source>Decide who may spend prepaid credit on international and premium-rate calls (the default for new extensions)</source>
        <translation>Decidir quién puede gastar crédito prepagado en llamadas internacionales y de tarificación especial (lo predeterminado para las nuevas extensiones)</translation>
    </message>
</context>
<context>
    <name>views::ConferenceEnableWidget</name>
    <message>
        <source>Conference server (up to %1 rooms of %2 people)</source>
        <translation>Servidor de conferencias (hasta %1 salas de %2 personas)</translation>
    </message>
    <message numerus="yes">
        <source>Set up on extension %1 with %n room(s). Manage it in Configuration → Conference server.</source>
        <translation>
            <numerusform>Configurado en la extensión %1 con %n sala. Adminístrelo en Configuración → Servidor de conferencias.</numerusform>
            <numerusform>Configurado en la extensión %1 con %n salas. Adminístrelo en Configuración → Servidor de conferencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched on. Set it up in Configuration → Conference server.</source>
        <translation>Activado. Configúrelo en Configuración → Servidor de conferencias.</translation>
    </message>
    <message>
        <source>Switched off.</source>
        <translation>Desactivado.</translation>
    </message>
</context>
<context>
    <name>views::ConferencePanel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The conference server is switched off. Switch it on in the User tab; then choose its extension and phone number here and create up to %1 rooms.</source>
        <translation>El servidor de conferencias está desactivado. Actívelo en la pestaña Usuario; luego elija aquí su extensión y su número telefónico y cree hasta %1 salas.</translation>
    </message>
    <message>
        <source>Extension of the conference server</source>
        <translation>Extensión del servidor de conferencias</translation>
    </message>
    <message>
        <source>Its phone number</source>
        <translation>Su número telefónico</translation>
    </message>
    <message>
        <source>First room&apos;s name</source>
        <translation>Nombre de la primera sala</translation>
    </message>
    <message>
        <source>Conference ID</source>
        <translation>ID de conferencia</translation>
    </message>
    <message>
        <source>Participant PIN (optional)</source>
        <translation>PIN de participante (opcional)</translation>
    </message>
    <message>
        <source>3 to 10 digits.</source>
        <translation>De 3 a 10 dígitos.</translation>
    </message>
    <message>
        <source>4 to 8 digits, or empty.</source>
        <translation>De 4 a 8 dígitos, o vacío.</translation>
    </message>
    <message>
        <source>Set up the conference server</source>
        <translation>Configurar el servidor de conferencias</translation>
    </message>
    <message>
        <source>Conference server</source>
        <translation>Servidor de conferencias</translation>
    </message>
    <message>
        <source>First room</source>
        <translation>Primera sala</translation>
    </message>
    <message>
        <source>Change ID or PIN…</source>
        <translation>Cambiar ID o PIN…</translation>
    </message>
    <message>
        <source>Delete room…</source>
        <translation>Eliminar sala…</translation>
    </message>
    <message>
        <source>Delete the conference server…</source>
        <translation>Eliminar el servidor de conferencias…</translation>
    </message>
    <message>
        <source>Switched off.</source>
        <translation>Desactivado.</translation>
    </message>
    <message>
        <source>Switched on, not set up yet. Choose its extension and phone number and create the first room.</source>
        <translation>Activado, pero aún no configurado. Elija su extensión y su número telefónico y cree la primera sala.</translation>
    </message>
    <message>
        <source>Callers dial the conference server&apos;s number or extension, then the conference ID and, if the room has one, its PIN.</source>
        <translation>Quienes llaman marcan el número o la extensión del servidor de conferencias, luego el ID de conferencia y, si la sala tiene uno, su PIN.</translation>
    </message>
    <message>
        <source>Extension %1 · %2</source>
        <translation>Extensión %1 · %2</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sin número telefónico</translation>
    </message>
    <message>
        <source>%1 (new, %2)</source>
        <translation>%1 (nuevo, %2)</translation>
    </message>
    <message>
        <source>The limit of %1 rooms is reached.</source>
        <translation>Se alcanzó el límite de %1 salas.</translation>
    </message>
    <message>
        <source>You have %1 of %1 rooms, the most a company can have. Delete a room to add another.</source>
        <translation>Tiene %1 de %1 salas, el máximo que puede tener una empresa. Elimine una sala para agregar otra.</translation>
    </message>
    <message>
        <source>%1 of %2 rooms. Each room holds up to %3 participants.</source>
        <translation>%1 de %2 salas. Cada sala admite hasta %3 participantes.</translation>
    </message>
    <message>
        <source>Delete the room %1 (conference ID %2)?</source>
        <translation>¿Eliminar la sala %1 (ID de conferencia %2)?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting the conference server takes three steps, in this order:
1. delete all %1 rooms,
2. unmap its phone number (it stays yours, not in use),
3. delete its extension %2.
Do all three now?</source>
        <translation>Eliminar el servidor de conferencias requiere tres pasos, en este orden:
1. eliminar las %1 salas,
2. desasignar su número telefónico (sigue siendo suyo, sin uso),
3. eliminar su extensión %2.
¿Desea realizar los tres ahora?</translation>
    </message>
    <message>
        <source>Delete the conference server</source>
        <translation>Eliminar el servidor de conferencias</translation>
    </message>
    <message>
        <source>Step 1 of 3: deleting room %1…</source>
        <translation>Paso 1 de 3: eliminando la sala %1…</translation>
    </message>
    <message>
        <source>Step 2 of 3: unmapping the phone number…</source>
        <translation>Paso 2 de 3: desasignando el número telefónico…</translation>
    </message>
    <message>
        <source>Step 3 of 3: deleting extension %1…</source>
        <translation>Paso 3 de 3: eliminando la extensión %1…</translation>
    </message>
    <message>
        <source>Choose a phone number</source>
        <translation>Elija un número telefónico</translation>
    </message>
    <message>
        <source>%1 (yours, not in use)</source>
        <translation>%1 (suyo, sin uso)</translation>
    </message>
    <message>
        <source>%1 (yours, now reaches %2)</source>
        <translation>%1 (suyo, ahora llega a: %2)</translation>
    </message>
    <message>
        <source>Choose a phone number.</source>
        <translation>Elija un número telefónico.</translation>
    </message>
    <message>
        <source>Conference rooms</source>
        <translation>Salas de conferencia</translation>
    </message>
    <message>
        <source>No conference rooms yet.</source>
        <translation>Aún no hay salas de conferencia.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n sala</numerusform>
            <numerusform>%n salas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Agregar sala…</translation>
    </message>
</context>
<context>
    <name>views::ConferenceSetupPage</name>
    <message>
        <source>Conference server</source>
        <translation>Servidor de conferencias</translation>
    </message>
    <message>
        <source>Optional: an extension and a number people dial to join conference rooms.</source>
        <translation>Opcional: una extensión y un número que las personas marcan para unirse a las salas de conferencias.</translation>
    </message>
    <message>
        <source>Set up the conference server</source>
        <translation>Configurar el servidor de conferencias</translation>
    </message>
    <message>
        <source>Your conference server is already set up; manage it under Configuration.</source>
        <translation>Su servidor de conferencias ya está configurado; adminístrelo en Configuración.</translation>
    </message>
    <message>
        <source>Main room</source>
        <translation>Sala principal</translation>
    </message>
    <message>
        <source>Conference extension</source>
        <translation>Extensión de conferencias</translation>
    </message>
    <message>
        <source>Conference number</source>
        <translation>Número de conferencias</translation>
    </message>
    <message>
        <source>First room name</source>
        <translation>Nombre de la primera sala</translation>
    </message>
    <message>
        <source>Conference ID</source>
        <translation>ID de conferencia</translation>
    </message>
    <message>
        <source>3 to 10 digits callers type to join.</source>
        <translation>De 3 a 10 dígitos que quienes llaman marcan para unirse.</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>PIN (opcional)</translation>
    </message>
</context>
<context>
    <name>views::ConfigurationPage</name>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números telefónicos</translation>
    </message>
    <message>
        <source>Virtual receptionist</source>
        <translation>Recepcionista virtual</translation>
    </message>
    <message>
        <source>Conference server</source>
        <translation>Servidor de conferencias</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
</context>
<context>
    <name>views::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing it. Compare the values and choose which to keep.</source>
        <translation>Otra persona modificó %1 mientras usted hacía cambios. Compare los valores y elija cuáles conservar.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Guardado mientras tanto</translation>
    </message>
    <message>
        <source>Keep mine (overwrite)</source>
        <translation>Conservar la mía (sobrescribir)</translation>
    </message>
    <message>
        <source>Take theirs (reload)</source>
        <translation>Usar la otra (volver a cargar)</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
</context>
<context>
    <name>views::ExportDialog</name>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV para hojas de cálculo</translation>
    </message>
    <message>
        <source>Opens in Excel or LibreOffice with dates, durations and phone numbers as you read them.</source>
        <translation>Se abre en Excel o LibreOffice con fechas, duraciones y números de teléfono tal como se leen.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Typed cells, a frozen header row and filters.</source>
        <translation>Celdas con tipo, fila de encabezados fija y filtros.</translation>
    </message>
    <message>
        <source>CSV data, for scripts</source>
        <translation>CSV de datos, para scripts</translation>
    </message>
    <message>
        <source>A stable format: ISO 8601 times, seconds, codes and numbers as the API gives them.</source>
        <translation>Un formato estable: horas ISO 8601, segundos, códigos y números tal como los da la API.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>Separador CSV:</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>views::ExpressSetupWizard</name>
    <message>
        <source>No number</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <source>%1 (one of your numbers)</source>
        <translation>%1 (uno de sus números)</translation>
    </message>
    <message>
        <source>%1 (new number)</source>
        <translation>%1 (número nuevo)</translation>
    </message>
    <message>
        <source>Express setup</source>
        <translation>Configuración rápida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>views::ExtensionDialog</name>
    <message>
        <source>Edit extension %1</source>
        <translation>Editar la extensión %1</translation>
    </message>
    <message>
        <source>Add an extension</source>
        <translation>Agregar una extensión</translation>
    </message>
    <message>
        <source>Extension number</source>
        <translation>Número de extensión</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>The next free numbers are suggested; you can type another one.</source>
        <translation>Se sugieren los siguientes números libres; puede escribir otro.</translation>
    </message>
    <message>
        <source>Centralita emails the extension number and a temporary password here.</source>
        <translation>Centralita envía a este correo el número de extensión y una contraseña temporal.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add extension</source>
        <translation>Agregar extensión</translation>
    </message>
    <message>
        <source>extension %1</source>
        <translation>la extensión %1</translation>
    </message>
    <message>
        <source>Prepaid credit</source>
        <translation>Crédito prepagado</translation>
    </message>
    <message>
        <source>Someone else changed this extension&apos;s prepaid rules. Your values are kept here; close and open the extension to see theirs.</source>
        <translation>Alguien más cambió las reglas de prepago de esta extensión. Sus valores se conservan aquí; cierre y abra la extensión para ver los de la otra persona.</translation>
    </message>
</context>
<context>
    <name>views::ExtensionsPanel</name>
    <message>
        <source>Search by number, name, email or phone number</source>
        <translation>Buscar por número, nombre, correo electrónico o número telefónico</translation>
    </message>
    <message>
        <source>Add extension…</source>
        <translation>Agregar extensión…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>Contraseña…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Extension %1 was added. %2 will get an email with the extension number and a temporary password.</source>
        <translation>Se agregó la extensión %1. %2 recibirá un correo electrónico con el número de extensión y una contraseña temporal.</translation>
    </message>
    <message>
        <source>Delete extension %1 (%2)? Its voicemail is deleted with it.</source>
        <translation>¿Eliminar la extensión %1 (%2)? Su buzón de voz también se eliminará.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Unmap them now and delete the extension? To send them elsewhere instead, remap them in Phone numbers.</source>
        <translation>¿Desasignarlos ahora y eliminar la extensión? Si prefiere dirigirlos a otro destino, reasígnelos en Números telefónicos.</translation>
    </message>
    <message>
        <source>Unmap and delete</source>
        <translation>Desasignar y eliminar</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extensión</numerusform>
            <numerusform>%n extensiones</numerusform>
        </translation>
    </message>
    <message>
        <source>No extensions yet.</source>
        <translation>Aún no hay extensiones.</translation>
    </message>
    <message>
        <source>No extension matches the search.</source>
        <translation>Ninguna extensión coincide con la búsqueda.</translation>
    </message>
</context>
<context>
    <name>views::FaxListPanel</name>
    <message>
        <source>Save fax</source>
        <translation>Guardar fax</translation>
    </message>
    <message>
        <source>Fax documents (*.pdf *.tif *.tiff)</source>
        <translation>Documentos de fax (*.pdf *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>This document cannot be shown; save it and open it with another program.</source>
        <translation>Este documento no se puede mostrar; guárdelo y ábralo con otro programa.</translation>
    </message>
    <message>
        <source>The fax could not be saved: %1</source>
        <translation>No se pudo guardar el fax: %1</translation>
    </message>
    <message>
        <source>Export fax logs</source>
        <translation>Exportar registro de faxes</translation>
    </message>
    <message>
        <source>fax-logs.csv</source>
        <comment>file name</comment>
        <translation>registro-de-faxes.csv</translation>
    </message>
    <message>
        <source>fax-logs-%1.csv</source>
        <comment>file name; %1 is an extension</comment>
        <translation>registro-de-faxes-%1.csv</translation>
    </message>
    <message>
        <source>Faxes</source>
        <translation>Faxes</translation>
    </message>
    <message>
        <source>No faxes.</source>
        <translation>No hay faxes.</translation>
    </message>
    <message numerus="yes">
        <source>%n fax(es)</source>
        <translation>
            <numerusform>%n fax</numerusform>
            <numerusform>%n faxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available offline: fax documents are not kept on this computer.</source>
        <translation>No disponible sin conexión: los documentos de fax no se guardan en este equipo.</translation>
    </message>
</context>
<context>
    <name>views::FaxPage</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is too large: a fax document can be at most %1.</source>
        <translation>El archivo es demasiado grande: un documento de fax puede tener como máximo %1.</translation>
    </message>
    <message>
        <source>This file is not a PDF or TIFF document, whatever its name says.</source>
        <translation>Este archivo no es un documento PDF ni TIFF, aunque su nombre lo indique.</translation>
    </message>
    <message>
        <source>The document is incomplete or damaged.</source>
        <translation>El documento está incompleto o dañado.</translation>
    </message>
    <message numerus="yes">
        <source>A fax can have at most %n pages.</source>
        <translation>
            <numerusform>Un fax puede tener como máximo %n página.</numerusform>
            <numerusform>Un fax puede tener como máximo %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This document cannot be faxed.</source>
        <translation>Este documento no se puede enviar por fax.</translation>
    </message>
    <message>
        <source>Choose the document to fax</source>
        <translation>Elija el documento que desea enviar por fax</translation>
    </message>
    <message>
        <source>Fax documents (*.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Documentos de fax (*.pdf *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Send a fax</source>
        <translation>Enviar un fax</translation>
    </message>
    <message>
        <source>55 5658 1200</source>
        <translation>55 5658 1200</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>Número de fax</translation>
    </message>
    <message>
        <source>No document chosen</source>
        <translation>No se eligió ningún documento</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Document (PDF or TIFF)</source>
        <translation>Documento (PDF o TIFF)</translation>
    </message>
    <message numerus="yes">
        <source>At most %1 and %n pages.</source>
        <translation>
            <numerusform>Como máximo %1 y %n página.</numerusform>
            <numerusform>Como máximo %1 y %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send fax</source>
        <translation>Enviar fax</translation>
    </message>
    <message>
        <source>Sent and received</source>
        <translation>Enviados y recibidos</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1</source>
        <translation>
            <numerusform>%n página, %1</numerusform>
            <numerusform>%n páginas, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no preview available)</source>
        <translation>(vista previa no disponible)</translation>
    </message>
    <message>
        <source>Enter the fax number.</source>
        <translation>Ingrese el número de fax.</translation>
    </message>
    <message>
        <source>This is not a valid fax number.</source>
        <translation>Este no es un número de fax válido.</translation>
    </message>
    <message>
        <source>Choose a PDF or TIFF document.</source>
        <translation>Elija un documento PDF o TIFF.</translation>
    </message>
    <message>
        <source>Fax to %1 queued.</source>
        <translation>Fax a %1 en cola.</translation>
    </message>
</context>
<context>
    <name>views::FaxPreview</name>
    <message>
        <source>Choose a PDF or TIFF document to see it here.</source>
        <translation>Elija un documento PDF o TIFF para verlo aquí.</translation>
    </message>
</context>
<context>
    <name>views::ForgotPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Enter your company&apos;s main number. We will e-mail a reset code to the administrator&apos;s address on file.</source>
        <translation>Ingrese el número principal de su empresa. Enviaremos un código de restablecimiento al correo electrónico registrado del administrador.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s main number and your extension. We will e-mail a reset code to the address on file for that extension.</source>
        <translation>Ingrese el número principal de su empresa y su extensión. Enviaremos un código de restablecimiento al correo electrónico registrado para esa extensión.</translation>
    </message>
    <message>
        <source>Company main number</source>
        <translation>Número principal de la empresa</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>If the account exists, a code is on its way to the e-mail address on file. Enter it below with your new password. The code expires after 30 minutes.</source>
        <translation>Si la cuenta existe, se envió un código al correo electrónico registrado. Ingréselo abajo junto con su contraseña nueva. El código caduca después de 30 minutos.</translation>
    </message>
    <message>
        <source>Code from the e-mail</source>
        <translation>Código del correo electrónico</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Enviar un código nuevo</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Your password was changed. You can now sign in with it.</source>
        <translation>Su contraseña se cambió. Ya puede iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s main phone number.</source>
        <translation>Ingrese el número telefónico principal de su empresa.</translation>
    </message>
    <message>
        <source>Enter your extension number.</source>
        <translation>Ingrese su número de extensión.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Enter the code from the e-mail.</source>
        <translation>Ingrese el código del correo electrónico.</translation>
    </message>
    <message>
        <source>This code is not valid or has expired.</source>
        <translation>Este código no es válido o ya caducó.</translation>
    </message>
</context>
<context>
    <name>views::GreetingControls</name>
    <message>
        <source>Upload recording…</source>
        <translation>Subir grabación…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Remove recording</source>
        <translation>Quitar grabación</translation>
    </message>
    <message>
        <source>A recorded greeting is uploaded.</source>
        <translation>Hay un saludo grabado cargado.</translation>
    </message>
    <message>
        <source>Choose the greeting recording</source>
        <translation>Elija la grabación del saludo</translation>
    </message>
    <message>
        <source>Audio (*.wav *.mp3)</source>
        <translation>Audio (*.wav *.mp3)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>This file is not a WAV or MP3 recording.</source>
        <translation>Este archivo no es una grabación WAV ni MP3.</translation>
    </message>
    <message>
        <source>The receptionist was changed meanwhile. Save or reload it, then upload again.</source>
        <translation>La recepcionista se modificó mientras tanto. Guárdela o vuelva a cargarla y luego súbala de nuevo.</translation>
    </message>
    <message>
        <source>Cannot prepare the recording for playback.</source>
        <translation>No se puede preparar la grabación para reproducirla.</translation>
    </message>
    <message>
        <source>Remove the recorded greeting? The greeting text is read aloud instead.</source>
        <translation>¿Quitar el saludo grabado? En su lugar se leerá en voz alta el texto del saludo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>No recording: the greeting text is read aloud. WAV or MP3, up to %1.</source>
        <translation>Sin grabación: el texto del saludo se lee en voz alta. WAV o MP3, hasta %1.</translation>
    </message>
    <message>
        <source>The recording is larger than %1. Shorten it or save it at a lower quality.</source>
        <translation>La grabación pesa más de %1. Acórtela o guárdela con una calidad menor.</translation>
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
        <translation>Sin conexión · mostrando datos de las %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>views::LoginDialog</name>
    <message>
        <source>Sign in — Centralita</source>
        <translation>Iniciar sesión — Centralita</translation>
    </message>
    <message>
        <source>Sign in to your phone system</source>
        <translation>Inicie sesión en su sistema telefónico</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>https://pbx.example.com</source>
        <translation>https://pbx.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>e.g. 55 5000 1000</source>
        <translation>p. ej., 55 5000 1000</translation>
    </message>
    <message>
        <source>Company main number</source>
        <translation>Número principal de la empresa</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>p. ej., 101</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Mantener la sesión iniciada en este equipo</translation>
    </message>
    <message>
        <source>Stores a sign-in token in the system keychain. Your password is never stored.</source>
        <translation>Guarda un token de inicio de sesión en el llavero del sistema. Su contraseña nunca se guarda.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Manage the whole company: users, numbers, schedules and billing.</source>
        <translation>Administre toda la empresa: usuarios, números, horarios y facturación.</translation>
    </message>
    <message>
        <source>Your voicemail, call logs and personal preferences.</source>
        <translation>Su buzón de voz, registro de llamadas y preferencias personales.</translation>
    </message>
    <message>
        <source>Enter the address of your phone system&apos;s server.</source>
        <translation>Ingrese la dirección del servidor de su sistema telefónico.</translation>
    </message>
    <message>
        <source>This is not a valid server address.</source>
        <translation>Esta no es una dirección de servidor válida.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s main phone number.</source>
        <translation>Ingrese el número telefónico principal de su empresa.</translation>
    </message>
    <message>
        <source>Enter your extension number.</source>
        <translation>Ingrese su número de extensión.</translation>
    </message>
    <message>
        <source>An extension has 2 to 6 digits and does not start with 0.</source>
        <translation>Una extensión tiene de 2 a 6 dígitos y no empieza con 0.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Ingrese su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>Revise los campos resaltados.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Puede volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Puede volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in (%1)</source>
        <translation>Iniciar sesión (%1)</translation>
    </message>
    <message>
        <source>Enter the address of your phone system&apos;s server first.</source>
        <translation>Primero ingrese la dirección del servidor de su sistema telefónico.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new password.</source>
        <translation>Su contraseña se cambió. Inicie sesión con la contraseña nueva.</translation>
    </message>
    <message>
        <source>View saved data offline</source>
        <translation>Ver datos guardados sin conexión</translation>
    </message>
    <message>
        <source>Opens the voicemail, call logs and faxes last seen on this computer, read-only.</source>
        <translation>Abre el buzón de voz, el registro de llamadas y los faxes vistos por última vez en este equipo, solo lectura.</translation>
    </message>
</context>
<context>
    <name>views::MenuEditor</name>
    <message>
        <source>Greeting (read aloud)</source>
        <translation>Saludo (leído en voz alta)</translation>
    </message>
    <message>
        <source>Play the uploaded recording instead</source>
        <translation>Reproducir en su lugar la grabación cargada</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Extension or message</source>
        <translation>Extensión o mensaje</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for a key</source>
        <translation>Esperar una tecla</translation>
    </message>
    <message>
        <source>If no key is pressed</source>
        <translation>Si no se oprime ninguna tecla</translation>
    </message>
    <message>
        <source>If another key is pressed</source>
        <translation>Si se oprime otra tecla</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>Transfer to extension</source>
        <translation>Transferir a la extensión</translation>
    </message>
    <message>
        <source>Extension&apos;s voicemail</source>
        <translation>Buzón de voz de la extensión</translation>
    </message>
    <message>
        <source>Dial-by-name directory</source>
        <translation>Directorio por nombre</translation>
    </message>
    <message>
        <source>Repeat the menu</source>
        <translation>Repetir el menú</translation>
    </message>
    <message>
        <source>Play a message</source>
        <translation>Reproducir un mensaje</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Text to read, e.g. the address</source>
        <translation>Texto que se leerá, p. ej., el domicilio</translation>
    </message>
    <message>
        <source>No recording has been uploaded for this menu.</source>
        <translation>No se ha subido ninguna grabación para este menú.</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Tecla %1: %2</translation>
    </message>
    <message>
        <source>Extension not in the list yet</source>
        <translation>Extensión que aún no está en la lista</translation>
    </message>
    <message>
        <source>Menu options</source>
        <translation>Opciones del menú</translation>
    </message>
</context>
<context>
    <name>views::NotificationBanner</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>views::NumbersSetupPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>Números telefónicos</translation>
    </message>
    <message>
        <source>Give people a direct number: one of your free numbers or a new one. Everyone can also be reached through the main number.</source>
        <translation>Asigne a cada persona un número directo: uno de sus números libres o uno nuevo. A todos también se les puede localizar a través del número principal.</translation>
    </message>
    <message>
        <source>%1 (extension %2)</source>
        <translation>%1 (extensión %2)</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one user.</source>
        <translation>%1 está elegido para más de un usuario.</translation>
    </message>
</context>
<context>
    <name>views::PasswordDialog</name>
    <message>
        <source>Password of extension %1</source>
        <translation>Contraseña de la extensión %1</translation>
    </message>
    <message>
        <source>Generate a temporary password and email it to %1</source>
        <translation>Generar una contraseña temporal y enviarla por correo electrónico a %1</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>la dirección del usuario</translation>
    </message>
    <message>
        <source>Set this password (tell the user yourself):</source>
        <translation>Establecer esta contraseña (comuníquesela usted al usuario):</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Either way, the user is signed out everywhere.</source>
        <translation>En ambos casos, se cerrará la sesión del usuario en todos sus dispositivos.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
</context>
<context>
    <name>views::PasswordRule</name>
    <message numerus="yes">
        <source>At least %n characters, with both letters and digits.</source>
        <translation>
            <numerusform>Al menos %n carácter, con letras y dígitos.</numerusform>
            <numerusform>Al menos %n caracteres, con letras y dígitos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PhoneNumbersPanel</name>
    <message>
        <source>Add number…</source>
        <translation>Agregar número…</translation>
    </message>
    <message>
        <source>Map or remap…</source>
        <translation>Asignar o reasignar…</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Liberar…</translation>
    </message>
    <message>
        <source>Each number rings an extension, the virtual receptionist or the conference server. Numbers that reach nothing are still billed.</source>
        <translation>Cada número se dirige a una extensión, a la recepcionista virtual o al servidor de conferencias. Los números sin destino también se facturan.</translation>
    </message>
    <message>
        <source>The company&apos;s main number cannot be released.</source>
        <translation>El número principal de la empresa no se puede liberar.</translation>
    </message>
    <message>
        <source>Release %1? It goes back to the pool and callers will no longer reach you on it. Someone else may take it.</source>
        <translation>¿Liberar %1? Regresará al conjunto de números disponibles y quienes llamen ya no podrán comunicarse con usted a través de él. Otra persona podría tomarlo.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números telefónicos</translation>
    </message>
    <message>
        <source>No phone numbers yet.</source>
        <translation>Aún no hay números telefónicos.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PhoneShopPanel</name>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Agregar al carrito</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Cart and shipping</source>
        <translation>Carrito y envío</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Ship to (name)</source>
        <translation>Enviar a (nombre)</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Realizar pedido</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Historial de pedidos</translation>
    </message>
    <message>
        <source>Set to 0 to remove this phone from the cart.</source>
        <translation>Ponga 0 para quitar este teléfono del carrito.</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>El carrito está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s), total %1</source>
        <translation>
            <numerusform>%n teléfono, total %1</numerusform>
            <numerusform>%n teléfonos, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Required for the delivery.</source>
        <translation>Obligatorio para la entrega.</translation>
    </message>
    <message>
        <source>Charging your card…</source>
        <translation>Realizando el cargo a su tarjeta…</translation>
    </message>
    <message>
        <source>Order placed: %1 charged to the card ending in %2.</source>
        <translation>Pedido realizado: se cargó %1 a la tarjeta con terminación %2.</translation>
    </message>
    <message>
        <source>Your card was declined. Nothing was charged and no order was placed.</source>
        <translation>Su tarjeta fue rechazada. No se realizó ningún cargo ni se hizo el pedido.</translation>
    </message>
    <message>
        <source>There is no card on file. Add one under Account → Billing, then try again.</source>
        <translation>No hay ninguna tarjeta registrada. Agregue una en Cuenta → Facturación y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Checking the card on file…</source>
        <translation>Verificando la tarjeta registrada…</translation>
    </message>
    <message>
        <source>Charge %1 to the card ending in %2 and place the order?</source>
        <translation>¿Cargar %1 a la tarjeta terminada en %2 y realizar el pedido?</translation>
    </message>
    <message>
        <source>No orders yet. Phones you order appear here.</source>
        <translation>Aún no hay pedidos. Los teléfonos que pida aparecerán aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PortingStatusPanel</name>
    <message>
        <source>Numbers you are bringing from other carriers. Start a new request in Add-ons → Number porting.</source>
        <translation>Números que está trayendo de otros operadores. Inicie una nueva solicitud en Complementos → Portabilidad de números.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>There are no porting requests yet.</source>
        <translation>Aún no hay solicitudes de portabilidad.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Operador actual</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (cuenta %2)</translation>
    </message>
    <message>
        <source>Authorized by</source>
        <translation>Autorizado por</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Domicilio del servicio</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Port date</source>
        <translation>Fecha de portabilidad</translation>
    </message>
    <message>
        <source>Carrier&apos;s code</source>
        <translation>Código del operador</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Cancelar solicitud…</translation>
    </message>
    <message>
        <source>Possible until the current carrier sets the date of the port.</source>
        <translation>Es posible hasta que el operador actual fije la fecha de la portabilidad.</translation>
    </message>
    <message>
        <source>Cancel the porting of %1? The numbers stay with %2.</source>
        <translation>¿Cancelar la portabilidad de %1? Los números se quedan con %2.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source>Canceling the request…</source>
        <translation>Cancelando la solicitud…</translation>
    </message>
    <message>
        <source>The porting request was canceled.</source>
        <translation>La solicitud de portabilidad fue cancelada.</translation>
    </message>
    <message>
        <source>The carrier has already set the date of this port; it can no longer be canceled.</source>
        <translation>El operador ya fijó la fecha de esta portabilidad; ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>Porting requests</source>
        <translation>Solicitudes de portabilidad</translation>
    </message>
    <message>
        <source>No porting requests.</source>
        <translation>No hay solicitudes de portabilidad.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::PortingWizard</name>
    <message>
        <source>Port numbers to Centralita</source>
        <translation>Portar números a Centralita</translation>
    </message>
    <message>
        <source>Submit request</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <source>Numbers to port</source>
        <translation>Números que se portarán</translation>
    </message>
    <message>
        <source>The numbers you have with your current carrier, one per line (at most %1).</source>
        <translation>Los números que tiene con su operador actual, uno por línea (como máximo %1).</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números telefónicos</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Operador actual</translation>
    </message>
    <message>
        <source>Your account with the carrier the numbers are with today. The PIN is handed to the carrier with the request and not kept.</source>
        <translation>Su cuenta con el operador que tiene los números actualmente. El PIN se entrega al operador con la solicitud y no se conserva.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Account number with the carrier</source>
        <translation>Número de cuenta con el operador</translation>
    </message>
    <message>
        <source>Account PIN or passcode</source>
        <translation>PIN o clave de acceso de la cuenta</translation>
    </message>
    <message>
        <source>%1 to %2 digits.</source>
        <translation>De %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>The person named on the carrier account authorizes the move.</source>
        <translation>La persona que figura como titular de la cuenta del operador autoriza el cambio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter of authorization.&lt;/b&gt; I am authorized to act for the account holder of the numbers listed. I ask my current carrier to release these numbers to Centralita, understanding that service with the current carrier ends for them on the port date and that other services on the account may be affected.</source>
        <translation>&lt;b&gt;Carta de autorización.&lt;/b&gt; Estoy autorizado para actuar en nombre del titular de la cuenta de los números indicados. Solicito a mi operador actual que libere estos números para Centralita, y entiendo que el servicio del operador actual para estos números termina en la fecha de portabilidad y que otros servicios de la cuenta podrían verse afectados.</translation>
    </message>
    <message>
        <source>I have read and accept the letter of authorization</source>
        <translation>He leído y acepto la carta de autorización</translation>
    </message>
    <message>
        <source>Authorized name (as on the carrier account)</source>
        <translation>Nombre autorizado (como aparece en la cuenta del operador)</translation>
    </message>
    <message>
        <source>Service address (as on the carrier account)</source>
        <translation>Domicilio del servicio (como aparece en la cuenta del operador)</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <source>Check the details before sending them.</source>
        <translation>Revise los datos antes de enviarlos.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number.</source>
        <translation>%1 no es un número telefónico válido.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Enter at least one number.</source>
        <translation>Ingrese al menos un número.</translation>
    </message>
    <message numerus="yes">
        <source>Port at most %n numbers at a time.</source>
        <translation>
            <numerusform>Porte como máximo %n número a la vez.</numerusform>
            <numerusform>Porte como máximo %n números a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the carrier&apos;s name.</source>
        <translation>Ingrese el nombre del operador.</translation>
    </message>
    <message>
        <source>Enter your account number with the carrier.</source>
        <translation>Ingrese su número de cuenta con el operador.</translation>
    </message>
    <message>
        <source>Enter the address where the numbers are in service.</source>
        <translation>Ingrese el domicilio donde están en servicio los números.</translation>
    </message>
    <message>
        <source>The carrier needs this authorization to move the numbers.</source>
        <translation>El operador necesita esta autorización para portar los números.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Authorized name</source>
        <translation>Nombre autorizado</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Domicilio del servicio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some details need correcting; see the marked fields.</source>
        <translation>Algunos datos deben corregirse; revise los campos marcados.</translation>
    </message>
</context>
<context>
    <name>views::PreferencesPage</name>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Desvío de llamadas</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Identificador de llamadas</translation>
    </message>
    <message>
        <source>Answer unanswered calls with voicemail</source>
        <translation>Contestar con el buzón de voz las llamadas no atendidas</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Ring time before voicemail</source>
        <translation>Tiempo de timbrado antes del buzón de voz</translation>
    </message>
    <message>
        <source>New voicemail PIN</source>
        <translation>PIN nuevo del buzón de voz</translation>
    </message>
    <message>
        <source>4 to 8 digits, to listen to messages from a phone. Leave empty to keep the current one.</source>
        <translation>De 4 a 8 dígitos, para escuchar los mensajes desde un teléfono. Déjelo vacío para conservar el actual.</translation>
    </message>
    <message>
        <source>Attach the recording (MP3) to the e-mail notification</source>
        <translation>Adjuntar la grabación (MP3) al aviso por correo electrónico</translation>
    </message>
    <message>
        <source>Forward my calls</source>
        <translation>Desviar mis llamadas</translation>
    </message>
    <message>
        <source>e.g. 55 1234 5678</source>
        <translation>p. ej., 55 1234 5678</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Desviar a</translation>
    </message>
    <message>
        <source>Also ring my extension at the same time</source>
        <translation>Timbrar también en mi extensión al mismo tiempo</translation>
    </message>
    <message>
        <source>Ask me to press a key before connecting a forwarded call</source>
        <translation>Pedirme que oprima una tecla antes de conectar una llamada desviada</translation>
    </message>
    <message>
        <source>Number shown when you call</source>
        <translation>Número que se muestra al llamar</translation>
    </message>
    <message>
        <source>Only numbers that reach your extension can be shown.</source>
        <translation>Solo se pueden mostrar los números que llegan a su extensión.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard my edits and reload</source>
        <translation>Descartar mis cambios y volver a cargar</translation>
    </message>
    <message>
        <source>These settings were changed elsewhere meanwhile. Your edits are kept: save again to replace that change, or reload to see it.</source>
        <translation>Esta configuración se cambió en otro lugar mientras tanto. Sus cambios se conservan: guarde de nuevo para reemplazar ese cambio o vuelva a cargar para verlo.</translation>
    </message>
    <message>
        <source>A PIN is set</source>
        <translation>Hay un PIN establecido</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>No hay PIN establecido</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>Use solo dígitos.</translation>
    </message>
    <message>
        <source>Enter the number to forward calls to.</source>
        <translation>Ingrese el número al que desea desviar las llamadas.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>Este no es un número telefónico válido.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>views::PreferencesPanel</name>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Language of prompts and emails</source>
        <translation>Idioma de las indicaciones de voz y los correos electrónicos</translation>
    </message>
    <message>
        <source>Caller ID name on outgoing calls</source>
        <translation>Nombre que se muestra en las llamadas salientes</translation>
    </message>
    <message>
        <source>Business hours and every time Centralita shows are in this zone.</source>
        <translation>El horario de atención y todas las horas que muestra Centralita están en esta zona.</translation>
    </message>
    <message>
        <source>At most 15 characters, as phone networks show it.</source>
        <translation>Como máximo 15 caracteres, tal como lo muestran las redes telefónicas.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Guardar preferencias</translation>
    </message>
    <message>
        <source>Main number %1 · billed in %2</source>
        <translation>Número principal %1 · facturado en %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Caller ID name</source>
        <translation>Nombre del identificador de llamadas</translation>
    </message>
    <message>
        <source>the company preferences</source>
        <translation>las preferencias de la empresa</translation>
    </message>
</context>
<context>
    <name>views::PrepaidControlsPanel</name>
    <message>
        <source>Spend this month by extension</source>
        <translation>Gasto de este mes por extensión</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>International calls</source>
        <translation>Llamadas internacionales</translation>
    </message>
    <message>
        <source>Premium-rate calls</source>
        <translation>Llamadas de tarificación especial</translation>
    </message>
    <message>
        <source>Spent against the monthly limit</source>
        <translation>Gastado frente al límite mensual</translation>
    </message>
    <message>
        <source>Extension %1 (%2)</source>
        <translation>Extensión %1 (%2)</translation>
    </message>
    <message>
        <source>Who may spend prepaid credit</source>
        <translation>Quién puede gastar crédito prepagado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Select an extension.</source>
        <translation>Seleccione una extensión.</translation>
    </message>
    <message>
        <source>Default for new extensions</source>
        <translation>Predeterminado para las nuevas extensiones</translation>
    </message>
    <message>
        <source>Allowed · %1 spent</source>
        <translation>Permitido · %1 gastados</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Límite mensual</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Someone else changed these rules. Select the extension again to see them; your values are kept here.</source>
        <translation>Alguien más cambió estas reglas. Seleccione la extensión de nuevo para verlas; sus valores se conservan aquí.</translation>
    </message>
    <message>
        <source>No spend and no monthly limits this month.</source>
        <translation>Sin consumo ni límites mensuales este mes.</translation>
    </message>
</context>
<context>
    <name>views::PrepaidPanel</name>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <source>Add funds:</source>
        <translation>Agregar saldo:</translation>
    </message>
    <message>
        <source>Charged to the card on file.</source>
        <translation>Se carga a la tarjeta registrada.</translation>
    </message>
    <message>
        <source>Auto-refill</source>
        <translation>Recarga automática</translation>
    </message>
    <message>
        <source>Refill automatically from the card on file</source>
        <translation>Recargar automáticamente desde la tarjeta registrada</translation>
    </message>
    <message>
        <source>When the balance falls below</source>
        <translation>Cuando el saldo baje de</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>All extensions</source>
        <translation>Todas las extensiones</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Saldo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Charging your card…</source>
        <translation>Realizando el cargo a su tarjeta…</translation>
    </message>
    <message>
        <source>%1 added, charged to the card ending in %2.</source>
        <translation>Se agregó %1, con cargo a la tarjeta con terminación %2.</translation>
    </message>
    <message>
        <source>Your card was declined. Nothing was charged.</source>
        <translation>Su tarjeta fue rechazada. No se realizó ningún cargo.</translation>
    </message>
    <message>
        <source>There is no card on file. Add one under Account → Billing, then try again.</source>
        <translation>No hay ninguna tarjeta registrada. Agregue una en Cuenta → Facturación y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Auto-refill needs a card on file. Add one under Account → Billing.</source>
        <translation>La recarga automática requiere una tarjeta registrada. Agregue una en Cuenta → Facturación.</translation>
    </message>
    <message>
        <source>Someone else changed these settings. Reload to see them; your values are kept here.</source>
        <translation>Otra persona cambió esta configuración. Vuelva a cargar para verla; sus valores se conservan aquí.</translation>
    </message>
    <message>
        <source>Export prepaid activity</source>
        <translation>Exportar actividad de prepago</translation>
    </message>
    <message>
        <source>Buy prepaid credit</source>
        <translation>Comprar crédito prepagado</translation>
    </message>
    <message>
        <source>prepaid-activity-%1-%2</source>
        <comment>file name; %1 and %2 are dates</comment>
        <translation>actividad-de-prepago-%1-%2</translation>
    </message>
    <message>
        <source>Buy %1 of prepaid credit with the card on file?</source>
        <translation>¿Comprar %1 de crédito prepagado con la tarjeta registrada?</translation>
    </message>
    <message>
        <source>Buy %1 of prepaid credit? It is charged to the card ending in %2.</source>
        <translation>¿Comprar %1 de crédito prepagado? Se carga a la tarjeta terminada en %2.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>Use al menos %1.</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>No hay movimientos en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) so far</source>
        <translation>
            <numerusform>%n movimiento hasta ahora</numerusform>
            <numerusform>%n movimientos hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>No movements in this period.</source>
        <translation>No hay movimientos en este periodo.</translation>
    </message>
</context>
<context>
    <name>views::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Only your company&apos;s administrator can change your name and extension.</source>
        <translation>Solo el administrador de su empresa puede cambiar su nombre y su extensión.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Extensión:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>New voicemail messages are announced at this address.</source>
        <translation>Los mensajes de voz nuevos se notifican a esta dirección.</translation>
    </message>
    <message>
        <source>Save e-mail address</source>
        <translation>Guardar dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Discard my edit and reload</source>
        <translation>Descartar mi cambio y volver a cargar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Your profile was changed elsewhere meanwhile. Your edit is kept: save again to replace that change, or reload to see it.</source>
        <translation>Su perfil se cambió en otro lugar mientras tanto. Su cambio se conserva: guarde de nuevo para reemplazar ese cambio o vuelva a cargar para verlo.</translation>
    </message>
    <message>
        <source>Enter the password you use now.</source>
        <translation>Ingrese la contraseña que usa actualmente.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Elija una contraseña diferente de la actual.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no son iguales.</translation>
    </message>
    <message>
        <source>Your password was changed. Your other signed-in devices must sign in again.</source>
        <translation>Su contraseña se cambió. Sus otros dispositivos con sesión iniciada deberán volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
</context>
<context>
    <name>views::ReceptionistPanel</name>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Business hours menu</source>
        <translation>Menú en horario de atención</translation>
    </message>
    <message>
        <source>After hours menu</source>
        <translation>Menú fuera de horario</translation>
    </message>
    <message>
        <source>Save the receptionist</source>
        <translation>Guardar la recepcionista</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>Holidays (after-hours menu all day)</source>
        <translation>Días festivos (menú fuera de horario todo el día)</translation>
    </message>
    <message>
        <source>Schedule and holidays</source>
        <translation>Horario y días festivos</translation>
    </message>
    <message>
        <source>Times are in the company&apos;s time zone, %1 (change it in Preferences). Click or drag to mark when the office is open.</source>
        <translation>Las horas están en la zona horaria de la empresa, %1 (puede cambiarla en Preferencias). Haga clic o arrastre para marcar cuándo está abierta la oficina.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Some settings need attention; they are marked in red.</source>
        <translation>Algunos ajustes requieren atención; están marcados en rojo.</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Días festivos</translation>
    </message>
    <message>
        <source>the virtual receptionist</source>
        <translation>la recepcionista virtual</translation>
    </message>
    <message>
        <source>No holidays yet. Pick a date and click Add.</source>
        <translation>Aún no hay días festivos. Elija una fecha y haga clic en Agregar.</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n día festivo</numerusform>
            <numerusform>%n días festivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ReceptionistSetupPage</name>
    <message>
        <source>%1 to %2, %3 to %4; the after-hours menu answers at other times.</source>
        <translation>De %1 a %2, de %3 a %4; el menú fuera de horario contesta el resto del tiempo.</translation>
    </message>
    <message>
        <source>Press %1 for %2</source>
        <translation>Oprima %1 para %2</translation>
    </message>
    <message>
        <source>Virtual receptionist</source>
        <translation>Recepcionista virtual</translation>
    </message>
    <message>
        <source>Answers the main number during business hours with a greeting and a menu.</source>
        <translation>Contesta el número principal en horario de atención con un saludo y un menú.</translation>
    </message>
    <message>
        <source>Set up the business-hours menu</source>
        <translation>Configurar el menú del horario de atención</translation>
    </message>
    <message>
        <source>Greeting (read out to callers)</source>
        <translation>Saludo (se lee a quienes llaman)</translation>
    </message>
    <message>
        <source>Thank you for calling %1. %2.</source>
        <translation>Gracias por llamar a %1. %2.</translation>
    </message>
    <message>
        <source>Menu options:</source>
        <translation>Opciones del menú:</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n users get a key; the others are reached through the directory.</source>
        <translation>
            <numerusform>Solo %n usuario recibe una tecla; a los demás se les localiza mediante el directorio.</numerusform>
            <numerusform>Solo los primeros %n usuarios reciben una tecla; a los demás se les localiza mediante el directorio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Business hours: %1</source>
        <translation>Horario de atención: %1</translation>
    </message>
</context>
<context>
    <name>views::ResultSetupPage</name>
    <message>
        <source>Applying the express setup</source>
        <translation>Aplicando la configuración rápida</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>En espera: %1</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>En curso: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Listo: %1</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>Deshaciendo: %1</translation>
    </message>
    <message>
        <source>Everything is set up.</source>
        <translation>Todo está configurado.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>&quot;%1&quot; falló: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: what this run had done was undone. Go back, correct it and apply again.</source>
        <translation>No se cambió nada: lo que había hecho esta ejecución se deshizo. Regrese, corríjalo y vuelva a aplicar.</translation>
    </message>
    <message>
        <source>These changes could not be undone and remain: %1</source>
        <translation>Estos cambios no se pudieron deshacer y se mantienen: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>No ejecutado: %1</translation>
    </message>
</context>
<context>
    <name>views::RoomDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add a conference room</source>
        <translation>Agregar una sala de conferencias</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nombre de la sala</translation>
    </message>
    <message>
        <source>Conference ID</source>
        <translation>ID de conferencia</translation>
    </message>
    <message>
        <source>3 to 10 digits that callers type to join.</source>
        <translation>De 3 a 10 dígitos que quienes llaman marcan para unirse.</translation>
    </message>
    <message>
        <source>Participant PIN (optional)</source>
        <translation>PIN de participante (opcional)</translation>
    </message>
    <message>
        <source>4 to 8 digits; leave empty for no PIN.</source>
        <translation>De 4 a 8 dígitos; déjelo vacío para no usar PIN.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>A room holds at most %1 people.</source>
        <translation>Una sala admite como máximo %1 personas.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Agregar sala</translation>
    </message>
    <message>
        <source>Someone else changed this room meanwhile. Close this window to see the current values; your input was not saved.</source>
        <translation>Otra persona cambió esta sala mientras tanto. Cierre esta ventana para ver los valores actuales; lo que ingresó no se guardó.</translation>
    </message>
</context>
<context>
    <name>views::RouteComboBox</name>
    <message>
        <source>Nothing (not in use)</source>
        <translation>Nada (sin uso)</translation>
    </message>
    <message>
        <source>Virtual receptionist</source>
        <translation>Recepcionista virtual</translation>
    </message>
    <message>
        <source>Conference server</source>
        <translation>Servidor de conferencias</translation>
    </message>
    <message>
        <source>Extension %1 – %2</source>
        <translation>Extensión %1 – %2</translation>
    </message>
</context>
<context>
    <name>views::RouteDialog</name>
    <message>
        <source>Map %1</source>
        <translation>Asignar %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Someone else changed this number meanwhile. Close this window to see the current mapping, then try again.</source>
        <translation>Otra persona cambió este número mientras tanto. Cierre esta ventana para ver la asignación actual y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Calls reach</source>
        <translation>Las llamadas llegan a</translation>
    </message>
</context>
<context>
    <name>views::SheetExportButton</name>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export to a spreadsheet (%1)</source>
        <translation>Exportar a una hoja de cálculo (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln row(s) written</source>
        <translation>
            <numerusform>Exportando… %Ln fila escrita</numerusform>
            <numerusform>Exportando… %Ln filas escritas</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Guardando el archivo…</translation>
    </message>
</context>
<context>
    <name>views::SpendControlsEditor</name>
    <message>
        <source>International calls</source>
        <translation>Llamadas internacionales</translation>
    </message>
    <message>
        <source>Premium-rate calls</source>
        <translation>Llamadas de tarificación especial</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Up to a monthly amount</source>
        <translation>Hasta un monto mensual</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Límite mensual</translation>
    </message>
</context>
<context>
    <name>views::SummarySetupPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Check what will be set up. Apply runs the steps in order; if one fails, what this run changed is undone.</source>
        <translation>Revise lo que se configurará. Aplicar ejecuta los pasos en orden; si uno falla, se deshace lo que cambió esta ejecución.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Company:&lt;/b&gt; %1, time zone %2</source>
        <translation>&lt;b&gt;Empresa:&lt;/b&gt; %1, zona horaria %2</translation>
    </message>
    <message>
        <source>%1, extension %2, %3, number: %4</source>
        <translation>%1, extensión %2, %3, número: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s):</source>
        <translation>
            <numerusform>%n usuario:</numerusform>
            <numerusform>%n usuarios:</numerusform>
        </translation>
    </message>
    <message>
        <source>Virtual receptionist:</source>
        <translation>Recepcionista virtual:</translation>
    </message>
    <message>
        <source>Conference server:</source>
        <translation>Servidor de conferencias:</translation>
    </message>
    <message>
        <source>extension %1, number %2, room &quot;%3&quot; (ID %4)</source>
        <translation>extensión %1, número %2, sala &quot;%3&quot; (ID %4)</translation>
    </message>
</context>
<context>
    <name>views::TrayIcon</name>
    <message>
        <source>Open Centralita</source>
        <translation>Abrir Centralita</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>Centralita · %n new voicemail(s)</source>
        <translation>
            <numerusform>Centralita · %n mensaje de voz nuevo</numerusform>
            <numerusform>Centralita · %n mensajes de voz nuevos</numerusform>
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
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Signed in as %1 (administrator)</source>
        <translation>Sesión iniciada como %1 (administrador)</translation>
    </message>
    <message>
        <source>Signed in as %1 (extension %2)</source>
        <translation>Sesión iniciada como %1 (extensión %2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El mismo que el sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Centralita.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie Centralita.</translation>
    </message>
    <message>
        <source>About Centralita</source>
        <translation>Acerca de Centralita</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>New voicemail</source>
        <translation>Nuevos mensajes de voz</translation>
    </message>
    <message>
        <source>Faxes delivered or failed</source>
        <translation>Faxes entregados o fallidos</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Low prepaid balance</source>
        <translation>Saldo prepagado bajo</translation>
    </message>
</context>
<context>
    <name>views::UserShell</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>views::UsersSetupPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Someone in the company already has this name.</source>
        <translation>Alguien en la empresa ya tiene este nombre.</translation>
    </message>
    <message>
        <source>Add at least one user.</source>
        <translation>Agregue al menos un usuario.</translation>
    </message>
    <message>
        <source>Each person gets an extension (the next free one is suggested) and can sign in to the portal; the password is e-mailed to them.</source>
        <translation>Cada persona recibe una extensión (se sugiere la siguiente libre) y puede iniciar sesión en el portal; la contraseña se le envía por correo electrónico.</translation>
    </message>
</context>
<context>
    <name>views::VoicemailPage</name>
    <message>
        <source>Save voicemail</source>
        <translation>Guardar mensaje de voz</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>Audio MP3 (*.mp3)</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>No voicemail messages.</source>
        <translation>No hay mensajes de voz.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Left and Right arrows seek five seconds</source>
        <translation>Las flechas izquierda y derecha avanzan o retroceden cinco segundos</translation>
    </message>
    <message>
        <source>Mark as new</source>
        <translation>Marcar como nuevo</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver llamada</translation>
    </message>
    <message>
        <source>Download MP3…</source>
        <translation>Descargar MP3…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>This recording cannot be played: the file is damaged or in a format Centralita cannot read.</source>
        <translation>Esta grabación no se puede reproducir: el archivo está dañado o tiene un formato que Centralita no puede leer.</translation>
    </message>
    <message>
        <source>This recording cannot be played on this computer (no audio output or decoder).</source>
        <translation>Esta grabación no se puede reproducir en este equipo (no hay salida de audio ni decodificador).</translation>
    </message>
    <message>
        <source>Voicemail (%1)</source>
        <translation>Buzón de voz (%1)</translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation>Cargando la grabación…</translation>
    </message>
    <message>
        <source>The recording of this message is missing on the server.</source>
        <translation>La grabación de este mensaje no está en el servidor.</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mensaje de %1</translation>
    </message>
    <message>
        <source>Downloading the recording…</source>
        <translation>Descargando la grabación…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Download MP3</source>
        <translation>Descargar MP3</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Delete this message? Its recording is deleted too.</source>
        <translation>¿Eliminar este mensaje? Su grabación también se eliminará.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Position in the message</source>
        <translation>Posición en el mensaje</translation>
    </message>
    <message>
        <source>Not available offline: recordings are not kept on this computer, and nothing can be changed until you are back online.</source>
        <translation>No disponible sin conexión: las grabaciones no se guardan en este equipo y no se puede cambiar nada hasta que vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>views::WeeklyScheduleEditor</name>
    <message>
        <source>Click or drag to mark business hours; click a marked slot to clear it.</source>
        <translation>Haga clic o arrastre para marcar el horario de atención; haga clic en un intervalo marcado para borrarlo.</translation>
    </message>
</context>
</TS>

// Generated from the OpenAPI document by openapi-typescript: do not edit; run `npm run api:types`.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Estado de la base de datos y de la cola (503 si alguna falla): {status}; el detalle solo para ADMIN o con el token de métricas
         * @description Sin autenticación, para balanceadores y orquestadores: 200 si la base de datos y la cola responden, 503 si no. Quien llama sin ser ADMIN (o sin el token de métricas) solo ve status, no qué falla ni qué backend se usa.
         */
        get: operations["OperationsController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Métricas Prometheus (con METRICS_TOKEN: Authorization: Bearer <token>)
         * @description Formato de exposición de Prometheus: solicitudes HTTP, problemas por código, transiciones y plazos. Solo si EXPOSE_METRICS (404 si no); con METRICS_TOKEN configurado, solo con ese token (401 sin él).
         */
        get: operations["OperationsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unidades orgánicas de la municipalidad del usuario
         * @description Cualquier usuario con sesión: todas las unidades del organigrama de su municipalidad (del perfil), con su código, tipo y unidad superior. No está paginado.
         */
        get: operations["DirectoryController_listUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Una unidad orgánica de la municipalidad
         * @description Cualquier usuario con sesión; una unidad de otra municipalidad responde 404.
         */
        get: operations["DirectoryController_getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Personas de la municipalidad del usuario (paginado)
         * @description Cualquier usuario con sesión: las personas de su municipalidad con su cargo, unidad y roles, para elegir destinatarios y responsables.
         */
        get: operations["DirectoryController_listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Una persona de la municipalidad
         * @description Cualquier usuario con sesión; una persona de otra municipalidad responde 404.
         */
        get: operations["DirectoryController_getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queue-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Encola un trabajo de prueba; consulte su estado con GET
         * @description Solo ADMIN. Registra una verificación y encola un trabajo que el worker marca al procesarlo: prueba de punta a punta de la cola (API → cola → worker → base de datos).
         */
        post: operations["QueueCheckController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queue-checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Estado de una verificación de cola
         * @description Solo ADMIN. processedAt deja de ser null cuando el worker procesó el trabajo; deliveries cuenta las entregas (más de una si la cola lo reentregó).
         */
        get: operations["QueueCheckController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * La hora del sistema y el modo del reloj
         * @description Solo ADMIN. La hora con que Despacho cuenta los plazos y si es la del sistema (system) o la fijada a mano (manual, para demostraciones y capacitación).
         */
        get: operations["ClockController_get"];
        put?: never;
        /**
         * Fija la hora de todo el despliegue (solo CLOCK=manual) y responde cuando se dispararon los plazos ya vencidos
         * @description La hora vive en la base de datos: la API y los workers la comparten. Con API y worker en procesos separados, la respuesta espera a que el worker dispare lo vencido (503 CLOCK_TIMERS_PENDING si no lo hace en CLOCK_MOVE_TIMEOUT_MS, 30 s por defecto). Se admite retroceder: lo ya disparado no se deshace y nada se dispara antes de su hora.
         */
        post: operations["ClockController_set"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verifica la cadena de auditoría de la municipalidad desde su último punto de control
         * @description Solo ADMIN. Sella lo confirmado, comprueba la firma del último punto de control y que su evento siga intacto, y recalcula cada eslabón desde allí hasta la cabeza, en una sola instantánea (los puntos de control los firma un trabajo periódico del worker, cada AUDIT_CHECKPOINT_MINUTES). Con full=true recorre desde el génesis y además contrasta cada punto de control firmado (en una municipalidad con millones de eventos tarda minutos, en un hilo aparte). ok: false y brokenAt señalan el primer eslabón alterado.
         */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bandeja del usuario, lo más reciente primero
         * @description Las notificaciones de quien llama: pedidos de acción, recordatorios, alertas de vencimiento y escalamientos de los plazos, con el expediente y el plazo a que se refieren; unread cuenta las no leídas. unread=true lista solo esas.
         */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marca como leídas todas las notificaciones
         * @description Marca como leídas todas las notificaciones no leídas de quien llama y dice cuántas marcó; repetirlo marca 0.
         */
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marca una notificación como leída
         * @description Solo una notificación propia (404 si es de otro usuario). Marcarla otra vez conserva la primera hora de lectura.
         */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pendientes de quien llama, el más próximo a vencer primero
         * @description Lo que debe hacer quien llama en cualquier tipo de expediente (firmar, visar, opinar, subsanar, informar, revisar, resolver un recurso…): lo de su unidad, lo de sus roles (p. ej. solo el Gerente firma) y lo de los roles que ejerce por delegación o encargatura vigente. Con el último día del plazo, los días hábiles que quedan (negativos si venció) y total/overdue de la lista pedida. Los que no tienen plazo van al final.
         */
        get: operations["WorkItemsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cuántos pendientes tiene quien llama, y cuántos vencidos, por tipo
         * @description Los números de la navegación de la consola.
         */
        get: operations["WorkItemsController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * El tablero del Despacho de Alcaldía
         * @description Qué espera a quién (por unidad y por cargo, con los vencidos), plazos de los próximos 10 días hábiles, resoluciones firmadas en el mes por serie y los últimos escalamientos. Cada cifra tiene su lista: GET /work-items?scope=all con los filtros de la cifra, /board/signed y /board/escalations. Solo el Alcalde y el Gerente Municipal.
         */
        get: operations["BoardController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/board/time-in-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mediana y percentil 90 del tiempo en cada estado
         * @description Sobre las permanencias que terminaron en los últimos 30 o 90 días de calendario, hoy incluido (tiempo corrido, en segundos), por tipo de expediente y estado. Se leen de histogramas diarios con tramos de 10 %: a menos de 5 % de los valores exactos.
         */
        get: operations["BoardController_timeInState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/board/signed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lo firmado y numerado en el mes, el último primero
         * @description Las entradas del registro de este mes (hora de la municipalidad), por serie.
         */
        get: operations["BoardController_signed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/board/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plazos vencidos elevados al superior, el último primero
         * @description Cada escalamiento disparado: el expediente, el plazo vencido, el nivel y a quién se elevó.
         */
        get: operations["BoardController_escalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lista los expedientes (mandates) de la municipalidad, paginados
         * @description Resúmenes de los expedientes de este tipo de su municipalidad (el expediente completo, con allowedEvents, es GET /{id}), del más reciente al más antiguo. Cualquier usuario autenticado; filtros por estado, año, unidad dueña (unit) y texto (q, búsqueda en castellano: las 200 coincidencias más recientes, ordenadas por relevancia). total se cuenta hasta 10000 (totalIsEstimate). Para recorrer toda la lista, siga nextCursor en cursor; page sirve para las primeras páginas.
         */
        get: operations["MandatesController_list"];
        put?: never;
        /**
         * Crea un expediente (mandates)
         * @description Lo asigna el Alcalde o el Gerente Municipal a otra unidad de su municipalidad, que es la responsable de cumplirlo; el plazo corre desde la creación. Responde 201 con el expediente, sus plazos ya abiertos y su versión en el ETag. Un ADMIN nunca crea expedientes (403 ADMIN_DOES_NOT_ACT). Con Idempotency-Key, repetir la misma solicitud devuelve la primera respuesta sin crear otro.
         */
        post: operations["MandatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * El expediente, con los eventos que usted puede enviar y sus plazos
         * @description Un expediente de su municipalidad (404 si es de otra) con los campos de su tipo, allowedEvents (lo que usted puede enviar ahora, según el estado y su rol) y sus plazos abiertos. El ETag lleva la versión para usarla en If-Match.
         */
        get: operations["MandatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envía un evento {type, …datos}; If-Match con la versión evita pisar cambios
         * @description Aplica el evento si el estado lo admite (409 TRANSITION_NOT_ALLOWED o un código del tipo) y la política se lo permite a usted (403): el cambio, su auditoría y sus plazos se guardan juntos. Con If-Match, 412 VERSION_CONFLICT si otro cambió el expediente antes; con Idempotency-Key, un reintento devuelve la primera respuesta sin aplicar el evento dos veces.
         */
        post: operations["MandatesController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plazos del expediente, abiertos y cerrados, con sus recordatorios y escalamientos
         * @description Todos los plazos y obligaciones del expediente en el orden en que se abrieron: su último día, los días hábiles que quedan (desde today, la fecha de la municipalidad según el reloj de Despacho) mientras siguen abiertos, cómo y cuándo se cerraron, y cada aviso con la hora en que se dispara o se disparó (recordatorios, vencimiento, escalamientos). Cualquier usuario de la municipalidad.
         */
        get: operations["MandatesController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Historia del expediente: cada evento con su eslabón de la cadena de auditoría
         * @description Todos los eventos del expediente en orden, desde CREATE: quién actuó y en nombre de quién, el cambio de estado, los datos del evento y los hashes que lo encadenan (GET /api/v1/audit/verify los recalcula). Cualquier usuario de la municipalidad.
         */
        get: operations["MandatesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lista los expedientes (resolutions) de la municipalidad, paginados
         * @description Resúmenes de los expedientes de este tipo de su municipalidad (el expediente completo, con allowedEvents, es GET /{id}), del más reciente al más antiguo. Cualquier usuario autenticado; filtros por estado, año, unidad dueña (unit) y texto (q, búsqueda en castellano: las 200 coincidencias más recientes, ordenadas por relevancia). total se cuenta hasta 10000 (totalIsEstimate). Para recorrer toda la lista, siga nextCursor en cursor; page sirve para las primeras páginas.
         */
        get: operations["ResolutionsController_list"];
        put?: never;
        /**
         * Crea un expediente (resolutions)
         * @description Lo crea, como proyecto (draft), un miembro de la unidad que lo elabora; Asesoría Jurídica y la Alcaldía no elaboran proyectos (403 DRAFTING_UNIT_NOT_ALLOWED). Responde 201 con el expediente, sus plazos ya abiertos y su versión en el ETag. Un ADMIN nunca crea expedientes (403 ADMIN_DOES_NOT_ACT). Con Idempotency-Key, repetir la misma solicitud devuelve la primera respuesta sin crear otro.
         */
        post: operations["ResolutionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * El expediente, con los eventos que usted puede enviar y sus plazos
         * @description Un expediente de su municipalidad (404 si es de otra) con los campos de su tipo, allowedEvents (lo que usted puede enviar ahora, según el estado y su rol) y sus plazos abiertos. El ETag lleva la versión para usarla en If-Match.
         */
        get: operations["ResolutionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envía un evento {type, …datos}; If-Match con la versión evita pisar cambios
         * @description Aplica el evento si el estado lo admite (409 TRANSITION_NOT_ALLOWED o un código del tipo) y la política se lo permite a usted (403): el cambio, su auditoría y sus plazos se guardan juntos. Con If-Match, 412 VERSION_CONFLICT si otro cambió el expediente antes; con Idempotency-Key, un reintento devuelve la primera respuesta sin aplicar el evento dos veces.
         */
        post: operations["ResolutionsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plazos del expediente, abiertos y cerrados, con sus recordatorios y escalamientos
         * @description Todos los plazos y obligaciones del expediente en el orden en que se abrieron: su último día, los días hábiles que quedan (desde today, la fecha de la municipalidad según el reloj de Despacho) mientras siguen abiertos, cómo y cuándo se cerraron, y cada aviso con la hora en que se dispara o se disparó (recordatorios, vencimiento, escalamientos). Cualquier usuario de la municipalidad.
         */
        get: operations["ResolutionsController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Historia del expediente: cada evento con su eslabón de la cadena de auditoría
         * @description Todos los eventos del expediente en orden, desde CREATE: quién actuó y en nombre de quién, el cambio de estado, los datos del evento y los hashes que lo encadenan (GET /api/v1/audit/verify los recalcula). Cualquier usuario de la municipalidad.
         */
        get: operations["ResolutionsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/convenios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lista los expedientes (convenios) de la municipalidad, paginados
         * @description Resúmenes de los expedientes de este tipo de su municipalidad (el expediente completo, con allowedEvents, es GET /{id}), del más reciente al más antiguo. Cualquier usuario autenticado; filtros por estado, año, unidad dueña (unit) y texto (q, búsqueda en castellano: las 200 coincidencias más recientes, ordenadas por relevancia). total se cuenta hasta 10000 (totalIsEstimate). Para recorrer toda la lista, siga nextCursor en cursor; page sirve para las primeras páginas.
         */
        get: operations["ConveniosController_list"];
        put?: never;
        /**
         * Crea un expediente (convenios)
         * @description Lo propone, como proyecto (draft), un miembro de una gerencia de línea o de una oficina, la unidad que luego coordina su ejecución; las demás unidades lo revisan, aprueban o suscriben (403 PROPOSING_UNIT_NOT_ALLOWED). El RUC de la contraparte se verifica con su dígito verificador; el monto va en soles como texto con hasta dos decimales. Responde 201 con el expediente, sus plazos ya abiertos y su versión en el ETag. Un ADMIN nunca crea expedientes (403 ADMIN_DOES_NOT_ACT). Con Idempotency-Key, repetir la misma solicitud devuelve la primera respuesta sin crear otro.
         */
        post: operations["ConveniosController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/convenios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * El expediente, con los eventos que usted puede enviar y sus plazos
         * @description Un expediente de su municipalidad (404 si es de otra) con los campos de su tipo, allowedEvents (lo que usted puede enviar ahora, según el estado y su rol) y sus plazos abiertos. El ETag lleva la versión para usarla en If-Match.
         */
        get: operations["ConveniosController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/convenios/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envía un evento {type, …datos}; If-Match con la versión evita pisar cambios
         * @description Aplica el evento si el estado lo admite (409 TRANSITION_NOT_ALLOWED o un código del tipo) y la política se lo permite a usted (403): el cambio, su auditoría y sus plazos se guardan juntos. Con If-Match, 412 VERSION_CONFLICT si otro cambió el expediente antes; con Idempotency-Key, un reintento devuelve la primera respuesta sin aplicar el evento dos veces.
         */
        post: operations["ConveniosController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/convenios/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plazos del expediente, abiertos y cerrados, con sus recordatorios y escalamientos
         * @description Todos los plazos y obligaciones del expediente en el orden en que se abrieron: su último día, los días hábiles que quedan (desde today, la fecha de la municipalidad según el reloj de Despacho) mientras siguen abiertos, cómo y cuándo se cerraron, y cada aviso con la hora en que se dispara o se disparó (recordatorios, vencimiento, escalamientos). Cualquier usuario de la municipalidad.
         */
        get: operations["ConveniosController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/convenios/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Historia del expediente: cada evento con su eslabón de la cadena de auditoría
         * @description Todos los eventos del expediente en orden, desde CREATE: quién actuó y en nombre de quién, el cambio de estado, los datos del evento y los hashes que lo encadenan (GET /api/v1/audit/verify los recalcula). Cualquier usuario de la municipalidad.
         */
        get: operations["ConveniosController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-modifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lista los expedientes (budget-modifications) de la municipalidad, paginados
         * @description Resúmenes de los expedientes de este tipo de su municipalidad (el expediente completo, con allowedEvents, es GET /{id}), del más reciente al más antiguo. Cualquier usuario autenticado; filtros por estado, año, unidad dueña (unit) y texto (q, búsqueda en castellano: las 200 coincidencias más recientes, ordenadas por relevancia). total se cuenta hasta 10000 (totalIsEstimate). Para recorrer toda la lista, siga nextCursor en cursor; page sirve para las primeras páginas.
         */
        get: operations["Budget-modificationsController_list"];
        put?: never;
        /**
         * Crea un expediente (budget-modifications)
         * @description La solicita, como borrador (draft), un miembro de una gerencia de línea o de una oficina (403 REQUESTING_UNIT_NOT_ALLOWED). El monto va en soles como texto con hasta dos decimales; las líneas programáticas con sus códigos (programa, producto/proyecto, actividad, específica de gasto). Responde 201 con el expediente, sus plazos ya abiertos y su versión en el ETag. Un ADMIN nunca crea expedientes (403 ADMIN_DOES_NOT_ACT). Con Idempotency-Key, repetir la misma solicitud devuelve la primera respuesta sin crear otro.
         */
        post: operations["Budget-modificationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-modifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * El expediente, con los eventos que usted puede enviar y sus plazos
         * @description Un expediente de su municipalidad (404 si es de otra) con los campos de su tipo, allowedEvents (lo que usted puede enviar ahora, según el estado y su rol) y sus plazos abiertos. El ETag lleva la versión para usarla en If-Match.
         */
        get: operations["Budget-modificationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-modifications/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envía un evento {type, …datos}; If-Match con la versión evita pisar cambios
         * @description Aplica el evento si el estado lo admite (409 TRANSITION_NOT_ALLOWED o un código del tipo) y la política se lo permite a usted (403): el cambio, su auditoría y sus plazos se guardan juntos. Con If-Match, 412 VERSION_CONFLICT si otro cambió el expediente antes; con Idempotency-Key, un reintento devuelve la primera respuesta sin aplicar el evento dos veces.
         */
        post: operations["Budget-modificationsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-modifications/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plazos del expediente, abiertos y cerrados, con sus recordatorios y escalamientos
         * @description Todos los plazos y obligaciones del expediente en el orden en que se abrieron: su último día, los días hábiles que quedan (desde today, la fecha de la municipalidad según el reloj de Despacho) mientras siguen abiertos, cómo y cuándo se cerraron, y cada aviso con la hora en que se dispara o se disparó (recordatorios, vencimiento, escalamientos). Cualquier usuario de la municipalidad.
         */
        get: operations["Budget-modificationsController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-modifications/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Historia del expediente: cada evento con su eslabón de la cadena de auditoría
         * @description Todos los eventos del expediente en orden, desde CREATE: quién actuó y en nombre de quién, el cambio de estado, los datos del evento y los hashes que lo encadenan (GET /api/v1/audit/verify los recalcula). Cualquier usuario de la municipalidad.
         */
        get: operations["Budget-modificationsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lista los expedientes (budget-reviews) de la municipalidad, paginados
         * @description Resúmenes de los expedientes de este tipo de su municipalidad (el expediente completo, con allowedEvents, es GET /{id}), del más reciente al más antiguo. Cualquier usuario autenticado; filtros por estado, año, unidad dueña (unit) y texto (q, búsqueda en castellano: las 200 coincidencias más recientes, ordenadas por relevancia). total se cuenta hasta 10000 (totalIsEstimate). Para recorrer toda la lista, siga nextCursor en cursor; page sirve para las primeras páginas.
         */
        get: operations["Budget-reviewsController_list"];
        put?: never;
        /**
         * Crea un expediente (budget-reviews)
         * @description No se crean por esta ruta (403 CREATED_BY_SEEDING): el ADMIN siembra el año fiscal (POST /api/v1/budget/calendar/{year}/seed) y el sistema crea un expediente por documento de gestión del perfil. Responde 201 con el expediente, sus plazos ya abiertos y su versión en el ETag. Un ADMIN nunca crea expedientes (403 ADMIN_DOES_NOT_ACT). Con Idempotency-Key, repetir la misma solicitud devuelve la primera respuesta sin crear otro.
         */
        post: operations["Budget-reviewsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * El expediente, con los eventos que usted puede enviar y sus plazos
         * @description Un expediente de su municipalidad (404 si es de otra) con los campos de su tipo, allowedEvents (lo que usted puede enviar ahora, según el estado y su rol) y sus plazos abiertos. El ETag lleva la versión para usarla en If-Match.
         */
        get: operations["Budget-reviewsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-reviews/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envía un evento {type, …datos}; If-Match con la versión evita pisar cambios
         * @description Aplica el evento si el estado lo admite (409 TRANSITION_NOT_ALLOWED o un código del tipo) y la política se lo permite a usted (403): el cambio, su auditoría y sus plazos se guardan juntos. Con If-Match, 412 VERSION_CONFLICT si otro cambió el expediente antes; con Idempotency-Key, un reintento devuelve la primera respuesta sin aplicar el evento dos veces.
         */
        post: operations["Budget-reviewsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-reviews/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plazos del expediente, abiertos y cerrados, con sus recordatorios y escalamientos
         * @description Todos los plazos y obligaciones del expediente en el orden en que se abrieron: su último día, los días hábiles que quedan (desde today, la fecha de la municipalidad según el reloj de Despacho) mientras siguen abiertos, cómo y cuándo se cerraron, y cada aviso con la hora en que se dispara o se disparó (recordatorios, vencimiento, escalamientos). Cualquier usuario de la municipalidad.
         */
        get: operations["Budget-reviewsController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-reviews/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Historia del expediente: cada evento con su eslabón de la cadena de auditoría
         * @description Todos los eventos del expediente en orden, desde CREATE: quién actuó y en nombre de quién, el cambio de estado, los datos del evento y los hashes que lo encadenan (GET /api/v1/audit/verify los recalcula). Cualquier usuario de la municipalidad.
         */
        get: operations["Budget-reviewsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vista previa en PDF del proyecto, como se imprimiría hoy (sin número ni firma)
         * @description Para revisar el texto antes de firmarlo: el mismo documento que produce la firma, con la fecha de hoy, el lugar del número en blanco y, en lugar del recuadro de verificación, el aviso de que no tiene valor oficial. Se genera en cada pedido y no se guarda. Cualquier usuario de la municipalidad; 409 si ya está firmada (su documento es GET :id/document).
         */
        get: operations["ResolutionDocumentController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * El PDF firmado de la resolución (no cambia nunca)
         * @description Cualquier usuario de la municipalidad, desde la firma (404 antes). Los bytes son los que se guardaron al firmar: el ETag y X-Content-SHA256 llevan su SHA-256 (el mismo documentSha256 del recurso y de la verificación pública) y se puede guardar en caché sin límite.
         */
        get: operations["ResolutionDocumentController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/notices/{addressee}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * La cédula de notificación de la resolución para un destinatario (PDF)
         * @description Cédula de notificación (TUO de la Ley 27444, Art. 24.1) de una resolución firmada de alcance particular, para el destinatario en la posición `addressee` de `addressees` (desde 0): el texto íntegro del acto, la autoridad que lo emitió, si agota la vía administrativa, los recursos que proceden, ante quién y dónde se presentan (perfil `kinds.resolutions.remedies.filingPlace` y horario de atención) y el plazo, contado desde el día hábil siguiente a aquel en que surta efecto la notificación (Art. 144), y el espacio del cargo (Art. 21). Se genera a partir del acto: el mismo acto da los mismos bytes. No existe para un acto de alcance general (se publica) ni antes de la firma: 404.
         */
        get: operations["ResolutionDocumentController_notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/remedies/{remedy}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * La cédula de notificación de la decisión sobre un recurso (PDF)
         * @description Cédula de notificación de la decisión sobre el recurso en la posición `remedy` de `remedies` (desde 0), para quien lo interpuso: la decisión (infundado, improcedente o fundado en parte, con lo que se modifica), el acto que la emite si se registró su número, si agota la vía administrativa y, tras una reconsideración, el recurso de apelación y su plazo, que corre desde esta notificación y no desde la decisión (Art. 144, 218.2). Un recurso aún no resuelto, declarado fundado (el acto quedó sin efecto) o de un expediente de la versión anterior del flujo no tiene cédula: 404.
         */
        get: operations["ResolutionDocumentController_decisionNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verifica una copia impresa por su clave: {valid, number, subject, signedAt, signer, sha256}
         * @description Sin autenticación: la clave está impresa bajo el QR de la resolución (D16). Una clave desconocida responde 200 con valid: false, nunca 404; limitado por dirección (PUBLIC_VERIFY_RATE_LIMIT por minuto, 429 con Retry-After) para que no se adivinen claves.
         */
        get: operations["PublicVerificationController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/convenios/expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Convenios por vencer: vigentes cuyo último día cae en los próximos días, el más próximo primero
         * @description Los convenios vigentes (in_force) cuyo último día de vigencia cae entre hoy y withinDays días calendario después (90 por defecto, el primer aviso de vencimiento), con los días que les quedan, la contraparte, el número, la unidad solicitante y si hay una adenda de renovación en trámite. Paginado, con el total. Solo el Alcalde y el Gerente Municipal, como el tablero.
         */
        get: operations["ExpiringConveniosController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Calendario de gestión de un año fiscal
         * @description Cualquier usuario con sesión de la municipalidad: cada documento del año con su unidad responsable, quién lo aprueba, su último día y la fuente legal de esa fecha, su estado y si va a tiempo (on_time), en riesgo (at_risk: 15 días hábiles o menos sin aprobar), vencido (late) o aprobado (done). Año fuera del rango del perfil: 400 year.
         */
        get: operations["BudgetCalendarController_year"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget/calendar/{year}/seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Siembra el calendario de gestión de un año fiscal
         * @description Solo ADMIN. Crea, como el sistema, un expediente budget-reviews por documento del perfil (budget.documents) que aún no exista para ese año, con su plazo legal (recordatorios a los 30, 15 y 5 días hábiles a la unidad responsable y al Gerente; escalamiento al Alcalde si vence). Idempotente: sembrar dos veces no crea nada nuevo (created = 0). Año fuera del rango del perfil: 400 year.
         */
        post: operations["BudgetCalendarController_seed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget/calendar/items/{id}/dates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Versiones de la fecha de un documento del calendario
         * @description Cada versión con su fuente legal, quién la registró y cuándo; la más antigua primero.
         */
        get: operations["BudgetCalendarController_dates"];
        put?: never;
        /**
         * Cambia la fecha de un documento del calendario, con su fuente legal
         * @description Solo ADMIN. Agrega una versión de la fecha (las anteriores se conservan) y el expediente rearma su plazo legal. Con phase, la fecha es la de esa fase del documento (p. ej. del Presupuesto Participativo), y se rearma el plazo de la fase. La fuente legal es obligatoria (400 basis); una fase que el documento no tiene es 400 phase. Un documento ya aprobado, o una fase ya cumplida, no cambia de fecha (409 ITEM_CLOSED).
         */
        post: operations["BudgetCalendarController_changeDate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Documentos de gestión: los que aún no se aprueban, el más próximo primero
         * @description Los documentos del calendario de gestión de todos los años sembrados que aún no se aprueban y tienen fecha, el último día más próximo primero (los vencidos antes), con su estado de plazo (on_time, at_risk: 15 días hábiles o menos, late) y, si su fecha está encadenada, el documento del que depende y los días hábiles. Con los conteos por estado de plazo y lo que está en revisión: los documentos presentados (OPP, Gerente, Alcalde, Concejo) con la suma de las cifras de su última versión, y las modificaciones presupuestarias aún sin decidir con la suma de sus montos, exactas en céntimos. Paginado con page y pageSize, como las demás listas. Solo el Alcalde y el Gerente Municipal, como el tablero.
         */
        get: operations["BudgetBoardController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inicia sesión y devuelve un token Bearer de corta duración
         * @description Sin autenticación. Valida usuario y contraseña y abre una sesión en el servidor: devuelve el token de acceso, el fin absoluto de la sesión y el usuario. Limitado por dirección y usuario (429 con Retry-After); tras varios intentos fallidos la cuenta se bloquea un tiempo desde cualquier dirección.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inicia sesión en la consola web: el token va en una cookie httpOnly
         * @description Sin autenticación; los mismos datos, límites y bloqueos que POST /auth/login. El token no viaja en el cuerpo: queda en la cookie `despacho_sesion` (HttpOnly, SameSite=Strict, Path=/api/, Secure bajo https), que el navegador envía sola. Con esa cookie, toda solicitud que cambia datos debe traer la cabecera `x-despacho-web` (si no, 403). La cookie se renueva sola cuando se usa en la segunda mitad de su vigencia (JWT_TTL_SECONDS) y vence si no se usa en ese tiempo, o al fin absoluto de la sesión.
         */
        post: operations["AuthController_openWebSession"];
        /**
         * Cierra la sesión de la consola web y borra su cookie
         * @description Revoca la sesión (la cookie y cualquier token de la misma sesión dejan de valer al instante) y pide al navegador borrar la cookie. Responde 204 sin cuerpo.
         */
        delete: operations["AuthController_closeWebSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Emite un nuevo token de acceso para la sesión vigente, sin pedir la contraseña
         * @description Requiere un token aún vigente. El nuevo token nunca dura más allá del fin absoluto de la sesión (SESSION_MAX_HOURS desde el login).
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cierra la sesión: sus tokens dejan de valer
         * @description Revoca la sesión del token con que se llama: ese token, y cualquier otro emitido para la misma sesión, deja de valer al instante. Responde 204 sin cuerpo.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * El usuario que llama: municipalidad, unidad y roles
         * @description Cualquier usuario con sesión. Municipalidad, unidad y roles se leen de la base de datos en cada solicitud (el token no los lleva): un cambio de roles se ve aquí sin volver a iniciar sesión.
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Feriados y días no laborables del año, cada uno con su norma, y la versión
         * @description Cualquier usuario con sesión: los feriados nacionales (calculados) y los días no laborables de su municipalidad para el año, cada uno con la norma que lo establece. version sube con cada cambio del calendario de la municipalidad.
         */
        get: operations["CalendarController_holidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vencimiento de un plazo: el día 1 es el primer día hábil siguiente a "from" (D2)
         * @description Cualquier usuario con sesión: calcula con el calendario de su municipalidad el último día de un plazo de days días hábiles (unit=business, por defecto) o calendario contados desde from, como lo hace el motor para los expedientes.
         */
        get: operations["CalendarController_deadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/non-working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agrega un día no laborable o feriado regional a la municipalidad
         * @description Solo ADMIN. El día pasa a ser inhábil para su municipalidad (409 DAY_ALREADY_NON_WORKING si ya lo era), sube la versión del calendario y los plazos abiertos que lo cruzan se recalculan. Queda en la auditoría.
         */
        post: operations["CalendarController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/non-working-days/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Retira un día no laborable de la municipalidad (queda archivado)
         * @description Solo ADMIN. El registro no se borra: queda archivado con quién lo retiró y la versión; un día nacional no se retira (403 NATIONAL_DAY_NOT_REMOVABLE). Los plazos abiertos se recalculan.
         */
        delete: operations["CalendarController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/item-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tipos de asunto que el Concejo trata, con la mayoría que cada uno requiere
         * @description Cualquier usuario de la municipalidad salvo ADMIN; vienen del perfil (council.itemTypes).
         */
        get: operations["CouncilController_itemTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Miembros del Concejo: el Alcalde y los regidores, con sus licencias y suspensiones
         * @description Cualquier usuario de la municipalidad salvo ADMIN. Da el número legal, el número hábil de hoy y, por miembro, si hoy es hábil (LOM Art. 16).
         */
        get: operations["CouncilController_members"];
        put?: never;
        /**
         * Registra un miembro del Concejo (credencial del JNE)
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. Un solo Alcalde a la vez y no más regidores que el número legal del perfil.
         */
        post: operations["CouncilController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/members/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Registra una licencia o suspensión con su instrumento
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. Esos días el miembro no es hábil: no vota ni cuenta para el quórum (LOM Art. 16, 25).
         */
        post: operations["CouncilController_addAbsence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sesiones del Concejo (paginado), la más reciente primero
         * @description Cualquier usuario de la municipalidad salvo ADMIN.
         */
        get: operations["CouncilController_sessions"];
        put?: never;
        /**
         * Convoca una sesión ordinaria, extraordinaria o solemne, notificada hoy
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. La extraordinaria se convoca con su agenda, que queda cerrada, y con la anticipación del perfil en días hábiles (409 NOTICE_TOO_SHORT); la ordinaria, dentro del máximo del mes (409 ORDINARY_SESSIONS_LIMIT).
         */
        post: operations["CouncilController_convene"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Una sesión: agenda, asistencia, quórum en vivo, votos y decisiones
         * @description Cualquier usuario de la municipalidad salvo ADMIN; una sesión de otra municipalidad responde 404.
         */
        get: operations["CouncilController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}/acta.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * El acta de la sesión en PDF: asistencia, quórum y el voto de cada miembro
         * @description Cualquier usuario de la municipalidad salvo ADMIN; una sesión de otra municipalidad responde 404. Se redacta de lo registrado (convocatoria, asistencia con retiros, quórum, cada asunto con su votación, la mayoría requerida, el voto de cada miembro, el voto dirimente y el número del Acuerdo) y se genera en cada pedido. Mientras el acta no se aprueba ni se dispensa, lleva la marca BORRADOR. Antes de la primera asistencia, 409 SESSION_NOT_IN_PROGRESS.
         */
        get: operations["CouncilController_actaPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agrega un asunto a la orden del día de una sesión ordinaria
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. La agenda de la extraordinaria está cerrada (409 AGENDA_LOCKED); la solemne no trata asuntos.
         */
        post: operations["CouncilController_addItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Registra una llegada o un retiro, ahora; responde el quórum recalculado
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. No antes del día para el que se convocó (409 SESSION_NOT_IN_PROGRESS); la primera llegada pone la sesión en curso. El quórum es la mitad más uno de los miembros hábiles en la sala (LOM Art. 16).
         */
        post: operations["CouncilController_attendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}/items/{itemId}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Abre la votación de un asunto de la agenda
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. Con la sesión en curso y quórum en la sala (409 NO_QUORUM); un asunto de otra sesión no está en su agenda (409 NOT_ON_AGENDA).
         */
        post: operations["CouncilController_openVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}/items/{itemId}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Registra el voto de un miembro: a favor, en contra o abstención fundamentada
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. Sin quórum, 409 NO_QUORUM; un miembro con licencia o suspendido, 403 MEMBER_NOT_HABIL; fuera de la sala, 409 NOT_PRESENT; dos veces, 409 ALREADY_VOTED; abstención sin fundamento, 400 ABSTENTION_NEEDS_REASON.
         */
        post: operations["CouncilController_ballot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}/items/{itemId}/vote/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cierra la votación y la cuenta con la mayoría del tipo de asunto
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. Aprobado, el Acuerdo toma su número del registro, sin huecos por municipalidad y año; un empate de mayoría simple queda abierto para el voto dirimente (outcome tie).
         */
        post: operations["CouncilController_closeVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}/items/{itemId}/casting-vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Voto dirimente de quien preside, solo en empate (LOM Art. 17)
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. Sin empate, 409 CASTING_VOTE_ONLY_ON_TIE; de quien no preside, 403 CASTING_VOTE_NOT_PRESIDING.
         */
        post: operations["CouncilController_castingVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}/acta/dispense": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * El Concejo dispensa, en la misma sesión, la lectura y aprobación del acta
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. Los Acuerdos de la sesión rigen desde ese momento.
         */
        post: operations["CouncilController_dispenseActa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}/acta/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Una sesión posterior, en curso, aprueba el acta como «acta anterior»
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. Los Acuerdos de la sesión del acta rigen desde la aprobación; no se aprueba en la misma sesión (409 ACTA_APPROVAL_IN_SAME_SESSION), ni en una que no sea posterior —de un día anterior o, el mismo día, mientras la del acta no se levanta o si empezó antes que ella— (409 ACTA_APPROVAL_NOT_LATER), ni dos veces.
         */
        post: operations["CouncilController_approveActa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/sessions/{id}/adjourn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Levanta la sesión
         * @description Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404. Después no se registra asistencia ni votos en ella.
         */
        post: operations["CouncilController_adjourn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/acuerdos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Acuerdos de Concejo numerados (paginado), el más reciente primero; year filtra
         * @description Cualquier usuario de la municipalidad salvo ADMIN. Cada Acuerdo con su número, su sesión y desde cuándo rige (null hasta que el acta se aprueba o se dispensa).
         */
        get: operations["CouncilController_acuerdos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/acuerdos/pending-execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Acuerdos pendientes de ejecución, el que más espera primero (paginado)
         * @description Cualquier usuario de la municipalidad salvo ADMIN. Los adoptados cuya acta aún no se aprueba ni se dispensa (not_in_force) y los que rigen mientras el expediente que decidieron sigue en el estado al que el Acuerdo lo llevó (awaiting_execution: p. ej., el convenio aprobado que espera la firma del Alcalde). Un Acuerdo en vigor sin expediente vinculado se ejecuta por otras vías y no figura.
         */
        get: operations["CouncilController_pendingExecution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council/information-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pedidos de información de los regidores (paginado), el más reciente primero
         * @description Cualquier usuario de la municipalidad salvo ADMIN. Cada pedido con su regidor, su plazo (dueOn), el encargo de la Gerencia Municipal que lo atiende y su estado, y si venció sin respuesta (overdue). state filtra: open, answered o cancelled.
         */
        get: operations["CouncilController_informationRequestList"];
        put?: never;
        /**
         * Registra el pedido de información de un regidor al Gerente Municipal (Ley 31433)
         * @description Solo SECRETARIA_GENERAL, en nombre del regidor (LOM Art. 10 inc. 4). Lo formula un regidor hábil ese día: el Alcalde no (403 NOT_A_REGIDOR), ni un regidor con licencia o suspendido (403 MEMBER_NOT_HABIL). En la misma transacción crea el encargo de la Gerencia Municipal, asignado por la Secretaría General, con el plazo del perfil en días hábiles (council.informationRequests) contado desde el día siguiente a su presentación: sus recordatorios y su escalamiento son los del encargo. Queda respondido cuando la Secretaría da el encargo por cumplido. Formulado en una sesión, esta debe tener estación de pedidos (409 NO_PEDIDOS_STAGE). Un miembro o una sesión de otra municipalidad responde 404.
         */
        post: operations["CouncilController_fileInformationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delegaciones de la municipalidad (paginado); activeOn filtra las vigentes en una fecha
         * @description Solo ADMIN: vigentes, vencidas y revocadas, con su delegado, instrumento, materias y vigencia; delegateUserId filtra por delegado.
         */
        get: operations["DelegationsController_list"];
        put?: never;
        /**
         * Registra una delegación de competencia o de firma, o una encargatura, con su instrumento
         * @description Solo ADMIN, en su municipalidad. La delegación cita su instrumento (p. ej. la resolución que la dispone), las materias que comprende y su vigencia; queda en la auditoría y la firma la consulta el día en que se firma.
         */
        post: operations["DelegationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/delegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Una delegación, con su delegado, instrumento, materias y vigencia
         * @description Solo ADMIN; una delegación de otra municipalidad responde 404.
         */
        get: operations["DelegationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/delegations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoca la delegación (queda archivada con el motivo); una sola vez
         * @description Solo ADMIN. La delegación deja de valer desde ese momento y nunca se borra; revocarla otra vez responde 409 DELEGATION_REVOKED. Queda en la auditoría.
         */
        post: operations["DelegationsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sus delegaciones y encargaturas vigentes hoy
         * @description Cualquier usuario con sesión: las delegaciones y encargaturas de las que usted es delegado, vigentes hoy (fecha civil de su municipalidad) y no revocadas, con su instrumento y materias. Con una de ellas firma una resolución (SIGN.delegationId).
         */
        get: operations["MyDelegationsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Usuarios de la municipalidad (paginado; filtros active, role, unitId)
         * @description Solo ADMIN: las cuentas de su municipalidad, activas o no, con unidad, roles y si son de demostración.
         */
        get: operations["UsersAdminController_list"];
        put?: never;
        /**
         * Crea un usuario con su unidad, roles y contraseña inicial
         * @description Solo ADMIN, en su municipalidad. La contraseña inicial cumple la política de contraseñas (400 con cada motivo); ADMIN no se combina con otros roles; el nombre es único en la instalación (409 USERNAME_TAKEN). El alta queda en la auditoría.
         */
        post: operations["UsersAdminController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Un usuario: unidad, roles, estado y si es de demostración
         * @description Solo ADMIN; una cuenta de otra municipalidad responde 404.
         */
        get: operations["UsersAdminController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cambia nombre, cargo, unidad o roles; vale desde la siguiente solicitud del usuario
         * @description Solo ADMIN. Cada solicitud relee roles y unidad, así que el usuario no necesita volver a iniciar sesión; nadie deja a la municipalidad sin ADMIN activo (409 ADMIN_LOCKOUT). Cada campo cambiado queda en la auditoría con su valor anterior.
         */
        patch: operations["UsersAdminController_update"];
        trace?: never;
    };
    "/api/v1/admin/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Desactiva la cuenta y cierra todas sus sesiones (con motivo)
         * @description Solo ADMIN. La cuenta deja de poder iniciar sesión y sus sesiones se revocan en la misma transacción; un ADMIN no se desactiva a sí mismo ni al último ADMIN activo (409 ADMIN_LOCKOUT). Repetirlo no es un error.
         */
        post: operations["UsersAdminController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactiva la cuenta: puede volver a iniciar sesión
         * @description Solo ADMIN. Las sesiones cerradas al desactivarla no reviven: el usuario inicia sesión de nuevo. Repetirlo no es un error.
         */
        post: operations["UsersAdminController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Desbloquea la cuenta bloqueada por intentos fallidos de inicio de sesión
         * @description Levanta el bloqueo por intentos fallidos (`LOGIN_LOCKOUT_THRESHOLD`) antes de que venza solo y pone en cero el conteo de fallos de la cuenta, p. ej. cuando ya se verificó al titular. Queda en la auditoría como `account.unlocked` (`reason: administrador`) con quien lo hizo y cuándo. No cambia la contraseña ni cierra sesiones. Desbloquear una cuenta sin bloqueo ni fallos no es un error ni deja entrada en la auditoría. Solo `ADMIN`, y solo cuentas de su municipalidad: una de otra responde 404. Responde el usuario, con `locked: false`.
         */
        post: operations["UsersAdminController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fija una contraseña nueva, cierra todas las sesiones del usuario y levanta su bloqueo
         * @description Solo ADMIN, para otra cuenta de su municipalidad (la propia se cambia con POST /api/v1/me/password: 403 SELF_PASSWORD_RESET). La contraseña cumple la política de contraseñas; nunca se audita ni se devuelve. Si la cuenta estaba bloqueada por intentos fallidos, el bloqueo se levanta en la misma transacción (`clearedLockout` en la auditoría `user.password_reset`).
         */
        post: operations["UsersAdminController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cambia la propia contraseña (pide la actual); cierra las demás sesiones
         * @description Cualquier usuario con sesión. Una contraseña actual incorrecta responde 403 CURRENT_PASSWORD_INVALID y cuenta como login fallido (bloqueo de la cuenta: 429 con Retry-After); la sesión actual sigue válida.
         */
        post: operations["OwnAccountController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/{kind}/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Adjuntos del expediente: {items, total, canAttach}
         * @description Cualquier usuario de la municipalidad del expediente (404 si no existe o es de otra), para cualquier tipo de expediente. canAttach dice si usted puede adjuntar ahora (no es ADMIN y el expediente no está cerrado a adjuntos).
         */
        get: operations["AttachmentsController_list"];
        put?: never;
        /**
         * Adjunta un documento al expediente (multipart/form-data, campo file)
         * @description PDF o documento de oficina (docx, xlsx, pptx, odt, ods, odp, doc, xls, ppt), reconocido por su contenido. Tamaño máximo: ATTACHMENTS_MAX_BYTES (25 MiB por defecto). No se admite una vez firmado el acto o cerrado el expediente.
         */
        post: operations["AttachmentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/{kind}/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Datos de un adjunto
         * @description Nombre, tipo (por su contenido), tamaño, SHA-256, quién y cuándo lo subió, y la ruta de su contenido; 404 si no es de ese expediente.
         */
        get: operations["AttachmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/{kind}/{id}/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * El archivo, byte por byte como se subió (ETag y Repr-Digest: su SHA-256)
         * @description Descarga el contenido con su tipo real y su nombre en Content-Disposition. Nunca cambia: se puede guardar en caché sin límite, y con If-None-Match igual al ETag responde 304 sin cuerpo.
         */
        get: operations["AttachmentsController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthDto: {
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
            /** @description Solo ADMIN */
            info?: {
                [key: string]: unknown;
            };
            /** @description Solo ADMIN */
            error?: {
                [key: string]: unknown;
            };
            /** @description Solo ADMIN */
            details?: {
                [key: string]: unknown;
            };
        };
        FieldErrorDto: {
            /** @example subject */
            field: string;
            messages: string[];
        };
        ProblemDetailsDto: {
            /** @example urn:despacho:problema:validation-failed */
            type: string;
            /** @example Datos inválidos */
            title: string;
            /** @example 400 */
            status: number;
            /** @example Datos inválidos en: subject. */
            detail: string;
            /**
             * @description Código estable: los clientes deciden por él
             * @example VALIDATION_FAILED
             */
            code: string;
            /** @description Solo con campos inválidos */
            errors?: components["schemas"]["FieldErrorDto"][];
        };
        UnitDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /** @enum {string} */
            kind: "alcaldia" | "gerencia_municipal" | "secretaria_general" | "asesoria_juridica" | "planeamiento_presupuesto" | "gerencia_linea" | "oficina";
            parentCode: string | null;
        };
        UnitListDto: {
            items: components["schemas"]["UnitDto"][];
            total: number;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            username: string;
            fullName: string;
            post: string;
            /** Format: uuid */
            unitId: string;
            roles: ("ADMIN" | "ALCALDE" | "GERENTE_MUNICIPAL" | "SECRETARIA_GENERAL" | "ASESORIA_JURIDICA" | "PLANEAMIENTO_PRESUPUESTO" | "GERENCIA" | "REGIDOR")[];
            active: boolean;
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        QueueCheckDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Backend de la cola
             * @enum {string}
             */
            backend: "postgres" | "redis";
            /** Format: date-time */
            requestedAt: string;
            /**
             * Format: date-time
             * @description Cuándo lo procesó el worker; null mientras no lo haga
             */
            processedAt: string | null;
            /** @description Veces que la cola entregó el trabajo */
            deliveries: number;
        };
        ClockDto: {
            /** Format: date-time */
            now: string;
            /** @enum {string} */
            mode: "system" | "manual";
        };
        SetClockDto: {
            /**
             * @description Instante ISO 8601 con zona
             * @example 2026-12-15T15:00:00Z
             */
            now: string;
        };
        ClockMoveDto: {
            /** Format: date-time */
            now: string;
            /** @enum {string} */
            mode: "system" | "manual";
            /** @description Plazos disparados */
            firedTimers: number;
        };
        AuditVerificationDto: {
            ok: boolean;
            /** @description Largo de la cadena probada íntegra (hasta el primer eslabón roto) */
            checked: number;
            /** @description Eslabones recalculados en esta verificación */
            walked: number;
            /** @description Punto de control firmado desde el que se recorrió (0: desde el génesis) */
            since: number;
            /** @description Recorrido completo desde el génesis (full=true) */
            full: boolean;
            /** @description Eventos confirmados después del sellado previo a la verificación, aún sin sellar */
            pending: number;
            /** @description Primer eslabón roto */
            brokenAt?: number;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Pedido de acción, recordatorio, vencimiento o escalamiento
             * @enum {string}
             */
            kind: "request" | "reminder" | "overdue" | "escalation";
            title: string;
            body: string;
            /**
             * Format: uuid
             * @description El expediente
             */
            instanceId: string | null;
            /**
             * Format: uuid
             * @description El plazo
             */
            deadlineId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            /** @description Las de la lista pedida, en total */
            total: number;
            /** @description No leídas, en total */
            unread: number;
            page: number;
            pageSize: number;
        };
        MarkedReadDto: {
            /** @description Notificaciones marcadas */
            marked: number;
        };
        WorkItemTermDto: {
            /** @description Código del plazo (p. ej. firma, visaciones, resolucion_recurso) */
            code: string;
            /** @description Clave del plazo cuando el expediente tiene varios del mismo código */
            key: string;
            /** @description Nombre del plazo */
            name: string | null;
        };
        WorkItemDto: {
            id: string;
            /** @description Tipo de expediente (resolutions, mandates…) */
            kind: string;
            /** Format: uuid */
            instanceId: string;
            /** @description Estado del expediente */
            state: string;
            /** @description Código de la acción: firmar, visar, emitir_opinion, subsanar… */
            action: string;
            /** @description La acción, en castellano */
            name: string;
            /** @description El expediente, como se nombra (número o asunto) */
            label: string;
            /** @description Los campos de lista del expediente (los mismos que su lista) */
            summary: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            unitId: string | null;
            unitName: string | null;
            /** @description Solo quien tiene este rol (o lo ejerce por delegación o encargatura) */
            role: string | null;
            term: components["schemas"]["WorkItemTermDto"] | null;
            /**
             * Format: date
             * @description Último día
             */
            dueOn: string | null;
            /** Format: date-time */
            dueAt: string | null;
            /** @description Días hábiles que quedan hasta el último día (0: vence hoy); negativo: días hábiles de atraso */
            businessDaysLeft: number | null;
            overdue: boolean;
            /**
             * Format: date-time
             * @description Desde cuándo espera
             */
            since: string;
        };
        WorkItemPageDto: {
            items: components["schemas"]["WorkItemDto"][];
            /** @description Los de la lista pedida, en total */
            total: number;
            /** @description De ellos, vencidos */
            overdue: number;
            page: number;
            pageSize: number;
        };
        WorkItemKindCountDto: {
            kind: string;
            total: number;
            overdue: number;
        };
        WorkItemCountsDto: {
            total: number;
            overdue: number;
            byKind: components["schemas"]["WorkItemKindCountDto"][];
        };
        BoardUnitLoadDto: {
            /** Format: uuid */
            unitId: string | null;
            unitName: string;
            total: number;
            /** @description De ellos, vencidos */
            overdue: number;
        };
        BoardPostLoadDto: {
            /** @description El cargo (rol): GERENTE_MUNICIPAL, ALCALDE… */
            role: string;
            /** @description Quién lo ejerce (usuarios activos con el rol) */
            holders: string[];
            total: number;
            overdue: number;
        };
        BoardWaitingDto: {
            total: number;
            overdue: number;
            /** @description Pendientes por unidad (los de un cargo cuentan para la unidad donde está), los más vencidos primero */
            byUnit: components["schemas"]["BoardUnitLoadDto"][];
            /** @description Pendientes de cada cargo, por persona */
            byPost: components["schemas"]["BoardPostLoadDto"][];
        };
        BoardDayDto: {
            /** Format: date */
            dueOn: string;
            total: number;
        };
        BoardUpcomingDto: {
            /**
             * Format: date
             * @description Último día considerado
             */
            until: string;
            businessDays: number;
            total: number;
            byDay: components["schemas"]["BoardDayDto"][];
        };
        BoardSeriesCountDto: {
            /** @description Serie del registro (p. ej. resolucion_gerencia_municipal) */
            series: string;
            total: number;
        };
        BoardSignedDto: {
            /** @description Mes (AAAA-MM, hora de la municipalidad) */
            month: string;
            total: number;
            bySeries: components["schemas"]["BoardSeriesCountDto"][];
        };
        BoardEscalationDto: {
            /** Format: uuid */
            instanceId: string;
            kind: string;
            /** @description El expediente, como se nombra */
            label: string;
            /** @description El plazo vencido */
            deadlineName: string;
            /** Format: date */
            dueOn: string;
            /** @description Nivel de escalamiento (1: el superior) */
            level: number;
            /** @description A quién se elevó */
            target: string;
            /** Format: date-time */
            firedAt: string;
        };
        BoardSummaryDto: {
            /** Format: date */
            today: string;
            waiting: components["schemas"]["BoardWaitingDto"];
            upcoming: components["schemas"]["BoardUpcomingDto"];
            signed: components["schemas"]["BoardSignedDto"];
            /** @description Los últimos escalamientos */
            escalations: components["schemas"]["BoardEscalationDto"][];
        };
        StateTimeDto: {
            kind: string;
            state: string;
            /** @description Permanencias terminadas en la ventana */
            stays: number;
            /** @description Mediana, en segundos */
            medianSeconds: number;
            /** @description Percentil 90, en segundos */
            p90Seconds: number;
        };
        TimeInStateDto: {
            days: number;
            items: components["schemas"]["StateTimeDto"][];
        };
        SignedEntryDto: {
            /** Format: uuid */
            instanceId: string;
            series: string;
            /** @description Número de registro */
            number: string;
            /** Format: date-time */
            assignedAt: string;
            /** @description Unidad que emite */
            issuingUnit: string;
        };
        SignedPageDto: {
            items: components["schemas"]["SignedEntryDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        EscalationPageDto: {
            items: components["schemas"]["BoardEscalationDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        MandatesReportProgressEventDto: {
            /** @example Se recibió la información de 3 de 5 obras. */
            note: string;
            /**
             * @description Porcentaje de avance a la fecha; sin él, el encargo conserva el último informado
             * @example 60
             */
            percent?: number;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "REPORT_PROGRESS";
        };
        MandatesSubmitEventDto: {
            /** @example Informe N° 120-2026-MML/GDU */
            evidence: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SUBMIT";
        };
        MandatesAcceptEventDto: {
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ACCEPT";
        };
        MandatesReturnEventDto: {
            /** @example Falta el avance financiero. */
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "RETURN";
        };
        MandatesCancelEventDto: {
            /** @example Falta el avance financiero. */
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "CANCEL";
        };
        MandateTermDto: {
            /** @example 10 */
            days: number;
            /**
             * @example business
             * @enum {string}
             */
            unit: "business" | "calendar";
        };
        CreateMandateDto: {
            /** @example Informe de avance de obras del Plan de Desarrollo Local Concertado */
            title: string;
            /** @example Consolidar el avance físico y financiero al cierre de noviembre. */
            instructions: string;
            /** @enum {string} */
            source: "reunion" | "memorando" | "acuerdo_concejo" | "resolucion" | "disposicion_verbal" | "pedido_informacion";
            /** @example Acta de reunión de gerentes del 20/11/2026 */
            sourceReference?: string;
            /** @description Unidad responsable (id) */
            responsibleUnitId: string;
            term: components["schemas"]["MandateTermDto"];
        };
        DeadlineTermDto: {
            days: number;
            /**
             * @description Días hábiles o calendario
             * @enum {string}
             */
            unit: "business" | "calendar";
        };
        DeadlineDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Código estable del plazo: los clientes deciden por él, nunca por name
             * @example opinion_legal
             */
            code: string;
            /**
             * @description Nombre para las personas
             * @example Opinión legal
             */
            name: string;
            /**
             * @description state: plazo del estado en que se abrió; obligation: obligación que abrió el tipo
             * @enum {string}
             */
            source: "state" | "obligation";
            /** @description Distingue obligaciones del mismo código; vacío en los demás */
            key: string;
            /** @description Estado del expediente en que se abrió */
            state: string;
            /** @description null si el último día se dio como fecha */
            term: components["schemas"]["DeadlineTermDto"] | null;
            /**
             * Format: date
             * @description Desde cuándo se cuenta (D2)
             */
            startsOn: string;
            /**
             * Format: date
             * @description Último día del plazo
             */
            dueOn: string;
            /**
             * Format: date-time
             * @description Fin del último día, en la zona de la municipalidad
             */
            dueAt: string;
            /** @enum {string} */
            status: "pending" | "expired" | "met" | "met_late" | "cancelled";
            /**
             * Format: uuid
             * @description Unidad que debe actuar
             */
            responsibleUnitId: string | null;
            /**
             * @description Días hábiles que quedan, contados desde hoy (la fecha de la municipalidad según el reloj de Despacho): los que siguen a hoy hasta el último día inclusive; 0 el último día; negativo, los días hábiles de atraso
             * @example 3
             */
            businessDaysLeft: number;
        };
        MandatesResourceDto: {
            /** @example Informe de avance de obras */
            title: string;
            instructions: string;
            /**
             * @description De dónde nace el encargo
             * @enum {string}
             */
            source: "reunion" | "memorando" | "acuerdo_concejo" | "resolucion" | "disposicion_verbal" | "pedido_informacion";
            /** @example Acta de reunión de gerentes del 20/11/2026 */
            sourceReference: string | null;
            /**
             * Format: uuid
             * @description Unidad que asignó el encargo
             */
            assignerUnitId: string;
            /**
             * Format: uuid
             * @description Quién asignó el encargo
             */
            assignerUserId: string;
            /**
             * Format: uuid
             * @description Unidad que debe cumplirlo
             */
            responsibleUnitId: string;
            /** @description Plazo para cumplirlo */
            term: components["schemas"]["MandateTermDto"];
            /** @description Avances informados, el más antiguo primero */
            progress: string[];
            /** @description Último porcentaje de avance informado; null si ningún avance lo dio */
            progressPercent: number | null;
            /** @description Sustento del cumplimiento presentado */
            evidence: string | null;
            /** @description Motivos de cada devolución */
            returns: string[];
            /** @description Motivo con que se dejó sin efecto */
            closingReason: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "mandates";
            /** @enum {string} */
            state: "open" | "review" | "closed" | "cancelled";
            /** @description Sube con cada evento; va en el ETag y se envía en If-Match */
            version: number;
            /** @description Eventos que usted puede enviar ahora (según el estado y su rol) */
            allowedEvents: ("REPORT_PROGRESS" | "SUBMIT" | "ACCEPT" | "RETURN" | "CANCEL")[];
            /** @description Plazos y obligaciones abiertos */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MandatesSummaryDto: {
            /** @example Informe de avance de obras */
            title: string;
            /**
             * @description De dónde nace el encargo
             * @enum {string}
             */
            source: "reunion" | "memorando" | "acuerdo_concejo" | "resolucion" | "disposicion_verbal" | "pedido_informacion";
            /**
             * Format: uuid
             * @description Unidad que asignó el encargo
             */
            assignerUnitId: string;
            /**
             * Format: uuid
             * @description Unidad que debe cumplirlo
             */
            responsibleUnitId: string;
            /** @description Último porcentaje de avance informado; null si ningún avance lo dio */
            progressPercent: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "mandates";
            /** @enum {string} */
            state: "open" | "review" | "closed" | "cancelled";
            version: number;
            /** @description Cómo se nombra el expediente (su número, o su asunto o título) */
            label: string;
            /**
             * Format: uuid
             * @description Unidad dueña (el filtro unit)
             */
            unitId: string | null;
            /** @description Año del expediente (el filtro year) */
            year: number | null;
            /** @description Plazos y obligaciones abiertos */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MandatesPageDto: {
            /** @description Resúmenes: el expediente completo se lee con GET /{id} */
            items: components["schemas"]["MandatesSummaryDto"][];
            /** @description Cuántos hay, contados hasta 10000 (con q, entre las 200 coincidencias más recientes); si hay más, totalIsEstimate es true y total es ese tope */
            total: number;
            /** @description true: hay más de total (se muestra «más de 10000»); false: total es exacto */
            totalIsEstimate: boolean;
            page: number;
            pageSize: number;
            /** @description Cursor de la página siguiente (opaco): envíelo en cursor para seguir; null en la última */
            nextCursor: string | null;
        };
        DeadlineAlertDto: {
            /**
             * @description Recordatorio antes del último día, vencimiento al final de él, o escalamiento
             * @enum {string}
             */
            kind: "reminder" | "expiry" | "escalation";
            /** @description 1, 2… entre los recordatorios o los escalamientos; 0 el vencimiento */
            level: number;
            /**
             * @description A quién llega: unit (la unidad responsable) o el rol al que escala
             * @example GERENTE_MUNICIPAL
             */
            target: string;
            /**
             * Format: date-time
             * @description Cuándo se dispara (o se disparaba)
             */
            fireAt: string;
            /**
             * @description cancelled: el plazo se cerró (o se volvió a contar) antes de su hora
             * @enum {string}
             */
            status: "pending" | "fired" | "cancelled";
            /**
             * Format: date-time
             * @description Cuándo se disparó
             */
            firedAt: string | null;
        };
        ScheduledDeadlineDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Código estable del plazo: los clientes deciden por él, nunca por name
             * @example opinion_legal
             */
            code: string;
            /**
             * @description Nombre para las personas
             * @example Opinión legal
             */
            name: string;
            /**
             * @description state: plazo del estado en que se abrió; obligation: obligación que abrió el tipo
             * @enum {string}
             */
            source: "state" | "obligation";
            /** @description Distingue obligaciones del mismo código; vacío en los demás */
            key: string;
            /** @description Estado del expediente en que se abrió */
            state: string;
            /** @description null si el último día se dio como fecha */
            term: components["schemas"]["DeadlineTermDto"] | null;
            /**
             * Format: date
             * @description Desde cuándo se cuenta (D2)
             */
            startsOn: string;
            /**
             * Format: date
             * @description Último día del plazo
             */
            dueOn: string;
            /**
             * Format: date-time
             * @description Fin del último día, en la zona de la municipalidad
             */
            dueAt: string;
            /** @enum {string} */
            status: "pending" | "expired" | "met" | "met_late" | "cancelled";
            /**
             * Format: uuid
             * @description Unidad que debe actuar
             */
            responsibleUnitId: string | null;
            /**
             * @description Días hábiles que quedan (negativo: de atraso), contados desde today; null si el plazo ya se cerró
             * @example 3
             */
            businessDaysLeft: number | null;
            /**
             * Format: date-time
             * @description Cuándo se abrió
             */
            openedAt: string;
            /**
             * Format: date-time
             * @description Cuándo se cerró (cumplido, vencido o cancelado); null si sigue abierto
             */
            closedAt: string | null;
            /** @description Recordatorios, vencimiento y escalamientos, por hora */
            alerts: components["schemas"]["DeadlineAlertDto"][];
        };
        DeadlineScheduleDto: {
            /**
             * Format: date
             * @description Hoy en la municipalidad según el reloj de Despacho: desde donde se cuentan los días
             */
            today: string;
            /** @description Todos los plazos y obligaciones del expediente, en el orden en que se abrieron */
            items: components["schemas"]["ScheduledDeadlineDto"][];
        };
        HistoryItemDto: {
            /** @description Posición en la cadena de auditoría (null mientras espera su sellado) */
            seq: number | null;
            /**
             * @description Evento (CREATE al crearse)
             * @example SUBMIT
             */
            type: string;
            /** @description Estado anterior (null al crearse) */
            from: string | null;
            /** @description Estado al que pasó */
            to: string | null;
            /** @description Quién actuó (su usuario, o «sistema» para los plazos) */
            actor: string;
            /** @description En nombre de quién (delegación) */
            onBehalfOf: string | null;
            /** Format: date-time */
            at: string;
            /** @description Los datos del evento, como se auditaron */
            payload: {
                [key: string]: unknown;
            };
            /** @description SHA-256 del eslabón; null mientras el evento espera su sellado en la cadena (a lo sumo AUDIT_SEAL_MS) */
            hash: string | null;
            /** @description SHA-256 del eslabón anterior (null mientras espera su sellado) */
            prevHash: string | null;
        };
        AddresseeDto: {
            /** @example Constructora Los Andes S.A.C. */
            name: string;
            /**
             * @description DNI, RUC o carné de extranjería
             * @example 20512345678
             */
            documentId?: string;
            /** @example mesadepartes@losandes.pe */
            email?: string;
        };
        ResolutionsEditEventDto: {
            subject?: string;
            /** @enum {string} */
            scope?: "particular" | "general";
            hasBudgetImpact?: boolean;
            vistos?: string[];
            considerandos?: string[];
            articles?: string[];
            addressees?: components["schemas"]["AddresseeDto"][];
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "EDIT";
        };
        ResolutionsSubmitEventDto: {
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SUBMIT";
        };
        ResolutionsLegalOpinionEventDto: {
            /** @description true: favorable (pasa a visaciones); false: observa el proyecto */
            favorable: boolean;
            /** @example Informe N° 455-2026-MML/GAJ */
            reportRef: string;
            /** @description Obligatorio si la opinión es desfavorable */
            reasons?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "LEGAL_OPINION";
        };
        ResolutionsReturnEventDto: {
            /** @example Falta el informe técnico de la obra. */
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "RETURN";
        };
        ResolutionsVisaEventDto: {
            /**
             * @description SHA-256 del contenido que el visador leyó (`contentHash` del recurso); si el proyecto cambió desde entonces, 409 VISA_HASH_MISMATCH.
             * @example 9f2c…
             */
            contentHash?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "VISA";
        };
        ResolutionsSignEventDto: {
            /** @description Delegación o encargatura con la que firma (si tiene más de una, o para firmar por delegación del Alcalde); null: en ejercicio de sus competencias propias */
            delegationId?: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SIGN";
        };
        ResolutionsNotifyEventDto: {
            /**
             * @description Nombre o documento del destinatario
             * @example 20512345678
             */
            addressee: string;
            /** @enum {string} */
            channel: "personal" | "email" | "casilla";
            /**
             * @description Cuándo surtió efecto la notificación (Art. 25): la entrega que consta en el cargo (personal) o el acuse de recibo (correo, casilla). Fecha y hora con zona; entre la firma (o la decisión) y ahora.
             * @example 2026-12-02T11:30:00-05:00
             */
            servedAt: string;
            /**
             * @description Referencia del cargo de la notificación personal o del acuse de recibo del correo o de la casilla
             * @example Cargo N° 0457-2026 firmado por el representante legal
             */
            receipt?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "NOTIFY";
        };
        ResolutionsPublishEventDto: {
            /** @example Diario Oficial El Peruano */
            gazette: string;
            /**
             * @description Fecha de publicación (AAAA-MM-DD)
             * @example 2026-11-28
             */
            date: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "PUBLISH";
        };
        ResolutionsFileRemedyEventDto: {
            /** @enum {string} */
            kind: "reconsideracion" | "apelacion";
            /**
             * @description Fecha y hora de presentación en la mesa de partes (física o digital), con zona. Fuera del horario de atención del perfil o en día inhábil, se tiene por presentado el día hábil siguiente (Art. 149).
             * @example 2026-12-22T16:45:00-05:00
             */
            filedAt: string;
            /**
             * @description Quién interpone el recurso: nombre o documento de un destinatario (alcance particular) o nombre de quien impugna un acto de alcance general
             * @example 20512345678
             */
            filedBy: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "FILE_REMEDY";
        };
        ResolutionsResolveRemedyEventDto: {
            /**
             * @description fundado: el acto queda sin efecto; fundado_en_parte: el acto subsiste modificado por el acto que resuelve; infundado o improcedente: el acto subsiste
             * @enum {string}
             */
            outcome: "fundado" | "fundado_en_parte" | "infundado" | "improcedente";
            /**
             * @description El acto que resuelve el recurso; obligatorio si es fundado en parte
             * @example Resolución de Gerencia Municipal N° 0102-2026-MML/GMM
             */
            instrument?: string;
            /**
             * @description Qué cambia en el acto: obligatorio si es fundado en parte (con otro resultado no se registra)
             * @example Se reduce la ampliación de plazo de treinta a veinte días calendario.
             */
            modification?: string;
            /**
             * @description Quién interpuso el recurso que se resuelve (nombre o documento del destinatario); obligatorio si hay más de uno en trámite
             * @example 20512345678
             */
            filedBy?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "RESOLVE_REMEDY";
        };
        ResolutionsNotifyDecisionEventDto: {
            /** @enum {string} */
            channel: "personal" | "email" | "casilla";
            /**
             * @description Cuándo surtió efecto la notificación (Art. 25): la entrega que consta en el cargo (personal) o el acuse de recibo (correo, casilla). Fecha y hora con zona; entre la firma (o la decisión) y ahora.
             * @example 2026-12-02T11:30:00-05:00
             */
            servedAt: string;
            /**
             * @description Referencia del cargo de la notificación personal o del acuse de recibo del correo o de la casilla
             * @example Cargo N° 0457-2026 firmado por el representante legal
             */
            receipt?: string;
            /**
             * @description Posición en `remedies` de la decisión que se notifica; por defecto, la única pendiente de notificar
             * @example 0
             */
            remedy?: number;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "NOTIFY_DECISION";
        };
        ResolutionsStartAnnulmentEventDto: {
            /** @example El OCI advirtió que se otorgó sin el informe técnico de la supervisión. */
            reason: string;
            /**
             * @description La causal de nulidad (Art. 10) y por qué agravia el interés público (Art. 213.1)
             * @example Art. 10.2: defecto u omisión de un requisito de validez (Art. 3.5, procedimiento regular)
             */
            grounds: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "START_ANNULMENT";
        };
        ResolutionsStartRevocationEventDto: {
            /** @example Desapareció la condición de la licencia: el predio fue expropiado. */
            reason: string;
            /**
             * @description 214.1.1: la facultad de revocar está expresamente establecida por ley; 214.1.2: desaparecieron las condiciones exigidas para emitir el acto, cuya permanencia es indispensable; 214.1.3: elementos de juicio sobrevinientes favorecen legalmente a los destinatarios sin perjuicio a terceros
             * @enum {string}
             */
            cause: "214.1.1" | "214.1.2" | "214.1.3";
            /** @example Oficio N° 033-2026-SBN: el predio pasó al Estado. */
            grounds: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "START_REVOCATION";
        };
        ResolutionsServeHearingEventDto: {
            /**
             * @description Nombre o documento del destinatario
             * @example 20512345678
             */
            addressee: string;
            /** @enum {string} */
            channel: "personal" | "email" | "casilla";
            /**
             * @description Cuándo surtió efecto la notificación (Art. 25): la entrega que consta en el cargo (personal) o el acuse de recibo (correo, casilla). Fecha y hora con zona; entre la firma (o la decisión) y ahora.
             * @example 2026-12-02T11:30:00-05:00
             */
            servedAt: string;
            /**
             * @description Referencia del cargo de la notificación personal o del acuse de recibo del correo o de la casilla
             * @example Cargo N° 0457-2026 firmado por el representante legal
             */
            receipt?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SERVE_HEARING";
        };
        ResolutionsFileArgumentsEventDto: {
            /**
             * @description Nombre o documento del destinatario
             * @example 20512345678
             */
            filedBy: string;
            /**
             * @description Fecha y hora de presentación en la mesa de partes, con zona
             * @example 2026-03-10T10:00:00-05:00
             */
            filedAt: string;
            /** @example Sostiene que el informe técnico obra en el expediente a fojas 12. */
            summary: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "FILE_ARGUMENTS";
        };
        ResolutionsAnnulEventDto: {
            /** @example Se otorgó sin el informe técnico que exige la ordenanza. */
            reason: string;
            /**
             * @description Número del acto del Alcalde que decide (obligatorio)
             * @example Resolución de Alcaldía N° 120-2026-MML
             */
            instrument: string;
            /**
             * @description parcial: solo una parte independiente del acto es nula y el resto subsiste (Art. 13.2)
             * @default total
             * @enum {string}
             */
            extent: "total" | "parcial";
            /**
             * @description La parte que se anula: obligatoria si es parcial
             * @example Artículo segundo (exoneración de la garantía).
             */
            part?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ANNUL";
        };
        ResolutionsRevokeEventDto: {
            /** @example Se revoca con efectos a partir de la notificación de esta resolución. */
            reason: string;
            /**
             * @description Número del acto del Alcalde que decide (obligatorio)
             * @example Resolución de Alcaldía N° 120-2026-MML
             */
            instrument: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "REVOKE";
        };
        ResolutionsDismissReviewEventDto: {
            /** @example Los descargos acreditan que el informe técnico obra en el expediente. */
            reason: string;
            /**
             * @description Número del acto del Alcalde que decide (obligatorio)
             * @example Resolución de Alcaldía N° 120-2026-MML
             */
            instrument: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "DISMISS_REVIEW";
        };
        ResolutionsRectifyEventDto: {
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "RECTIFY";
        };
        ResolutionsWithdrawEventDto: {
            /** @example Se atendió por otra vía. */
            reason?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "WITHDRAW";
        };
        CreateResolutionDto: {
            /** @example Aprobar la ampliación de plazo de la obra del mercado de Chacra Cerro */
            subject: string;
            /**
             * @description particular: se notifica; general: se publica (D15)
             * @enum {string}
             */
            scope: "particular" | "general";
            /** @description Si compromete presupuesto: requiere visación de presupuesto (D14) */
            hasBudgetImpact: boolean;
            /**
             * @example [
             *       "Informe N° 120-2026-MML/GDU de fecha 20/11/2026"
             *     ]
             */
            vistos: string[];
            /**
             * @example [
             *       "Que, el artículo 194 de la Constitución Política…"
             *     ]
             */
            considerandos: string[];
            /**
             * @example [
             *       "APROBAR la ampliación de plazo N° 2 …"
             *     ]
             */
            articles: string[];
            addressees: components["schemas"]["AddresseeDto"][];
        };
        ResolutionNotificationDto: {
            /**
             * @description Medio; tacita: la parte recurrió antes de ser notificada (TUO Art. 27.2)
             * @enum {string}
             */
            channel: "personal" | "email" | "casilla" | "tacita";
            /**
             * Format: date-time
             * @description Cuándo surtió efecto (cargo o acuse de recibo, Art. 25)
             */
            servedAt: string;
            /**
             * Format: date
             * @description Su fecha en la municipalidad: el plazo corre desde el día hábil siguiente (Art. 144)
             */
            servedOn: string;
            /** @description Cargo o acuse, como se registró */
            receipt: string | null;
            /**
             * Format: date-time
             * @description Cuándo se registró en Despacho
             */
            at: string;
            /** @description Posición del destinatario */
            addressee: number;
            name: string;
        };
        ResolutionNotificationV1Dto: {
            /** @description Posición del destinatario */
            addressee: number;
            name: string;
            /** @enum {string} */
            channel: "personal" | "email" | "casilla";
            /**
             * Format: date-time
             * @description Cuándo se registró (versión 1 del flujo)
             */
            at: string;
        };
        RemedyFilerDto: {
            /** @description Posición del destinatario que recurre; null contra un acto general */
            addressee: number | null;
            /** @example Constructora Los Andes S.A.C. */
            name: string;
        };
        ServiceRecordDto: {
            /**
             * @description Medio; tacita: la parte recurrió antes de ser notificada (TUO Art. 27.2)
             * @enum {string}
             */
            channel: "personal" | "email" | "casilla" | "tacita";
            /**
             * Format: date-time
             * @description Cuándo surtió efecto (cargo o acuse de recibo, Art. 25)
             */
            servedAt: string;
            /**
             * Format: date
             * @description Su fecha en la municipalidad: el plazo corre desde el día hábil siguiente (Art. 144)
             */
            servedOn: string;
            /** @description Cargo o acuse, como se registró */
            receipt: string | null;
            /**
             * Format: date-time
             * @description Cuándo se registró en Despacho
             */
            at: string;
        };
        RemedyRecordDto: {
            /** @enum {string} */
            kind: "reconsideracion" | "apelacion";
            /**
             * @description El plazo del que viene (clave de windows[])
             * @example 0
             */
            party: string;
            /** @description Quién lo interpuso */
            filedBy: components["schemas"]["RemedyFilerDto"];
            /**
             * Format: date-time
             * @description Fecha y hora de presentación en mesa de partes
             */
            filedAt: string;
            /**
             * Format: date
             * @description Día hábil en que se tiene por presentado (horario de atención, Art. 149)
             */
            filedOn: string;
            /**
             * Format: date-time
             * @description Cuándo se registró
             */
            registeredAt: string;
            /**
             * @description Quién lo resuelve
             * @enum {string}
             */
            resolverRole: "GERENTE_MUNICIPAL" | "ALCALDE";
            /** @enum {string|null} */
            outcome: "fundado" | "fundado_en_parte" | "infundado" | "improcedente" | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** @description El acto que lo decide, si se registró su número */
            instrument: string | null;
            /** @description Fundado en parte: lo que la decisión modifica del acto */
            modification: string | null;
            /** @description Pasaron 30 días hábiles sin resolverse (silencio negativo) */
            negativeSilence: boolean;
            /**
             * Format: date
             * @description Último día del plazo para resolverlo, cuando pasó sin decisión
             */
            resolutionDueOn: string | null;
            /**
             * Format: date-time
             * @description Reconsideración cerrada porque la parte apeló tras el silencio (Art. 199.4)
             */
            closedBySilenceAt: string | null;
            /** @description Notificación de la decisión a la parte: desde ella corre el plazo para apelar */
            decisionNotice: components["schemas"]["ServiceRecordDto"] | null;
            /**
             * Format: date-time
             * @description Presentado a tiempo y registrado tras el vencimiento: la firmeza que revirtió
             */
            reversedFirmAt: string | null;
        };
        DecidedRemedyDto: {
            /** @enum {string} */
            kind: "reconsideracion" | "apelacion";
            /**
             * @description El plazo del que viene (clave de windows[])
             * @example 0
             */
            party: string;
            /** @description Quién lo interpuso */
            filedBy: components["schemas"]["RemedyFilerDto"];
            /**
             * Format: date-time
             * @description Fecha y hora de presentación en mesa de partes
             */
            filedAt: string;
            /**
             * Format: date
             * @description Día hábil en que se tiene por presentado (horario de atención, Art. 149)
             */
            filedOn: string;
            /**
             * Format: date-time
             * @description Cuándo se registró
             */
            registeredAt: string;
            /**
             * @description Quién lo resuelve
             * @enum {string}
             */
            resolverRole: "GERENTE_MUNICIPAL" | "ALCALDE";
            /** @enum {string|null} */
            outcome: "fundado" | "fundado_en_parte" | "infundado" | "improcedente" | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** @description El acto que lo decide, si se registró su número */
            instrument: string | null;
            /** @description Fundado en parte: lo que la decisión modifica del acto */
            modification: string | null;
            /** @description Pasaron 30 días hábiles sin resolverse (silencio negativo) */
            negativeSilence: boolean;
            /**
             * Format: date
             * @description Último día del plazo para resolverlo, cuando pasó sin decisión
             */
            resolutionDueOn: string | null;
            /**
             * Format: date-time
             * @description Reconsideración cerrada porque la parte apeló tras el silencio (Art. 199.4)
             */
            closedBySilenceAt: string | null;
            /** @description Notificación de la decisión a la parte: desde ella corre el plazo para apelar */
            decisionNotice: components["schemas"]["ServiceRecordDto"] | null;
            /**
             * Format: date-time
             * @description Presentado a tiempo y registrado tras el vencimiento: la firmeza que revirtió
             */
            reversedFirmAt: string | null;
            /**
             * @description Ruta de la cédula de notificación de la decisión (PDF); null si no está decidido o fue fundado
             * @example /api/v1/resolutions/6f1c…/remedies/0/notice
             */
            noticeUrl: string | null;
        };
        RemedyRecordV1Dto: {
            /** @enum {string} */
            kind: "reconsideracion" | "apelacion";
            /**
             * Format: date
             * @description Fecha de presentación (versión 1 del flujo)
             */
            filedAt: string;
            /**
             * Format: date-time
             * @description Cuándo se registró
             */
            registeredAt: string;
            /**
             * @description Quién lo resuelve
             * @enum {string}
             */
            resolverRole: "GERENTE_MUNICIPAL" | "ALCALDE";
            /** @enum {string|null} */
            outcome: "fundado" | "infundado" | "improcedente" | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** @description Pasaron 30 días hábiles sin resolverse (silencio negativo) */
            negativeSilence: boolean;
        };
        ResolutionAddresseeDto: {
            /** @example Constructora Los Andes S.A.C. */
            name: string;
            /** @example 20512345678 */
            documentId: string | null;
            /** @example mesadepartes@losandes.pe */
            email: string | null;
        };
        LegalOpinionRecordDto: {
            favorable: boolean;
            /** @example Informe N° 455-2026-MML/GAJ */
            reportRef: string;
            /** @description Motivos (si es desfavorable) */
            reasons: string | null;
            /** Format: date-time */
            at: string;
        };
        ResolutionVisaDto: {
            /**
             * Format: uuid
             * @description Unidad que visó
             */
            unitId: string;
            /**
             * Format: uuid
             * @description Quién visó
             */
            userId: string;
            /** @description SHA-256 del contenido visado (D14) */
            contentHash: string;
            /** Format: date-time */
            at: string;
        };
        ResolutionReturnDto: {
            reason: string;
            /**
             * @description Estado desde el que se devolvió
             * @enum {string}
             */
            from: "legal_review" | "visas" | "ready_to_sign";
            /**
             * Format: uuid
             * @description Unidad que devolvió
             */
            unitId: string | null;
            /** Format: date-time */
            at: string;
        };
        DelegatedActsAppealDto: {
            /** @description Si cabe apelación ante el Alcalde */
            allowed: boolean;
            /** @description Base legal que da el perfil (delegations.appealAgainstDelegatedActs) */
            basis: string;
        };
        ResolutionSignatureDto: {
            /** Format: uuid */
            userId: string;
            /** @description Nombre de quien firmó */
            name: string;
            /** @description Cargo como se imprime; "(e)" en una encargatura */
            post: string;
            /** @enum {string} */
            mode: "propia" | "encargatura" | "delegacion_firma" | "delegacion_competencia";
            /** Format: uuid */
            delegationId: string | null;
            /** @description Instrumento de la delegación */
            instrument: string | null;
            /** @enum {string|null} */
            delegatorRole: "ADMIN" | "ALCALDE" | "GERENTE_MUNICIPAL" | "SECRETARIA_GENERAL" | "ASESORIA_JURIDICA" | "PLANEAMIENTO_PRESUPUESTO" | "GERENCIA" | "REGIDOR" | null;
            delegatorPost: string | null;
            /** @description Firmada por delegación de competencia del Alcalde: si el perfil admitía apelación contra lo así resuelto, como estaba al firmar (D10); null en las demás. No aparece en los actos firmados antes de esa regla (no cabe apelación). */
            delegatedActsAppeal?: components["schemas"]["DelegatedActsAppealDto"] | null;
            /** @description Línea bajo el cargo, p. ej. «Por delegación de firma del Gerente Municipal (…)» */
            mention: string | null;
        };
        ResolutionPublicationDto: {
            /** @example Diario Oficial El Peruano */
            gazette: string;
            /**
             * Format: date
             * @description Fecha de publicación
             */
            date: string;
            /**
             * Format: date
             * @description Vigente desde (el día siguiente)
             */
            inForceFrom: string;
        };
        RemedyWindowDto: {
            /**
             * @description Clave de la obligación: la posición del destinatario, o «publicacion» para el plazo único de un acto general
             * @example 0
             */
            key: string;
            /** @description Posición del destinatario; null en el plazo de la publicación */
            addressee: number | null;
            /**
             * @description open: corre; remedied: se recurrió desde él; awaiting_notice: se decidió la reconsideración y el plazo para apelar corre desde que se notifique la decisión; firm: el acto quedó firme para esa parte
             * @enum {string}
             */
            status: "open" | "remedied" | "awaiting_notice" | "firm";
            /**
             * Format: date
             * @description Día de la notificación, publicación o notificación de la decisión
             */
            servedOn: string;
            /**
             * Format: date
             * @description Último día, cuando venció
             */
            dueOn: string | null;
            /**
             * Format: date-time
             * @description Firme para esa parte (Art. 222): fin del último día, o la decisión que agotó los recursos
             */
            firmAt: string | null;
            /**
             * Format: date-time
             * @description Hasta cuándo se puede registrar un recurso presentado a tiempo (gracia de registro del perfil), revirtiendo la firmeza; null si es definitiva
             */
            firmProvisionalUntil: string | null;
        };
        ResolutionNoticeLinkDto: {
            /** @description Posición del destinatario */
            addressee: number;
            name: string;
            /**
             * @description Ruta de la cédula (PDF)
             * @example /api/v1/resolutions/6f1c…/notices/0
             */
            url: string;
        };
        AnnulmentDto: {
            reason: string;
            /** @description Acto que declara la nulidad */
            instrument: string | null;
            /** Format: date-time */
            at: string;
        };
        HearingArgumentDto: {
            summary: string;
            /**
             * Format: date-time
             * @description Presentación en la mesa de partes
             */
            filedAt: string;
            /**
             * Format: date-time
             * @description Cuándo se registró en Despacho
             */
            at: string;
        };
        HearingDto: {
            /** @description Posición del destinatario */
            addressee: number;
            name: string;
            /** @description La notificación del traslado; null si aún no se notificó */
            notice: components["schemas"]["ServiceRecordDto"] | null;
            /**
             * Format: date
             * @description Último día del plazo, una vez vencido
             */
            dueOn: string | null;
            /**
             * Format: date-time
             * @description Cuándo venció
             */
            lapsedAt: string | null;
            arguments: components["schemas"]["HearingArgumentDto"][];
        };
        ReviewDto: {
            /** @enum {string} */
            kind: "nulidad" | "revocacion";
            reason: string;
            /** @description La causal (Art. 10) o los fundamentos de la revocación */
            grounds: string;
            /**
             * @description Causa de la revocación (Art. 214.1); null en una nulidad
             * @enum {string|null}
             */
            cause: "214.1.1" | "214.1.2" | "214.1.3" | null;
            /** Format: date-time */
            startedAt: string;
            /** @description Estado del acto cuando se inició */
            from: string;
            /** @description Un traslado por destinatario de un acto de alcance particular */
            hearings: components["schemas"]["HearingDto"][];
            /** @enum {string|null} */
            outcome: "declarada" | "declarada_en_parte" | "revocada" | "desestimada" | null;
            /** @description Número del acto del Alcalde que decide */
            instrument: string | null;
            /** @description Parte anulada (nulidad parcial, Art. 13.2) */
            part: string | null;
            /** Format: date-time */
            decidedAt: string | null;
        };
        RevocationDto: {
            reason: string;
            /** @enum {string} */
            cause: "214.1.1" | "214.1.2" | "214.1.3";
            /** @description Acto que declara la revocación */
            instrument: string;
            /** Format: date-time */
            at: string;
        };
        WithdrawalDto: {
            reason: string | null;
            /** Format: date-time */
            at: string;
        };
        ResolutionLinkDto: {
            /** @enum {string} */
            type: "rectifica_a" | "rectificada_por" | "anulada_por" | "modificada_por" | "revocada_por";
            /**
             * Format: uuid
             * @description La resolución vinculada en Despacho; null si es externa
             */
            resolutionId: string | null;
            number: string | null;
            /** Format: date-time */
            at: string;
        };
        ResolutionOriginDto: {
            /**
             * @description Tipo de expediente
             * @example budget-modifications
             */
            kind: string;
            /** Format: uuid */
            id: string;
            /** @example Modificación presupuestaria de la Gerencia de Desarrollo Urbano */
            label: string;
        };
        ResolutionsResourceDto: {
            subject: string;
            /**
             * @description particular: se notifica; general: se publica
             * @enum {string}
             */
            scope: "particular" | "general";
            hasBudgetImpact: boolean;
            vistos: string[];
            considerandos: string[];
            articles: string[];
            addressees: components["schemas"]["ResolutionAddresseeDto"][];
            /**
             * Format: uuid
             * @description Unidad que elaboró el proyecto
             */
            originUnitId: string;
            /** @description SHA-256 del contenido vigente: lo que aprueba una visa */
            contentHash: string;
            legalOpinion: components["schemas"]["LegalOpinionRecordDto"] | null;
            /** @description Unidades que aún deben visar */
            pendingVisas: string[];
            visas: components["schemas"]["ResolutionVisaDto"][];
            /** @description Visas anuladas por una edición o devolución */
            voidedVisas: components["schemas"]["ResolutionVisaDto"][];
            returns: components["schemas"]["ResolutionReturnDto"][];
            /**
             * @description Número de la resolución, desde la firma
             * @example RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM
             */
            number: string | null;
            /** @description Correlativo del año */
            sequence: number | null;
            /** @description Año del registro */
            year: number | null;
            /** Format: date-time */
            signedAt: string | null;
            signature: components["schemas"]["ResolutionSignatureDto"] | null;
            /** @description Clave de verificación pública (GET /api/v1/public/verify/{code}) */
            verificationCode: string | null;
            /** @description SHA-256 del PDF firmado */
            documentSha256: string | null;
            /**
             * @description Ruta del PDF firmado, desde la firma
             * @example /api/v1/resolutions/6f1c…/document
             */
            documentUrl: string | null;
            /** @description Notificaciones a cada destinatario (alcance particular) */
            notifications: (components["schemas"]["ResolutionNotificationDto"] | components["schemas"]["ResolutionNotificationV1Dto"])[];
            /**
             * Format: date-time
             * @description Última notificación
             */
            notifiedAt: string | null;
            publication: components["schemas"]["ResolutionPublicationDto"] | null;
            /** @description El plazo de cada parte para recurrir, en el orden en que se abrieron (D7). No aparece en los expedientes de la versión 1 del flujo. */
            windows?: components["schemas"]["RemedyWindowDto"][];
            /** @description Recursos en trámite, uno por parte como máximo, el más antiguo primero. No aparece en los expedientes de la versión 1 del flujo. */
            pending?: components["schemas"]["RemedyRecordDto"][];
            /** @description El último recurso interpuesto o decidido */
            remedy: (components["schemas"]["RemedyRecordDto"] | components["schemas"]["RemedyRecordV1Dto"]) | null;
            /** @description Recursos ya resueltos o cerrados, el más antiguo primero */
            remedies: (components["schemas"]["DecidedRemedyDto"] | components["schemas"]["RemedyRecordV1Dto"])[];
            /** @description Las cédulas de notificación de cada destinatario, desde la firma (alcance particular). No aparece en los expedientes de la versión 1 del flujo. */
            notices?: components["schemas"]["ResolutionNoticeLinkDto"][];
            /**
             * Format: date-time
             * @description Cuándo quedó firme para todas las partes (Art. 222)
             */
            firmAt: string | null;
            /**
             * Format: date-time
             * @description Hasta cuándo la firmeza es provisional (gracia de registro de un recurso presentado a tiempo); null si es definitiva. No aparece en los expedientes de la versión 1 del flujo.
             */
            firmProvisionalUntil?: string | null;
            annulment: components["schemas"]["AnnulmentDto"] | null;
            /** @description La nulidad de oficio o revocación en trámite o la última decidida. Aparece cuando se inició una nulidad de oficio o una revocación (D9). */
            review?: components["schemas"]["ReviewDto"] | null;
            /** @description Las revisiones decididas, la más antigua primero. Aparece cuando se inició una nulidad de oficio o una revocación (D9). */
            reviews?: components["schemas"]["ReviewDto"][];
            /** @description La revocación declarada (Art. 214). Aparece cuando se inició una nulidad de oficio o una revocación (D9). */
            revocation?: components["schemas"]["RevocationDto"] | null;
            withdrawal: components["schemas"]["WithdrawalDto"] | null;
            links: components["schemas"]["ResolutionLinkDto"][];
            /**
             * Format: uuid
             * @description La resolución que este proyecto rectifica (D8)
             */
            rectifies: string | null;
            /** @description El expediente cuya aprobación generó este proyecto (p. ej. una modificación presupuestaria) */
            origin: components["schemas"]["ResolutionOriginDto"] | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "resolutions";
            /** @enum {string} */
            state: "draft" | "legal_review" | "observed" | "visas" | "ready_to_sign" | "signed" | "notified" | "published" | "under_remedy" | "firm" | "under_review" | "annulled" | "revoked" | "withdrawn";
            /** @description Sube con cada evento; va en el ETag y se envía en If-Match */
            version: number;
            /** @description Eventos que usted puede enviar ahora (según el estado y su rol) */
            allowedEvents: ("EDIT" | "SUBMIT" | "LEGAL_OPINION" | "RETURN" | "VISA" | "SIGN" | "NOTIFY" | "PUBLISH" | "FILE_REMEDY" | "RESOLVE_REMEDY" | "NOTIFY_DECISION" | "START_ANNULMENT" | "START_REVOCATION" | "SERVE_HEARING" | "FILE_ARGUMENTS" | "ANNUL" | "REVOKE" | "DISMISS_REVIEW" | "RECTIFY" | "WITHDRAW")[];
            /** @description Plazos y obligaciones abiertos */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ResolutionsSummaryDto: {
            /**
             * @description Número de la resolución, desde la firma
             * @example RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM
             */
            number: string | null;
            subject: string;
            /**
             * @description particular: se notifica; general: se publica
             * @enum {string}
             */
            scope: "particular" | "general";
            /**
             * Format: uuid
             * @description Unidad que elaboró el proyecto
             */
            originUnitId: string;
            /** Format: date-time */
            signedAt: string | null;
            /** @description El expediente cuya aprobación generó este proyecto */
            origin: components["schemas"]["ResolutionOriginDto"] | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "resolutions";
            /** @enum {string} */
            state: "draft" | "legal_review" | "observed" | "visas" | "ready_to_sign" | "signed" | "notified" | "published" | "under_remedy" | "firm" | "under_review" | "annulled" | "revoked" | "withdrawn";
            version: number;
            /** @description Cómo se nombra el expediente (su número, o su asunto o título) */
            label: string;
            /**
             * Format: uuid
             * @description Unidad dueña (el filtro unit)
             */
            unitId: string | null;
            /** @description Año del expediente (el filtro year) */
            year: number | null;
            /** @description Plazos y obligaciones abiertos */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ResolutionsPageDto: {
            /** @description Resúmenes: el expediente completo se lee con GET /{id} */
            items: components["schemas"]["ResolutionsSummaryDto"][];
            /** @description Cuántos hay, contados hasta 10000 (con q, entre las 200 coincidencias más recientes); si hay más, totalIsEstimate es true y total es ese tope */
            total: number;
            /** @description true: hay más de total (se muestra «más de 10000»); false: total es exacto */
            totalIsEstimate: boolean;
            page: number;
            pageSize: number;
            /** @description Cursor de la página siguiente (opaco): envíelo en cursor para seguir; null en la última */
            nextCursor: string | null;
        };
        CounterpartDto: {
            /** @example Universidad Nacional de Ingeniería */
            name: string;
            /**
             * @description RUC de 11 dígitos; se verifica el dígito verificador (módulo 11 de SUNAT)
             * @example 20169004359
             */
            ruc: string;
        };
        CoordinatorDto: {
            /** @example Rosa Huamán Quispe */
            name: string;
            /** @example Subgerente de Proyectos */
            post: string;
            /** @example rhuaman@munlima.gob.pe */
            email: string;
        };
        CoordinatorsDto: {
            /** @description Coordinador designado por la municipalidad */
            municipality: components["schemas"]["CoordinatorDto"];
            /** @description Coordinador designado por la contraparte */
            counterpart: components["schemas"]["CoordinatorDto"];
        };
        ConvenioObligationDto: {
            /**
             * @description Parte obligada
             * @enum {string}
             */
            party: "municipalidad" | "contraparte";
            /** @example Informe trimestral de avance de las actividades de capacitación */
            description: string;
            /**
             * @description unica: se cumple una vez, en su fecha; periodica: un informe cada N meses
             * @enum {string}
             */
            kind: "unica" | "periodica";
            /**
             * @description Solo para una obligación única
             * @example 2027-06-30
             */
            dueOn?: string;
            /**
             * @description Solo para una obligación periódica: cada cuántos meses se informa
             * @example 3
             */
            everyMonths?: number;
        };
        ConveniosEditEventDto: {
            counterpart?: components["schemas"]["CounterpartDto"];
            object?: string;
            /** @enum {string} */
            convenioType?: "marco" | "especifico" | "cooperacion_interinstitucional";
            /** @description null: rige desde su suscripción */
            startDate?: string | null;
            endDate?: string | null;
            termMonths?: number | null;
            hasFinancialObligations?: boolean;
            /** @example 150000.50 */
            amount?: string | null;
            coordinators?: components["schemas"]["CoordinatorsDto"];
            obligations?: components["schemas"]["ConvenioObligationDto"][];
            exitNoticeDays?: number | null;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "EDIT";
        };
        ConveniosSubmitEventDto: {
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SUBMIT";
        };
        ConveniosCertifyBudgetEventDto: {
            /**
             * @description La certificación emitida por la OPP
             * @example Certificación de Crédito Presupuestario N° 0000123-2026
             */
            certificateRef: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "CERTIFY_BUDGET";
        };
        ConveniosReturnEventDto: {
            /** @example Falta la conformidad técnica del área usuaria. */
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "RETURN";
        };
        ChecklistAnswerDto: {
            /**
             * @description Código del punto (perfil)
             * @example libre_adhesion_separacion
             */
            code: string;
            /** @description Si el proyecto cumple este punto */
            met: boolean;
            /** @example Cláusula décima. */
            note?: string;
        };
        ConveniosLegalOpinionEventDto: {
            /** @description true: favorable (pasa a la Gerencia Municipal); false: desfavorable (vuelve a la unidad para subsanar) */
            favorable: boolean;
            /** @example Informe N° 455-2026-MML/GAJ */
            reportRef: string;
            /** @description Un punto por cada ítem de la lista del perfil; el favorable exige la cláusula de libre adhesión y separación (D11) */
            checklist: components["schemas"]["ChecklistAnswerDto"][];
            /** @description Obligatorio si el informe es desfavorable */
            reasons?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "LEGAL_OPINION";
        };
        ConveniosConformityEventDto: {
            /**
             * @description El documento con que el Gerente eleva el convenio
             * @example Memorando N° 210-2026-MML/GMM
             */
            memoRef: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "CONFORMITY";
        };
        ConveniosSendToCouncilEventDto: {
            /** @example Memorando N° 045-2026-MML/ALC */
            memoRef?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SEND_TO_COUNCIL";
        };
        ConveniosCouncilApprovedEventDto: {
            /** @example ACUERDO DE CONCEJO N° 045-2026-MML */
            agreementNumber: string;
            /**
             * Format: uuid
             * @description El Acuerdo en Despacho, si se adoptó aquí
             */
            agreementId?: string;
            /** @description Si el Acuerdo autoriza al Alcalde a suscribir también sus adendas */
            authorisesAddenda: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "COUNCIL_APPROVED";
        };
        ConveniosCouncilRejectedEventDto: {
            /** @example ACUERDO DE CONCEJO N° 046-2026-MML */
            agreementNumber: string;
            /** Format: uuid */
            agreementId?: string;
            /** @example El Concejo no aprobó el convenio por mayoría. */
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "COUNCIL_REJECTED";
        };
        ConveniosSignEventDto: {
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SIGN";
        };
        ConveniosWithdrawEventDto: {
            /** @example La contraparte desistió. */
            reason?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "WITHDRAW";
        };
        ConveniosReportObligationEventDto: {
            /**
             * @description Clave del vencimiento (dues[].key)
             * @example 0-1
             */
            key: string;
            /**
             * @description El informe o documento que acredita el cumplimiento
             * @example Informe N° 012-2027-UNI/FIC
             */
            evidence: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "REPORT_OBLIGATION";
        };
        ConveniosAddendumEventDto: {
            /** @example Ampliar la vigencia por doce meses y modificar la cláusula quinta. */
            object: string;
            /**
             * @description Nuevo último día de vigencia, si la adenda la amplía (renovación)
             * @example 2029-01-14
             */
            newEndDate?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ADDENDUM";
        };
        ConveniosMutualTerminationEventDto: {
            /** @example Las partes acordaron resolver el convenio por haberse cumplido su objeto. */
            reason: string;
            /** @example Adenda de resolución por mutuo acuerdo de fecha 10/03/2027 */
            instrument: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "MUTUAL_TERMINATION";
        };
        ConveniosTerminationForBreachEventDto: {
            /**
             * @description La parte que incumplió
             * @enum {string}
             */
            party: "municipalidad" | "contraparte";
            /** @example La contraparte no presentó los informes trimestrales pese al requerimiento. */
            reason: string;
            /** @example Carta Notarial N° 015-2027-MML/ALC */
            instrument: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "TERMINATION_FOR_BREACH";
        };
        ConveniosFreeExitEventDto: {
            /**
             * @description La parte que se separa (D11)
             * @enum {string}
             */
            party: "municipalidad" | "contraparte";
            reason?: string;
            /**
             * @description La comunicación de separación
             * @example Carta N° 031-2027-UNI/R
             */
            instrument: string;
            /**
             * @description Día en que se notificó la separación: el preaviso corre desde el día siguiente
             * @example 2027-05-03
             */
            noticeOn: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "FREE_EXIT";
        };
        CreateConvenioDto: {
            /** @description Entidad con la que se celebra el convenio */
            counterpart: components["schemas"]["CounterpartDto"];
            /** @example Cooperación para la capacitación del personal de fiscalización en gestión de riesgos de desastres */
            object: string;
            /**
             * @description marco: líneas generales que se ejecutan mediante convenios específicos; especifico: un objeto concreto; cooperacion_interinstitucional: colaboración entre entidades públicas (TUO de la Ley 27444, Art. 88)
             * @enum {string}
             */
            convenioType: "marco" | "especifico" | "cooperacion_interinstitucional";
            /**
             * @description Inicio de la vigencia; si se omite, rige desde el día de su suscripción
             * @example 2027-01-15
             */
            startDate?: string;
            /**
             * @description Último día de vigencia; o bien termMonths (uno de los dos)
             * @example 2028-01-14
             */
            endDate?: string;
            /**
             * @description Plazo de vigencia en meses (Código Civil Art. 183); o bien endDate
             * @example 24
             */
            termMonths?: number;
            /** @description Si el convenio compromete recursos de la municipalidad: requiere certificación presupuestal de la OPP */
            hasFinancialObligations: boolean;
            /**
             * @description Monto en soles, texto decimal con hasta 2 decimales; obligatorio si hay obligaciones financieras
             * @example 150000.50
             */
            amount?: string;
            coordinators: components["schemas"]["CoordinatorsDto"];
            /** @description Obligaciones de cada parte */
            obligations: components["schemas"]["ConvenioObligationDto"][];
            /**
             * @description Días calendario de preaviso para la separación (D11); si se omite, los del perfil de la municipalidad
             * @example 30
             */
            exitNoticeDays?: number;
        };
        ConvenioObligationRecordDto: {
            /** @enum {string} */
            party: "municipalidad" | "contraparte";
            description: string;
            /** @enum {string} */
            kind: "unica" | "periodica";
            /**
             * Format: date
             * @description Obligación única: su fecha
             */
            dueOn: string | null;
            /** @description Periódica: cada cuántos meses */
            everyMonths: number | null;
        };
        ChecklistItemDto: {
            /** @example libre_adhesion_separacion */
            code: string;
            label: string;
        };
        BudgetCertificationRecordDto: {
            certificateRef: string;
            /** Format: date-time */
            at: string;
        };
        ChecklistAnswerRecordDto: {
            code: string;
            met: boolean;
            note: string | null;
        };
        ConvenioLegalOpinionRecordDto: {
            favorable: boolean;
            /** @example Informe N° 455-2026-MML/GAJ */
            reportRef: string;
            checklist: components["schemas"]["ChecklistAnswerRecordDto"][];
            reasons: string | null;
            /** Format: date-time */
            at: string;
        };
        ConformityRecordDto: {
            memoRef: string;
            /** Format: date-time */
            at: string;
        };
        CouncilReferralRecordDto: {
            memoRef: string | null;
            /** Format: date-time */
            at: string;
        };
        CouncilAgreementRecordDto: {
            approved: boolean;
            /** Format: uuid */
            agreementId: string | null;
            /** @example ACUERDO DE CONCEJO N° 045-2026-MML */
            number: string;
            /** @description Autoriza también la suscripción de sus adendas */
            authorisesAddenda: boolean;
            reason: string | null;
            /** Format: date-time */
            at: string;
        };
        ConvenioReturnRecordDto: {
            reason: string;
            /** @description Estado del que volvió a la unidad */
            from: string;
            /** Format: date-time */
            at: string;
        };
        ObligationDueDto: {
            /**
             * @description Clave del vencimiento (REPORT_OBLIGATION)
             * @example 0-1
             */
            key: string;
            /** @description Posición de la obligación en obligations */
            index: number;
            n: number;
            /** @enum {string} */
            party: "municipalidad" | "contraparte";
            /** Format: date */
            dueOn: string;
            /** @enum {string} */
            status: "pending" | "fulfilled" | "overdue";
            evidence: string | null;
            /** Format: date-time */
            fulfilledAt: string | null;
        };
        ExpiryAlertRecordDto: {
            key: string;
            /** @description Días calendario antes del término */
            days: number;
            /** Format: date */
            on: string;
            /**
             * @example [
             *       "unidad_solicitante",
             *       "GERENTE_MUNICIPAL",
             *       "ALCALDE"
             *     ]
             */
            recipients: string[];
            /** Format: date-time */
            at: string;
        };
        AddendumRecordDto: {
            /** Format: uuid */
            instanceId: string;
            object: string;
            /** Format: date */
            newEndDate: string | null;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string|null} */
            outcome: "signed" | "rejected" | "withdrawn" | null;
            number: string | null;
            /** Format: date-time */
            concludedAt: string | null;
        };
        EndingRecordDto: {
            /** @enum {string} */
            cause: "vencimiento" | "mutuo_acuerdo" | "incumplimiento" | "separacion";
            /** @enum {string|null} */
            party: "municipalidad" | "contraparte" | null;
            reason: string | null;
            instrument: string | null;
            /** Format: date */
            noticeOn: string | null;
            /**
             * Format: date
             * @description Separación: cuando vence el preaviso
             */
            effectiveOn: string | null;
            /** Format: date-time */
            at: string;
        };
        WithdrawalRecordDto: {
            reason: string | null;
            /** Format: date-time */
            at: string;
        };
        ConveniosResourceDto: {
            counterpart: components["schemas"]["CounterpartDto"];
            object: string;
            /** @enum {string} */
            convenioType: "marco" | "especifico" | "cooperacion_interinstitucional";
            /**
             * Format: date
             * @description null: rige desde su suscripción
             */
            startDate: string | null;
            /** Format: date */
            endDate: string | null;
            termMonths: number | null;
            hasFinancialObligations: boolean;
            /** @description Monto en céntimos de sol */
            amountCents: number | null;
            /** @example S/ 150,000.50 */
            amount: string | null;
            coordinators: components["schemas"]["CoordinatorsDto"];
            obligations: components["schemas"]["ConvenioObligationRecordDto"][];
            /** @description Días calendario de preaviso de separación (D11) */
            exitNoticeDays: number;
            /**
             * Format: uuid
             * @description Unidad que propone el convenio
             */
            requestingUnitId: string;
            /**
             * Format: uuid
             * @description Adenda: el convenio que modifica
             */
            parentConvenioId: string | null;
            isAddendum: boolean;
            /** @description Lista del informe legal (perfil) */
            legalChecklist: components["schemas"]["ChecklistItemDto"][];
            budgetCertification: components["schemas"]["BudgetCertificationRecordDto"] | null;
            legalOpinion: components["schemas"]["ConvenioLegalOpinionRecordDto"] | null;
            conformity: components["schemas"]["ConformityRecordDto"] | null;
            councilReferral: components["schemas"]["CouncilReferralRecordDto"] | null;
            agreement: components["schemas"]["CouncilAgreementRecordDto"] | null;
            returns: components["schemas"]["ConvenioReturnRecordDto"][];
            /** @example CONVENIO N° 012-2027-MML */
            number: string | null;
            year: number | null;
            /** Format: date-time */
            signedAt: string | null;
            /** Format: date */
            inForceFrom: string | null;
            /** Format: date */
            inForceUntil: string | null;
            dues: components["schemas"]["ObligationDueDto"][];
            alerts: components["schemas"]["ExpiryAlertRecordDto"][];
            addenda: components["schemas"]["AddendumRecordDto"][];
            ending: components["schemas"]["EndingRecordDto"] | null;
            withdrawal: components["schemas"]["WithdrawalRecordDto"] | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "convenios";
            /** @enum {string} */
            state: "draft" | "budget_certification" | "legal_review" | "management_conformity" | "mayor_review" | "awaiting_council" | "approved" | "in_force" | "exit_notice" | "expired" | "ended" | "incorporated" | "rejected" | "withdrawn";
            /** @description Sube con cada evento; va en el ETag y se envía en If-Match */
            version: number;
            /** @description Eventos que usted puede enviar ahora (según el estado y su rol) */
            allowedEvents: ("EDIT" | "SUBMIT" | "CERTIFY_BUDGET" | "RETURN" | "LEGAL_OPINION" | "CONFORMITY" | "SEND_TO_COUNCIL" | "COUNCIL_APPROVED" | "COUNCIL_REJECTED" | "SIGN" | "WITHDRAW" | "REPORT_OBLIGATION" | "ADDENDUM" | "MUTUAL_TERMINATION" | "TERMINATION_FOR_BREACH" | "FREE_EXIT")[];
            /** @description Plazos y obligaciones abiertos */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ConveniosSummaryDto: {
            /** @example CONVENIO N° 012-2027-MML */
            number: string | null;
            /** @example Universidad Nacional de Ingeniería */
            counterpart: string;
            /** @enum {string} */
            convenioType: "marco" | "especifico" | "cooperacion_interinstitucional";
            isAddendum: boolean;
            /** Format: uuid */
            requestingUnitId: string;
            hasFinancialObligations: boolean;
            /** Format: date */
            inForceUntil: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "convenios";
            /** @enum {string} */
            state: "draft" | "budget_certification" | "legal_review" | "management_conformity" | "mayor_review" | "awaiting_council" | "approved" | "in_force" | "exit_notice" | "expired" | "ended" | "incorporated" | "rejected" | "withdrawn";
            version: number;
            /** @description Cómo se nombra el expediente (su número, o su asunto o título) */
            label: string;
            /**
             * Format: uuid
             * @description Unidad dueña (el filtro unit)
             */
            unitId: string | null;
            /** @description Año del expediente (el filtro year) */
            year: number | null;
            /** @description Plazos y obligaciones abiertos */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ConveniosPageDto: {
            /** @description Resúmenes: el expediente completo se lee con GET /{id} */
            items: components["schemas"]["ConveniosSummaryDto"][];
            /** @description Cuántos hay, contados hasta 10000 (con q, entre las 200 coincidencias más recientes); si hay más, totalIsEstimate es true y total es ese tope */
            total: number;
            /** @description true: hay más de total (se muestra «más de 10000»); false: total es exacto */
            totalIsEstimate: boolean;
            page: number;
            pageSize: number;
            /** @description Cursor de la página siguiente (opaco): envíelo en cursor para seguir; null en la última */
            nextCursor: string | null;
        };
        BudgetModificationsSubmitEventDto: {
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SUBMIT";
        };
        BudgetModificationsTechnicalReportEventDto: {
            /** @description true: favorable (pasa al Gerente Municipal); false: vuelve a la unidad con sus observaciones */
            favorable: boolean;
            /** @example Informe Técnico N° 045-2026-MML/GPP */
            reportRef: string;
            /**
             * @description Obligatorias si el informe es desfavorable
             * @example La específica de gasto de origen no tiene saldo disponible.
             */
            observations?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "TECHNICAL_REPORT";
        };
        BudgetModificationsApproveEventDto: {
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "APPROVE";
        };
        BudgetModificationsElevateEventDto: {
            /** @example Memorando N° 210-2026-MML/GM */
            memoRef?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ELEVATE";
        };
        BudgetModificationsApproveByMayorEventDto: {
            /**
             * @description La Resolución de Alcaldía que aprueba la modificación (se emite fuera de Despacho)
             * @example Resolución de Alcaldía N° 120-2026-MML
             */
            resolutionRef: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "APPROVE_BY_MAYOR";
        };
        BudgetModificationsRejectEventDto: {
            /** @example No hay saldo de libre disponibilidad en la fuente indicada. */
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "REJECT";
        };
        BudgetModificationsWithdrawEventDto: {
            /** @example La necesidad se cubrió con el saldo de la meta. */
            reason?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "WITHDRAW";
        };
        ProgrammaticLineDto: {
            /**
             * @description Programa presupuestal: 4 dígitos (9001/9002: asignaciones que no resultan en productos)
             * @example 0030
             */
            program: string;
            /**
             * @description Producto (3xxxxxx) o proyecto (2xxxxxx): 7 dígitos
             * @example 3000001
             */
            productOrProject: string;
            /**
             * @description Actividad (5xxxxxx), acción de inversión (4xxxxxx) u obra (6xxxxxx): 7 dígitos
             * @example 5004156
             */
            activity: string;
            /**
             * @description Específica de gasto del clasificador (6 niveles)
             * @example 2.3.1.5.1.2
             */
            expenseItem: string;
        };
        CreateBudgetModificationDto: {
            /**
             * @description modificacion_presupuestaria (se aprueba por resolución) o certificacion (de crédito presupuestario)
             * @enum {string}
             */
            requestType: "modificacion_presupuestaria" | "certificacion";
            /**
             * @description Solo para una modificación presupuestaria (DL 1440, Art. 46–47)
             * @enum {string|null}
             */
            modality?: "credito_suplementario" | "transferencia_partidas" | "habilitacion_anulacion" | null;
            /**
             * @description Monto en soles, texto con hasta dos decimales
             * @example 150000.50
             */
            amount: string;
            /** @description Línea de la que se anula el crédito (transferencia de partidas, habilitación/anulación) */
            fromLine?: components["schemas"]["ProgrammaticLineDto"] | null;
            /** @description Línea que recibe o certifica el crédito */
            toLine: components["schemas"]["ProgrammaticLineDto"];
            /**
             * @description Fuente de financiamiento
             * @enum {string}
             */
            fundingSource: "recursos_ordinarios" | "recursos_directamente_recaudados" | "recursos_por_operaciones_oficiales_de_credito" | "donaciones_y_transferencias" | "recursos_determinados";
            /** @example Mayor demanda del servicio de limpieza pública en el Cercado por la temporada de lluvias. */
            justification: string;
        };
        ProgrammaticLineViewDto: {
            /** @example 0036 */
            program: string;
            /** @example 3000579 */
            productOrProject: string;
            /** @example 5004369 */
            activity: string;
            /** @example 2.3.1.5.1.2 */
            expenseItem: string;
        };
        ManagerDelegationViewDto: {
            /** @description Si el Gerente aprueba esta solicitud por delegación (perfil) */
            held: boolean;
            instrument: string;
            basis: string;
        };
        TechnicalReportViewDto: {
            favorable: boolean;
            reportRef: string;
            observations: string | null;
            /** Format: date-time */
            at: string;
        };
        BudgetReturnDto: {
            reason: string;
            reportRef: string;
            /** Format: date-time */
            at: string;
        };
        ElevationDto: {
            memoRef: string | null;
            /** Format: date-time */
            at: string;
        };
        ApprovalDto: {
            /** @enum {string} */
            by: "gerente" | "alcalde";
            /** Format: date-time */
            at: string;
        };
        FormalizationDto: {
            /** @enum {string} */
            kind: "resolucion_gerencia_municipal" | "resolucion_alcaldia";
            /** Format: uuid */
            resolutionId: string | null;
            /** @description Número de la resolución */
            number: string | null;
            /** Format: date-time */
            at: string;
            /** Format: date-time */
            signedAt: string | null;
        };
        RejectionDto: {
            reason: string;
            /** @enum {string} */
            by: "gerente" | "alcalde";
            /** Format: date-time */
            at: string;
        };
        BudgetWithdrawalDto: {
            reason: string | null;
            /** Format: date-time */
            at: string;
        };
        BudgetModificationsResourceDto: {
            /** @enum {string} */
            requestType: "modificacion_presupuestaria" | "certificacion";
            /** @enum {string|null} */
            modality: "credito_suplementario" | "transferencia_partidas" | "habilitacion_anulacion" | null;
            /** @description Monto en céntimos de sol */
            amountCents: number;
            /** @example S/ 150,000.50 */
            amount: string;
            fromLine: components["schemas"]["ProgrammaticLineViewDto"] | null;
            toLine: components["schemas"]["ProgrammaticLineViewDto"];
            /** @enum {string} */
            fundingSource: "recursos_ordinarios" | "recursos_directamente_recaudados" | "recursos_por_operaciones_oficiales_de_credito" | "donaciones_y_transferencias" | "recursos_determinados";
            justification: string;
            /** Format: uuid */
            requestingUnitId: string;
            managerDelegation: components["schemas"]["ManagerDelegationViewDto"];
            /** Format: date-time */
            submittedAt: string | null;
            technicalReport: components["schemas"]["TechnicalReportViewDto"] | null;
            returns: components["schemas"]["BudgetReturnDto"][];
            elevation: components["schemas"]["ElevationDto"] | null;
            approval: components["schemas"]["ApprovalDto"] | null;
            /**
             * Format: uuid
             * @description El proyecto de Resolución de Gerencia Municipal que creó la aprobación
             */
            resolutionId: string | null;
            resolutionUrl: string | null;
            withdrawnResolutions: string[];
            formalization: components["schemas"]["FormalizationDto"] | null;
            rejection: components["schemas"]["RejectionDto"] | null;
            withdrawal: components["schemas"]["BudgetWithdrawalDto"] | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "budget-modifications";
            /** @enum {string} */
            state: "draft" | "opp_report" | "manager_decision" | "mayor_decision" | "resolution_in_progress" | "approved" | "formalized" | "rejected" | "withdrawn";
            /** @description Sube con cada evento; va en el ETag y se envía en If-Match */
            version: number;
            /** @description Eventos que usted puede enviar ahora (según el estado y su rol) */
            allowedEvents: ("SUBMIT" | "TECHNICAL_REPORT" | "APPROVE" | "ELEVATE" | "APPROVE_BY_MAYOR" | "REJECT" | "WITHDRAW")[];
            /** @description Plazos y obligaciones abiertos */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        BudgetModificationsSummaryDto: {
            /** @enum {string} */
            requestType: "modificacion_presupuestaria" | "certificacion";
            /** @enum {string|null} */
            modality: "credito_suplementario" | "transferencia_partidas" | "habilitacion_anulacion" | null;
            amountCents: number;
            /** @example S/ 150,000.50 */
            amount: string;
            /** Format: uuid */
            requestingUnitId: string;
            /** Format: uuid */
            resolutionId: string | null;
            /** @description Número de la resolución que la formalizó */
            formalizedAs: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "budget-modifications";
            /** @enum {string} */
            state: "draft" | "opp_report" | "manager_decision" | "mayor_decision" | "resolution_in_progress" | "approved" | "formalized" | "rejected" | "withdrawn";
            version: number;
            /** @description Cómo se nombra el expediente (su número, o su asunto o título) */
            label: string;
            /**
             * Format: uuid
             * @description Unidad dueña (el filtro unit)
             */
            unitId: string | null;
            /** @description Año del expediente (el filtro year) */
            year: number | null;
            /** @description Plazos y obligaciones abiertos */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        BudgetModificationsPageDto: {
            /** @description Resúmenes: el expediente completo se lee con GET /{id} */
            items: components["schemas"]["BudgetModificationsSummaryDto"][];
            /** @description Cuántos hay, contados hasta 10000 (con q, entre las 200 coincidencias más recientes); si hay más, totalIsEstimate es true y total es ese tope */
            total: number;
            /** @description true: hay más de total (se muestra «más de 10000»); false: total es exacto */
            totalIsEstimate: boolean;
            page: number;
            pageSize: number;
            /** @description Cursor de la página siguiente (opaco): envíelo en cursor para seguir; null en la última */
            nextCursor: string | null;
        };
        BudgetReviewsCompletePhaseEventDto: {
            /**
             * @description Código de la fase que sigue (del perfil)
             * @example concertacion
             */
            phase: string;
            /**
             * @description El documento que acredita la fase cumplida
             * @example Acta de Acuerdos y Compromisos N° 001-2026-MML
             */
            documentRef: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "COMPLETE_PHASE";
        };
        KeyFigureDto: {
            /** @example Presupuesto total */
            concept: string;
            /**
             * @description Monto en soles, texto con hasta 2 decimales
             * @example 1234567.89
             */
            amount: string;
            /**
             * @description Fuente de financiamiento
             * @enum {string}
             */
            fundingSource?: "recursos_ordinarios" | "recursos_directamente_recaudados" | "recursos_por_operaciones_oficiales_de_credito" | "donaciones_y_transferencias" | "recursos_determinados";
        };
        BudgetReviewsSubmitEventDto: {
            /**
             * @description El documento presentado
             * @example Informe N° 012-2026-MML/GPP
             */
            documentRef: string;
            /** @example Proyecto de PIA 2027 */
            summary?: string;
            /** @description Cifras clave, en soles */
            figures?: components["schemas"]["KeyFigureDto"][];
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SUBMIT";
        };
        BudgetReviewsObserveEventDto: {
            /** @example Falta el anexo de ingresos por fuente. */
            observations: string;
            /** @description Días hábiles para subsanar */
            termBusinessDays: number;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "OBSERVE";
        };
        BudgetReviewsAcceptEventDto: {
            /** @example Informe Técnico N° 030-2026-MML/GPP */
            reportRef?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ACCEPT";
        };
        BudgetReviewsConformityEventDto: {
            /** @example Memorando N° 101-2026-MML/GMM */
            memoRef: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "CONFORMITY";
        };
        BudgetReviewsSendToCouncilEventDto: {
            /** @example Oficio N° 020-2026-MML/ALC */
            memoRef?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SEND_TO_COUNCIL";
        };
        BudgetReviewsCouncilApprovedEventDto: {
            /** @example ACUERDO DE CONCEJO N° 120-2026-MML */
            agreementNumber: string;
            /** Format: uuid */
            agreementId?: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "COUNCIL_APPROVED";
        };
        BudgetReviewsCouncilRejectedEventDto: {
            /** @example ACUERDO DE CONCEJO N° 120-2026-MML */
            agreementNumber: string;
            /** Format: uuid */
            agreementId?: string;
            /** @example El Concejo pidió reformular el proyecto. */
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "COUNCIL_REJECTED";
        };
        BudgetReviewsApproveByResolutionEventDto: {
            /** @example RESOLUCIÓN DE ALCALDÍA N° 310-2026-MML */
            resolutionNumber: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "APPROVE_BY_RESOLUTION";
        };
        BudgetReviewsApproveByMayorFallbackEventDto: {
            /** @example RESOLUCIÓN DE ALCALDÍA N° 310-2026-MML */
            resolutionNumber: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "APPROVE_BY_MAYOR_FALLBACK";
        };
        BudgetReviewsPublishEventDto: {
            /** @example Diario Oficial El Peruano */
            gazette: string;
            /**
             * Format: date
             * @example 2027-01-05
             */
            publishedOn: string;
            /**
             * @description discriminator enum property added by openapi-typescript (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "PUBLISH";
        };
        CreateBudgetReviewDto: {
            /** @description Año fiscal (la creación responde siempre 403 CREATED_BY_SEEDING) */
            fiscalYear?: number;
        };
        KeyFigureRecordDto: {
            concept: string;
            /** @description Céntimos de sol */
            amountCents: number;
            /** @example S/ 1,234,567.89 */
            amount: string;
            /** @enum {string|null} */
            fundingSource: "recursos_ordinarios" | "recursos_directamente_recaudados" | "recursos_por_operaciones_oficiales_de_credito" | "donaciones_y_transferencias" | "recursos_determinados" | null;
        };
        DocumentVersionRecordDto: {
            /** @description Versión: 1, 2… (cada presentación tras una observación) */
            n: number;
            documentRef: string;
            summary: string | null;
            figures: components["schemas"]["KeyFigureRecordDto"][];
            /** Format: uuid */
            submittedBy: string | null;
            /** Format: date-time */
            at: string;
        };
        ObservationRecordDto: {
            /** @description Versión observada */
            version: number;
            observations: string;
            termBusinessDays: number;
            /** Format: uuid */
            by: string | null;
            /** Format: date-time */
            at: string;
        };
        AcceptanceRecordDto: {
            reportRef: string | null;
            /** Format: uuid */
            by: string | null;
            /** Format: date-time */
            at: string;
        };
        BudgetConformityRecordDto: {
            memoRef: string;
            /** Format: uuid */
            by: string | null;
            /** Format: date-time */
            at: string;
        };
        BudgetCouncilReferralRecordDto: {
            memoRef: string | null;
            /** Format: date-time */
            at: string;
        };
        BudgetAgreementRecordDto: {
            approved: boolean;
            /** Format: uuid */
            agreementId: string | null;
            /** @example ACUERDO DE CONCEJO N° 120-2026-MML */
            number: string;
            reason: string | null;
            /** Format: date-time */
            at: string;
        };
        ResolutionRecordDto: {
            /** @example RESOLUCIÓN DE ALCALDÍA N° 001-2027-MML */
            number: string;
            /** @description Aprobación supletoria del PIA (LOM Art. 20 inc. 10) */
            fallback: boolean;
            /** Format: date-time */
            at: string;
        };
        PublicationRecordDto: {
            gazette: string;
            /** Format: date */
            publishedOn: string;
            /** Format: date-time */
            at: string;
        };
        PhaseCompletionDto: {
            documentRef: string;
            /** Format: uuid */
            by: string | null;
            /** Format: date-time */
            at: string;
        };
        PhaseRecordDto: {
            /** @example concertacion */
            code: string;
            /** @example Fase de concertación */
            name: string;
            /** Format: date */
            dueOn: string;
            /** @description Base legal de la fase (perfil) */
            basis: string;
            /** @description Regla ⚠ por verificar */
            verify: boolean;
            /** @description Venció sin cumplirse */
            missed: boolean;
            completion: components["schemas"]["PhaseCompletionDto"] | null;
        };
        BudgetReviewsResourceDto: {
            fiscalYear: number;
            /** @example pia */
            documentCode: string;
            documentName: string;
            /** @description Base legal de la regla (perfil) */
            basis: string;
            /** @description Regla ⚠ por verificar */
            verify: boolean;
            /** Format: uuid */
            responsibleUnitId: string;
            /** @enum {string} */
            authority: "concejo" | "alcalde";
            councilItemType: string | null;
            /** @description Sus cifras llevan fuente de financiamiento */
            fundingSource: boolean;
            /**
             * Format: date
             * @description Desde el día siguiente, aprobación supletoria
             */
            mayorFallbackAfter: string | null;
            chainedAfter: string | null;
            chainedBusinessDays: number | null;
            /** Format: date */
            dueOn: string | null;
            dueBasis: string | null;
            /** @description Venció sin aprobarse */
            missed: boolean;
            versions: components["schemas"]["DocumentVersionRecordDto"][];
            observations: components["schemas"]["ObservationRecordDto"][];
            acceptance: components["schemas"]["AcceptanceRecordDto"] | null;
            conformity: components["schemas"]["BudgetConformityRecordDto"] | null;
            councilReferral: components["schemas"]["BudgetCouncilReferralRecordDto"] | null;
            agreement: components["schemas"]["BudgetAgreementRecordDto"] | null;
            resolution: components["schemas"]["ResolutionRecordDto"] | null;
            /** Format: date */
            approvedOn: string | null;
            publication: components["schemas"]["PublicationRecordDto"] | null;
            /** @description Fases que la unidad cumple en orden (COMPLETE_PHASE) antes de presentarlo */
            phases: components["schemas"]["PhaseRecordDto"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "budget-reviews";
            /** @enum {string} */
            state: "preparing" | "opp_review" | "management_review" | "mayor_review" | "awaiting_council" | "approved" | "published";
            /** @description Sube con cada evento; va en el ETag y se envía en If-Match */
            version: number;
            /** @description Eventos que usted puede enviar ahora (según el estado y su rol) */
            allowedEvents: ("COMPLETE_PHASE" | "SUBMIT" | "OBSERVE" | "ACCEPT" | "CONFORMITY" | "SEND_TO_COUNCIL" | "COUNCIL_APPROVED" | "COUNCIL_REJECTED" | "APPROVE_BY_RESOLUTION" | "APPROVE_BY_MAYOR_FALLBACK" | "PUBLISH")[];
            /** @description Plazos y obligaciones abiertos */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        BudgetReviewsSummaryDto: {
            /** @example pia */
            documentCode: string;
            documentName: string;
            fiscalYear: number;
            /** @enum {string} */
            authority: "concejo" | "alcalde";
            /** @description Tipo de asunto de agenda cuando lo aprueba el Concejo */
            councilItemType: string | null;
            /** Format: date */
            dueOn: string | null;
            /** Format: uuid */
            responsibleUnitId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "budget-reviews";
            /** @enum {string} */
            state: "preparing" | "opp_review" | "management_review" | "mayor_review" | "awaiting_council" | "approved" | "published";
            version: number;
            /** @description Cómo se nombra el expediente (su número, o su asunto o título) */
            label: string;
            /**
             * Format: uuid
             * @description Unidad dueña (el filtro unit)
             */
            unitId: string | null;
            /** @description Año del expediente (el filtro year) */
            year: number | null;
            /** @description Plazos y obligaciones abiertos */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        BudgetReviewsPageDto: {
            /** @description Resúmenes: el expediente completo se lee con GET /{id} */
            items: components["schemas"]["BudgetReviewsSummaryDto"][];
            /** @description Cuántos hay, contados hasta 10000 (con q, entre las 200 coincidencias más recientes); si hay más, totalIsEstimate es true y total es ese tope */
            total: number;
            /** @description true: hay más de total (se muestra «más de 10000»); false: total es exacto */
            totalIsEstimate: boolean;
            page: number;
            pageSize: number;
            /** @description Cursor de la página siguiente (opaco): envíelo en cursor para seguir; null en la última */
            nextCursor: string | null;
        };
        PublicVerificationDto: {
            valid: boolean;
            number: string | null;
            subject: string | null;
            /** Format: date-time */
            signedAt: string | null;
            signer: string | null;
            /** @description SHA-256 del PDF firmado */
            sha256: string | null;
            /** @description Estado del acto (si sigue vigente) */
            state?: string;
        };
        ExpiringConvenioDto: {
            /** Format: uuid */
            id: string;
            /** @example CONVENIO N° 012-2026-MML */
            number: string | null;
            /** @example Universidad Nacional de Ingeniería */
            counterpart: string;
            /** Format: uuid */
            requestingUnitId: string;
            /** @description Unidad solicitante */
            requestingUnit: string;
            /**
             * Format: date
             * @description Último día de vigencia
             */
            inForceUntil: string;
            /** @description Días calendario que le quedan */
            daysLeft: number;
            /** @description Hay una adenda de renovación (que amplía el plazo) en trámite */
            renewalUnderWay: boolean;
        };
        ExpiringConvenioPageDto: {
            items: components["schemas"]["ExpiringConvenioDto"][];
            total: number;
            page: number;
            pageSize: number;
            /**
             * Format: date
             * @description Hoy, en la municipalidad
             */
            today: string;
            /**
             * Format: date
             * @description Último día considerado
             */
            until: string;
            withinDays: number;
        };
        CalendarPhaseDto: {
            /** @example concertacion */
            code: string;
            /** @example Fase de concertación */
            name: string;
            /**
             * Format: date
             * @description Último día de la fase
             */
            dueOn: string;
            /** @description Documento que acredita la fase */
            completedDocument: string | null;
            /**
             * @description done: cumplida; si no, como el documento
             * @enum {string}
             */
            status: "on_time" | "at_risk" | "late" | "done";
        };
        CalendarItemDto: {
            /**
             * Format: uuid
             * @description El expediente budget-reviews del documento
             */
            id: string;
            /** @example pia */
            documentCode: string;
            /** @example Presupuesto Institucional de Apertura (PIA) */
            documentName: string;
            /** @example preparing */
            state: string;
            /** Format: uuid */
            responsibleUnitId: string;
            /** @example Gerencia de Planificación y Presupuesto */
            responsibleUnit: string;
            /** @enum {string} */
            authority: "concejo" | "alcalde";
            /**
             * Format: date
             * @description Último día; null: encadenado, espera la aprobación de su predecesor
             */
            dueOn: string | null;
            /** @description Fuente legal de la fecha vigente */
            dueBasis: string;
            /** @description Versión de la fecha */
            dateVersion: number;
            /** @example pia */
            chainedAfter: string | null;
            /** Format: date */
            approvedOn: string | null;
            /** @description Regla ⚠ por verificar con la norma vigente */
            verify: boolean;
            /**
             * @description on_time; at_risk: faltan 15 días hábiles o menos y no está aprobado; late: vencido sin aprobar; done: aprobado
             * @enum {string}
             */
            status: "on_time" | "at_risk" | "late" | "done";
            /** @description Fases que la unidad cumple, en orden, antes de presentarlo (p. ej. el Presupuesto Participativo) */
            phases: components["schemas"]["CalendarPhaseDto"][];
        };
        CalendarYearDto: {
            year: number;
            /**
             * Format: date
             * @description Hoy, en la municipalidad
             */
            today: string;
            items: components["schemas"]["CalendarItemDto"][];
        };
        SeedResultDto: {
            year: number;
            /**
             * Format: date
             * @description Hoy, en la municipalidad
             */
            today: string;
            items: components["schemas"]["CalendarItemDto"][];
            /** @description Documentos creados por esta siembra (0 si ya estaba) */
            created: number;
        };
        ChangeBudgetDateDto: {
            /**
             * Format: date
             * @description Nuevo último día
             * @example 2027-01-15
             */
            dueOn: string;
            /**
             * @description Fuente legal de la nueva fecha (obligatoria)
             * @example Directiva N° 0001-2026-EF/50.01, Art. 12
             */
            basis: string;
            /**
             * @description Código de una fase del documento no cumplida: cambia el último día de esa fase
             * @example concertacion
             */
            phase?: string;
        };
        DateVersionDto: {
            version: number;
            /** Format: date */
            dueOn: string | null;
            basis: string;
            /** @enum {string} */
            source: "perfil" | "admin" | "encadenado";
            /** Format: uuid */
            recordedBy: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** @description La fase cuya fecha es (null: la del documento) */
            phase: string | null;
        };
        BudgetBoardCountsDto: {
            /** @description Vencidos sin aprobar */
            late: number;
            /** @description En riesgo: faltan 15 días hábiles o menos */
            atRisk: number;
            /** @description A tiempo */
            onTime: number;
        };
        AmountUnderReviewDto: {
            count: number;
            /** @description Suma exacta en céntimos */
            amountCents: number;
            /** @example S/ 1,282,568.39 */
            amount: string;
        };
        BudgetUnderReviewDto: {
            /** @description Documentos presentados en revisión (OPP, Gerente, Alcalde o Concejo), con la suma de las cifras de su última versión */
            documents: components["schemas"]["AmountUnderReviewDto"];
            /** @description Solicitudes de modificación presupuestaria aún sin decidir (informe de OPP, decisión del Gerente o del Alcalde) */
            modifications: components["schemas"]["AmountUnderReviewDto"];
        };
        BudgetBoardItemDto: {
            /**
             * Format: uuid
             * @description El expediente budget-reviews del documento
             */
            id: string;
            /** @example 2027 */
            fiscalYear: number;
            /** @example pia */
            documentCode: string;
            /** @example Presupuesto Institucional de Apertura (PIA) */
            documentName: string;
            /** @example preparing */
            state: string;
            /** Format: uuid */
            responsibleUnitId: string;
            /** @example Gerencia de Planificación y Presupuesto */
            responsibleUnit: string;
            /**
             * Format: date
             * @description Último día
             */
            dueOn: string;
            /** @description Fuente legal de la fecha vigente */
            dueBasis: string;
            /**
             * @description on_time; at_risk: faltan 15 días hábiles o menos; late: vencido sin aprobar
             * @enum {string}
             */
            status: "on_time" | "at_risk" | "late";
            /**
             * @description Fecha encadenada: el código del documento cuya aprobación la fija
             * @example pia
             */
            chainedAfter: string | null;
            /** @example Presupuesto Institucional de Apertura (PIA) */
            chainedAfterName: string | null;
            /**
             * @description Días hábiles tras la aprobación del predecesor
             * @example 15
             */
            chainedBusinessDays: number | null;
        };
        BudgetBoardPageDto: {
            /**
             * Format: date
             * @description Hoy, en la municipalidad
             */
            today: string;
            counts: components["schemas"]["BudgetBoardCountsDto"];
            underReview: components["schemas"]["BudgetUnderReviewDto"];
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["BudgetBoardItemDto"][];
        };
        LoginDto: {
            /** @example mml.gerente */
            username: string;
            /** @example despacho */
            password: string;
        };
        MunicipalityRefDto: {
            /** Format: uuid */
            id: string;
            /** @example mml */
            code: string;
            name: string;
            shortName: string;
        };
        UnitRefDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /** @enum {string} */
            kind: "alcaldia" | "gerencia_municipal" | "secretaria_general" | "asesoria_juridica" | "planeamiento_presupuesto" | "gerencia_linea" | "oficina";
        };
        SessionUserDto: {
            /** Format: uuid */
            id: string;
            /** @example mml.gerente */
            username: string;
            fullName: string;
            post: string;
            roles: ("ADMIN" | "ALCALDE" | "GERENTE_MUNICIPAL" | "SECRETARIA_GENERAL" | "ASESORIA_JURIDICA" | "PLANEAMIENTO_PRESUPUESTO" | "GERENCIA" | "REGIDOR")[];
            municipality: components["schemas"]["MunicipalityRefDto"];
            unit: components["schemas"]["UnitRefDto"] | null;
            /** @description Cuenta de demostración (SEED_DEMO): la consola muestra un aviso */
            demo: boolean;
        };
        LoginResponseDto: {
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /**
             * Format: date-time
             * @description Desde cuándo el token ya no vale (renuévelo antes)
             */
            tokenExpiresAt: string;
            /**
             * Format: date-time
             * @description Fin absoluto de la sesión
             */
            sessionExpiresAt: string;
            user: components["schemas"]["SessionUserDto"];
        };
        WebSessionDto: {
            /**
             * Format: date-time
             * @description Desde cuándo la cookie ya no vale si no hay actividad: cada solicitud en la segunda mitad de su vigencia la renueva
             */
            tokenExpiresAt: string;
            /**
             * Format: date-time
             * @description Fin absoluto de la sesión
             */
            sessionExpiresAt: string;
            user: components["schemas"]["SessionUserDto"];
        };
        AccessTokenDto: {
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /**
             * Format: date-time
             * @description Desde cuándo el token ya no vale (renuévelo antes)
             */
            tokenExpiresAt: string;
            /**
             * Format: date-time
             * @description Fin absoluto de la sesión
             */
            sessionExpiresAt: string;
        };
        AdoptionDto: {
            /** @description true: la municipalidad lo adopta y el día no es hábil; false: no lo adopta, su servicio atiende y el día es hábil (TUO Art. 145.1) */
            adopted: boolean;
            /** @description Instrumento municipal de la decisión (p. ej. «Decreto de Alcaldía N° 001-2026-MDM»); null: sin decisión propia, rige el valor por defecto del perfil (nationalNonWorkingDays.adoptedByDefault) */
            instrument: string | null;
        };
        CalendarEntryDto: {
            /**
             * Format: uuid
             * @description null si es calculado
             */
            id: string | null;
            /** Format: date */
            date: string;
            name: string;
            /** @example feriado_nacional */
            kind: string;
            /** @description Norma que lo establece */
            source: string;
            /** @enum {string} */
            scope: "nacional" | "municipal";
            /** @description Solo en un día no laborable nacional (decretado para el sector público): si la municipalidad lo adopta y por qué instrumento. Los feriados son ley y no lo llevan. */
            adoption?: components["schemas"]["AdoptionDto"];
        };
        HolidayListDto: {
            year: number;
            /** @description Versión del calendario de la municipalidad */
            version: number;
            items: components["schemas"]["CalendarEntryDto"][];
        };
        DeadlineResultDto: {
            /** Format: date */
            from: string;
            days: number;
            /** @enum {string} */
            unit: "business" | "calendar";
            /**
             * Format: date
             * @description Vencimiento (D1, D2)
             */
            due: string;
        };
        CreateNonWorkingDayDto: {
            /** @example 2026-07-27 */
            date: string;
            /** @example Día no laborable (sector público) */
            name: string;
            /**
             * @description Norma que lo declara (obligatoria)
             * @example DS 000-2026-PCM
             */
            source: string;
            /**
             * @default dia_no_laborable
             * @enum {string}
             */
            kind: "dia_no_laborable" | "feriado_regional";
        };
        NonWorkingDayDto: {
            /**
             * Format: uuid
             * @description null si es calculado
             */
            id: string | null;
            /** Format: date */
            date: string;
            name: string;
            /** @example feriado_nacional */
            kind: string;
            /** @description Norma que lo establece */
            source: string;
            /** @enum {string} */
            scope: "nacional" | "municipal";
            /** @description Solo en un día no laborable nacional (decretado para el sector público): si la municipalidad lo adopta y por qué instrumento. Los feriados son ley y no lo llevan. */
            adoption?: components["schemas"]["AdoptionDto"];
            version: number;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            /** Format: date-time */
            removedAt: string | null;
            removedBy: string | null;
            removedVersion: number | null;
        };
        CouncilItemTypeDto: {
            /** @example convenio */
            code: string;
            /** @example Convenio interinstitucional o de cooperación */
            name: string;
            /** @enum {string} */
            majority: "simple" | "absolute" | "qualified";
            /** @description Norma que lo fundamenta */
            basis: string;
        };
        CouncilItemTypeListDto: {
            items: components["schemas"]["CouncilItemTypeDto"][];
        };
        CouncilAbsenceDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "licencia" | "suspension";
            /**
             * @description AAAA-MM-DD (America/Lima)
             * @example 2026-03-10
             */
            from: string;
            /**
             * @description AAAA-MM-DD (America/Lima)
             * @example 2026-03-10
             */
            to: string | null;
            instrument: string;
        };
        CouncilMemberDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "alcalde" | "regidor";
            /** Format: uuid */
            userId: string | null;
            /**
             * @description AAAA-MM-DD (America/Lima)
             * @example 2026-03-10
             */
            activeFrom: string;
            /**
             * @description AAAA-MM-DD (America/Lima)
             * @example 2026-03-10
             */
            activeTo: string | null;
            /** @description Hábil hoy: sin licencia ni suspensión (LOM Art. 16) */
            habilToday: boolean;
            absences: components["schemas"]["CouncilAbsenceDto"][];
        };
        CouncilMemberListDto: {
            /** @description Regidores del perfil más el Alcalde */
            numeroLegal: number;
            numeroHabilToday: number;
            items: components["schemas"]["CouncilMemberDto"][];
        };
        CreateCouncilMemberDto: {
            /** @example Rosa Quispe Flores */
            name: string;
            /** @enum {string} */
            role: "alcalde" | "regidor";
            /**
             * Format: uuid
             * @description Usuario de Despacho del miembro, si tiene
             */
            userId?: string;
            /**
             * @description Inicio del mandato (credencial del JNE)
             * @example 2026-03-10
             */
            activeFrom: string;
            /**
             * @description Fin del mandato, si se conoce
             * @example 2026-03-10
             */
            activeTo?: string;
        };
        CreateCouncilAbsenceDto: {
            /** @enum {string} */
            kind: "licencia" | "suspension";
            /**
             * @description Primer día, inclusive
             * @example 2026-03-10
             */
            from: string;
            /**
             * @description Último día, inclusive; sin él, hasta nuevo aviso
             * @example 2026-03-10
             */
            to?: string;
            /** @example Acuerdo de Concejo N° 012-2026-MML */
            instrument: string;
        };
        CouncilSessionSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "ordinaria" | "extraordinaria" | "solemne";
            /**
             * @description AAAA-MM-DD (America/Lima)
             * @example 2026-03-10
             */
            date: string;
            /**
             * @description AAAA-MM-DD (America/Lima)
             * @example 2026-03-10
             */
            convokedOn: string;
            /** @enum {string} */
            status: "convocada" | "en_curso" | "levantada";
            agendaLocked: boolean;
            /** Format: uuid */
            presidingMemberId: string;
            /** @enum {string} */
            actaStatus: "pendiente" | "dispensada" | "aprobada";
            items: number;
        };
        CouncilSessionPageDto: {
            items: components["schemas"]["CouncilSessionSummaryDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AgendaItemInputDto: {
            /**
             * @description Un código de council.itemTypes del perfil
             * @example convenio
             */
            itemType: string;
            /** @example Convenio con el Gobierno Regional */
            title: string;
            /**
             * Format: uuid
             * @description Expediente que el asunto trata (p. ej. un convenio)
             */
            workflowInstanceId?: string;
            /** @description Si el Acuerdo que apruebe el convenio autoriza también al Alcalde a suscribir sus adendas */
            authorisesAddenda?: boolean;
        };
        ConveneSessionDto: {
            /** @enum {string} */
            kind: "ordinaria" | "extraordinaria" | "solemne";
            /**
             * @description Día de la sesión
             * @example 2026-03-10
             */
            date: string;
            /**
             * Format: uuid
             * @description Quién preside; por defecto, el Alcalde
             */
            presidingMemberId?: string;
            /** @description Obligatoria en la extraordinaria */
            agenda: components["schemas"]["AgendaItemInputDto"][];
        };
        CouncilBallotDto: {
            /** Format: uuid */
            memberId: string;
            memberName: string;
            /** @enum {string} */
            choice: "a_favor" | "en_contra" | "abstencion";
            reason: string | null;
            /** Format: date-time */
            at: string;
        };
        CastingVoteDto: {
            /** Format: uuid */
            memberId: string;
            /** @enum {string} */
            choice: "a_favor" | "en_contra";
        };
        CouncilDecisionDto: {
            /** @enum {string} */
            outcome: "approved" | "rejected";
            aFavor: number;
            enContra: number;
            abstenciones: number;
            required: number | null;
            baseSize: number | null;
            castingVote: components["schemas"]["CastingVoteDto"] | null;
            /** Format: date-time */
            decidedAt: string;
        };
        AgendaAcuerdoDto: {
            /** Format: uuid */
            id: string;
            /** @example ACUERDO DE CONCEJO N° 045-2026-MML */
            number: string;
            /** Format: date-time */
            inForceFrom: string | null;
        };
        CouncilAgendaItemDto: {
            /** Format: uuid */
            id: string;
            position: number;
            itemType: string;
            title: string;
            /** Format: uuid */
            workflowInstanceId: string | null;
            /**
             * @description Tipo del expediente vinculado
             * @example convenios
             */
            workflowKind: string | null;
            authorisesAddenda: boolean;
            /** @enum {string} */
            voteStatus: "pendiente" | "en_votacion" | "decidido";
            ballots: components["schemas"]["CouncilBallotDto"][];
            decision: components["schemas"]["CouncilDecisionDto"] | null;
            acuerdo: components["schemas"]["AgendaAcuerdoDto"] | null;
        };
        CouncilAttendanceDto: {
            /** Format: uuid */
            memberId: string;
            memberName: string;
            /** @enum {string} */
            kind: "llegada" | "retiro";
            /** Format: date-time */
            at: string;
        };
        QuorumDto: {
            numeroHabil: number;
            /** @description La mitad más uno de los hábiles */
            required: number;
            /** @description Miembros hábiles en la sala */
            present: number;
            presentMemberIds: string[];
            hasQuorum: boolean;
        };
        CouncilSessionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "ordinaria" | "extraordinaria" | "solemne";
            /**
             * @description AAAA-MM-DD (America/Lima)
             * @example 2026-03-10
             */
            date: string;
            /**
             * @description AAAA-MM-DD (America/Lima)
             * @example 2026-03-10
             */
            convokedOn: string;
            /** @enum {string} */
            status: "convocada" | "en_curso" | "levantada";
            agendaLocked: boolean;
            /** Format: uuid */
            presidingMemberId: string;
            /** @enum {string} */
            actaStatus: "pendiente" | "dispensada" | "aprobada";
            items: number;
            presidingMemberName: string;
            /** Format: date-time */
            actaSettledAt: string | null;
            /** Format: uuid */
            actaApprovedInSessionId: string | null;
            orderOfBusiness: string[];
            agenda: components["schemas"]["CouncilAgendaItemDto"][];
            attendance: components["schemas"]["CouncilAttendanceDto"][];
            quorum: components["schemas"]["QuorumDto"];
        };
        AttendanceInputDto: {
            /** Format: uuid */
            memberId: string;
            /** @enum {string} */
            kind: "llegada" | "retiro";
        };
        CouncilAttendanceResultDto: {
            attendance: components["schemas"]["CouncilAttendanceDto"][];
            /** @description Quórum recalculado con este registro */
            quorum: components["schemas"]["QuorumDto"];
        };
        BallotInputDto: {
            /** Format: uuid */
            memberId: string;
            /** @enum {string} */
            choice: "a_favor" | "en_contra" | "abstencion";
            /** @description Fundamento; obligatorio al abstenerse */
            reason?: string;
        };
        CouncilAcuerdoDto: {
            /** Format: uuid */
            id: string;
            /** @example ACUERDO DE CONCEJO N° 045-2026-MML */
            number: string;
            year: number;
            sequence: number;
            /** Format: uuid */
            sessionId: string;
            /**
             * @description AAAA-MM-DD (America/Lima)
             * @example 2026-03-10
             */
            sessionDate: string;
            /** Format: uuid */
            itemId: string;
            itemType: string;
            title: string;
            /** Format: date-time */
            adoptedAt: string;
            /** Format: date-time */
            inForceFrom: string | null;
        };
        CouncilVoteResultDto: {
            /**
             * @description tie: empate de mayoría simple, espera el voto dirimente de quien preside
             * @enum {string}
             */
            outcome: "approved" | "rejected" | "tie";
            aFavor: number;
            enContra: number;
            abstenciones: number;
            required: number | null;
            baseSize: number | null;
            decidedByCastingVote: boolean;
            acuerdo: components["schemas"]["CouncilAcuerdoDto"] | null;
        };
        CastingVoteInputDto: {
            /**
             * Format: uuid
             * @description Quien preside la sesión
             */
            memberId: string;
            /** @enum {string} */
            choice: "a_favor" | "en_contra";
        };
        ApproveActaDto: {
            /**
             * Format: uuid
             * @description La sesión en curso que aprueba el acta
             */
            approvingSessionId: string;
        };
        CouncilAcuerdoPageDto: {
            items: components["schemas"]["CouncilAcuerdoDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PendingAcuerdoFileDto: {
            /**
             * @description Tipo de expediente
             * @example convenios
             */
            kind: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Su estado actual
             * @example approved
             */
            state: string;
        };
        PendingAcuerdoDto: {
            /** Format: uuid */
            id: string;
            /** @example ACUERDO DE CONCEJO N° 045-2026-MML */
            number: string;
            /** Format: uuid */
            sessionId: string;
            /**
             * @description Día de la sesión que lo adoptó
             * @example 2026-03-10
             */
            sessionDate: string;
            itemType: string;
            /** @description El asunto, como figura en la agenda */
            title: string;
            /**
             * @description not_in_force: adoptado, con el acta pendiente; awaiting_execution: rige y el expediente que decidió no se movió desde entonces
             * @enum {string}
             */
            stage: "not_in_force" | "awaiting_execution";
            /** Format: date-time */
            adoptedAt: string;
            /** Format: date-time */
            inForceFrom: string | null;
            /**
             * Format: date-time
             * @description Desde cuándo espera: su adopción, o la decisión que llevó al expediente
             */
            since: string;
            file: components["schemas"]["PendingAcuerdoFileDto"] | null;
        };
        PendingAcuerdoPageDto: {
            items: components["schemas"]["PendingAcuerdoDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CouncilInformationRequestDto: {
            /** Format: uuid */
            id: string;
            /** @example Pedido de información N° 003-2026 */
            reference: string;
            year: number;
            sequence: number;
            /** Format: uuid */
            requesterId: string;
            requesterName: string;
            subject: string;
            details: string;
            /**
             * @description Día en que lo presentó
             * @example 2026-03-10
             */
            filedOn: string;
            /**
             * @description Último día hábil para responder (council.informationRequests del perfil)
             * @example 2026-03-10
             */
            dueOn: string;
            /** Format: uuid */
            sessionId: string | null;
            /**
             * Format: uuid
             * @description El encargo de la Gerencia Municipal que lo atiende
             */
            mandateId: string;
            /**
             * @description Estado del encargo
             * @enum {string}
             */
            mandateState: "open" | "review" | "closed" | "cancelled";
            /** @enum {string} */
            status: "open" | "answered" | "cancelled";
            /** @description En trámite después de su último día */
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        CouncilInformationRequestPageDto: {
            items: components["schemas"]["CouncilInformationRequestDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CreateCouncilInformationRequestDto: {
            /**
             * Format: uuid
             * @description El regidor que lo formula (miembro del Concejo)
             */
            requesterId: string;
            /** @example Ejecución de la obra de la Av. Grau */
            subject: string;
            /** @example Copia del expediente técnico, valorizaciones pagadas y estado de la obra. */
            details: string;
            /**
             * @description Día en que lo presentó; por defecto, el de la sesión si se formuló en una, si no, hoy. No posterior a hoy.
             * @example 2026-03-10
             */
            filedOn?: string;
            /**
             * Format: uuid
             * @description La sesión ordinaria en cuya estación de pedidos lo formuló
             */
            sessionId?: string;
        };
        CreateDelegationDto: {
            /**
             * @description delegacion_competencia: decide en nombre del delegante; delegacion_firma: firma "por" el delegante; encargatura: firma como encargado "(e)"
             * @example delegacion_competencia
             * @enum {string}
             */
            kind: "delegacion_competencia" | "delegacion_firma" | "encargatura";
            /**
             * @description Rol del cargo que delega
             * @example ALCALDE
             * @enum {string}
             */
            delegatorRole: "ADMIN" | "ALCALDE" | "GERENTE_MUNICIPAL" | "SECRETARIA_GENERAL" | "ASESORIA_JURIDICA" | "PLANEAMIENTO_PRESUPUESTO" | "GERENCIA" | "REGIDOR";
            /**
             * @description Cargo del delegante tal como se imprime en los actos
             * @example Alcalde Metropolitano
             */
            delegatorPost: string;
            /** @description Usuario delegado o encargado (id), activo y de su municipalidad */
            delegateUserId: string;
            /**
             * @description Instrumento legal que otorga la delegación o encargatura
             * @example Resolución de Alcaldía N° 005-2026-MML
             */
            instrument: string;
            /**
             * @description Materias delegadas (códigos en minúsculas, dígitos y _)
             * @example [
             *       "resoluciones_gerencia_municipal"
             *     ]
             */
            subjects: string[];
            /**
             * Format: date
             * @description Vigente desde (inclusive), AAAA-MM-DD
             * @example 2026-01-05
             */
            validFrom: string;
            /**
             * Format: date
             * @description Vigente hasta (inclusive); sin fecha, hasta que se revoque
             * @example 2026-12-31
             */
            validUntil?: string | null;
        };
        DelegateDto: {
            /** Format: uuid */
            id: string;
            username: string;
            fullName: string;
            post: string;
        };
        DelegationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "delegacion_competencia" | "delegacion_firma" | "encargatura";
            /**
             * @description Rol del cargo que delega
             * @enum {string}
             */
            delegatorRole: "ADMIN" | "ALCALDE" | "GERENTE_MUNICIPAL" | "SECRETARIA_GENERAL" | "ASESORIA_JURIDICA" | "PLANEAMIENTO_PRESUPUESTO" | "GERENCIA" | "REGIDOR";
            /** @example Gerente Municipal */
            delegatorPost: string;
            delegate: components["schemas"]["DelegateDto"];
            /** @description Instrumento que la dispone */
            instrument: string;
            /**
             * @example [
             *       "resoluciones_gerencia_municipal"
             *     ]
             */
            subjects: string[];
            /** Format: date */
            validFrom: string;
            /**
             * Format: date
             * @description null: sin fin
             */
            validUntil: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            revocationReason: string | null;
        };
        DelegationPageDto: {
            items: components["schemas"]["DelegationDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        RevokeDelegationDto: {
            /** @example Resolución de Alcaldía N° 020-2026-MML deja sin efecto la delegación. */
            reason: string;
        };
        CreateUserDto: {
            /**
             * @description Código de la municipalidad, un punto y minúsculas o dígitos (p. ej. mml.jperez)
             * @example mml.jperez
             */
            username: string;
            /** @example Juana Pérez del Águila */
            fullName: string;
            /** @example Especialista legal */
            post: string;
            /** @description Unidad orgánica de su municipalidad (id) */
            unitId: string;
            /**
             * @description ADMIN no se combina con otros roles (el administrador no actúa en expedientes)
             * @example [
             *       "ASESORIA_JURIDICA"
             *     ]
             */
            roles: ("ADMIN" | "ALCALDE" | "GERENTE_MUNICIPAL" | "SECRETARIA_GENERAL" | "ASESORIA_JURIDICA" | "PLANEAMIENTO_PRESUPUESTO" | "GERENCIA" | "REGIDOR")[];
            /** @description Contraseña inicial: PASSWORD_MIN_LENGTH caracteres o más (12 por defecto), no común ni filtrada, sin el usuario ni el nombre */
            password: string;
        };
        UnitSummaryDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        AdminUserDto: {
            /** Format: uuid */
            id: string;
            /** @example mml.jperez */
            username: string;
            fullName: string;
            post: string;
            unit: components["schemas"]["UnitSummaryDto"] | null;
            /**
             * @example [
             *       "GERENCIA"
             *     ]
             */
            roles: ("ADMIN" | "ALCALDE" | "GERENTE_MUNICIPAL" | "SECRETARIA_GENERAL" | "ASESORIA_JURIDICA" | "PLANEAMIENTO_PRESUPUESTO" | "GERENCIA" | "REGIDOR")[];
            active: boolean;
            /** @description Cuenta de demostración (SEED_DEMO) */
            demo: boolean;
            /** @description Bloqueada ahora por intentos fallidos de inicio de sesión; un ADMIN la desbloquea con POST /api/v1/admin/users/{id}/unlock */
            locked: boolean;
            /**
             * Format: date-time
             * @description Cuándo vence solo el bloqueo; null si no está bloqueada
             */
            lockedUntil: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AdminUserPageDto: {
            items: components["schemas"]["AdminUserDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        UpdateUserDto: {
            /** @example Juana Pérez del Águila */
            fullName?: string;
            /** @example Jefa de Asesoría Jurídica */
            post?: string;
            /** @description Unidad orgánica de su municipalidad (id) */
            unitId?: string;
            /** @description Reemplaza todos los roles */
            roles?: ("ADMIN" | "ALCALDE" | "GERENTE_MUNICIPAL" | "SECRETARIA_GENERAL" | "ASESORIA_JURIDICA" | "PLANEAMIENTO_PRESUPUESTO" | "GERENCIA" | "REGIDOR")[];
        };
        DeactivateUserDto: {
            /** @example Cese por término de contrato (Memorando N° 120-2026-MML/GA) */
            reason: string;
        };
        ResetPasswordDto: {
            /** @description Contraseña nueva, que cumple la política de contraseñas */
            password: string;
        };
        ChangeOwnPasswordDto: {
            currentPassword: string;
            /** @description Contraseña nueva, que cumple la política de contraseñas */
            newPassword: string;
        };
        UploaderDto: {
            /** Format: uuid */
            id: string;
            username: string;
        };
        AttachmentDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description El expediente
             */
            instanceId: string;
            /** @enum {string} */
            kind: "informe" | "borrador_convenio" | "documento_contraparte" | "evidencia" | "otro";
            fileName: string;
            description: string | null;
            /**
             * @description Tipo reconocido por el contenido
             * @example application/pdf
             */
            mediaType: string;
            sizeBytes: number;
            /** @description SHA-256 del contenido */
            sha256: string;
            uploadedBy: components["schemas"]["UploaderDto"];
            /** Format: date-time */
            uploadedAt: string;
            /** @description Ruta del contenido */
            contentUrl: string;
        };
        AttachmentListDto: {
            items: components["schemas"]["AttachmentDto"][];
            total: number;
            /** @description Si usted puede adjuntar ahora */
            canAttach: boolean;
        };
    };
    responses: never;
    parameters: {
        /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
        "X-Request-Id": string;
    };
    requestBodies: never;
    headers: {
        /** @description El X-Request-Id recibido, o el UUID que se generó para esta solicitud */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    OperationsController_check: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Alguna dependencia falla */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    OperationsController_scrape: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Formato de exposición de Prometheus */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DirectoryController_listUnits: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitListDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DirectoryController_getUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DirectoryController_listUsers: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DirectoryController_getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QueueCheckController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La verificación encolada */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueCheckDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QueueCheckController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueCheckDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClockController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClockController_set: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetClockDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockMoveDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Servicio no disponible */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: {
                /** @description true: recorre desde el génesis en lugar de desde el último punto de control */
                full?: boolean;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description Solo las no leídas */
                unread?: boolean;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkItemsController_list: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description mine: los de quien llama; all: los de toda la municipalidad (solo el Alcalde y el Gerente Municipal: el tablero) */
                scope?: "mine" | "all";
                /** @description Solo los de este cargo (rol) */
                role?: "ADMIN" | "ALCALDE" | "GERENTE_MUNICIPAL" | "SECRETARIA_GENERAL" | "ASESORIA_JURIDICA" | "PLANEAMIENTO_PRESUPUESTO" | "GERENCIA" | "REGIDOR";
                /** @description Solo los de este tipo de expediente */
                kind?: "mandates" | "resolutions" | "convenios" | "budget-modifications" | "budget-reviews";
                /** @description Solo los que debe atender esta unidad */
                unitId?: string;
                /** @description true: solo los vencidos; false: solo los que están en plazo o no tienen plazo */
                overdue?: boolean;
                /** @description Solo los que vencen hasta este día inclusive (AAAA-MM-DD, hora de la municipalidad) */
                dueBefore?: string;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkItemPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkItemsController_counts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkItemCountsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BoardController_summary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardSummaryDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BoardController_timeInState: {
        parameters: {
            query?: {
                /** @description Ventana en días */
                days?: 30 | 90;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeInStateDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BoardController_signed: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description Solo esta serie del registro */
                series?: string;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BoardController_escalations: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MandatesController_list: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description Estado del expediente */
                state?: "open" | "review" | "closed" | "cancelled";
                /** @description Año del expediente: el de su número de registro si lo tiene; si no, el de su creación (America/Lima) */
                year?: number;
                /** @description Búsqueda de texto completo en español */
                q?: string;
                /** @description Unidad dueña del expediente (originaria o responsable), por id */
                unit?: string;
                /** @description Sigue la lista después de la página anterior: el nextCursor que esta devolvió (opaco). Para páginas profundas; no se combina con page */
                cursor?: string;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandatesPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MandatesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMandateDto"];
            };
        };
        responses: {
            /** @description El expediente creado */
            201: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    /** @description Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandatesResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MandatesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandatesResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MandatesController_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Versión esperada del expediente (su ETag: "3"; también 3 o W/"3"); si ya cambió, 412 VERSION_CONFLICT y no se aplica nada */
                "If-Match"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description El evento: type y sus datos */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MandatesReportProgressEventDto"] | components["schemas"]["MandatesSubmitEventDto"] | components["schemas"]["MandatesAcceptEventDto"] | components["schemas"]["MandatesReturnEventDto"] | components["schemas"]["MandatesCancelEventDto"];
            };
        };
        responses: {
            /** @description El expediente actualizado */
            200: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    /** @description Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandatesResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match no coincide con la versión actual (VERSION_CONFLICT) */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MandatesController_deadlines: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineScheduleDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MandatesController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryItemDto"][];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResolutionsController_list: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description Estado del expediente */
                state?: "draft" | "legal_review" | "observed" | "visas" | "ready_to_sign" | "signed" | "notified" | "published" | "under_remedy" | "firm" | "under_review" | "annulled" | "revoked" | "withdrawn";
                /** @description Año del expediente: el de su número de registro si lo tiene; si no, el de su creación (America/Lima) */
                year?: number;
                /** @description Búsqueda de texto completo en español */
                q?: string;
                /** @description Unidad dueña del expediente (originaria o responsable), por id */
                unit?: string;
                /** @description Sigue la lista después de la página anterior: el nextCursor que esta devolvió (opaco). Para páginas profundas; no se combina con page */
                cursor?: string;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionsPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResolutionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResolutionDto"];
            };
        };
        responses: {
            /** @description El expediente creado */
            201: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    /** @description Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionsResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResolutionsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionsResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResolutionsController_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Versión esperada del expediente (su ETag: "3"; también 3 o W/"3"); si ya cambió, 412 VERSION_CONFLICT y no se aplica nada */
                "If-Match"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description El evento: type y sus datos */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionsEditEventDto"] | components["schemas"]["ResolutionsSubmitEventDto"] | components["schemas"]["ResolutionsLegalOpinionEventDto"] | components["schemas"]["ResolutionsReturnEventDto"] | components["schemas"]["ResolutionsVisaEventDto"] | components["schemas"]["ResolutionsSignEventDto"] | components["schemas"]["ResolutionsNotifyEventDto"] | components["schemas"]["ResolutionsPublishEventDto"] | components["schemas"]["ResolutionsFileRemedyEventDto"] | components["schemas"]["ResolutionsResolveRemedyEventDto"] | components["schemas"]["ResolutionsNotifyDecisionEventDto"] | components["schemas"]["ResolutionsStartAnnulmentEventDto"] | components["schemas"]["ResolutionsStartRevocationEventDto"] | components["schemas"]["ResolutionsServeHearingEventDto"] | components["schemas"]["ResolutionsFileArgumentsEventDto"] | components["schemas"]["ResolutionsAnnulEventDto"] | components["schemas"]["ResolutionsRevokeEventDto"] | components["schemas"]["ResolutionsDismissReviewEventDto"] | components["schemas"]["ResolutionsRectifyEventDto"] | components["schemas"]["ResolutionsWithdrawEventDto"];
            };
        };
        responses: {
            /** @description El expediente actualizado */
            200: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    /** @description Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionsResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match no coincide con la versión actual (VERSION_CONFLICT) */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResolutionsController_deadlines: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineScheduleDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResolutionsController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryItemDto"][];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConveniosController_list: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description Estado del expediente */
                state?: "draft" | "budget_certification" | "legal_review" | "management_conformity" | "mayor_review" | "awaiting_council" | "approved" | "in_force" | "exit_notice" | "expired" | "ended" | "incorporated" | "rejected" | "withdrawn";
                /** @description Año del expediente: el de su número de registro si lo tiene; si no, el de su creación (America/Lima) */
                year?: number;
                /** @description Búsqueda de texto completo en español */
                q?: string;
                /** @description Unidad dueña del expediente (originaria o responsable), por id */
                unit?: string;
                /** @description Sigue la lista después de la página anterior: el nextCursor que esta devolvió (opaco). Para páginas profundas; no se combina con page */
                cursor?: string;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConveniosPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConveniosController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConvenioDto"];
            };
        };
        responses: {
            /** @description El expediente creado */
            201: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    /** @description Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConveniosResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConveniosController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConveniosResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConveniosController_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Versión esperada del expediente (su ETag: "3"; también 3 o W/"3"); si ya cambió, 412 VERSION_CONFLICT y no se aplica nada */
                "If-Match"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description El evento: type y sus datos */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConveniosEditEventDto"] | components["schemas"]["ConveniosSubmitEventDto"] | components["schemas"]["ConveniosCertifyBudgetEventDto"] | components["schemas"]["ConveniosReturnEventDto"] | components["schemas"]["ConveniosLegalOpinionEventDto"] | components["schemas"]["ConveniosConformityEventDto"] | components["schemas"]["ConveniosSendToCouncilEventDto"] | components["schemas"]["ConveniosCouncilApprovedEventDto"] | components["schemas"]["ConveniosCouncilRejectedEventDto"] | components["schemas"]["ConveniosSignEventDto"] | components["schemas"]["ConveniosWithdrawEventDto"] | components["schemas"]["ConveniosReportObligationEventDto"] | components["schemas"]["ConveniosAddendumEventDto"] | components["schemas"]["ConveniosMutualTerminationEventDto"] | components["schemas"]["ConveniosTerminationForBreachEventDto"] | components["schemas"]["ConveniosFreeExitEventDto"];
            };
        };
        responses: {
            /** @description El expediente actualizado */
            200: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    /** @description Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConveniosResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match no coincide con la versión actual (VERSION_CONFLICT) */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConveniosController_deadlines: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineScheduleDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConveniosController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryItemDto"][];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-modificationsController_list": {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description Estado del expediente */
                state?: "draft" | "opp_report" | "manager_decision" | "mayor_decision" | "resolution_in_progress" | "approved" | "formalized" | "rejected" | "withdrawn";
                /** @description Año del expediente: el de su número de registro si lo tiene; si no, el de su creación (America/Lima) */
                year?: number;
                /** @description Búsqueda de texto completo en español */
                q?: string;
                /** @description Unidad dueña del expediente (originaria o responsable), por id */
                unit?: string;
                /** @description Sigue la lista después de la página anterior: el nextCursor que esta devolvió (opaco). Para páginas profundas; no se combina con page */
                cursor?: string;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetModificationsPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-modificationsController_create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBudgetModificationDto"];
            };
        };
        responses: {
            /** @description El expediente creado */
            201: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    /** @description Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetModificationsResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-modificationsController_get": {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetModificationsResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-modificationsController_send": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Versión esperada del expediente (su ETag: "3"; también 3 o W/"3"); si ya cambió, 412 VERSION_CONFLICT y no se aplica nada */
                "If-Match"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description El evento: type y sus datos */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BudgetModificationsSubmitEventDto"] | components["schemas"]["BudgetModificationsTechnicalReportEventDto"] | components["schemas"]["BudgetModificationsApproveEventDto"] | components["schemas"]["BudgetModificationsElevateEventDto"] | components["schemas"]["BudgetModificationsApproveByMayorEventDto"] | components["schemas"]["BudgetModificationsRejectEventDto"] | components["schemas"]["BudgetModificationsWithdrawEventDto"];
            };
        };
        responses: {
            /** @description El expediente actualizado */
            200: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    /** @description Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetModificationsResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match no coincide con la versión actual (VERSION_CONFLICT) */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-modificationsController_deadlines": {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineScheduleDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-modificationsController_history": {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryItemDto"][];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-reviewsController_list": {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description Estado del expediente */
                state?: "preparing" | "opp_review" | "management_review" | "mayor_review" | "awaiting_council" | "approved" | "published";
                /** @description Año del expediente: el de su número de registro si lo tiene; si no, el de su creación (America/Lima) */
                year?: number;
                /** @description Búsqueda de texto completo en español */
                q?: string;
                /** @description Unidad dueña del expediente (originaria o responsable), por id */
                unit?: string;
                /** @description Sigue la lista después de la página anterior: el nextCursor que esta devolvió (opaco). Para páginas profundas; no se combina con page */
                cursor?: string;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetReviewsPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-reviewsController_create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBudgetReviewDto"];
            };
        };
        responses: {
            /** @description El expediente creado */
            201: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    /** @description Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetReviewsResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-reviewsController_get": {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetReviewsResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-reviewsController_send": {
        parameters: {
            query?: never;
            header?: {
                /** @description Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Versión esperada del expediente (su ETag: "3"; también 3 o W/"3"); si ya cambió, 412 VERSION_CONFLICT y no se aplica nada */
                "If-Match"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description El evento: type y sus datos */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BudgetReviewsCompletePhaseEventDto"] | components["schemas"]["BudgetReviewsSubmitEventDto"] | components["schemas"]["BudgetReviewsObserveEventDto"] | components["schemas"]["BudgetReviewsAcceptEventDto"] | components["schemas"]["BudgetReviewsConformityEventDto"] | components["schemas"]["BudgetReviewsSendToCouncilEventDto"] | components["schemas"]["BudgetReviewsCouncilApprovedEventDto"] | components["schemas"]["BudgetReviewsCouncilRejectedEventDto"] | components["schemas"]["BudgetReviewsApproveByResolutionEventDto"] | components["schemas"]["BudgetReviewsApproveByMayorFallbackEventDto"] | components["schemas"]["BudgetReviewsPublishEventDto"];
            };
        };
        responses: {
            /** @description El expediente actualizado */
            200: {
                headers: {
                    /** @description Versión del expediente entre comillas; envíela en If-Match para no pisar cambios */
                    ETag: string;
                    /** @description Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetReviewsResourceDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match no coincide con la versión actual (VERSION_CONFLICT) */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-reviewsController_deadlines": {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineScheduleDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Budget-reviewsController_history": {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryItemDto"][];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResolutionDocumentController_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El PDF de la vista previa */
            200: {
                headers: {
                    /** @description private, no-cache */
                    "Cache-Control": string;
                    /** @description inline o attachment, con el nombre del archivo */
                    "Content-Disposition": string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResolutionDocumentController_document: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El PDF firmado */
            200: {
                headers: {
                    /** @description SHA-256 del contenido, entre comillas; el contenido nunca cambia */
                    ETag: string;
                    /** @description SHA-256 del PDF en hexadecimal (documentSha256 del recurso) */
                    "X-Content-SHA256": string;
                    /** @description private, max-age=31536000, immutable */
                    "Cache-Control": string;
                    /** @description inline o attachment, con el nombre del archivo */
                    "Content-Disposition": string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResolutionDocumentController_notice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
                /** @description Posición del destinatario en `addressees` (desde 0) */
                addressee: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La cédula en PDF */
            200: {
                headers: {
                    /** @description private, no-cache */
                    "Cache-Control": string;
                    /** @description inline o attachment, con el nombre del archivo */
                    "Content-Disposition": string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResolutionDocumentController_decisionNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
                /** @description Posición del recurso en `remedies` (desde 0) */
                remedy: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description La cédula en PDF */
            200: {
                headers: {
                    /** @description private, no-cache */
                    "Cache-Control": string;
                    /** @description inline o attachment, con el nombre del archivo */
                    "Content-Disposition": string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicVerificationController_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Solicitudes admitidas en la ventana */
                    "X-RateLimit-Limit": number;
                    /** @description Solicitudes que quedan en la ventana */
                    "X-RateLimit-Remaining": number;
                    /** @description Segundos hasta que la ventana se reinicia */
                    "X-RateLimit-Reset": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicVerificationDto"];
                };
            };
            /** @description Demasiadas solicitudes (RATE_LIMITED); Retry-After dice en cuántos segundos reintentar */
            429: {
                headers: {
                    /** @description Segundos que faltan para poder reintentar */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ExpiringConveniosController_list: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description Cuántos días calendario hacia adelante, hoy incluido */
                withinDays?: number;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpiringConvenioPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BudgetCalendarController_year: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Año fiscal */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BudgetCalendarController_seed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Año fiscal */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeedResultDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BudgetCalendarController_dates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DateVersionDto"][];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BudgetCalendarController_changeDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeBudgetDateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BudgetBoardController_board: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetBoardPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Solicitudes admitidas en la ventana */
                    "X-RateLimit-Limit": number;
                    /** @description Solicitudes que quedan en la ventana */
                    "X-RateLimit-Remaining": number;
                    /** @description Segundos hasta que la ventana se reinicia */
                    "X-RateLimit-Reset": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Demasiadas solicitudes (RATE_LIMITED); Retry-After dice en cuántos segundos reintentar */
            429: {
                headers: {
                    /** @description Segundos que faltan para poder reintentar */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_openWebSession: {
        parameters: {
            query?: never;
            header: {
                /** @description Cualquier valor no vacío (p. ej. `1`): la consola web lo envía siempre. */
                "x-despacho-web": string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Solicitudes admitidas en la ventana */
                    "X-RateLimit-Limit": number;
                    /** @description Solicitudes que quedan en la ventana */
                    "X-RateLimit-Remaining": number;
                    /** @description Segundos hasta que la ventana se reinicia */
                    "X-RateLimit-Reset": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebSessionDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Demasiadas solicitudes (RATE_LIMITED); Retry-After dice en cuántos segundos reintentar */
            429: {
                headers: {
                    /** @description Segundos que faltan para poder reintentar */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_closeWebSession: {
        parameters: {
            query?: never;
            header: {
                /** @description Cualquier valor no vacío (p. ej. `1`): la consola web lo envía siempre. */
                "x-despacho-web": string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sesión cerrada */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sesión cerrada */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUserDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CalendarController_holidays: {
        parameters: {
            query: {
                year: number;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayListDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CalendarController_deadline: {
        parameters: {
            query: {
                /** @description Fecha de notificación o publicación */
                from: string;
                days: number;
                unit?: "business" | "calendar";
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineResultDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CalendarController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNonWorkingDayDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonWorkingDayDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CalendarController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonWorkingDayDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_itemTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilItemTypeListDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_members: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilMemberListDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_addMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCouncilMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilMemberDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_addAbsence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCouncilAbsenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilMemberDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_sessions: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_convene: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConveneSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_session: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_actaPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El PDF del acta */
            200: {
                headers: {
                    /** @description private, no-cache */
                    "Cache-Control": string;
                    /** @description inline o attachment, con el nombre del archivo */
                    "Content-Disposition": string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_addItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgendaItemInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_attendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilAttendanceResultDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_openVote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
                /** @description El asunto de la agenda */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_ballot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
                /** @description El asunto de la agenda */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BallotInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_closeVote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
                /** @description El asunto de la agenda */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilVoteResultDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_castingVote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
                /** @description El asunto de la agenda */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CastingVoteInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilVoteResultDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_dispenseActa: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_approveActa: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveActaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_adjourn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_acuerdos: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description Solo los de ese año */
                year?: number;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilAcuerdoPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_pendingExecution: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingAcuerdoPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_informationRequestList: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description open: en trámite; answered: respondido (encargo dado por cumplido); cancelled */
                state?: "open" | "answered" | "cancelled";
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilInformationRequestPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CouncilController_fileInformationRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCouncilInformationRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilInformationRequestDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DelegationsController_list: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description Solo las vigentes (y no revocadas) en esa fecha, AAAA-MM-DD (America/Lima) */
                activeOn?: string;
                /** @description Solo las de este delegado o encargado (id de usuario) */
                delegateUserId?: string;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DelegationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDelegationDto"];
            };
        };
        responses: {
            /** @description La delegación registrada */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DelegationsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DelegationsController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeDelegationDto"];
            };
        };
        responses: {
            /** @description La delegación revocada */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MyDelegationsController_mine: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationPageDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersAdminController_list: {
        parameters: {
            query?: {
                /** @description page × pageSize ≤ 10000 */
                page?: number;
                pageSize?: number;
                /** @description true: solo activos; false: solo desactivados */
                active?: boolean;
                role?: "ADMIN" | "ALCALDE" | "GERENTE_MUNICIPAL" | "SECRETARIA_GENERAL" | "ASESORIA_JURIDICA" | "PLANEAMIENTO_PRESUPUESTO" | "GERENCIA" | "REGIDOR";
                /** @description Solo los de esta unidad (id) */
                unitId?: string;
                /** @description Texto en el usuario, el nombre completo o el cargo (sin distinguir mayúsculas) */
                q?: string;
            };
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserPageDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersAdminController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersAdminController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersAdminController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersAdminController_deactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersAdminController_reactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersAdminController_unlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El usuario, ya desbloqueado */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersAdminController_resetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description Contraseña cambiada */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OwnAccountController_changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOwnPasswordDto"];
            };
        };
        responses: {
            /** @description Contraseña cambiada */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Demasiadas solicitudes (RATE_LIMITED); Retry-After dice en cuántos segundos reintentar */
            429: {
                headers: {
                    /** @description Segundos que faltan para poder reintentar */
                    "Retry-After": number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AttachmentsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Tipo de expediente, como en su ruta: resolutions, mandates… */
                kind: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentListDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AttachmentsController_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Tipo de expediente, como en su ruta: resolutions, mandates… */
                kind: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                    /**
                     * @default otro
                     * @enum {string}
                     */
                    kind?: "informe" | "borrador_convenio" | "documento_contraparte" | "evidencia" | "otro";
                    description?: string;
                };
            };
        };
        responses: {
            /** @description El adjunto registrado */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No le corresponde (FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Cuerpo demasiado grande (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Tipo de contenido no admitido (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AttachmentsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Tipo de expediente, como en su ruta: resolutions, mandates… */
                kind: string;
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDto"];
                };
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AttachmentsController_content: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag de una copia guardada: si coincide, 304 sin cuerpo */
                "If-None-Match"?: string;
                /** @description Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Tipo de expediente, como en su ruta: resolutions, mandates… */
                kind: string;
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El archivo, con su tipo de contenido */
            200: {
                headers: {
                    /** @description SHA-256 del contenido, entre comillas; el contenido nunca cambia */
                    ETag: string;
                    /** @description private, max-age=31536000, immutable */
                    "Cache-Control": string;
                    /** @description SHA-256 del contenido (RFC 9530): sha-256=:<base64>: */
                    "Repr-Digest": string;
                    /** @description El mismo SHA-256 en la forma anterior (RFC 3230): sha-256=<base64> */
                    Digest: string;
                    /** @description inline o attachment, con el nombre del archivo */
                    "Content-Disposition": string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                    "application/msword": string;
                    "application/vnd.ms-excel": string;
                    "application/vnd.ms-powerpoint": string;
                };
            };
            /** @description No cambió (If-None-Match) */
            304: {
                headers: {
                    /** @description SHA-256 del contenido, entre comillas; el contenido nunca cambia */
                    ETag: string;
                    /** @description private, max-age=31536000, immutable */
                    "Cache-Control": string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Sin sesión válida (UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No existe en su municipalidad (NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}

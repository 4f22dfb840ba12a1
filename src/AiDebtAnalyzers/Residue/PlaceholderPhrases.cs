using System;
using System.Text.RegularExpressions;
using AiDebtAnalyzers.Infrastructure;

namespace AiDebtAnalyzers.Residue;

/// <summary>Why a member is a placeholder implementation (AID502), as written in <c>aidebt.placeholderKind</c>.</summary>
internal enum PlaceholderKind
{
    None,

    /// <summary>A comment says the real code would do otherwise: <c>// In a real application, you would ...</c>.</summary>
    RealWorld,

    /// <summary>A comment says the body makes do: <c>// For now, we'll just return ...</c>.</summary>
    ForNow,

    /// <summary>A comment calls the body a stand-in: <c>// Mock implementation</c>, <c>// Replace with actual logic</c>.</summary>
    Disclaimer,

    /// <summary>A <c>// Simulate ...</c> comment over a delay that stands in for real work.</summary>
    Simulation,

    /// <summary>A <c>// TODO: implement</c> comment in a body that only returns a constant or default value.</summary>
    TodoImplement,

    /// <summary>A body that only throws <see cref="NotImplementedException"/> in an otherwise implemented type.</summary>
    NotImplemented,

    /// <summary>A comment that starts with one of the team's own markers (<c>aidebt.residue.placeholder_markers</c>).</summary>
    Marker,

    /// <summary>
    /// A comment that calls the data below it made up (<c>// Simulated customer data</c>, <c>// Temporary fake data</c>,
    /// <c>// Simulate loading user data</c>) over values typed into the code, or over a body that returns only a constant.
    /// </summary>
    StandInData,

    /// <summary>
    /// A member named for sending (<c>SendEmailAsync</c>, <c>EnviarCorreo</c>) whose body only prints, logs or completes,
    /// with a comment in it, in whatever language, where the sending should be.
    /// </summary>
    SilentDelivery,
}

/// <summary>
/// Recognizes the comments an AI assistant writes into a stand-in body. A phrase counts only at the start of the comment,
/// where the assistant puts it; prose that mentions "a real application" midway is not a stand-in marker.
/// </summary>
internal static class PlaceholderPhrases
{
    // Not RegexOptions.Compiled: compiling these case-insensitive alternations to IL took seconds at first use in every
    // compiler process (13.6 s for the AID501 set), while interpreted matching costs microseconds per candidate comment.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex RealWorld = new(
        // In a real application, you would ... / In a real-world scenario this would ... / In a full implementation, ...
        @"^(?:note:\s*)?in (?:an?|your) (?:real|real-world|real world|full|complete|proper|actual|production-ready|more complete)(?:[- ]world)? " +
        @"(?:application|app|implementation|scenario|system|project|environment|codebase|service|api|program|solution|version|use case)s?" +
        @"(?:,| you| we| this| it| one| there| that| i | they| the)" +
        // Here you would typically call ... / This is where you would ... / You would typically ...
        // The assistant addresses its user ("you"); "Here we could for example copy ..." is a colleague's note.
        @"|^here,? you(?:'d|’d| would)(?: typically| normally| usually)? \w+" +
        @"|^this is where (?:you|we)(?:'d|’d| would| should| could)\b" +
        @"|^you(?:'d|’d| would) (?:typically|normally|usually) \w+" +
        // In production, this would query the database / In production you would call the API
        @"|^in production,? (?:[\w-]+ ){1,4}(?:would|will)\b(?! (?:not|never)\b)" +
        // The languages assistants answer in: En una aplicación real, esto sería ... / Em uma aplicação real ... /
        // In einer echten Anwendung würde ... / Dans une vraie application ... / Gerçek bir uygulamada ...
        @"|^en (?:una|un) (?:aplicaci[oó]n|app|implementaci[oó]n|entorno|escenario|sistema|proyecto) (?:real|de producci[oó]n)\b" +
        @"|^(?:em|numa|num) (?:uma |um )?(?:aplica[cç][aã]o|app|implementa[cç][aã]o|ambiente|cen[aá]rio|sistema|projeto) (?:real|de produ[cç][aã]o)\b" +
        @"|^in einer (?:echten|realen|richtigen|produktiven) (?:anwendung|applikation|app|implementierung|umgebung)\b" +
        @"|^dans une (?:vraie |v[eé]ritable )?(?:application|app|impl[eé]mentation)(?: r[eé]elle| de production)?,? " +
        @"|^ger[cç]ek bir (?:uygulamada|projede|senaryoda|sistemde)\b",
        Options);

    // "In a REAL WORLD app this should be handled with a dead-letter exchange" advises on code that is there; a stand-in
    // says what the code would do instead ("you would", "this would").
    private static readonly Regex RealWorldAdvice = new(
        @"^(?:note:\s*)?in an? [\w -]{1,30}?,? (?:(?:\w+ ){0,3})(?:should|must|needs? to|ought to)\b" +
        // "En una aplicación real, se recomienda usar el Service Container", "... las contraseñas DEBEN ser hasheadas".
        @"|^(?:en|em|numa|num|in einer|dans une|ger[cç]ek bir) .{0,60}?\b(?:deber[ií]a\w*|deben?|se recomienda|es recomendable|hay que|dever[ií]a\w*|devem?|recomenda-se|sollten?|m[uü]ss(?:en|te)?|devrai(?:t|ent)|doi(?:t|vent)|il faut|olmal[ıi]|gerekir)\b" +
        // "In a real scenario, we might upsert member data here if needed": an optional extra step, not a missing one.
        @"|\bif (?:needed|necessary|required|desired)\b",
        Options);

    private static readonly Regex ForNow = new(
        @"^(?:note:\s*)?for now,? (?:(?:we(?:'ll|’ll| will)|let's|let’s|let us|i(?:'ll|’ll| will)|we|i) )?(?:just |simply |only )?" +
        @"(?:return|returning|use|using|simulate|simulating|mock|mocking|log|logging|hard-?code|hard-?coding|fake|pretend|assume|skip|print|store|keep|generate|create|leave|accept)\b" +
        // Por ahora, solo devolvemos ... / Por enquanto, retornamos ... / Vorerst geben wir ... / Pour l'instant, on retourne ...
        // "For now, it's just a placeholder to resolve build errors", "For now, show a placeholder message": the comment
        // calls what follows a stand-in, whatever the verb.
        @"|^(?:note:\s*)?for now\b.{0,60}?\b(?:placeholder|stub|dummy|mock(?:ed)?|fake|hard-?coded)\b" +
        @"|^por ahora,? (?:siempre )?(?:devolvemos|retornamos|devuelve|retorna|retornar|devolver|simulamos|simula|simular|usamos|guardamos|mostramos)\b" +
        // "Por ahora solo confirmamos que se recibió": "solo" (just) makes do, as "just" does in English.
        @"|^por ahora,? (?:solo|s[oó]lo|simplemente|[uú]nicamente) \w+" +
        @"|^por (?:enquanto|ora),? (?:apenas |s[oó] )?(?:retornamos|retorna|devolvemos|simulamos|simula|usamos)\b" +
        @"|^(?:vorerst|f[uü]rs erste|vorl[aä]ufig|erstmal),? (?:nur |einfach )?(?:geben|gibt|liefern|liefert|simulieren|simuliert|verwenden)\b" +
        @"|^pour (?:l'instant|l’instant|le moment),? (?:on )?(?:retourne|renvoie|simule|utilise)\b" +
        @"|^[sş]imdilik\b",
        Options);

    private static readonly Regex Disclaimer = new(
        @"^(?:note:\s*)?(?:this is )?(?:just )?(?:a |an )?(?:mock|dummy|fake|stub|placeholder|simulated) " +
        @"(?:implementation|logic|response|result|data|version)s?\b(?! (?:provider|factory|generator|builder|class|type|for tests?|used by))" +
        // "Dummy PostgreSQL implementation": a word or two may name what is faked.
        @"|^(?:this is )?(?:just )?(?:a |an )?(?:mock|dummy|fake|stub|placeholder|simulated) (?:[\w.-]+ ){1,2}implementation\b" +
        @"|^placeholder for (?:the |an? )?(?:actual|real|proper) (?:implementation|logic|code|data|call)" +
        // "TEMP mock — real API comes later", "Temporary stub".
        @"|^(?:temp(?:orary)?|tmp) (?:mock|stub|fake|placeholder|dummy)\b" +
        // Return mock data / So we just return mock data / For now, returning sample data
        @"|^(?:so |and )?(?:we |i )?(?:just |simply |only )?return(?:s|ing)? (?:some |the )?(?:mock|dummy|fake|sample|hard-?coded|canned|placeholder) (?:data|values?|results?|responses?|list|items)\b" +
        @"|^(?:todo:?\s*)?replace (?:this |it )?with (?:a |an |the |your )?(?:real|actual|proper) (?:implementation|logic|code|api call|call|data|service|database|check|validation|authentication|auth|query|lookup|request|storage|persistence|verification)" +
        // A label that names the body a stand-in: "Stub: always succeeds", "Stub mínimo: devuelve una URL falsa",
        // "Placeholder: integrate the OpenAI API here".
        @"|^(?:stub|placeholder|mock)(?: m[ií]nimo| simple| b[aá]sico| basico| minimal| basic)?\s*[:\u2013\u2014-]\s" +
        // "Replace with real logic" in the languages assistants answer in: "Reemplazar por lógica real",
        // "Substituir pela lógica real", "Durch echte Logik ersetzen", "Remplacer par la vraie logique".
        @"|^reemplaz(?:ar|a) (?:por|con) (?:la |una )?(?:l[oó]gica|implementaci[oó]n) real" +
        @"|^substitu(?:ir|a) (?:pela|por) (?:uma |a )?(?:l[oó]gica|implementa[cç][aã]o) real" +
        @"|^durch (?:die )?(?:echte|richtige) (?:logik|implementierung) ersetzen" +
        @"|^remplacer par (?:la |une )?(?:vraie |v[ée]ritable )?(?:logique|impl[ée]mentation)" +
        // "Implementation will be added" / "To be implemented later", the whole comment: the body is missing, not
        // delegated ("to be implemented by derived classes") nor described ("will be added to the cache on first use").
        @"|^(?:the )?(?:real |actual |full )?implementation (?:will be added|to be added|goes here|coming soon|(?:is )?pending)(?: later| soon| here)?\s*[.!]*$" +
        @"|^(?:this )?(?:will|to) be implemented(?: later| soon| in (?:a|the) (?:future|next) \w+)?\s*[.!]*$",
        Options);

    // The data is the stand-in: "Simulated customer data", "Temporary fake data", "Mock Data", "Simulate loading user
    // data", "Return empty list, will use mock data". Whether the body holds such data decides (see the analyzer).
    private static readonly Regex StandInData = new(
        // "Simulated DB with multiple users": the made-up store is the data.
        @"^(?:(?:temporary|temp|hard-?coded|some)\s+)?(?:simulated|fake|mock|mocked|dummy|sample|placeholder)\s+(?:[\w-]+\s+){0,2}(?:data|db|database)\b" +
        // "Mock data provider used by the designer" names a component, not the data below.
        @"(?!\s+(?:provider|factory|generator|builder|class|type|source|set|layer|service|store|used|for tests?)\b)" +
        @"|^simulat(?:e|es|ing) (?:loading|fetching|getting|retrieving|reading|receiving)\s+(?:[\w-]+\s+){0,2}data\b" +
        @"|\b(?:will |we'll |we will )?(?:use|using|uses) (?:the |some )?(?:mock|fake|dummy|sample|simulated) data\b" +
        // "Simple test data" over typed-in rows: data made up to try the code, as sample data is.
        @"|^(?:simple |some |basic )?test data\b(?!\s+(?:provider|factory|generator|builder|class|type|source|set|layer|service|store|used|for tests?)\b)" +
        // The languages assistants answer in: "Simulación de datos ...", "Simulando datos de usuario", "Datos temporales
        // (mock)", "Dados simulados", "Testdaten", "Données fictives", Swedish "Returnerar en hårdkodad lista ...",
        // Korean "예제 데이터 생성" (sample data), Chinese "模拟数据", Japanese "ダミーデータ".
        @"|^(?:simulaci[oó]n|simulando|simulamos|simula[cç][aã]o) (?:de |los |las |unos |os )*(?:datos|dados)\b" +
        @"|^(?:datos|dados) (?:simulados|ficticios|fict[ií]cios|falsos|temporales|tempor[aá]rios|mockados|mock|de prueba|de ejemplo|de teste|de exemplo)\b" +
        @"|^(?:test|beispiel|schein|dummy-?|mock-?)daten\b|^simulierte daten\b" +
        @"|^donn[ée]es (?:fictives|simul[ée]es|factices|de test|d'exemple|d’exemple)\b" +
        @"|^returner(?:ar|a) (?:en |ett )?(?:h[aå]rdkodad|h[aå]rdkodat|h[aå]rdkodade|fejkad|fejkade|exempel)" +
        @"|^(?:예제|샘플|더미|가짜|임시|테스트|목업) ?데이터" +
        @"|^(?:模拟|假|示例|测试|临时|虚拟)的?数据|^(?:ダミー|サンプル|モック|テスト|仮の?)データ",
        Options);

    // English and the languages assistants answer in: simulate / simular, simulamos, simulación, simulando / simulieren /
    // simuler / simuliamo / simüle etmek, simülasyon.
    private static readonly Regex Simulate = new(
        @"^(?:simulat(?:e|es|ed|ing)|simul(?:ar|a|o|amos|ando|ación|acion|ação|acao|ado|ada)|simulier(?:e|en|t|te)|simul(?:e|er|ons|é|ée|ation)|simuliamo|simüle|simülasyon)\b" +
        // Turkish "Burada PayPal API çağrısı yapılır" ("the PayPal API call is made here") over a wait: what the body
        // does around the wait decides, as for "Simulate".
        @"|^burada\b.{0,60}?\b(?:yap[ıi]l[ıi]r|yap[ıi]lacak|[çc]a[gğ]r[ıi]l[ıi]r|[çc]a[gğ]r[ıi]lacak|entegre edil(?:ir|ecek))\b",
        Options);

    // "Simulate asynchronous loading to demonstrate a loading indicator": the wait is what the code shows, not a stand-in
    // for a call it cannot make.
    private static readonly Regex Demonstrates = new(@"\bto (?:demonstrate|showcase|illustrate)\b", Options);

    // Where a sentence or clause starts inside a comment: "This is a placeholder. In a real application, you would query
    // ...", "Mock AI compliance scoring - in production this would call actual AI services".
    private static readonly Regex ClauseStart = new(@"(?<=[.!?;:])\s+|\s+[-\u2013\u2014]+\s+", RegexOptions.CultureInvariant);

    private static readonly Regex TodoImplement = new(
        @"^(?:todo|fixme)\b[:\s-]*(?:\([^)]*\)\s*)?[:\s-]*" +
        @"(?:implement(?:ation)?\b|implementar\b|implementieren\b|impl[eé]menter\b|add (?:the |a )?(?:real |actual )?implementation\b|write (?:the )?implementation\b|not (?:yet )?implemented\b" +
        @"|replace with (?:the |a )?(?:real|actual)\b|add (?:the )?(?:real|actual) logic\b" +
        // "TODO: integrate with e-mail, push", "TODO: integrar com e-mail", "TODO: SMS entegrasyonu": the integration is
        // the missing body.
        @"|integrate\b|integration with\b|integrar\b|integrieren\b|int[ée]grer\b|(?:\w+ )?entegrasyon)" +
        // "TODO: Week 16实现" (to implement in week 16), "TODO: 実装", "TODO: 구현": "implement" in Chinese, Japanese and Korean.
        @"|^(?:todo|fixme)\b.{0,40}?(?:实现|實現|実装|구현)" +
        // Without a TODO, the instruction itself: "Implement translation logic", "Implement your logic here",
        // "Implementar geração real", "Aquí va la lógica", "Hier implementieren", "À implémenter". They stand for the
        // body only over a constant return (the TodoImplement body test), never over code that does something.
        @"|^implement (?:the |your |actual |real )?(?:[\w-]+ ){0,4}(?:logic|here)\b" +
        // Where the logic should be: "Save settings logic would go here", "Add the notification service logic in
        // here", "Logic to process payment", "Real implementation: parse segmentJson and evaluate ...".
        @"|^(?:the )?(?:[\w-]+ ){0,4}logic (?:(?:would|will|should|can|could|must) )?go(?:es)? here\b" +
        @"|^add (?:the |your |actual |real )?(?:[\w-]+ ){0,4}logic (?:in )?here\b" +
        @"|^logic (?:to|for) \w+" +
        @"|^(?:the )?(?:real|actual|full) implementation\s*[:\u2013\u2014-]\s" +
        // "Placeholder for Microsoft Presidio", over a body that returns nothing but an empty result.
        @"|^placeholder for\b(?! (?:the |an? )?(?:actual|real|proper) )" +
        @"|^implementa(?:r|ção|cao)\b|^aqu[ií] (?:va|ir[ií]a|debe ir)\b|^hier (?:implementieren|die (?:logik|implementierung))\b|^[àa] impl[ée]menter\b",
        Options);

    /// <summary>Classifies a comment's text (with its <c>//</c> or <c>/* */</c> markers) as a stand-in marker, if it is one.</summary>
    public static PlaceholderKind Classify(string commentText)
    {
        var body = WithoutLeadingSymbols(CommentText.Body(commentText));
        if (body.Length < 6)
        {
            return PlaceholderKind.None;
        }

        if (TodoImplement.IsMatch(body))
        {
            return PlaceholderKind.TodoImplement;
        }

        if (RealWorld.IsMatch(body))
        {
            return RealWorldAdvice.IsMatch(body) ? PlaceholderKind.None : PlaceholderKind.RealWorld;
        }

        if (ForNow.IsMatch(body))
        {
            return PlaceholderKind.ForNow;
        }

        if (StandInData.IsMatch(body))
        {
            return PlaceholderKind.StandInData;
        }

        if (Simulate.IsMatch(body))
        {
            return Demonstrates.IsMatch(body) ? PlaceholderKind.None : PlaceholderKind.Simulation;
        }

        if (Disclaimer.IsMatch(body))
        {
            return PlaceholderKind.Disclaimer;
        }

        // The assistant may lead with a label and then say what real code would do: "This is a placeholder. In a real
        // application, you would query ...", "Mock AI compliance scoring - in production this would call ...".
        foreach (var clause in ClauseStart.Split(body))
        {
            if (clause.Length < body.Length && RealWorld.IsMatch(clause))
            {
                return RealWorldAdvice.IsMatch(clause) ? PlaceholderKind.None : PlaceholderKind.RealWorld;
            }
        }

        return PlaceholderKind.None;
    }

    /// <summary>
    /// The comment's words after the emoji and symbols an assistant puts before them (<c>// 🧪 For now, just simulate</c>,
    /// <c>// ⚠️ Mock data</c>); letters, digits and punctuation stay (<c>... existing code</c> keeps its dots).
    /// </summary>
    private static string WithoutLeadingSymbols(string body)
    {
        var start = 0;
        while (start < body.Length)
        {
            var c = body[start];
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || char.IsSurrogate(c) || category is System.Globalization.UnicodeCategory.OtherSymbol
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format)
            {
                start++;
                continue;
            }

            break;
        }

        return start == 0 ? body : body.Substring(start);
    }

    // Words a stand-in shows its user after faking the work: "Saved successfully", "El producto ha sido creado exitosamente".
    private static readonly Regex SuccessText = new(
        @"\b(?:success|successful|successfully|saved|sent|submitted|synced|exitosamente|éxito|exito|sucesso|erfolgreich|succès|réussi|başarı\w*)\b",
        Options);

    private static readonly Regex Todo = new(@"^(?:todo|fixme)\b", Options);

    // Words beside a comment, or in a name, that own up to a stand-in: "For demonstration purposes, we're simulating a
    // successful login", "mockToken", "CreateSampleReport".
    private static readonly Regex StandInWords = new(
        @"\b(?:simulat\w*|mock\w*|fake\w*|dummy|placeholder|hard-?coded|demonstration|demo)\b",
        Options);

    private static readonly Regex StandInName = new(
        @"(?:^|[a-z_])(?:Mock|Fake|Dummy|Sample|Simulat|Placeholder|Stub)|^(?:mock|fake|dummy|sample|simulat|placeholder|stub)",
        RegexOptions.CultureInvariant);

    /// <summary>Whether a comment (with its markers) is a stand-in comment or owns up to one in passing.</summary>
    public static bool TellsOfStandIn(string commentText) =>
        Classify(commentText) != PlaceholderKind.None || StandInWords.IsMatch(CommentText.Body(commentText));

    /// <summary>Whether an identifier names a stand-in: <c>mockToken</c>, <c>CreateMockGdprReport</c>, <c>_sampleData</c>.</summary>
    public static bool NamesStandIn(string identifier) => StandInName.IsMatch(identifier);

    /// <summary>Whether the comment (with its markers) has the wording of a disclaimer (<c>// Mock data</c>).</summary>
    public static bool IsDisclaimer(string commentText) => Disclaimer.IsMatch(WithoutLeadingSymbols(CommentText.Body(commentText)));

    // "Clase EmailService que simula el envío de correos", "Simulates the payment provider": a type that says it simulates.
    private static readonly Regex SimulatesVerb = new(@"\b(?:simulat(?:es|ing)|simula|simulan|simule|simulieren|simuliert|simüle eder)\b", Options);

    // "Simulate a delay for the API call", "Simulate network latency": the wait stands in for a call to something outside.
    private static readonly Regex ExternalCall = new(@"\b(?:api|network|server|http|database|db|backend|endpoint|request|call)\b", Options);

    /// <summary>Whether a comment (with its markers) names a call to something outside that the code does not make.</summary>
    public static bool NamesExternalCall(string commentText) => ExternalCall.IsMatch(CommentText.Body(commentText));

    /// <summary>Whether a comment (with its markers) says that what it describes simulates something.</summary>
    public static bool SaysItSimulates(string commentText) => SimulatesVerb.IsMatch(commentText);

    private static readonly Regex StandInLabel = new(@"^\[?(?:mock|fake|dummy|stub|simulated)\b", Options);

    /// <summary>
    /// Whether a text (printed or logged) says that it simulates or stands in: <c>"Simulando envío de correo a: ..."</c>,
    /// <c>"Mock SMS to {phone}: ..."</c>.
    /// </summary>
    public static bool SaysSimulated(string text)
    {
        var trimmed = text.TrimStart();
        return Simulate.IsMatch(trimmed) || StandInLabel.IsMatch(trimmed);
    }

    // "Real" (and "actual") in the languages assistants answer in: a comment in an empty sender that says no real sending
    // happens ("Тук няма реално изпращане", "không gửi email thật") owns up to the stand-in; the templates' "Plug in your
    // email service here" does not.
    private static readonly Regex RealThing = new(
        @"\b(?:real|really|actual|actually|реално|реален|реальн\w*|настоящ\w*|истинск\w*|thật|thực|de verdad|r[ée]el\w*|vrai\w*|echt\w*|wirklich\w*|tats[aä]chlich\w*|ger[cç]ek\w*|prawdziw\w*|rzeczywist\w*|reale|vero|nyata|sebenarnya|skute[cč]n\w*)\b" +
        @"|真实|真正|实际|実際|本物|本当|실제|진짜",
        Options);

    /// <summary>Whether a comment (with its markers) speaks of the real thing, in whatever language: "no real sending here".</summary>
    public static bool SpeaksOfTheRealThing(string commentText) => RealThing.IsMatch(CommentText.Body(commentText));

    /// <summary>Whether a string tells its user that the work succeeded.</summary>
    public static bool ClaimsSuccess(string text) => text.Length >= 4 && SuccessText.IsMatch(text);

    /// <summary>Whether a comment (with its markers) is a TODO or FIXME.</summary>
    public static bool IsTodo(string commentText) => Todo.IsMatch(CommentText.Body(commentText));

    /// <summary>Whether the comment starts with one of the team's own markers (<c>aidebt.residue.placeholder_markers</c>).</summary>
    public static bool StartsWithMarker(string commentText, System.Collections.Immutable.ImmutableArray<string> markers)
    {
        if (markers.IsDefaultOrEmpty)
        {
            return false;
        }

        var body = CommentText.Body(commentText);
        foreach (var marker in markers)
        {
            if (body.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

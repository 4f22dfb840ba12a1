using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>What one occurrence of a string literal does where it is written (AID202).</summary>
internal enum StringRole
{
    /// <summary>An element-access or indexer key of anything but a store of settings or request state: <c>index["orders:latest"]</c>.</summary>
    Key,

    /// <summary>Compared with a runtime value: <c>if (hwType == "vaapi")</c>.</summary>
    ComparedIdentifier,

    /// <summary>Passed as an argument: <c>client.Send("orders-queue")</c>, <c>File.Exists("appsettings.json")</c>.</summary>
    IdentifierArgument,

    /// <summary>
    /// The key of an entry of a store the application keeps its settings and request state in: a configuration
    /// setting or section, a header, a claim, a cookie, a session, cache or route value, an environment variable written
    /// in two or more members (<see cref="EnvironmentVariable"/>) (<c>configuration["Smtp:Host"]</c>, <c>GetSection("Smtp")</c>, <c>User.FindFirst("tenant")</c>, <c>cache.Remove("orders:latest")</c>).
    /// </summary>
    StoreKey,

    /// <summary>Assigned, initialized or returned: <c>QueueName = "orders-queue"</c>.</summary>
    AssignedIdentifier,

    /// <summary>A piece of generated output: a concatenation operand, a writer or builder argument, a partial token.</summary>
    OutputFragment,

    /// <summary>
    /// A well-known name: compared with <c>.Name</c>, a <c>case</c> label or pattern, a reflection lookup, a key the
    /// framework reads itself from the configuration it is handed (<c>"description"</c> in a provider's <c>Initialize</c>).
    /// </summary>
    WellKnownName,

    /// <summary>Text for people: exception, assert, log and console messages; any value with a space in it.</summary>
    Message,

    /// <summary>A row of a table: an initializer or collection of three or more rows, a tuple, a switch-expression arm.</summary>
    TableRow,

    /// <summary>A format string: <c>string.Format</c>, <c>ToString("yyyy-MM-dd")</c>, anything holding <c>{0}</c>.</summary>
    FormatString,

    /// <summary>The name of a member of the type or of a parameter in scope: it belongs in <c>nameof</c>.</summary>
    BoundName,

    /// <summary>A definition or declarative metadata: a <c>const</c> initializer, an attribute argument, a minimal-API route (<c>MapGet("/items")</c>).</summary>
    Definition,

    /// <summary>A name or value of the markup being written or read: <c>output.Attributes.SetAttribute("class", "active")</c>.</summary>
    Markup,

    /// <summary>An MVC action, controller or page a redirect or link points at: <c>RedirectToAction("Index", "Home")</c>.</summary>
    ActionTarget,

    /// <summary>A value a public standard fixes: a media type (<c>"application/json"</c>), <c>"true"</c>/<c>"false"</c>, an HTTP method or header name.</summary>
    StandardValue,

    /// <summary>The name of a field of a request to a remote API, added to its argument list: <c>args.Add("client_id", id)</c>.</summary>
    RequestField,

    /// <summary>A placeholder the reader replaces by hand: <c>"YourSubscriptionKey"</c>, <c>"&lt;your-endpoint&gt;"</c>, <c>"REPLACE_ME"</c>.</summary>
    Placeholder,

    /// <summary>The name of an element or property of a document in an external format, looked up where it is read: <c>e.Element("value")</c>.</summary>
    ExternalField,

    /// <summary>The key of a theme or UI resource: <c>FindResource("AccentBrush")</c>, <c>SetResourceReference(StyleProperty, "PanelStyle")</c>, a dotted key given to any call (<c>ShowHint("S.Hint.Overlay")</c>).</summary>
    ResourceKey,

    /// <summary>The name of a group of the regular expression beside it: <c>match.Groups["value"]</c>.</summary>
    RegexGroup,

    /// <summary>The key of a localized text, given to a translation look-up: <c>localizer.Translate(userId, "permission-denied")</c>.</summary>
    LocalizationKey,

    /// <summary>A URI scheme: <c>if (link.Scheme == "magnet")</c>, <c>url.StartsWith("file://")</c>.</summary>
    UriScheme,

    /// <summary>The name of a parameter of the SQL text beside it: <c>command.SetParameterValue("@VolumeId", id)</c>.</summary>
    SqlParameter,

    /// <summary>A name another program defines, written inline: a command-line argument, a program or library file, an extension, a XAML element or state (<see cref="ExternalNames"/>).</summary>
    ExternalName,

    /// <summary>An external name of a kind the type's files already name with constants: the code base names them, so this copy is one too.</summary>
    NamedExternalName,

    /// <summary>
    /// The name of a query parameter of an outside service's API, added to a request: <c>request.AddQueryString("include_adult", ...)</c>.
    /// The service's API names it; copies count only when nearly every request of the type sends it.
    /// </summary>
    QueryParameter,

    /// <summary>
    /// The path of a data binding: a property name given to a binding (<c>new Binding("SelectedItem")</c>,
    /// <c>control.DataBindings.Add("Text", settings, "UserName")</c>); the bound types define the names.
    /// </summary>
    BindingPath,

    /// <summary>
    /// The check, default, read and removal of one configuration entry in one run of statements about it alone:
    /// <c>if (config["x"] == null) config["x"] = "d"; field = config["x"]; config.Remove("x");</c>, one use of the key.
    /// </summary>
    ConsumedSetting,

    /// <summary>
    /// The name of an environment variable, read or set (<c>GetEnvironmentVariable("PROMPT")</c>): the
    /// environment is shared with other programs, and a variable saved, set and put back in one member is another
    /// program's name, seen whole where it is written; read without being set, or written in two or more members of a
    /// type, it is a setting the code base keeps, counted as a store key.
    /// </summary>
    EnvironmentVariable,
}

/// <summary>One row of the role table: the role, whether copies in that role are reported, and an example.</summary>
internal sealed class StringRoleInfo
{
    public StringRoleInfo(StringRole role, bool reported, string example, int minCopies = 0, bool reportedByDefault = false, string? measured = null, StringRole? repeatedAs = null)
    {
        Role = role;
        RepeatedAs = repeatedAs;
        Reported = reported;
        Example = example;
        MinCopies = minCopies;
        ReportedByDefault = reported && reportedByDefault;
        Measured = measured;
    }

    /// <summary>
    /// Whether a reported role is in the default of <c>aidebt.magic_values.reported_string_roles</c>: only where the
    /// judged precision of its findings across code bases supports it (<see cref="Measured"/>); the other reported
    /// roles count when a team lists them.
    /// </summary>
    public bool ReportedByDefault { get; }

    /// <summary>For a reported role: the judged precision that decided <see cref="ReportedByDefault"/> (docs/measuring.md).</summary>
    public string? Measured { get; }

    /// <summary>
    /// The fewest copies in one type that make the literal a finding in this role, when more than
    /// <c>aidebt.magic_values.min_repetitions</c> (0: the option decides).
    /// </summary>
    public int MinCopies { get; }

    public StringRole Role { get; }

    /// <summary>
    /// For a quiet role whose copies together are one use of their value (a consumed setting's run): the role those
    /// copies count in when the type repeats the use elsewhere (a key taken out in two methods is a store key written
    /// twice); null when repeating changes nothing.
    /// </summary>
    public StringRole? RepeatedAs { get; }

    /// <summary>
    /// Whether copies in this role can carry one meaning that must change together: counted and reported when
    /// <c>aidebt.magic_values.reported_string_roles</c> lists the role (by default, when <see cref="ReportedByDefault"/>).
    /// </summary>
    public bool Reported { get; }

    /// <summary>One C# statement showing the role; the rule page and the tests use it as written.</summary>
    public string Example { get; }
}

/// <summary>
/// AID202's roles in one place: <see cref="All"/> is the table the rule page and the tests enumerate, and
/// <see cref="Classify"/> gives each literal its role from syntax (one call is bound: a provider's <c>base.Initialize</c>). A literal counts towards a repetition only in a
/// reported role: the copies of a key, a setting, claim, route, header or cache-entry name, a file or configuration
/// name must change together; fragments, well-known names, messages, table rows, format strings and names bound to a
/// symbol are not one shared meaning.
/// </summary>
internal static class RepeatedStringRoles
{
    public static readonly ImmutableArray<StringRoleInfo> All = ImmutableArray.Create(
        new StringRoleInfo(StringRole.Key, reported: true, "index[\"orders:latest\"] = id;", reportedByDefault: false, measured: "31 of 82 genuine (38%), 15 code bases; below 75%: on request"),
        new StringRoleInfo(StringRole.ComparedIdentifier, reported: true, "if (hardwareType == \"vaapi\") { }", reportedByDefault: false, measured: "32 of 45 genuine (71%), 13 code bases; below 75%: on request"),
        new StringRoleInfo(StringRole.StoreKey, reported: true, "cache.Remove(\"orders:latest\");", reportedByDefault: true, measured: "16 of 19 genuine (84%), 5 code bases; on: at least 75% over two code bases"),
        new StringRoleInfo(StringRole.IdentifierArgument, reported: true, "client.Send(\"orders-queue\");", reportedByDefault: false, measured: "254 of 504 genuine (50%), 23 code bases; below 75%: on request"),
        new StringRoleInfo(StringRole.AssignedIdentifier, reported: true, "options.QueueName = \"orders-queue\";", reportedByDefault: false, measured: "18 of 56 genuine (32%), 13 code bases; below 75%: on request"),
        new StringRoleInfo(StringRole.OutputFragment, reported: false, "builder.Append(\"namespace\");"),
        new StringRoleInfo(StringRole.WellKnownName, reported: false, "if (method.Name == \"op_Implicit\") { }"),
        new StringRoleInfo(StringRole.Message, reported: false, "throw new InvalidOperationException(\"Session is null!\");"),
        new StringRoleInfo(StringRole.TableRow, reported: false, "var row = (\"inherit\", 1);"),
        new StringRoleInfo(StringRole.FormatString, reported: false, "text = date.ToString(\"yyyy-MM-dd\");"),
        new StringRoleInfo(StringRole.BoundName, reported: false, "OnPropertyChanged(\"hardwareType\");"),
        new StringRoleInfo(StringRole.Definition, reported: false, "const string Region = \"europe-west\";"),
        new StringRoleInfo(StringRole.Markup, reported: false, "output.Attributes.SetAttribute(\"class\", css);"),
        new StringRoleInfo(StringRole.ActionTarget, reported: false, "result = RedirectToAction(\"Index\", \"Organizations\");"),
        new StringRoleInfo(StringRole.StandardValue, reported: false, "request.ContentType = \"application/json\";"),
        new StringRoleInfo(StringRole.Placeholder, reported: false, "options.QueueName = \"YourQueueName\";"),
        new StringRoleInfo(StringRole.RequestField, reported: false, "args.Add(\"client_id\", id);"),
        new StringRoleInfo(StringRole.ExternalField, reported: false, "text = feed.Element(\"description\");"),
        new StringRoleInfo(StringRole.ResourceKey, reported: false, "result = FindResource(\"AccentBrush\");"),
        new StringRoleInfo(StringRole.RegexGroup, reported: false, "text = match.Groups[\"value\"].Value;"),
        new StringRoleInfo(StringRole.LocalizationKey, reported: false, "text = localizer.Translate(userId, \"permission-denied\");"),
        new StringRoleInfo(StringRole.UriScheme, reported: false, "if (link.Scheme == \"magnet\") { }"),
        new StringRoleInfo(StringRole.SqlParameter, reported: false, "command.Parameters.AddWithValue(\"@VolumeId\", id);"),
        new StringRoleInfo(StringRole.ExternalName, reported: false, "result = Process.Start(\"regsvr32.exe\");"),
        new StringRoleInfo(StringRole.NamedExternalName, reported: true, "text = \"--no-pager\";", reportedByDefault: false, measured: "4 of 7 genuine (57%), 2 code bases; below 75%: on request"),
        new StringRoleInfo(StringRole.QueryParameter, reported: true, "request.AddQueryString(\"include_adult\", adult);", minCopies: QueryParameterMinCopies, reportedByDefault: false, measured: "5 of 5 genuine (100%), 1 code base; judged in one code base only: on request"),
        new StringRoleInfo(StringRole.BindingPath, reported: false, "result = new Binding(\"SelectedItem\");"),
        new StringRoleInfo(StringRole.ConsumedSetting, reported: false, "if (config[\"connectionStringName\"] == null) config[\"connectionStringName\"] = \"Main\"; text = config[\"connectionStringName\"]; config.Remove(\"connectionStringName\");", repeatedAs: StringRole.StoreKey),
        new StringRoleInfo(StringRole.EnvironmentVariable, reported: false, "text = GetEnvironmentVariable(\"PROMPT\");", repeatedAs: StringRole.StoreKey));

    /// <summary>
    /// A query parameter's name is written in this many places of one type before it is reported: a parameter sent
    /// with nearly every request (<c>"language"</c> ten times) is one the type should add in one place; one sent by
    /// three requests reads as the outside API's own name.
    /// </summary>
    public const int QueryParameterMinCopies = 10;

    private static readonly bool[] ReportedByRole = BuildReportedByRole();

    private static readonly string[] RoleNames = BuildRoleNames();

    // Calls that add a named parameter to the query of a request being built: the outside API names the parameter.
    private static readonly HashSet<string> QueryParameterMethods = new(StringComparer.Ordinal)
    {
        "AddQueryString", "AddQueryParameter", "AddQueryParam", "SetQueryParam", "AddParameter", "AddOrUpdateParameter",
    };

    // Words of a credential's name: a key, token or secret sent as a query parameter is one value to keep in one place
    // (a typo breaks authentication), however often it is written.
    private static readonly string[] CredentialWords = { "key", "token", "secret", "auth", "password", "signature" };

    // The last word of a receiver's name that makes it a store of settings or request state (`_configuration`,
    // `Request.Headers`, `HttpContext.Session`, `_memoryCache`, `User.Claims`, `Properties.Settings`): its keys are the
    // names the application gives its settings, headers, claims and cached entries.
    private static readonly HashSet<string> StoreWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Configuration", "Config", "Settings", "AppSettings", "Headers", "Cookies", "Session", "Cache", "Claims", "RouteValues",
    };

    // Calls whose first argument names such an entry whatever their receiver is called.
    private static readonly HashSet<string> StoreKeyMethods = new(StringComparer.Ordinal)
    {
        "GetSection", "GetRequiredSection", "GetConnectionString", "GetEnvironmentVariable", "SetEnvironmentVariable",
        "FindFirst", "FindFirstValue", "FindAll", "HasClaim", "RequireClaim", "AddHeader", "TryAddWithoutValidation",
    };

    // Calls that read or write one entry of a store by its key, on a receiver named for the store.
    private static readonly HashSet<string> StoreAccessMethods = new(StringComparer.Ordinal)
    {
        "Get", "GetValue", "GetString", "GetInt32", "GetValues", "TryGetValue", "TryGetValues", "Set", "SetString", "SetInt32",
        "Add", "TryAdd", "Append", "Remove", "ContainsKey", "Contains", "GetOrCreate", "GetOrCreateAsync", "GetAsync",
        "SetAsync", "RemoveAsync", "GetStringAsync", "SetStringAsync", "Delete",
    };

    // Calls that write generated output piece by piece: their arguments are fragments, not names.
    private static readonly HashSet<string> WriterMethods = new(StringComparer.Ordinal)
    {
        "Append", "AppendLine", "Insert", "Write", "WriteLine", "WriteRaw", "Print", "Emit",
    };

    // Calls whose string argument is a format pattern.
    private static readonly HashSet<string> FormatMethods = new(StringComparer.Ordinal)
    {
        "Format", "AppendFormat", "ToString", "ParseExact", "TryParseExact",
    };

    // Reflection and metadata look-ups: the argument is a name fixed by the runtime or the language.
    private static readonly HashSet<string> NameLookupMethods = new(StringComparer.Ordinal)
    {
        "GetMethod", "GetProperty", "GetField", "GetMember", "GetEvent", "GetNestedType", "GetInterface", "GetType",
        "GetTypeByMetadataName", "GetRuntimeMethod", "GetRuntimeProperty", "GetRuntimeField", "GetDeclaredMethod",
        "GetDeclaredProperty", "GetDeclaredField", "GetMethods", "GetMembers",
    };

    // Minimal-API endpoint declarations: the route pattern is declarative, like a routing attribute's.
    private static readonly HashSet<string> EndpointMethods = new(StringComparer.Ordinal)
    {
        "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods",
    };

    // Calls that read or write a name or value of markup (HTML and XML attributes, CSS classes): the format fixes them.
    private static readonly HashSet<string> MarkupMethods = new(StringComparer.Ordinal)
    {
        "SetAttribute", "GetAttribute", "RemoveAttribute", "HasAttribute", "MergeAttribute", "MergeAttributes", "AddCssClass",
        "SetAttributeValue", "Attribute",
    };

    // MVC redirects and links: their string arguments name an action, controller or page, which nameof(...) names.
    private static readonly HashSet<string> ActionTargetMethods = new(StringComparer.Ordinal)
    {
        "RedirectToAction", "RedirectToActionPermanent", "RedirectToActionPreserveMethod", "RedirectToActionPermanentPreserveMethod",
        "RedirectToPage", "RedirectToPagePermanent", "RedirectToPagePreserveMethod", "RedirectToPagePermanentPreserveMethod",
        "CreatedAtAction", "AcceptedAtAction", "ActionLink", "BeginForm", "PageLink", "GetUriByAction", "GetPathByAction",
        "GetUriByPage", "GetPathByPage",
    };

    // Look-ups of a named element or property in a document of an external format (XML, JSON): each call reads its own
    // document, whose format fixes the name.
    private static readonly HashSet<string> ExternalFieldMethods = new(StringComparer.Ordinal)
    {
        "Element", "Elements", "Descendants", "DescendantsAndSelf", "Ancestors", "AncestorsAndSelf", "Property", "TryGetProperty",
        "Value", "Values", "SelectToken", "SelectTokens", "QuerySelector", "QuerySelectorAll",
    };

    // Types whose construction names an element or attribute of the XML being written: new XElement("item", ...).
    private static readonly HashSet<string> MarkupTypes = new(StringComparer.Ordinal)
    {
        "XElement", "XAttribute", "XName", "XProcessingInstruction",
    };

    // Look-ups of localized text by key: the resource file (en.json, Strings.resx) defines the key and names it already.
    private static readonly HashSet<string> LocalizationMethods = new(StringComparer.Ordinal)
    {
        "Translate", "TranslateAsync", "Localize", "LocalizeAsync",
    };

    // Receivers that name a text catalogue by convention (Squidex's T, Greenshot's Language): a Get... call on them
    // looks a text up by key.
    private static readonly HashSet<string> TextCatalogueNames = new(StringComparer.Ordinal)
    {
        "T", "L", "Language", "Lang", "I18n", "I18N", "Localization", "Texts",
    };

    // URI schemes, compared with Uri.Scheme or tested as a prefix: the URI standard and the registry fix them.
    private static readonly HashSet<string> UriSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "file", "ftp", "ftps", "sftp", "magnet", "mailto", "ws", "wss", "data", "tel", "urn",
    };

    // Look-ups of a theme or UI resource by key (WPF, Avalonia, MAUI): the theme's resource dictionaries define the key.
    private static readonly HashSet<string> ResourceMethods = new(StringComparer.Ordinal)
    {
        "FindResource", "TryFindResource", "SetResourceReference",
    };

    // SQL keywords and type names as a schema parser or type map spells them (upper case only).
    private static readonly HashSet<string> SqlKeywords = new(StringComparer.Ordinal)
    {
        "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "REFERENCES", "SELECT", "INSERT", "UPDATE", "WHERE", "VALUES",
        "INDEX", "TABLE", "COLUMN", "INTEGER", "NUMERIC", "DECIMAL", "DATETIME", "VARCHAR", "NVARCHAR", "BIGINT", "BOOLEAN",
        "UNIQUEIDENTIFIER", "AUTOINCREMENT", "COLLATE", "DEFAULT",
    };

    // Url.Action("Index", "Home"), Url.Page("/Index"): only on a URL helper, since Action and Page are common names.
    private static readonly HashSet<string> UrlHelperMethods = new(StringComparer.Ordinal)
    {
        "Action", "Page", "ActionLink", "PageLink",
    };

    // Top-level media types of the IANA registry: "application/json", "text/html", "image/png".
    private static readonly string[] MediaTypePrefixes =
    {
        "application/", "text/", "image/", "audio/", "video/", "multipart/", "font/", "message/", "model/",
    };

    // HTTP header names RFC 9110 and common practice fix (header names are case-insensitive); words that are also common
    // setting or key names (Location, Range, Origin, Host) are left out.
    private static readonly HashSet<string> StandardHeaderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Content-Type", "Content-Length", "Content-Disposition", "Content-Encoding", "Accept",
        "Accept-Encoding", "Accept-Language", "User-Agent", "Cache-Control", "Pragma", "Referer", "Set-Cookie",
        "If-None-Match", "If-Modified-Since", "Last-Modified", "WWW-Authenticate", "X-Requested-With", "X-Forwarded-For",
        "X-Forwarded-Proto", "Retry-After", "ETag", "If-Match", "If-Unmodified-Since", "Content-Range", "Accept-Ranges",
        "Content-Language", "Transfer-Encoding",
    };

    // Every field name ASP.NET Core's HeaderNames spells (RFC 9110 and its companions: CORS, WebSocket, trace context), and
    // those of mail and UPnP, read only where the text names a header: the key of a headers collection (`Request.Headers["Origin"]`,
    // `client.DefaultRequestHeaders.Add("Range", ...)`) or the name given to `AddHeader`/`TryAddWithoutValidation`.
    // There `"Range"` or `"Host"` is the protocol's own name, which `HeaderNames.Range` would only rename; elsewhere the
    // same words are common setting and key names, so they are not in StandardHeaderNames.
    private static readonly HashSet<string> HeaderFieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Accept-Ranges", "Access-Control-Allow-Credentials",
        "Access-Control-Allow-Headers", "Access-Control-Allow-Methods", "Access-Control-Allow-Origin",
        "Access-Control-Expose-Headers", "Access-Control-Max-Age", "Access-Control-Request-Headers",
        "Access-Control-Request-Method", "Age", "Allow", "Alt-Svc", "Authorization", "baggage", "Cache-Control", "Connection",
        "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location", "Content-MD5",
        "Content-Range", "Content-Security-Policy", "Content-Security-Policy-Report-Only", "Content-Type", "Correlation-Context",
        "Cookie", "Date", "DNT", "ETag", "Expect", "Expires", "From", "grpc-accept-encoding", "grpc-encoding", "grpc-message",
        "grpc-status", "grpc-timeout", "Host", "If-Match", "If-Modified-Since", "If-None-Match", "If-Range", "If-Unmodified-Since",
        "Keep-Alive", "Last-Modified", "Link", "Location", "Max-Forwards", "Origin", "Pragma", "Proxy-Authenticate",
        "Proxy-Authorization", "Proxy-Connection", "Range", "Referer", "Request-Id", "Retry-After", "Sec-WebSocket-Accept",
        "Sec-WebSocket-Extensions", "Sec-WebSocket-Key", "Sec-WebSocket-Protocol", "Sec-WebSocket-Version", "Server",
        "Set-Cookie", "Strict-Transport-Security", "TE", "traceparent", "tracestate", "Trailer", "Transfer-Encoding", "Translate",
        "Upgrade", "Upgrade-Insecure-Requests", "User-Agent", "Vary", "Via", "Warning", "WWW-Authenticate",
        "X-Content-Type-Options", "X-Frame-Options", "X-Powered-By", "X-Requested-With", "X-UA-Compatible", "X-XSS-Protection",

        // The other protocols whose messages carry header fields in such collections: mail (RFC 5322 and MIME, whose
        // Date, From and Content-* fields are above) and UPnP's discovery and eventing (SSDP and GENA, over HTTP).
        "Subject", "To", "Cc", "Bcc", "Reply-To", "Sender", "Message-ID", "In-Reply-To", "References", "Return-Path",
        "Received", "MIME-Version", "Content-Transfer-Encoding", "Content-ID",
        "CALLBACK", "NT", "NTS", "SID", "SEQ", "TIMEOUT", "USN", "ST", "MAN", "MX", "EXT",
    };

    // The usual names of the argument list of a request being built for a remote API (a dictionary sent as a query or form).
    private static readonly HashSet<string> RequestArgumentNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "args", "arguments", "query", "queryArgs", "queryString", "form", "formData", "postData", "requestArgs", "requestParameters",
        "qc", "queryCollection", "queryParams", "queryParameters", "searchParams", "urlParams",
    };

    // Receivers whose calls take messages for people.
    private static readonly HashSet<string> MessageReceivers = new(StringComparer.Ordinal)
    {
        "Debug", "Trace", "Assert", "Contract", "Console", "MessageBox", "Guard", "Ensure",
    };

    /// <summary>The names of the reported roles in the default of <c>aidebt.magic_values.reported_string_roles</c>.</summary>
    public static readonly string DefaultReportedRoles = JoinReportedRoles(onlyByDefault: true);

    /// <summary>The names of every reported role: the values <c>aidebt.magic_values.reported_string_roles</c> accepts.</summary>
    public static readonly string ReportableRoles = JoinReportedRoles(onlyByDefault: false);

    /// <summary>Whether copies in <paramref name="role"/> can be counted at all (a reported row of the table).</summary>
    public static bool IsReported(StringRole role) => ReportedByRole[(int)role];

    /// <summary>Whether copies in <paramref name="role"/> count under the option's list of <paramref name="reportedRoles"/>.</summary>
    public static bool IsCounted(StringRole role, ImmutableArray<string> reportedRoles)
    {
        if (!ReportedByRole[(int)role])
        {
            return false;
        }

        var name = RoleNames[(int)role];
        foreach (var listed in reportedRoles)
        {
            if (string.Equals(listed, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reported role named <paramref name="name"/> (any case), for the option's parser; null when there is none.</summary>
    public static string? FindReportable(string name)
    {
        foreach (var info in All)
        {
            if (info.Reported && string.Equals(info.Role.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                return info.Role.ToString();
            }
        }

        return null;
    }

    /// <summary>The role's name as the rule page and the <c>aidebt.role</c> property spell it (one string per role, no allocation).</summary>
    public static string NameOf(StringRole role) => RoleNames[(int)role];

    /// <summary>The role copies of <paramref name="role"/> count in when the type repeats their use (see <see cref="StringRoleInfo.RepeatedAs"/>).</summary>
    public static StringRole? RepeatedAs(StringRole role) => All[IndexOf(role)].RepeatedAs;

    /// <summary>The fewest copies in one type that make a literal of <paramref name="role"/> a finding (0: the option decides).</summary>
    public static int MinCopies(StringRole role) => All[IndexOf(role)].MinCopies;

    private static int IndexOf(StringRole role)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (All[i].Role == role)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The role of one literal, from its value first, then from where it is written; a name another program defines
    /// (<see cref="ExternalNames"/>) in a reported place is quiet unless the files of <paramref name="declarations"/>
    /// name its kind with constants.
    /// </summary>
    public static StringRole Classify(LiteralExpressionSyntax literal, string value, HashSet<string> memberNames, ImmutableArray<SyntaxReference> declarations, Compilation compilation, CancellationToken cancellationToken)
    {
        var role = ClassifyWhere(literal, value, memberNames, compilation, cancellationToken);
        // A role whose copies count when the type repeats their use (an environment variable in two members) takes the
        // reported role's place too.
        var kind = IsReported(role) || RepeatedAs(role) is { } repeatedAs && IsReported(repeatedAs) ? ExternalNames.Of(literal, value) : ExternalNameKind.None;
        if (kind == ExternalNameKind.None)
        {
            return role;
        }

        return ExternalNames.NamesSiblings(declarations, kind, cancellationToken) ? StringRole.NamedExternalName : StringRole.ExternalName;
    }

    private static StringRole ClassifyWhere(LiteralExpressionSyntax literal, string value, HashSet<string> memberNames, Compilation compilation, CancellationToken cancellationToken)
    {
        if (IsFragmentShaped(value))
        {
            return StringRole.OutputFragment;
        }

        if (IsFormatShaped(value))
        {
            return StringRole.FormatString;
        }

        if (HasInnerSpace(value))
        {
            return StringRole.Message;
        }

        if (IsBoundName(value, literal, memberNames))
        {
            return StringRole.BoundName;
        }

        if (IsStandardValue(value))
        {
            return StringRole.StandardValue;
        }

        if (IsSchemePrefix(value))
        {
            return StringRole.UriScheme;
        }

        if (IsSqlParameterName(value))
        {
            return StringRole.SqlParameter;
        }

        if (IsTagShaped(value))
        {
            return StringRole.Markup;
        }

        if (IsPlaceholder(value))
        {
            return StringRole.Placeholder;
        }

        // "global::System.CodeDom.Compiler.GeneratedCode": a type's full name, as a source generator writes it.
        if (value.StartsWith("global::", StringComparison.Ordinal) || IsProviderBaseKey(literal, value, compilation, cancellationToken))
        {
            return StringRole.WellKnownName;
        }

        if (IsConsumedSetting(literal, value))
        {
            return StringRole.ConsumedSetting;
        }

        return FromContext(literal);
    }

    private static StringRole FromContext(LiteralExpressionSyntax literal)
    {
        SyntaxNode child = literal;
        for (var node = literal.Parent; node is not null; child = node, node = node.Parent)
        {
            if (ExpressionWrappers.PassesValueThrough(node, child))
            {
                continue;
            }

            switch (node)
            {
                case BinaryExpressionSyntax concatenation when concatenation.IsKind(SyntaxKind.AddExpression):
                    return StringRole.OutputFragment;

                case BinaryExpressionSyntax comparison when (comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression))
                    && LastName(comparison.Left == child ? comparison.Right : comparison.Left) == "Scheme" && UriSchemes.Contains(literal.Token.ValueText):
                    return StringRole.UriScheme;

                case BinaryExpressionSyntax comparison when comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression):
                    return IsNameAccess(comparison.Left == child ? comparison.Right : comparison.Left) ? StringRole.WellKnownName : StringRole.ComparedIdentifier;

                case CaseSwitchLabelSyntax:
                case ConstantPatternSyntax:
                case IsPatternExpressionSyntax:
                    return StringRole.WellKnownName;

                case SwitchExpressionArmSyntax:
                    return StringRole.TableRow;

                // GetLocalizedString("Key", new Dictionary<string, object> { { "clientName", Name } }): the fields of one
                // call's arguments, written inline as a request's fields are.
                case InitializerExpressionSyntax complex when complex.IsKind(SyntaxKind.ComplexElementInitializerExpression) && IsRequestInitializer(complex.Parent):
                    return StringRole.RequestField;

                case InitializerExpressionSyntax initializer when initializer.Expressions.Count >= 3:
                case CollectionExpressionSyntax collection when collection.Elements.Count >= 3:
                    return StringRole.TableRow;

                case AttributeArgumentSyntax:
                case AttributeSyntax:
                    return StringRole.Definition;

                case ArgumentSyntax { Parent: TupleExpressionSyntax }:
                    return StringRole.TableRow;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ImplicitElementAccessSyntax } } when IsTableRowKey(node):
                    return StringRole.TableRow;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ImplicitElementAccessSyntax } } when IsRequestInitializer(node.Parent?.Parent?.Parent?.Parent):
                    return StringRole.RequestField;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax access } } when IsAttributeCollection(access.Expression):
                    return StringRole.Markup;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax access } } when string.Equals(LastName(access.Expression), "Groups", StringComparison.OrdinalIgnoreCase):
                    return StringRole.RegexGroup;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax access } } when IsResourceDictionary(access.Expression, access):
                    return StringRole.ResourceKey;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax access } } when IsLocalizer(access.Expression):
                    return StringRole.LocalizationKey;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax access } } when IsDocumentRead(access):
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementBindingExpressionSyntax { Parent: ConditionalAccessExpressionSyntax conditional } } } when WithoutNullForgiving(conditional.Expression) is ElementAccessExpressionSyntax:
                    return StringRole.ExternalField;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax access } } when IsStore(access.Expression):
                    return IsHeaderCollection(access.Expression) && HeaderFieldNames.Contains(literal.Token.ValueText) ? StringRole.StandardValue : StringRole.StoreKey;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax }:
                    return StringRole.Key;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } } when IsExceptionType(creation.Type):
                    return StringRole.Message;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } } when TypeName(creation.Type) is { } created && MarkupTypes.Contains(created):
                    return StringRole.Markup;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } } when IsBindingType(creation.Type):
                    return StringRole.BindingPath;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } }:
                    // new ("Date", "datetime") as one row of a list of three or more: the row's data.
                    return IsTableElement(creation) ? StringRole.TableRow
                        : creation is ObjectCreationExpressionSyntax { Type: var claimType } && TypeName(claimType) == "Claim" && creation.ArgumentList!.Arguments.IndexOf((ArgumentSyntax)node) == 0 ? StringRole.StoreKey
                        : StringRole.IdentifierArgument;
                case ArgumentSyntax argument when argument.Parent is ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation }:
                    return FromInvocation(invocation, argument);
                case ArgumentSyntax:
                    return StringRole.IdentifierArgument;

                // A row of an object or dictionary initializer: the initializer decides whether it is a table.
                case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax }:
                    continue;

                case EqualsValueClauseSyntax { Parent.Parent.Parent: FieldDeclarationSyntax field } when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                case EqualsValueClauseSyntax { Parent.Parent.Parent: LocalDeclarationStatementSyntax { IsConst: true } }:
                    return StringRole.Definition;

                case StatementSyntax:
                case MemberDeclarationSyntax:
                case EqualsValueClauseSyntax:
                case AssignmentExpressionSyntax:
                case ArrowExpressionClauseSyntax:
                    return IsSwitchSectionRow(node) ? StringRole.TableRow : StringRole.AssignedIdentifier;
            }
        }

        return StringRole.AssignedIdentifier;
    }

    /// <summary>
    /// <c>"description"</c> keyed in the <c>NameValueCollection</c> a provider's <c>override void Initialize(string name,
    /// NameValueCollection config)</c> receives and hands to <c>base.Initialize(name, config)</c>:
    /// <c>System.Configuration.Provider.ProviderBase.Initialize</c> reads that entry itself (and removes it), so the
    /// framework fixes the key and a constant would only rename it. It is the only key <c>ProviderBase</c> reads; the
    /// provider's own keys (<c>"connectionStringName"</c>) stay store keys. The call is bound: a class of the code base's
    /// own that happens to be named <c>ProviderBase</c> reads whatever it likes, so only an <c>Initialize</c> that is (or
    /// overrides) the framework's counts; when the call does not bind (System.Configuration not referenced, as a scan of
    /// .NET Framework code without its references leaves it), the shape above decides.
    /// </summary>
    private static bool IsProviderBaseKey(LiteralExpressionSyntax literal, string value, Compilation compilation, CancellationToken cancellationToken)
    {
        if (value != "description" || KeyedCollection(literal) is not IdentifierNameSyntax { Identifier.ValueText: var collection })
        {
            return false;
        }

        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return false;
            }

            if (node is MethodDeclarationSyntax method)
            {
                return method.Identifier.ValueText == "Initialize" && method.Modifiers.Any(SyntaxKind.OverrideKeyword)
                    && method.ParameterList.Parameters.Count == 2
                    && method.ParameterList.Parameters[1] is { Type: { } collectionType } parameter
                    && parameter.Identifier.ValueText == collection && TypeName(collectionType) == "NameValueCollection"
                    && HandsToBaseInitialize(method, collection) is { } call
                    && InitializesProviderBase(call, compilation, cancellationToken) != false;
            }

            if (node is MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The call <c>base.Initialize(name, collection)</c> of <paramref name="method"/>, or null.</summary>
    private static InvocationExpressionSyntax? HandsToBaseInitialize(MethodDeclarationSyntax method, string collection)
    {
        foreach (var node in method.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax, Name.Identifier.ValueText: "Initialize" }, ArgumentList.Arguments: { Count: 2 } arguments } call
                && arguments[1].Expression is IdentifierNameSyntax passed && passed.Identifier.ValueText == collection)
            {
                return call;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="call"/> binds to <c>System.Configuration.Provider.ProviderBase.Initialize</c> or an
    /// override of it; null when it binds to nothing (the base type or its assembly is missing from the compilation).
    /// Asked only of a <c>"description"</c> key in an <c>Initialize</c> override of that shape, so the model is rarely made.
    /// </summary>
    private static bool? InitializesProviderBase(InvocationExpressionSyntax call, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!compilation.ContainsSyntaxTree(call.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // A symbol action has no model of the declaration's tree; asked for one call of a rare shape.
        var model = compilation.GetSemanticModel(call.SyntaxTree);
#pragma warning restore RS1030
        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (current.ContainingType is { Name: "ProviderBase", ContainingNamespace: { Name: "Provider", ContainingNamespace: { Name: "Configuration", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                return true;
            }

            if (current.ContainingType?.BaseType is { TypeKind: TypeKind.Error })
            {
                // The chain stops at a base type the compilation cannot see: the shape decides.
                return null;
            }
        }

        return false;
    }

    /// <summary>
    /// The collection a key literal names an entry of: <c>config</c> in <c>config["x"]</c>, or in <c>config.Remove("x")</c>,
    /// <c>config.Add("x", ...)</c>, <c>config.Set("x", ...)</c>, <c>config.Get("x")</c>, <c>config.TryGetValue("x", out v)</c> (the key the first argument); null elsewhere.
    /// </summary>
    private static ExpressionSyntax? KeyedCollection(LiteralExpressionSyntax literal) => literal.Parent switch
    {
        ArgumentSyntax { Parent: BracketedArgumentListSyntax { Arguments.Count: 1, Parent: ElementAccessExpressionSyntax access } } => access.Expression,
        ArgumentSyntax argument when argument.Parent is ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Remove" or "Add" or "Set" or "Get" or "TryGetValue" } member } } list
            && list.Arguments[0] == argument => member.Expression,
        _ => null,
    };

    /// <summary>
    /// A key in a run of consecutive statements of one block that takes one entry out of a configuration collection,
    /// about that key alone, ending with its removal (<c>config.Remove("x");</c>), in one of four shapes: a check that
    /// it is missing with its default (<c>if (config["x"] == null) config["x"] = "d";</c>, or
    /// <c>string.IsNullOrEmpty(config["x"])</c>, no <c>else</c>) then the one read (<c>field = config["x"];</c> or
    /// <c>var x = config["x"];</c>); the read first, then the check of what it read with its default
    /// (<c>field = config["x"]; if (string.IsNullOrEmpty(field)) field = "d";</c>); the read with its default in one
    /// statement (<c>field = config["x"] ?? "d";</c>); or the look-up with its default
    /// (<c>if (!config.TryGetValue("x", out var x)) x = "d";</c>). Its copies are one use of the key, not places that must
    /// change together; a key read again elsewhere, or checked and read in any other shape (an <c>else</c>, reads
    /// inside expressions), stays a store key, and a key taken out in two runs of one type is counted again by the
    /// analyzer (<see cref="ConsumedRunEnd"/>).
    /// </summary>
    private static bool IsConsumedSetting(LiteralExpressionSyntax literal, string value) => ConsumedRunEnd(literal, value) is not null;

    /// <summary>
    /// The place one use of a key lies in, for a quiet role whose copies together are one use (<see cref="StringRoleInfo.RepeatedAs"/>):
    /// the removal that ends a consumed setting's run (<see cref="ConsumedRunEnd"/>), the member an environment
    /// variable is saved, set and restored in (all global statements of a top-level program being one member; a read
    /// in a member that does not set the variable is a place of its own). The
    /// analyzer counts the copies in the repeated role when they lie in two or more such places; null: no place (the
    /// literal is no such use).
    /// </summary>
    public static SyntaxNode? PlaceOfUse(StringRole role, LiteralExpressionSyntax literal, string value)
    {
        if (role == StringRole.ConsumedSetting)
        {
            return ConsumedRunEnd(literal, value);
        }

        // A read in a member that never sets the variable is the code base's own setting read (Cliptok's CLIPTOK_TOKEN
        // read three times in Main): each copy is a place of its own. A member that sets it saves, sets and restores it.
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            var member = node switch
            {
                GlobalStatementSyntax => node.Parent,
                MemberDeclarationSyntax => node,
                _ => null,
            };
            if (member is not null)
            {
                return SetsVariable(member, value) ? member : literal;
            }
        }

        return literal;
    }

    /// <summary>Whether <paramref name="member"/> calls <c>SetEnvironmentVariable</c> with <paramref name="value"/> as the name.</summary>
    private static bool SetsVariable(SyntaxNode member, string value)
    {
        foreach (var node in member.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } invocation
                && arguments[0].Expression is LiteralExpressionSyntax name && name.Token.ValueText == value
                && invocation.Expression switch
                {
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => null,
                } == "SetEnvironmentVariable")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The removal that ends the consumed-setting run <paramref name="literal"/> is a copy in (see
    /// <see cref="IsConsumedSetting"/>), or null: the analyzer tells two runs of one key apart by it.
    /// </summary>
    public static StatementSyntax? ConsumedRunEnd(LiteralExpressionSyntax literal, string value)
    {
        if (KeyedCollection(literal) is not IdentifierNameSyntax { Identifier.ValueText: var collection })
        {
            return null;
        }

        // The copy's own statement, or for the default written in the check's braces the check around it.
        var tries = 0;
        for (var node = literal.Parent; node is not null && tries < 2; node = node.Parent)
        {
            if (node is MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax)
            {
                return null;
            }

            if (node is not StatementSyntax statement || node.Parent is not BlockSyntax block)
            {
                continue;
            }

            tries++;
            var statements = block.Statements;
            var index = statements.IndexOf(statement);
            for (var end = index; end <= index + 2 && end < statements.Count; end++)
            {
                if (!IsRemoval(statements[end], collection, value))
                {
                    continue;
                }

                if (end - 2 >= 0 && end - 2 <= index
                    && (IsMissingEntryDefault(statements[end - 2], collection, value) && IsEntryRead(statements[end - 1], collection, value, out _)
                        || IsEntryRead(statements[end - 2], collection, value, out var target) && IsMissingTargetDefault(statements[end - 1], target)))
                {
                    return statements[end];
                }

                if (end - 1 >= 0 && end - 1 <= index
                    && (IsDefaultedEntryRead(statements[end - 1], collection, value) || IsLookupDefault(statements[end - 1], collection, value)))
                {
                    return statements[end];
                }
            }
        }

        return null;
    }

    /// <summary><c>config.Remove("x");</c></summary>
    private static bool IsRemoval(StatementSyntax statement, string collection, string key) =>
        statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Remove" } remove, ArgumentList.Arguments: { Count: 1 } removed } }
        && IsNamed(remove.Expression, collection) && IsKeyLiteral(removed[0].Expression, key);

    /// <summary><c>if (field == null) field = "d";</c>, <c>is null</c> or <c>string.IsNullOrEmpty(field)</c>, no <c>else</c>: the default of what a read put in <paramref name="target"/>.</summary>
    private static bool IsMissingTargetDefault(StatementSyntax statement, string? target)
    {
        if (target is null || statement is not IfStatementSyntax { Else: null } check)
        {
            return false;
        }

        var tested = check.Condition switch
        {
            BinaryExpressionSyntax equals when equals.IsKind(SyntaxKind.EqualsExpression) && equals.Right.IsKind(SyntaxKind.NullLiteralExpression) => equals.Left,
            IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax nullLiteral } } pattern when nullLiteral.IsKind(SyntaxKind.NullLiteralExpression) => pattern.Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsNullOrEmpty" or "IsNullOrWhiteSpace" }, ArgumentList.Arguments: { Count: 1 } arguments } => arguments[0].Expression,
            _ => null,
        };

        var body = check.Statement is BlockSyntax { Statements.Count: 1 } single ? single.Statements[0] : check.Statement;
        return tested is not null && TargetName(tested) == target
            && body is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && TargetName(assignment.Left) == target;
    }

    /// <summary><c>field = config["x"] ?? "d";</c> or <c>var x = config["x"] ?? "d";</c>: the read with its default.</summary>
    private static bool IsDefaultedEntryRead(StatementSyntax statement, string collection, string key)
    {
        var read = statement switch
        {
            ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment } when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) => assignment.Right,
            LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables } => variables[0].Initializer?.Value,
            _ => null,
        };

        return read is BinaryExpressionSyntax coalesce && coalesce.IsKind(SyntaxKind.CoalesceExpression) && IsEntry(coalesce.Left, collection, key);
    }

    /// <summary><c>if (!config.TryGetValue("x", out var x)) x = "d";</c>, no <c>else</c>: the look-up with its default.</summary>
    private static bool IsLookupDefault(StatementSyntax statement, string collection, string key)
    {
        if (statement is not IfStatementSyntax { Else: null, Condition: PrefixUnaryExpressionSyntax { Operand: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "TryGetValue" } lookup, ArgumentList.Arguments: { Count: 2 } arguments } } not } check
            || !not.IsKind(SyntaxKind.LogicalNotExpression) || !IsNamed(lookup.Expression, collection) || !IsKeyLiteral(arguments[0].Expression, key))
        {
            return false;
        }

        var target = arguments[1].Expression switch
        {
            DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax variable } => variable.Identifier.ValueText,
            var other => TargetName(other),
        };
        var body = check.Statement is BlockSyntax { Statements.Count: 1 } single ? single.Statements[0] : check.Statement;
        return target is not null
            && body is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && TargetName(assignment.Left) == target;
    }

    /// <summary>The name a local, a field or <c>this.field</c> is written with; null for anything else.</summary>
    private static string? TargetName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary><c>if (config["x"] == null) { config["x"] = "d"; }</c> or <c>if (string.IsNullOrEmpty(config["x"])) config["x"] = "d";</c>, no <c>else</c>.</summary>
    private static bool IsMissingEntryDefault(StatementSyntax statement, string collection, string key)
    {
        if (statement is not IfStatementSyntax { Else: null } check)
        {
            return false;
        }

        var missing = check.Condition switch
        {
            BinaryExpressionSyntax equals when equals.IsKind(SyntaxKind.EqualsExpression) && equals.Right.IsKind(SyntaxKind.NullLiteralExpression) => IsEntry(equals.Left, collection, key),
            IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax nullLiteral } } pattern when nullLiteral.IsKind(SyntaxKind.NullLiteralExpression) => IsEntry(pattern.Expression, collection, key),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsNullOrEmpty" or "IsNullOrWhiteSpace" }, ArgumentList.Arguments: { Count: 1 } tested } => IsEntry(tested[0].Expression, collection, key),
            _ => false,
        };

        var body = check.Statement is BlockSyntax { Statements.Count: 1 } single ? single.Statements[0] : check.Statement;
        return missing
            && body is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && IsEntry(assignment.Left, collection, key);
    }

    /// <summary><c>field = config["x"];</c>, <c>this.field = config["x"];</c> or <c>var x = config["x"];</c>; <paramref name="target"/> what it reads into.</summary>
    private static bool IsEntryRead(StatementSyntax statement, string collection, string key, out string? target)
    {
        switch (statement)
        {
            case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment } when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && IsEntry(assignment.Right, collection, key):
                target = TargetName(assignment.Left);
                return true;
            case LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables } when variables[0].Initializer is { } initializer && IsEntry(initializer.Value, collection, key):
                target = variables[0].Identifier.ValueText;
                return true;
            default:
                target = null;
                return false;
        }
    }

    /// <summary><c>config["x"]</c> for the collection and key given.</summary>
    private static bool IsEntry(ExpressionSyntax expression, string collection, string key) =>
        expression is ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } access
        && IsNamed(access.Expression, collection) && IsKeyLiteral(arguments[0].Expression, key);

    private static bool IsNamed(ExpressionSyntax expression, string name) => expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name;

    private static bool IsKeyLiteral(ExpressionSyntax expression, string key) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText == key;

    /// <summary>
    /// <c>case Kind.Rating: field.Name = "Rating"; break;</c>, <c>case 3: return "Genres";</c>: a value assigned or
    /// returned directly by one section of a <c>switch</c> of three or more sections, a row of a table in statements.
    /// </summary>
    private static bool IsSwitchSectionRow(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is StatementSyntax statement)
            {
                return statement.Parent is SwitchSectionSyntax { Parent: SwitchStatementSyntax { Sections.Count: >= 3 } };
            }

            if (current is MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An element of an initializer or collection expression of three or more elements (<c>new[] { new("a", 1), ... }</c>).</summary>
    private static bool IsTableElement(SyntaxNode element) => element.Parent switch
    {
        InitializerExpressionSyntax initializer => initializer.Expressions.Count >= 3,
        ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } => collection.Elements.Count >= 3,
        _ => false,
    };

    /// <summary>
    /// The initializer of a dictionary created as a call's argument: <c>Call(new Dictionary&lt;string, object&gt; { ... })</c>,
    /// the arguments of one message or query. A document built the same way (<c>Save(new JObject { ["color"] = c })</c>)
    /// is not: its keys are a stored format the team reads back.
    /// </summary>
    private static bool IsInlineArgument(SyntaxNode? initializer) =>
        initializer is InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax } } } creation }
        && creation.Type switch
        {
            GenericNameSyntax generic => generic.Identifier.ValueText.EndsWith("Dictionary", StringComparison.Ordinal),
            QualifiedNameSyntax { Right: GenericNameSyntax generic } => generic.Identifier.ValueText.EndsWith("Dictionary", StringComparison.Ordinal),
            _ => false,
        };

    /// <summary>
    /// The initializer of a request's fields: a dictionary created inline as a call's argument, or one that initializes
    /// a variable named as a request's argument list (<c>Dictionary&lt;string, object&gt; arguments = new() { { "access_token", token } }</c>).
    /// </summary>
    private static bool IsRequestInitializer(SyntaxNode? initializer) =>
        IsInlineArgument(initializer)
        || initializer is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } } }
        && RequestArgumentNames.Contains(declarator.Identifier.ValueText.TrimStart('_'));

    /// <summary>
    /// <c>SetTypeMap(DbType.Int32, "INTEGER"); SetTypeMap(DbType.Int64, "INTEGER"); ...</c>: the call is one of three or
    /// more consecutive statements calling the same method on the same receiver with a string literal in the same
    /// place, not all the same, a table written as calls (a neighbour passing a constant there makes no table, nor do
    /// calls that all pass one value).
    /// </summary>
    private static bool IsCallRunRow(InvocationExpressionSyntax invocation, int position, string methodName, ExpressionSyntax? receiver)
    {
        // A fluent chain (api.MapGet(...).WithTags("Items")) is configuration, not a row: the receiver must be a name.
        if (invocation.Parent is not ExpressionStatementSyntax statement || receiver is not null && LastName(receiver) is null)
        {
            return false;
        }

        SyntaxList<StatementSyntax> statements;
        switch (statement.Parent)
        {
            case BlockSyntax block:
                statements = block.Statements;
                break;
            case SwitchSectionSyntax section:
                statements = section.Statements;
                break;
            default:
                return false;
        }

        var index = statements.IndexOf(statement);
        var receiverName = LastName(receiver);
        var own = (invocation.ArgumentList.Arguments[position].Expression as LiteralExpressionSyntax)?.Token.ValueText;
        var run = 1;
        var varies = false;
        for (var i = index - 1; i >= 0 && SameCallValue(statements[i], position, methodName, receiverName) is { } value; i--)
        {
            run++;
            varies |= value != own;
        }

        for (var i = index + 1; i < statements.Count && SameCallValue(statements[i], position, methodName, receiverName) is { } value; i++)
        {
            run++;
            varies |= value != own;
        }

        return run >= 3 && varies;
    }

    /// <summary>The string literal a statement passes in <paramref name="position"/> to the same call, or null.</summary>
    private static string? SameCallValue(StatementSyntax statement, int position, string methodName, string? receiverName)
    {
        if (statement is not ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
            || position >= invocation.ArgumentList.Arguments.Count
            || invocation.ArgumentList.Arguments[position].Expression is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return null;
        }

        var (name, receiver) = NameAndReceiver(invocation);
        return name == methodName && LastName(receiver) == receiverName ? literal.Token.ValueText : null;
    }

    private static StringRole FromInvocation(InvocationExpressionSyntax invocation, ArgumentSyntax argument)
    {
        var (methodName, receiver) = NameAndReceiver(invocation);
        if (methodName is null)
        {
            return StringRole.IdentifierArgument;
        }

        if (IsCallRunRow(invocation, invocation.ArgumentList.Arguments.IndexOf(argument), methodName, receiver))
        {
            return StringRole.TableRow;
        }

        if (IsTranslationLookup(methodName) || IsLocalizer(receiver) || IsTextLookup(methodName, receiver))
        {
            return StringRole.LocalizationKey;
        }

        // control.DataBindings.Add("Text", settings, "UserName"), element.SetBinding(TextProperty, "Title"): property
        // names of the bound objects.
        if (methodName == "SetBinding" || methodName == "Add" && LastName(receiver) == "DataBindings")
        {
            return StringRole.BindingPath;
        }

        // request.AddQueryString("include_adult", ...): the outside API's parameter name; a credential stays an identifier.
        if (QueryParameterMethods.Contains(methodName) && invocation.ArgumentList.Arguments.IndexOf(argument) == 0
            && argument.Expression is LiteralExpressionSyntax parameterName)
        {
            return ContainsAnyWord(parameterName.Token.ValueText, CredentialWords) ? StringRole.IdentifierArgument : StringRole.QueryParameter;
        }

        // Application.Current.Resources.Contains("WindowBorderStyle"), dict.Contains(...) on a ResourceDictionary.
        if (methodName is "Contains" or "ContainsKey" or "TryGetValue" or "Remove" && IsResourceDictionary(receiver, invocation))
        {
            return StringRole.ResourceKey;
        }

        // link.StartsWith("magnet:"), uri.Scheme.Equals("file"): a scheme, wherever it is tested.
        if (methodName is "StartsWith" or "Equals" && (argument.Expression is LiteralExpressionSyntax schemeLiteral && IsSchemePrefix(schemeLiteral.Token.ValueText) || LastName(receiver) == "Scheme"))
        {
            return StringRole.UriScheme;
        }

        // app.MapGet("/items", ...) declares an endpoint as [HttpGet("/items")] does: a row of the route table.
        if (EndpointMethods.Contains(methodName))
        {
            return StringRole.Definition;
        }

        if (IsLoggingCall(methodName, receiver) || IsMessageCall(methodName, receiver))
        {
            return StringRole.Message;
        }

        if (methodName is "Add" or "TryAdd" or "Get" or "Set" or "Remove" && receiver is not null && LastName(receiver) is { } list && RequestArgumentNames.Contains(list.TrimStart('_')))
        {
            return StringRole.RequestField;
        }

        if (MarkupMethods.Contains(methodName) || receiver is not null && IsAttributeCollection(receiver)
            || MarkupTypes.Contains(LastName(receiver) ?? string.Empty) || LastName(receiver) == "ClassList")
        {
            return StringRole.Markup;
        }

        if (ActionTargetMethods.Contains(methodName) || UrlHelperMethods.Contains(methodName) && IsUrlHelper(receiver)
            || argument.NameColon?.Name.Identifier.ValueText is "controller" or "action" or "page")
        {
            return StringRole.ActionTarget;
        }

        if (ExternalFieldMethods.Contains(methodName))
        {
            return StringRole.ExternalField;
        }

        if (ResourceMethods.Contains(methodName) || argument.Expression is LiteralExpressionSyntax key && IsDottedResourceKey(key.Token.ValueText))
        {
            return StringRole.ResourceKey;
        }

        if (WriterMethods.Contains(methodName))
        {
            return StringRole.OutputFragment;
        }

        if (FormatMethods.Contains(methodName))
        {
            return StringRole.FormatString;
        }

        if (NameLookupMethods.Contains(methodName))
        {
            return StringRole.WellKnownName;
        }

        if (methodName == "Equals")
        {
            // name.Equals("op_Implicit"), string.Equals(member.Name, "Item"): well-known names; else a compared value.
            if (receiver is not null && IsNameAccess(receiver))
            {
                return StringRole.WellKnownName;
            }

            foreach (var other in invocation.ArgumentList.Arguments)
            {
                if (IsNameAccess(other.Expression))
                {
                    return StringRole.WellKnownName;
                }
            }

            return StringRole.ComparedIdentifier;
        }

        // configuration.GetSection("Smtp"), User.FindFirst("tenant"), _cache.Remove("orders:latest"): the key of a
        // setting, claim or cached entry, the first argument of the call.
        if (invocation.ArgumentList.Arguments.IndexOf(argument) == 0
            && (StoreKeyMethods.Contains(methodName) || StoreAccessMethods.Contains(methodName) && IsStore(receiver)))
        {
            if (methodName is "GetEnvironmentVariable" or "SetEnvironmentVariable")
            {
                return StringRole.EnvironmentVariable;
            }

            var namesHeader = methodName is "AddHeader" or "TryAddWithoutValidation" || IsHeaderCollection(receiver);
            return namesHeader && argument.Expression is LiteralExpressionSyntax header && HeaderFieldNames.Contains(header.Token.ValueText)
                ? StringRole.StandardValue
                : StringRole.StoreKey;
        }

        return StringRole.IdentifierArgument;
    }

    /// <summary>
    /// A receiver named for a store of settings or request state: its last name, or that name's last word
    /// (<c>_memoryCache</c>, <c>Request.Headers</c>, <c>ConfigurationManager.AppSettings</c>), is one of
    /// <see cref="StoreWords"/>. <c>templateNode["outbounds"]</c> or <c>realityOptions["short-id"]</c> are keys of a
    /// document, not of a store.
    /// </summary>
    private static bool IsStore(ExpressionSyntax? receiver)
    {
        if (LastName(receiver) is not { Length: > 0 } name)
        {
            return false;
        }

        // A lambda's parameter named only with underscores (`_ => _.Get("key")`) names no store.
        name = name.TrimStart('_');
        if (name.Length == 0)
        {
            return false;
        }

        var lastWord = name.Length - 1;
        while (lastWord > 0 && !char.IsUpper(name[lastWord]))
        {
            lastWord--;
        }

        return StoreWords.Contains(name) || StoreWords.Contains(name.Substring(lastWord));
    }

    /// <summary><c>Request.Headers</c>, <c>client.DefaultRequestHeaders</c>, <c>_headers</c>: a collection of HTTP headers by its name.</summary>
    private static bool IsHeaderCollection(ExpressionSyntax? receiver) =>
        LastName(receiver) is { } name && name.EndsWith("Headers", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>logger.LogInformation(...)</c>, <c>_logger?.LogWarning(...)</c>, <c>Log.Warning(...)</c>, <c>_log.Error(...)</c>:
    /// message templates are kept literal on purpose, so structured-logging tools can group them.
    /// </summary>
    private static bool IsLoggingCall(string methodName, ExpressionSyntax? receiver)
    {
        if (methodName.StartsWith("Log", StringComparison.Ordinal) && (methodName.Length == 3 || char.IsUpper(methodName[3])))
        {
            return true;
        }

        var receiverName = LastName(receiver);
        return receiverName is not null && TextSearch.ContainsIgnoreCase(receiverName, "log");
    }

    /// <summary><c>Debug.Assert(x, "...")</c>, <c>Console.WriteLine("...")</c>, <c>ThrowHelper.ThrowArgument("...")</c>, <c>Fail("...")</c>.</summary>
    private static bool IsMessageCall(string methodName, ExpressionSyntax? receiver)
    {
        if (methodName.StartsWith("Throw", StringComparison.Ordinal) || methodName.StartsWith("Fail", StringComparison.Ordinal) || methodName.StartsWith("Assert", StringComparison.Ordinal))
        {
            return true;
        }

        var receiverName = LastName(receiver);
        return receiverName is not null && (MessageReceivers.Contains(receiverName) || receiverName.StartsWith("MessageBox", StringComparison.Ordinal));
    }

    private static (string? MethodName, ExpressionSyntax? Receiver) NameAndReceiver(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => (access.Name.Identifier.ValueText, access.Expression),
        MemberBindingExpressionSyntax binding => (binding.Name.Identifier.ValueText, (invocation.Parent as ConditionalAccessExpressionSyntax)?.Expression),
        IdentifierNameSyntax identifier => (identifier.Identifier.ValueText, null),
        GenericNameSyntax generic => (generic.Identifier.ValueText, null),
        _ => (null, null),
    };

    private static string? LastName(ExpressionSyntax? expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary><c>member.Name</c>, <c>type.Name</c>, <c>symbol.MetadataName</c>: the other side names a declared thing.</summary>
    private static bool IsNameAccess(ExpressionSyntax expression)
    {
        var name = expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            ConditionalAccessExpressionSyntax conditional => (conditional.WhenNotNull as MemberBindingExpressionSyntax)?.Name.Identifier.ValueText,
            _ => null,
        };

        return name is "Name" or "MetadataName" or "FullName" or "LocalName";
    }

    /// <summary>
    /// <c>localizer</c>, <c>_localizationService</c>, <c>Localizer</c>: an <c>IStringLocalizer</c>, <c>IHtmlLocalizer</c> or a
    /// localization service by its usual names; every call on it and every key of its indexer names a localized text.
    /// </summary>
    /// <summary>
    /// <c>T.Get("contents.invalid")</c>, <c>Language.GetString("editor_title")</c>, <c>Lang.GetFormattedString(...)</c>:
    /// the short names code bases give their own text catalogue, looked up with a <c>Get...</c> method.
    /// </summary>
    private static bool IsTextLookup(string methodName, ExpressionSyntax? receiver) =>
        methodName.StartsWith("Get", StringComparison.Ordinal) && LastName(receiver) is { } name && TextCatalogueNames.Contains(name);

    /// <summary><c>Binding</c>, <c>MultiBinding</c>, <c>BidirectionalBinding</c>: a type whose name says it binds.</summary>
    private static bool IsBindingType(TypeSyntax type) =>
        TypeName(type) is { } name && name.EndsWith("Binding", StringComparison.Ordinal);

    private static bool IsLocalizer(ExpressionSyntax? receiver) =>
        LastName(receiver) is { } name && (TextSearch.ContainsIgnoreCase(name, "localiz") || TextSearch.ContainsIgnoreCase(name, "translat"));

    /// <summary>
    /// <c>Translate</c>, <c>Localize</c>, <c>GetLocalizedString</c>, <c>GetTranslation</c>, <c>api.GetTranslation("key")</c>:
    /// a look-up of localized text by key, whatever object it is called on; the language files define the key.
    /// </summary>
    private static bool IsTranslationLookup(string methodName) =>
        LocalizationMethods.Contains(methodName) || methodName.StartsWith("GetLocalized", StringComparison.Ordinal)
        || TextSearch.ContainsIgnoreCase(methodName, "Translation");

    /// <summary>
    /// <c>Resources</c> (<c>Application.Current.Resources</c>, a control's own), or a local or parameter the enclosing
    /// member declares as a <c>ResourceDictionary</c> or gets from a method named for one (<c>var dict =
    /// GetCurrentResourceDictionary();</c>): a theme's resource dictionary, whose XAML files define the keys.
    /// </summary>
    private static bool IsResourceDictionary(ExpressionSyntax? receiver, SyntaxNode use)
    {
        var name = LastName(receiver);
        if (name is null)
        {
            return false;
        }

        if (name == "Resources")
        {
            return true;
        }

        if (receiver is not IdentifierNameSyntax)
        {
            return false;
        }

        for (var node = use.Parent; node is not null; node = node.Parent)
        {
            if (node is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax))
            {
                continue;
            }

            foreach (var declared in node.DescendantNodes())
            {
                switch (declared)
                {
                    case ParameterSyntax parameter when parameter.Identifier.ValueText == name:
                        return parameter.Type is { } parameterType && NamesResourceDictionary(parameterType.ToString());
                    case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } variable when variable.Identifier.ValueText == name:
                        return NamesResourceDictionary(declaration.Type.ToString())
                            || variable.Initializer?.Value is InvocationExpressionSyntax { Expression: var called } && NamesResourceDictionary(called.ToString())
                            || variable.Initializer?.Value is ObjectCreationExpressionSyntax { Type: var created } && NamesResourceDictionary(created.ToString());
                }
            }

            return false;
        }

        return false;
    }

    private static bool NamesResourceDictionary(string text) => TextSearch.ContainsIgnoreCase(text, "ResourceDictionary");

    /// <summary>Whether one of <paramref name="words"/> occurs in <paramref name="value"/> (<c>api_key</c>, <c>apiKey</c>, <c>access_token</c>).</summary>
    private static bool ContainsAnyWord(string value, string[] words)
    {
        foreach (var word in words)
        {
            if (TextSearch.ContainsIgnoreCase(value, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>json["data"]["title"]</c>, <c>j!["lastBuild"]!["timestamp"]</c>, <c>item["title"].Value&lt;string&gt;()</c>,
    /// <c>JObject.Parse(body)["id"]</c>, <c>(string)row["groupTime"]</c>: a key read from a parsed document (both keys of
    /// a key of a key, a key whose value is converted with <c>Value</c>, <c>Values</c>, <c>ToObject</c> or
    /// <c>GetValue</c>, or cast straight from a row or document held in a local or parameter: the cast says the value
    /// comes untyped from outside); the remote format fixes it. A cast from a field or property
    /// (<c>(string)Session["UserId"]</c>, <c>(int)_cache["count"]</c>) reads a store the code shares, and stays a key.
    /// </summary>
    private static bool IsDocumentRead(ElementAccessExpressionSyntax access)
    {
        if (WithoutNullForgiving(access.Expression) is ElementAccessExpressionSyntax or InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Parse" } })
        {
            return true;
        }

        SyntaxNode read = access;
        while (read.Parent is PostfixUnaryExpressionSyntax forgiving && forgiving.IsKind(SyntaxKind.SuppressNullableWarningExpression))
        {
            read = forgiving;
        }

        return read.Parent switch
        {
            ElementAccessExpressionSyntax outer => outer.Expression == read,
            ConditionalAccessExpressionSyntax { WhenNotNull: ElementBindingExpressionSyntax } conditional => conditional.Expression == read,
            MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Value" or "Values" or "ToObject" or "GetValue" } } member => member.Expression == read,
            CastExpressionSyntax => access.Expression is IdentifierNameSyntax { Identifier.ValueText: var local } && char.IsLower(local[0]),
            _ => false,
        };
    }

    private static ExpressionSyntax WithoutNullForgiving(ExpressionSyntax expression) =>
        expression is PostfixUnaryExpressionSyntax forgiving && forgiving.IsKind(SyntaxKind.SuppressNullableWarningExpression) ? WithoutNullForgiving(forgiving.Operand) : expression;

    /// <summary>
    /// <c>"S.Hint.Overlay"</c>, <c>"Editor.Toolbar.Save"</c>: a key of three or more dotted PascalCase segments given to a
    /// call, the shape of a key into a resource dictionary or string table (WPF <c>ResourceDictionary</c>, resx), which
    /// the dictionary defines and names already. File names (<c>"app.settings.json"</c>) and hosts have lower-case segments.
    /// </summary>
    private static bool IsDottedResourceKey(string value)
    {
        var segments = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] != '.')
            {
                if (!(char.IsLetterOrDigit(value[i]) || value[i] == '_') || i == start && !char.IsUpper(value[i]))
                {
                    return false;
                }

                continue;
            }

            if (i == start)
            {
                return false;
            }

            segments++;
            start = i + 1;
        }

        return segments >= 3;
    }

    /// <summary>
    /// <c>"magnet:"</c>, <c>"file://"</c>, <c>"https://"</c>: a scheme and its separator, a prefix the URI standard fixes
    /// (a full URL has more after the separator and stays a value of its own).
    /// </summary>
    private static bool IsSchemePrefix(string value) =>
        value.IndexOf(':') is var colon && colon > 0 && UriSchemes.Contains(value.Substring(0, colon))
        && (colon == value.Length - 1 || colon == value.Length - 3 && value.EndsWith("//", StringComparison.Ordinal));

    /// <summary>
    /// <c>"@VolumeId"</c>: a parameter of an SQL text, which spells it again in its own query; a constant for the
    /// parameter alone would not keep the two in step, and each command binds its own.
    /// </summary>
    private static bool IsSqlParameterName(string value) =>
        value.Length > 1 && value[0] == '@' && SyntaxFacts.IsValidIdentifier(value.Substring(1));

    /// <summary><c>"&lt;strong&gt;"</c>, <c>"&lt;/td&gt;"</c>, <c>"&lt;br/&gt;"</c>: an HTML or XML tag written out, which the markup fixes.</summary>
    private static bool IsTagShaped(string value) =>
        value.Length >= 3 && value[0] == '<' && value[value.Length - 1] == '>'
        && SyntaxFacts.IsValidIdentifier(value.Substring(1, value.Length - 2).Replace("/", string.Empty).Replace("-", string.Empty).Replace(":", string.Empty));

    private static string? TypeName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        _ => null,
    };

    /// <summary><c>output.Attributes</c>, <c>context.AllAttributes</c>, <c>tagBuilder.Attributes</c>: the attributes of an element.</summary>
    private static bool IsAttributeCollection(ExpressionSyntax expression) =>
        LastName(expression) is { } name && name.EndsWith("Attributes", StringComparison.Ordinal) && !name.StartsWith("Get", StringComparison.Ordinal);

    /// <summary><c>Url</c>, <c>urlHelper</c>, <c>_url</c>: an <c>IUrlHelper</c> by its usual names.</summary>
    private static bool IsUrlHelper(ExpressionSyntax? receiver) =>
        LastName(receiver) is { } name && (name is "Url" or "url" or "_url" || name.EndsWith("UrlHelper", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Html", StringComparison.Ordinal));

    /// <summary>A media type, a boolean, an HTTP method, header name, authentication scheme or cache directive written as text: a public standard spells it, a constant would only rename it.</summary>
    private static bool IsStandardValue(string value)
    {
        if (value is "true" or "false" or "True" or "False" or "PATCH" or "DELETE" or "OPTIONS" or "Bearer" or "Basic" or "no-cache" or "no-store"
            || StandardHeaderNames.Contains(value) || SqlKeywords.Contains(value) || StartsWithCharacterReference(value))
        {
            return true;
        }

        foreach (var prefix in MediaTypePrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && value.Length > prefix.Length && IsMediaSubtype(value, prefix.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>"YourSubscriptionKey"</c>, <c>"your-region"</c>, <c>"&lt;your-endpoint&gt;"</c>, <c>"YOUR_API_KEY"</c>, <c>"REPLACE_ME"</c>: a sample's
    /// instruction to put in one's own value, written out in each snippet so that each reads on its own.
    /// </summary>
    private static bool IsPlaceholder(string value)
    {
        var start = value[0] is '<' or '{' or '[' ? 1 : 0;
        if (value.Length < start + 5)
        {
            return false;
        }

        if (string.Compare(value, start, "your", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
        {
            var next = value[start + 4];
            return char.IsUpper(next) || next is '_' or '-';
        }

        return string.Compare(value, start, "REPLACE", 0, 7, StringComparison.Ordinal) == 0
            || string.Compare(value, start, "ENTER_", 0, 6, StringComparison.Ordinal) == 0
            || string.Compare(value, start, "INSERT_", 0, 7, StringComparison.Ordinal) == 0;
    }

    /// <summary><c>"&amp;amp;"</c>, <c>"&amp;#x0d;"</c>, <c>"&amp;amp;#"</c>: an XML or HTML character reference, which the markup standard spells.</summary>
    private static bool StartsWithCharacterReference(string value)
    {
        if (value.Length < 3 || value[0] != '&')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == ';')
            {
                return i > 1;
            }

            if (!char.IsLetterOrDigit(value[i]) && !(i == 1 && value[i] == '#'))
            {
                return false;
            }
        }

        return false;
    }

    // "json", "vnd.api+json", "x-www-form-urlencoded", "svg+xml"; parameters after ';' (charset=utf-8) allowed.
    private static bool IsMediaSubtype(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ';')
            {
                return i > start;
            }

            if (!char.IsLetterOrDigit(c) && c is not '.' and not '+' and not '-' and not '*')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsExceptionType(TypeSyntax type) => TypeName(type) is { } name && name.EndsWith("Exception", StringComparison.Ordinal);

    /// <summary><c>{ ["a"] = 1, ["b"] = 2, ["c"] = 3 }</c>: the key of one row of a dictionary table.</summary>
    private static bool IsTableRowKey(SyntaxNode argument) =>
        argument.Parent?.Parent?.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax table } && table.Expressions.Count >= 3;

    /// <summary>
    /// A partial token of generated output: leading or trailing white space, a trailing <c>:</c>, <c>(</c>, <c>=</c>,
    /// <c>,</c> or an opening bracket, a <c>key=value</c> piece, or no letter or digit at all (a separator line).
    /// </summary>
    private static bool IsFragmentShaped(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            return true;
        }

        var last = value[value.Length - 1];
        if (last is ':' or '(' or '=' or ',' or '[' or '{' or '<')
        {
            return true;
        }

        // "format=nv12", "overlay=eof_action=pass": a key=value piece of a command line, filter graph or query string.
        if (value.IndexOf('=') > 0 && value[0] is not '{' and not '[')
        {
            return true;
        }

        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>"{0} of {1}"</c>, <c>"{0:N2}"</c>: a composite format string.</summary>
    private static bool IsFormatShaped(string value)
    {
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (value[i] == '{' && char.IsDigit(value[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keys, routes, headers and file names have no spaces; a value with words apart is text for people.</summary>
    private static bool HasInnerSpace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A string that names a member of the type or a parameter in scope belongs in <c>nameof</c>, not in a constant.</summary>
    private static bool IsBoundName(string value, LiteralExpressionSyntax literal, HashSet<string> memberNames)
    {
        if (!SyntaxFacts.IsValidIdentifier(value))
        {
            return false;
        }

        if (memberNames.Contains(value) || NamesItsTarget(value, literal))
        {
            return true;
        }

        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            var parameters = node switch
            {
                BaseMethodDeclarationSyntax method => method.ParameterList,
                LocalFunctionStatementSyntax local => local.ParameterList,
                IndexerDeclarationSyntax indexer => (BaseParameterListSyntax)indexer.ParameterList,
                TypeDeclarationSyntax type => type.ParameterList,
                _ => null,
            };

            if (parameters is not null)
            {
                foreach (var parameter in parameters.Parameters)
                {
                    if (parameter.Identifier.ValueText == value)
                    {
                        return true;
                    }
                }
            }

            if (node is BaseTypeDeclarationSyntax)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>MaxDays: get.Optional("MaxDays", ...)</c>, <c>Name = reader.GetString("Name")</c>,
    /// <c>writer.WriteString("Name", order.Name)</c>: a key that is the name of the parameter or member its call's
    /// value fills, or of the member another argument of the call reads, as serializers and settings decoders spell it;
    /// <c>nameof</c> ties it to that member, and decoders of different versions of one format keep their own copies.
    /// </summary>
    private static bool NamesItsTarget(string value, LiteralExpressionSyntax literal)
    {
        if (literal.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } arguments } argument)
        {
            return false;
        }

        foreach (var other in arguments.Arguments)
        {
            if (other != argument && other.Expression is MemberAccessExpressionSyntax && LastName(other.Expression) == value)
            {
                return true;
            }
        }

        SyntaxNode current = call;
        for (var node = call.Parent; node is not null; current = node, node = node.Parent)
        {
            switch (node)
            {
                case ArgumentSyntax { NameColon: { } nameColon }:
                    return nameColon.Name.Identifier.ValueText == value;
                case AssignmentExpressionSyntax assignment when assignment.Right == current:
                    return LastName(assignment.Left) == value;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return property.Identifier.ValueText == value;
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Left == current:
                case CastExpressionSyntax:
                case ParenthesizedExpressionSyntax:
                case AwaitExpressionSyntax:
                case PostfixUnaryExpressionSyntax:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static string[] BuildRoleNames()
    {
        var names = new string[All.Length];
        foreach (var info in All)
        {
            names[(int)info.Role] = info.Role.ToString();
        }

        return names;
    }

    private static string JoinReportedRoles(bool onlyByDefault)
    {
        var names = new System.Text.StringBuilder();
        foreach (var info in All)
        {
            if (info.Reported && (info.ReportedByDefault || !onlyByDefault))
            {
                names.Append(names.Length == 0 ? string.Empty : ",").Append(info.Role.ToString());
            }
        }

        return names.ToString();
    }

    private static bool[] BuildReportedByRole()
    {
        var reported = new bool[All.Length];
        foreach (var info in All)
        {
            reported[(int)info.Role] = info.Reported;
        }

        return reported;
    }
}

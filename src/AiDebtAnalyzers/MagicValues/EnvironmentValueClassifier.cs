using System;
using System.Globalization;
using static AiDebtAnalyzers.Infrastructure.TextSearch;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>What ties a string to one environment.</summary>
internal enum EnvironmentValueKind
{
    None,
    Url,
    FilePath,
    IpAddress,
    ConnectionString,
    PlaceholderCredential,
    PlaceholderValue,
    ApiKey,
}

/// <summary>
/// Classifies the value of a string literal. Works on the value alone (no syntax), allocation-free on the common path:
/// most strings are rejected by their first characters.
/// </summary>
internal static class EnvironmentValueClassifier
{
    private static readonly string[] UnixRoots =
    {
        "/home/", "/Users/", "/root/", "/var/", "/opt/", "/srv/", "/mnt/", "/media/", "/tmp/", "/data/", "/app/",
        "/usr/local/", "/etc/",
    };

    // Hosts whose URLs are names, not places a program talks to: XML namespaces, schemas, licences.
    private static readonly string[] NamespaceHosts =
    {
        "www.w3.org", "w3.org", "schemas.xmlsoap.org", "schemas.microsoft.com", "schemas.openxmlformats.org",
        "json-schema.org", "purl.org", "tempuri.org", "xmlns.com", "docs.oasis-open.org", "ns.adobe.com",
        "www.opengis.net", "schemas.android.com", "www.apache.org", "opensource.org", "creativecommons.org",
        "purl.oclc.org", "xml.org", "www.xml.org", "ietf.org", "www.ietf.org", "tools.ietf.org", "datatracker.ietf.org",
        "www.rfc-editor.org", "rfc-editor.org", "spdx.org",
    };

    private static readonly string[] PlaceholderWords =
    {
        "changeme", "change_me", "change-me", "replaceme", "replace_me", "replace-me", "insert_key_here",
        "insert-key-here", "your_key_here", "xxxxxxxx",
    };

    private static readonly string[] ServerKeys =
    {
        "server", "data source", "datasource", "host", "address", "addr", "network address", "accountname",
        "endpoint", "hostname",
    };

    private static readonly string[] OtherKeys =
    {
        "initial catalog", "database", "user id", "userid", "uid", "user", "username", "password", "pwd",
        "accountkey", "sharedaccesskey", "sharedaccesskeyname", "integrated security", "trusted_connection",
        "port", "defaultendpointsprotocol", "encrypt", "trustservercertificate", "sslmode",
    };

    /// <summary>Words for the diagnostic message; they describe the kind and never the value.</summary>
    public static string Describe(EnvironmentValueKind kind) => kind switch
    {
        EnvironmentValueKind.Url => "an absolute URL",
        EnvironmentValueKind.FilePath => "an absolute file system path",
        EnvironmentValueKind.IpAddress => "an IP address",
        EnvironmentValueKind.ConnectionString => "a connection string",
        EnvironmentValueKind.PlaceholderCredential => "a placeholder credential",
        EnvironmentValueKind.PlaceholderValue => "a placeholder for an environment value",
        EnvironmentValueKind.ApiKey => "what looks like an API key",
        _ => "an environment value",
    };

    /// <summary>The token written to the <c>aidebt.kind</c> property.</summary>
    public static string Token(EnvironmentValueKind kind) => kind switch
    {
        EnvironmentValueKind.Url => "url",
        EnvironmentValueKind.FilePath => "path",
        EnvironmentValueKind.IpAddress => "ip",
        EnvironmentValueKind.ConnectionString => "connection_string",
        EnvironmentValueKind.PlaceholderCredential => "placeholder_credential",
        EnvironmentValueKind.PlaceholderValue => "placeholder_value",
        EnvironmentValueKind.ApiKey => "api_key",
        _ => "none",
    };

    public static EnvironmentValueKind Classify(string value, bool allowLoopback)
    {
        if (value.Length < 4)
        {
            return EnvironmentValueKind.None;
        }

        var trimmed = value.Trim();
        if (trimmed.Length < 4)
        {
            return EnvironmentValueKind.None;
        }

        if (IsUrl(trimmed, allowLoopback))
        {
            return EnvironmentValueKind.Url;
        }

        if (IsFilePath(trimmed))
        {
            return EnvironmentValueKind.FilePath;
        }

        if (IsIpAddress(trimmed, allowLoopback))
        {
            return EnvironmentValueKind.IpAddress;
        }

        if (IsConnectionString(trimmed, allowLoopback))
        {
            return EnvironmentValueKind.ConnectionString;
        }

        if (IsApiKey(trimmed))
        {
            return EnvironmentValueKind.ApiKey;
        }

        return ClassifyPlaceholder(trimmed);
    }

    internal static bool IsUrl(string value, bool allowLoopback)
    {
        int hostStart;
        if (StartsWith(value, "https://"))
        {
            hostStart = 8;
        }
        else if (StartsWith(value, "http://"))
        {
            hostStart = 7;
        }
        else if (StartsWith(value, "wss://"))
        {
            hostStart = 6;
        }
        else if (StartsWith(value, "ws://"))
        {
            hostStart = 5;
        }
        else
        {
            return false;
        }

        // A format string or a prefix being tested ("http://" alone, "https://{0}") names no place.
        var hostEnd = hostStart;
        while (hostEnd < value.Length && value[hostEnd] != '/' && value[hostEnd] != '?' && value[hostEnd] != '#')
        {
            hostEnd++;
        }

        if (hostEnd == hostStart)
        {
            return false;
        }

        var authority = value.Substring(hostStart, hostEnd - hostStart);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority.Substring(at + 1);
        }

        var userInfo = at >= 0;
        var host = StripPort(authority);
        var hasPort = host.Length < authority.Length;
        if (host.Length == 0 || host.IndexOf(' ') >= 0 || host.IndexOf('*') >= 0 || host.IndexOf('%') >= 0)
        {
            return false;
        }

        // "https://<your-resource>.openai.azure.com", "https://{your-app}.azurewebsites.net": a placeholder host.
        if (host.IndexOf('<') >= 0 || ContainsIgnoreCase(host, "your"))
        {
            return true;
        }

        if (host.IndexOf('{') >= 0)
        {
            // "https://{0}/api", "https://{host}/": the host comes from elsewhere.
            return false;
        }

        if (allowLoopback && IsLoopbackHost(host))
        {
            return false;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || IsLoopbackHost(host))
        {
            return true;
        }

        if (host.IndexOf('.') < 0)
        {
            // "http://server", "http://catalogbaseurltobereplaced": a token replaced at run time or a scheme test far
            // more often than an intranet machine name.
            return false;
        }

        foreach (var namespaceHost in NamespaceHosts)
        {
            if (string.Equals(host, namespaceHost, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // A public service's fixed endpoint or a documentation link is the same in every environment; what ties code to
        // one environment is a host of its own deployment, a placeholder, an address, a port or a secret in the URL.
        return userInfo
            || hasPort
            || TryParseIpv4(host, out _)
            || IsPlaceholderHost(host)
            || IsInternalHost(host)
            || IsStageHost(host)
            || IsTenantHost(host)
            || CarriesSecret(value, hostEnd);
    }

    private static readonly string[] PlaceholderDomains =
    {
        "example.com", "example.org", "example.net", "example.edu", "contoso.com", "fabrikam.com", "adventure-works.com",
        "mycompany.com", "yourcompany.com", "mydomain.com", "yourdomain.com", "company.com", "acme.com", "test.com", "domain.com",
        "myapp.com", "myapi.com", "api.com", "foo.com", "bar.com", "placeholder.com",
    };

    private static readonly string[] InternalSuffixes =
    {
        ".local", ".internal", ".corp", ".lan", ".intranet", ".home", ".localdomain", ".intra", ".private", ".test",
        ".example", ".invalid", ".svc", ".cluster.local",
    };

    private static readonly string[] StageWords =
    {
        "dev", "test", "qa", "uat", "stage", "staging", "preprod", "sandbox", "int", "perf", "demo",
    };

    // Hosts that name one tenant's deployment of a cloud service.
    private static readonly string[] TenantSuffixes =
    {
        ".azurewebsites.net", ".cloudapp.azure.com", ".cloudapp.net", ".blob.core.windows.net", ".queue.core.windows.net",
        ".table.core.windows.net", ".file.core.windows.net", ".database.windows.net", ".servicebus.windows.net",
        ".openai.azure.com", ".vault.azure.net", ".azurecr.io", ".azure-api.net", ".cognitiveservices.azure.com",
        ".search.windows.net", ".documents.azure.com", ".redis.cache.windows.net", ".azurestaticapps.net",
        ".s3.amazonaws.com", ".execute-api.", ".rds.amazonaws.com", ".elb.amazonaws.com", ".cloudfront.net",
        ".lambda-url.", ".herokuapp.com", ".ngrok.io", ".ngrok-free.app", ".ngrok.app", ".firebaseio.com", ".appspot.com",
        ".vercel.app", ".netlify.app", ".onrender.com", ".cloudfunctions.net", ".run.app", ".supabase.co", ".fly.dev",
        ".glitch.me", ".repl.co", ".pages.dev", ".workers.dev",
    };

    private static readonly string[] SecretQueryNames =
    {
        "api_key", "apikey", "api-key", "key", "token", "access_token", "auth", "sig", "signature", "secret",
        "client_secret", "password", "pwd", "code", "sv",
    };

    private static bool IsPlaceholderHost(string host)
    {
        foreach (var domain in PlaceholderDomains)
        {
            if (EndsWithDomain(host, domain))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInternalHost(string host)
    {
        foreach (var suffix in InternalSuffixes)
        {
            if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>api-dev.shop.com</c>, <c>staging.shop.com</c>, <c>shop-uat.azurewebsites.net</c>: a stage of a deployment.</summary>
    private static bool IsStageHost(string host)
    {
        var lastDot = host.LastIndexOf('.');
        var labels = host.Substring(0, lastDot < 0 ? host.Length : lastDot).ToLowerInvariant().Split('.', '-');
        foreach (var label in labels)
        {
            if (Array.IndexOf(StageWords, label) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTenantHost(string host)
    {
        foreach (var suffix in TenantSuffixes)
        {
            if (ContainsIgnoreCase(host, suffix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A webhook path or a query parameter that carries a key, a token or a signature.</summary>
    private static bool CarriesSecret(string url, int pathStart)
    {
        var rest = url.Substring(pathStart);
        if (ContainsIgnoreCase(url, "hooks.slack.com/services/") || ContainsIgnoreCase(url, "/api/webhooks/"))
        {
            return true;
        }

        var query = rest.IndexOf('?');
        if (query < 0)
        {
            return false;
        }

        foreach (var pair in rest.Substring(query + 1).Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0 || equals == pair.Length - 1)
            {
                continue;
            }

            var name = pair.Substring(0, equals).ToLowerInvariant();
            var value = pair.Substring(equals + 1);
            if (Array.IndexOf(SecretQueryNames, name) >= 0 && value.IndexOf('{') < 0 && value.Length >= 6)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithDomain(string host, string domain) =>
        string.Equals(host, domain, StringComparison.OrdinalIgnoreCase)
        || (host.Length > domain.Length && host[host.Length - domain.Length - 1] == '.' && host.EndsWith(domain, StringComparison.OrdinalIgnoreCase));

    internal static bool IsLoopbackHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || string.Equals(host, "[::1]", StringComparison.Ordinal)
            || string.Equals(host, "::1", StringComparison.Ordinal)
            || string.Equals(host, "0.0.0.0", StringComparison.Ordinal)
            || string.Equals(host, "+", StringComparison.Ordinal)
            || string.Equals(host, "(localdb)", StringComparison.OrdinalIgnoreCase)
            || host.StartsWith("(localdb)\\", StringComparison.OrdinalIgnoreCase)
            || string.Equals(host, ".", StringComparison.Ordinal)
            || host.StartsWith(".\\", StringComparison.Ordinal))
        {
            return true;
        }

        return TryParseIpv4(host, out var first) && first == 127;
    }

    private static string StripPort(string authority)
    {
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            return close > 0 ? authority.Substring(0, close + 1) : authority;
        }

        var colon = authority.IndexOf(':');
        var comma = authority.IndexOf(',');
        var end = colon >= 0 ? colon : authority.Length;
        if (comma >= 0 && comma < end)
        {
            end = comma;
        }

        return authority.Substring(0, end);
    }

    internal static bool IsFilePath(string value)
    {
        if (value.Length < 4)
        {
            return false;
        }

        // C:\data, D:/exports
        if (value.Length >= 4 && IsAsciiLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/') && IsPathChar(value[3]))
        {
            return true;
        }

        // \\fileserver\share
        if (value.Length >= 5 && value[0] == '\\' && value[1] == '\\' && IsAsciiLetterOrDigit(value[2]))
        {
            var separator = value.IndexOf('\\', 3);
            return separator > 3 && separator + 1 < value.Length && IsPathChar(value[separator + 1]);
        }

        if (value[0] != '/')
        {
            return false;
        }

        foreach (var root in UnixRoots)
        {
            if (value.StartsWith(root, StringComparison.Ordinal) && value.Length > root.Length && IsPathChar(value[root.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPathChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-';

    internal static bool IsIpAddress(string value, bool allowLoopback)
    {
        var host = value;
        var colon = host.IndexOf(':');
        if (colon > 0)
        {
            var port = host.Substring(colon + 1);
            if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var portNumber) || portNumber > 65535)
            {
                return false;
            }

            host = host.Substring(0, colon);
        }

        if (!TryParseIpv4(host, out var first, out var second, out var third, out var fourth))
        {
            return false;
        }

        if (allowLoopback && (first == 127 || (first == 0 && second == 0 && third == 0 && fourth == 0)))
        {
            return false;
        }

        // Broadcast, "any" and masks are protocol values, not hosts.
        if (first == 255 || (first == 0 && second == 0 && third == 0 && fourth == 0))
        {
            return false;
        }

        // Four-part versions ("1.0.0.0", "4.2.1.0") look like addresses; an address with a port is never a version.
        if (colon < 0 && first < 10 && fourth == 0)
        {
            return false;
        }

        return true;
    }

    private static bool TryParseIpv4(string text, out int first) => TryParseIpv4(text, out first, out _, out _, out _);

    private static bool TryParseIpv4(string text, out int first, out int second, out int third, out int fourth)
    {
        first = second = third = fourth = -1;
        var part = 0;
        var current = -1;
        var digits = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '.')
            {
                if (current < 0 || current > 255 || part > 3)
                {
                    return false;
                }

                switch (part)
                {
                    case 0: first = current; break;
                    case 1: second = current; break;
                    case 2: third = current; break;
                    default: fourth = current; break;
                }

                part++;
                current = -1;
                digits = 0;
                continue;
            }

            var c = text[i];
            if (c < '0' || c > '9' || ++digits > 3)
            {
                return false;
            }

            current = current < 0 ? c - '0' : (current * 10) + (c - '0');
        }

        return part == 4;
    }

    internal static bool IsConnectionString(string value, bool allowLoopback)
    {
        if (value.IndexOf('=') < 0 || value.IndexOf(';') < 0)
        {
            return false;
        }

        string? serverValue = null;
        var hasPassword = false;
        var knownPairs = 0;
        foreach (var pair in value.Split(';'))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = pair.Substring(0, equals).Trim().ToLowerInvariant();
            var pairValue = pair.Substring(equals + 1).Trim();
            if (pairValue.Length == 0 || pairValue.IndexOf('{') >= 0)
            {
                continue;
            }

            if (Array.IndexOf(ServerKeys, key) >= 0)
            {
                serverValue = pairValue;
                knownPairs++;
            }
            else if (Array.IndexOf(OtherKeys, key) >= 0)
            {
                knownPairs++;
                hasPassword |= key is "password" or "pwd" or "accountkey" or "sharedaccesskey";
            }
        }

        if (knownPairs < 2 || (serverValue is null && !hasPassword))
        {
            return false;
        }

        if (hasPassword)
        {
            return true;
        }

        var serverHost = serverValue!;
        if (serverHost.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase))
        {
            serverHost = serverHost.Substring(4);
        }

        serverHost = StripPort(serverHost);
        if (serverHost.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !(allowLoopback && IsLoopbackHost(serverHost));
    }

    internal static bool IsApiKey(string value)
    {
        // OpenAI/Anthropic style "sk-..." keys, GitHub tokens, AWS access key IDs.
        if (value.StartsWith("sk-", StringComparison.Ordinal))
        {
            return IsKeyBody(value, 3, 20);
        }

        if (value.StartsWith("ghp_", StringComparison.Ordinal) || value.StartsWith("gho_", StringComparison.Ordinal) || value.StartsWith("github_pat_", StringComparison.Ordinal))
        {
            return IsKeyBody(value, value.IndexOf('_') + 1, 30);
        }

        if (value.Length == 20 && value.StartsWith("AKIA", StringComparison.Ordinal))
        {
            return IsKeyBody(value, 4, 16);
        }

        return false;
    }

    private static bool IsKeyBody(string value, int start, int minLength)
    {
        if (value.Length - start < minLength)
        {
            return false;
        }

        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (!IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "YOUR_API_KEY", "your-api-key-here", "&lt;your-token&gt;", "YourSubscriptionKey", "insert your password here":
    /// words that start with "your" and end with what is to be filled in. Returns the kind, or None.
    /// </summary>
    internal static EnvironmentValueKind ClassifyPlaceholder(string value)
    {
        if (value.Length > 64)
        {
            return EnvironmentValueKind.None;
        }

        var lower = value.ToLowerInvariant();
        foreach (var word in PlaceholderWords)
        {
            if (string.Equals(lower, word, StringComparison.Ordinal))
            {
                return EnvironmentValueKind.PlaceholderCredential;
            }
        }

        var words = SplitWords(value);
        var start = 0;

        // "Bearer YOUR_API_KEY", "Basic <your-credentials>": an authorization scheme before the placeholder.
        if (words.Count >= 3 && words[0] is "bearer" or "basic" or "token" or "apikey")
        {
            start = 1;
        }

        if (words.Count - start >= 2 && Array.IndexOf(FillVerbs, words[start]) >= 0)
        {
            start++;
        }

        if (words.Count - start < 2 || words[start] != "your" || words.Count - start > 7)
        {
            return EnvironmentValueKind.None;
        }

        // Prose ("Your order has a key") is a message, not a value to fill in.
        foreach (var word in words)
        {
            if (Array.IndexOf(ProseWords, word) >= 0)
            {
                return EnvironmentValueKind.None;
            }
        }

        var end = words.Count;
        if (words[end - 1] == "here")
        {
            end--;
        }

        if (end - start < 2)
        {
            return EnvironmentValueKind.None;
        }

        var last = words[end - 1];
        var beforeLast = end - start >= 3 ? words[end - 2] : string.Empty;
        if (Array.IndexOf(CredentialNouns, last) >= 0
            || (last == "id" && Array.IndexOf(IdOwners, beforeLast) >= 0)
            || (last == "string" && beforeLast == "connection"))
        {
            return EnvironmentValueKind.PlaceholderCredential;
        }

        return Array.IndexOf(EnvironmentNouns, last) >= 0 ? EnvironmentValueKind.PlaceholderValue : EnvironmentValueKind.None;
    }

    private static readonly string[] ProseWords =
    {
        "is", "are", "was", "were", "has", "have", "had", "a", "an", "the", "will", "to", "of", "for", "with", "not", "be",
        "been", "and", "or", "in", "on",
    };

    private static readonly string[] FillVerbs = { "insert", "enter", "put", "replace", "add", "paste", "set" };

    private static readonly string[] CredentialNouns =
    {
        "key", "apikey", "token", "secret", "password", "passwd", "pwd", "credential", "credentials", "pat", "passphrase",
    };

    private static readonly string[] IdOwners = { "client", "app", "application", "tenant", "subscription", "account" };

    private static readonly string[] EnvironmentNouns =
    {
        "endpoint", "region", "url", "uri", "host", "hostname", "server", "domain", "resource", "bucket", "tenant",
        "database", "instance", "workspace",
    };

    /// <summary>Lower-case words, split at separators and at lower-to-upper case changes.</summary>
    private static System.Collections.Generic.List<string> SplitWords(string value)
    {
        var words = new System.Collections.Generic.List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0 && i > 0 && char.IsLower(value[i - 1]))
            {
                Flush(words, current);
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(System.Collections.Generic.List<string> words, System.Text.StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    private static bool StartsWith(string value, string prefix) => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');
}

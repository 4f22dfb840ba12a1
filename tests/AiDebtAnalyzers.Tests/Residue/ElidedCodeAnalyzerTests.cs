using System.Threading.Tasks;
using AiDebtAnalyzers.Residue;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.Residue.ElidedCodeAnalyzer>;

namespace AiDebtAnalyzers.Tests.Residue;

public class ElidedCodeAnalyzerTests
{
    [Theory]
    [InlineData("// ... existing code ...")]
    [InlineData("//// ... existing code ...")]
    [InlineData("// ...existing code...")]
    [InlineData("// existing code")]
    [InlineData("// Existing code here")]
    [InlineData("// ... rest of the code remains the same")]
    [InlineData("// rest of the code remains the same")]
    [InlineData("// The rest of the implementation stays unchanged")]
    [InlineData("// (omitted for brevity)")]
    [InlineData("// ... (omitted for brevity)")]
    [InlineData("// Implementation details omitted for brevity.")]
    [InlineData("// [previous implementation unchanged]")]
    [InlineData("// ... previous implementation unchanged ...")]
    [InlineData("// ... other methods ...")]
    [InlineData("// ... rest of the class ...")]
    [InlineData("// Other methods remain unchanged")]
    [InlineData("// remaining members omitted")]
    [InlineData("// ... same as before ...")]
    [InlineData("// ... unchanged ...")]
    [InlineData("// ... same as above ...")]
    [InlineData("// ... other properties remain unchanged ...")]
    [InlineData("// other fields omitted")]
    [InlineData("// Existing code that should remain unchanged")]
    [InlineData("// Existing message handling code...")]
    [InlineData("// Other existing code...")]
    [InlineData("// [...]")]
    [InlineData("// ...")]
    [InlineData("// …")]
    [InlineData("/* ... */")]
    [InlineData("/* ... existing code ... */")]
    [InlineData("// ... existing ...")]
    [InlineData("// ... existing fields")]
    [InlineData("// ... existing using statements ...")]
    [InlineData("// ... existing structure different from proposed")]
    [InlineData("// ... código existente ...")]
    [InlineData("// ... código existente sin cambios ...")]
    [InlineData("// ... resto del código ...")]
    [InlineData("// ... restante do código")]
    [InlineData("// ... bestehender Code ...")]
    [InlineData("// ... code existant ...")]
    [InlineData("// ... reste du code ...")]
    [InlineData("// ... mevcut kod ...")]
    [InlineData("// ... codice esistente ...")]
    public async Task Reports_elision_comment_on_its_own_line(string comment)
    {
        var source = $$"""
            class OrderService
            {
                void Save()
                {
                    var total = 1;
                    {|#0:{{comment}}|}
                    total++;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(0).WithArguments(comment));
    }

    [Theory]
    [InlineData("// Wait... the cache may be stale here")]
    [InlineData("// codes A1, B2, ...")]
    [InlineData("// the JIT elides the rest of the code")]
    [InlineData("// The rest of the code assumes the lock is held")]
    [InlineData("// Other methods")]
    [InlineData("// Existing customers get a discount")]
    [InlineData("// Keep the existing code path for old clients")]
    [InlineData("// Old implementation")]
    [InlineData("// unchanged")]
    [InlineData("// More tests go here")]
    [InlineData("// See https://example.com/... for details")]
    [InlineData("// TODO: handle the remaining cases")]
    [InlineData("// Hmm...")]
    [InlineData("// Loading...")]
    [InlineData("// 1. Parse, 2. Validate, 3. ...")]
    [InlineData("// Same as Dispose(true) but without the finalizer")]
    [InlineData("// Nothing is omitted here: every field is copied")]
    [InlineData("// We omit the header for brevity in logs, see LogFormatter")]
    [InlineData("// same as above")]
    [InlineData("// Same as before")]
    [InlineData("// Other properties remain unchanged")]
    [InlineData("// The rest of the fields stay the same")]
    [InlineData("// Original values unchanged")]
    [InlineData("// Existing code for normal images")]
    [InlineData("// existing code used it for number. We can store string.")]
    [InlineData("// Existing code can continue to import from this file")]
    [InlineData("// Existing message handling code")]
    [InlineData("// The same as above, but using the switch expressions for best performance.")]
    [InlineData("// Note: parameter is renamed to d for brevity. It's still the 1-based day-of-year")]
    [InlineData("// write unchanged chars at start of text.")]
    [InlineData("// Validate the rest of the object deserialization is still okay.")]
    [InlineData("// ... and the recurrence is valid for the whole of time")]
    [InlineData("// ... but to prevent race conditions, only one thread wins")]
    [InlineData("// ...and because the movie was finished on a different version")]
    [InlineData("// Remove potentially existing * and split config string into prefixes")]
    [InlineData("// Código existente")]
    [InlineData("// El resto del código valida la entrada")]
    [InlineData("// Der bestehende Code bleibt für alte Clients")]
    public async Task Ignores_human_comments(string comment)
    {
        var source = $$"""
            class OrderService
            {
                void Save()
                {
                    var total = 1;
                    {{comment}}
                    total++;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // Among statements, these describe data or repeated code (as in public test suites: "// Other properties remain
    // unchanged" before the assertions that check them); between members or alone in a body, code is missing.
    [Theory]
    [InlineData("// Other properties remain unchanged")]
    [InlineData("// same as before")]
    [InlineData("// existing fields here")]
    public async Task Reports_contextual_phrase_between_members(string comment)
    {
        var source = $$"""
            public class Settings
            {
                public int Retries { get; set; }

                {|#0:{{comment}}|}
                public int Timeout { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(0).WithArguments(comment));
    }

    [Fact]
    public async Task Reports_contextual_phrase_alone_in_a_body()
    {
        const string source = """
            public class Settings
            {
                public void Apply()
                {
                    {|#0:// same as before|}
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(0).WithArguments("// same as before"));
    }

    [Fact]
    public async Task Ignores_contextual_phrase_in_initializers_and_arguments()
    {
        const string source = """
            public record Settings(int Retries, int Timeout)
            {
                public Settings WithRetries(int retries) => this with
                {
                    Retries = retries,
                    // other properties remain unchanged
                };

                public static Settings Create() => new Settings(
                    3,
                    // same as before
                    30);
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_string_literals_and_documentation_comments()
    {
        const string source = """
            class OrderService
            {
                /// <summary>
                /// ... existing code ...
                /// </summary>
                /// <example>
                /// ...
                /// </example>
                string Describe() => "// ... existing code ...";

                string Raw() => @"
                    // ...
                ";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_trailing_comment_after_code()
    {
        const string source = """
            class OrderService
            {
                int Total(int a, int b)
                {
                    var total = a + b; // ...
                    return total; // same as before
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // Polly's documentation snippets: a region copied into the docs abbreviates its example with a bare "// ...".
    [Fact]
    public async Task Ignores_bare_ellipsis_in_a_documentation_region()
    {
        const string source = """
            using System.Collections.Generic;

            class CircuitBreakerSnippets
            {
                void Example()
                {
                    #region circuit-breaker-per-endpoint
                    var endpoints = new Dictionary<string, int>
                    {
                        ["https://downstream1.com"] = 1,
                        // ...
                        ["https://downstreamN.com"] = 2
                    };
                    #endregion
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // Outside a region the same bare ellipsis, and inside one an elision phrase, still stand in for code.
    [Fact]
    public async Task Reports_bare_ellipsis_outside_a_region_and_phrases_inside_one()
    {
        const string source = """
            class OrderService
            {
                #region Handlers
                void Save()
                {
                    {|#0:// ... existing code ...|}
                }
                #endregion

                void Load()
                {
                    {|#1:// ...|}
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(0).WithArguments("// ... existing code ..."),
            VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(1).WithArguments("// ..."));
    }

    [Fact]
    public async Task Ignores_bare_ellipsis_inside_a_comment_block()
    {
        const string source = """
            class OrderService
            {
                void Save()
                {
                    // Example of the payload:
                    //   { "id": 1,
                    // ...
                    //   }
                    var total = 1;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_disabled_code()
    {
        const string source = """
            class OrderService
            {
            #if NEVER
                // ... existing code ...
            #endif
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_block_comment_standing_in_for_an_expression()
    {
        const string source = """
            class OrderService
            {
                int[] Codes() => new int[] { {|#0:/* ... */|} };
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(0).WithArguments("/* ... */"));
    }

    [Fact]
    public async Task Reports_elision_between_members()
    {
        const string source = """
            namespace Shop
            {
                public class OrderService
                {
                    public void Save() { }

                    {|#0:// ... other methods ...|}
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(0).WithArguments("// ... other methods ..."));
    }

    // Where assistants leave the marker outside method bodies: after the using directives and between members.
    [Fact]
    public async Task Reports_existing_forms_after_usings_and_between_members()
    {
        const string source = """
            using System;

            {|#0:// ... existing usings ...|}

            namespace Shop
            {
                public class OrderService
                {
                    private int count;

                    {|#1:// ... existing code ...|}

                    public void Save() { }
                    {|#2:// ... código existente ...|}
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(0).WithArguments("// ... existing usings ..."),
            VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(1).WithArguments("// ... existing code ..."),
            VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(2).WithArguments("// ... código existente ..."));
    }

    [Fact]
    public async Task Ignores_generated_code()
    {
        const string source = """
            // <auto-generated/>
            class OrderService
            {
                void Save()
                {
                    // ... existing code ...
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Bare_ellipsis_option_off_keeps_phrases()
    {
        const string source = """
            class OrderService
            {
                void Save()
                {
                    // ...
                    var total = 1;
                    {|#0:// ... existing code ...|}
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            "aidebt.residue.report_bare_ellipsis = false",
            VerifyCS.Diagnostic(RuleIds.ElidedCode).WithLocation(0).WithArguments("// ... existing code ..."));
    }

    [Theory]
    [InlineData("// ... existing code ...", "Phrase")]
    [InlineData("/*\n * ... rest of the class remains the same ...\n */", "Phrase")]
    [InlineData("// . . .", "BareEllipsis")]
    [InlineData("// (...)", "BareEllipsis")]
    [InlineData("//", "None")]
    [InlineData("// a perfectly ordinary comment about existing behaviour", "None")]
    [InlineData("// Other properties remain unchanged", "ContextualPhrase")]
    [InlineData("// ... other properties remain unchanged", "Phrase")]
    [InlineData("// Same as above", "None")]
    [InlineData("// [same as above]", "Phrase")]
    public void Classifies_comment_text(string comment, string expected) =>
        Assert.Equal(expected, ElisionPhrases.Classify(comment).ToString());
}

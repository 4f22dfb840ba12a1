using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Tests.MagicValues.IntroduceConstantCodeFixTests.EveryNumberAnalyzer,
    AiDebtAnalyzers.CodeFixes.MagicValues.IntroduceConstantCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.MagicValues;

/// <summary>
/// "Introduce named constant": where the name comes from, what happens when nothing names the value (a placeholder to
/// rename in a single fix, skipped by fix-all), and that a clash is never dodged with a number or a generic name. The
/// findings come from a probe that reports every number outside a constant as AID201, so these tests pin the fix
/// whatever AID201 itself chooses to report.
/// </summary>
public class IntroduceConstantCodeFixTests
{
    private static DiagnosticResult Number(int location) => VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(location);

    [Fact]
    public async Task Names_the_constant_after_the_parameter_the_comparison_the_product_and_the_property()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            class Options { public TimeSpan RequestTimeout { get; set; } }

            class Billing
            {
                async Task Run(int retries, decimal amount, Options options)
                {
                    Thread.Sleep({|#0:3000|});
                    if (retries > {|#1:3|}) { }
                    var processingFee = amount * {|#2:0.029m|};
                    options.RequestTimeout = TimeSpan.FromSeconds({|#3:30|});
                    await Task.Delay({|#4:1500|});
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            class Options { public TimeSpan RequestTimeout { get; set; } }

            class Billing
            {
                private const int MillisecondsTimeout = 3000;
                private const int MaxRetries = 3;
                private const decimal ProcessingFeeRate = 0.029m;
                private const int RequestTimeoutSeconds = 30;
                private const int MillisecondsDelay = 1500;

                async Task Run(int retries, decimal amount, Options options)
                {
                    Thread.Sleep(MillisecondsTimeout);
                    if (retries > MaxRetries) { }
                    var processingFee = amount * ProcessingFeeRate;
                    options.RequestTimeout = TimeSpan.FromSeconds(RequestTimeoutSeconds);
                    await Task.Delay(MillisecondsDelay);
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, new[] { Number(0), Number(1), Number(2), Number(3), Number(4) }, fixedSource);
    }

    [Fact]
    public async Task A_lower_comparison_names_a_minimum_only_in_a_guard_that_rejects_and_a_maximum_elsewhere()
    {
        const string source = """
            class Buffers
            {
                int Pick(int byteCount, int quantity, int argCount)
                {
                    if (quantity < {|#0:3|})
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(quantity));
                    }

                    var filled = quantity;
                    while (filled < {|#1:4|})
                    {
                        filled++;
                    }

                    if (byteCount <= {|#2:256|})
                    {
                        filled += byteCount;
                    }

                    return argCount < {|#3:255|} ? filled : quantity;
                }
            }
            """;
        const string fixedSource = """
            class Buffers
            {
                private const int MinQuantity = 3;
                private const int MaxFilled = 4;
                private const int MaxByteCount = 256;
                private const int MaxArgCount = 255;

                int Pick(int byteCount, int quantity, int argCount)
                {
                    if (quantity < MinQuantity)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(quantity));
                    }

                    var filled = quantity;
                    while (filled < MaxFilled)
                    {
                        filled++;
                    }

                    if (byteCount <= MaxByteCount)
                    {
                        filled += byteCount;
                    }

                    return argCount < MaxArgCount ? filled : quantity;
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, new[] { Number(0), Number(1), Number(2), Number(3) }, fixedSource);
    }

    [Fact]
    public async Task Single_fix_writes_a_placeholder_to_rename_when_nothing_names_the_value_and_fix_all_skips_it()
    {
        const string source = """
            class Shapes
            {
                int Grow(int size) => size + {|#0:7|};
            }
            """;
        const string singleFixed = """
            class Shapes
            {
                private const int NewConstant = 7;

                int Grow(int size) => size + NewConstant;
            }
            """;

        var test = new VerifyCS.Test { TestCode = source, FixedCode = singleFixed, BatchFixedCode = source };
        test.ExpectedDiagnostics.Add(Number(0));
        test.BatchFixedState.ExpectedDiagnostics.Add(Number(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_skips_generic_names_and_names_the_rest()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading;

            class Shapes
            {
                List<int> Make() => new List<int>({|#0:100|});
                string Cut(string text) => text.Substring({|#1:4|});
                void Wait() => Thread.Sleep({|#2:3000|});
            }
            """;
        const string batchFixed = """
            using System.Collections.Generic;
            using System.Threading;

            class Shapes
            {
                private const int MillisecondsTimeout = 3000;

                List<int> Make() => new List<int>({|#0:100|});
                string Cut(string text) => text.Substring({|#1:4|});
                void Wait() => Thread.Sleep(MillisecondsTimeout);
            }
            """;

        // One single fix (the first finding, a capacity): a placeholder to rename, the rest untouched.
        const string firstFixed = """
            using System.Collections.Generic;
            using System.Threading;

            class Shapes
            {
                private const int NewConstant = 100;

                List<int> Make() => new List<int>(NewConstant);
                string Cut(string text) => text.Substring({|#1:4|});
                void Wait() => Thread.Sleep({|#2:3000|});
            }
            """;

        var test = new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = firstFixed,
            BatchFixedCode = batchFixed,
            CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne,
            NumberOfIncrementalIterations = 1,
        };
        test.ExpectedDiagnostics.AddRange(new[] { Number(0), Number(1), Number(2) });
        test.FixedState.ExpectedDiagnostics.AddRange(new[] { Number(1), Number(2) });
        test.BatchFixedState.ExpectedDiagnostics.AddRange(new[] { Number(0), Number(1) });
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_never_numbers_a_name_to_dodge_a_clash_and_reuses_a_constant_of_the_same_value()
    {
        const string source = """
            using System.Threading;

            class Device
            {
                private const int MaxRetries = 5;

                void Reboot(int retries)
                {
                    Thread.Sleep({|#0:3000|});
                    Thread.Sleep({|#1:3000|});
                    Thread.Sleep({|#2:500|});
                    if (retries > {|#3:5|}) { }
                }
            }
            """;
        const string batchFixed = """
            using System.Threading;

            class Device
            {
                private const int MaxRetries = 5;
                private const int MillisecondsTimeout = 3000;

                void Reboot(int retries)
                {
                    Thread.Sleep(MillisecondsTimeout);
                    Thread.Sleep(MillisecondsTimeout);
                    Thread.Sleep({|#2:500|});
                    if (retries > MaxRetries) { }
                }
            }
            """;

        var test = new VerifyCS.Test
        {
            TestCode = source,
            BatchFixedCode = batchFixed,
            FixedCode = batchFixed.Replace("{|#2:500|}", "NewConstant").Replace("private const int MillisecondsTimeout = 3000;", "private const int MillisecondsTimeout = 3000;\n    private const int NewConstant = 500;"),
        };
        test.ExpectedDiagnostics.AddRange(new[] { Number(0), Number(1), Number(2), Number(3) });
        test.BatchFixedState.ExpectedDiagnostics.Add(Number(2));
        await test.RunAsync();
    }

    /// <summary>Reports every numeric literal outside a constant declaration as AID201.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EveryNumberAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new(RuleIds.MagicNumber, "Number", "Number", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(
                nodeContext =>
                {
                    var literal = (LiteralExpressionSyntax)nodeContext.Node;
                    if (literal.FirstAncestorOrSelf<FieldDeclarationSyntax>() is { } field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                    {
                        return;
                    }

                    nodeContext.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation()));
                },
                SyntaxKind.NumericLiteralExpression);
        }
    }
}

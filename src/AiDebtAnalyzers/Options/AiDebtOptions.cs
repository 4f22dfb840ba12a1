using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;

namespace AiDebtAnalyzers.Options;

/// <summary>
/// Every option of the package. Each family declares its options in its own partial file
/// (<c>AiDebtOptions.&lt;Family&gt;.cs</c>) as public static fields; <see cref="All"/> collects them, sorted by key,
/// so the docs test and the AID001 analyzer see a new option without further wiring.
/// </summary>
internal static partial class AiDebtOptions
{
    private static readonly Lazy<ImmutableArray<AiDebtOption>> AllOptions = new(CollectAll);

    public static ImmutableArray<AiDebtOption> All => AllOptions.Value;

    public static ImmutableArray<AiDebtOption> ForRule(string ruleId)
    {
        var builder = ImmutableArray.CreateBuilder<AiDebtOption>();
        foreach (var option in All)
        {
            if (option.Rules.Contains(ruleId))
            {
                builder.Add(option);
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<AiDebtOption> CollectAll()
    {
        var options = new List<AiDebtOption>();
        foreach (var field in typeof(AiDebtOptions).GetTypeInfo().DeclaredFields)
        {
            if (field.IsStatic && field.IsPublic && typeof(AiDebtOption).GetTypeInfo().IsAssignableFrom(field.FieldType.GetTypeInfo())
                && field.GetValue(null) is AiDebtOption option)
            {
                options.Add(option);
            }
        }

        options.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return options.ToImmutableArray();
    }
}

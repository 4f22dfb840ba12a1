using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// The named types an assembly declares, nested ones included, in one walk of its namespaces. Rules that need every type
/// of the compilation (the test-gap reach, interface implementations, contract opt-outs) share this walk instead of
/// writing their own.
/// </summary>
internal static class DeclaredTypes
{
    public static List<INamedTypeSymbol> In(IAssemblySymbol assembly, CancellationToken cancellationToken)
    {
        var types = new List<INamedTypeSymbol>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var container = pending.Pop();
            if (container is INamespaceSymbol ns)
            {
                foreach (var member in ns.GetMembers())
                {
                    pending.Push(member);
                }

                continue;
            }

            var type = (INamedTypeSymbol)container;
            types.Add(type);
            foreach (var nested in type.GetTypeMembers())
            {
                pending.Push(nested);
            }
        }

        return types;
    }
}

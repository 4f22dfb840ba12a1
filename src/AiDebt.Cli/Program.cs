using System;
using System.Runtime.CompilerServices;

namespace AiDebt.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Before anything can touch an MSBuild type: the locator must redirect those loads to the SDK's MSBuild.
        MsBuildRegistration.EnsureRegistered();
        return Run(args);
    }

    // Kept out of Main so the JIT resolves no type of the commands before the locator is registered.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Run(string[] args)
    {
        var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TF_BUILD"));
        return new CliApp(Console.Out, Console.Error, interactive).Run(args);
    }
}

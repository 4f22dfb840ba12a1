using System;
using Microsoft.Build.Locator;

namespace AiDebt.Cli;

/// <summary>Registers the .NET SDK's MSBuild once per process, before MSBuildWorkspace or any MSBuild type is used.</summary>
public static class MsBuildRegistration
{
    private static readonly object Gate = new();
    private static string? failure;

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered || failure is not null)
            {
                return;
            }

            try
            {
                MSBuildLocator.RegisterDefaults();
            }
            catch (InvalidOperationException ex)
            {
                // Only project and solution scans need MSBuild; the other commands work without an SDK.
                failure = ex.Message;
            }
        }
    }

    /// <summary>Throws a usage error when no SDK could be registered.</summary>
    public static void Require()
    {
        EnsureRegistered();
        if (!MSBuildLocator.IsRegistered)
        {
            throw new CliException("No .NET SDK with MSBuild was found, so projects and solutions cannot be loaded (" + failure + "). Scan a folder instead, or install the .NET SDK.");
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace AiDebt.Cli.Analysis;

/// <summary>The literal, unconditional properties and items of a project file and the <c>Directory.Build.props</c> above it.</summary>
internal sealed class ProjectFileFacts
{
    private readonly Dictionary<string, string> properties = new(StringComparer.OrdinalIgnoreCase);

    public List<string> PackageReferences { get; } = new();

    /// <summary>The <c>ProjectReference</c> items as written (relative to the project folder, as MSBuild reads them).</summary>
    public List<string> ProjectReferences { get; } = new();

    /// <summary>The <c>AiDebtTestProject</c> items, relative to the project folder.</summary>
    public List<string> TestProjectItems { get; } = new();

    public string? Sdk { get; private set; }

    /// <summary>
    /// Whether the project file imports an SDK (a <c>Sdk</c> attribute, an <c>&lt;Sdk&gt;</c> element or an
    /// <c>&lt;Import Sdk="..."&gt;</c>), so the SDK's default <c>Compile</c> glob applies; an old-style project file does not.
    /// </summary>
    public bool IsSdkStyle { get; private set; }

    /// <summary>The project file's own <c>Compile</c> items in document order (those of the imported files are not read).</summary>
    public List<CompileItem> CompileItems { get; } = new();

    public string? Property(string name) => properties.TryGetValue(name, out var value) ? value : null;

    public bool IsTrue(string name) => string.Equals(Property(name), "true", StringComparison.OrdinalIgnoreCase);

    public bool IsFalse(string name) => string.Equals(Property(name), "false", StringComparison.OrdinalIgnoreCase);

    public static ProjectFileFacts Read(string? projectFile, string directory)
    {
        var facts = new ProjectFileFacts();

        // Directory.Build.props files first, the nearest last, then the project file: later values win, as in MSBuild.
        var props = new List<string>();
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "Directory.Build.props");
            if (File.Exists(path))
            {
                props.Add(path);
            }
        }

        props.Reverse();
        foreach (var path in props)
        {
            facts.Add(path, isProjectFile: false);
        }

        if (projectFile is not null)
        {
            facts.Add(projectFile, isProjectFile: true);
        }

        return facts;
    }

    private void Add(string path, bool isProjectFile)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            // An unreadable project file tells nothing; the project is scanned with the defaults.
            return;
        }

        if (document.Root is not { } project)
        {
            return;
        }

        if (isProjectFile)
        {
            Sdk = (string?)project.Attribute("Sdk");
            IsSdkStyle = Sdk is not null
                || project.Elements().Any(e => e.Name.LocalName == "Sdk" || (e.Name.LocalName == "Import" && e.Attribute("Sdk") is not null));
            AddCompileItems(project, conditional: false);
        }

        foreach (var group in Unconditional(project, "PropertyGroup"))
        {
            foreach (var property in group.Elements())
            {
                if (property.Attribute("Condition") is null && !property.HasElements)
                {
                    properties[property.Name.LocalName] = property.Value.Trim();
                }
            }
        }

        foreach (var group in Unconditional(project, "ItemGroup"))
        {
            foreach (var item in group.Elements())
            {
                if (item.Attribute("Condition") is not null || (string?)item.Attribute("Include") is not { Length: > 0 } include)
                {
                    continue;
                }

                if (item.Name.LocalName == "PackageReference")
                {
                    PackageReferences.Add(include.Trim());
                }
                else if (item.Name.LocalName == "ProjectReference" && !include.Contains("$(", StringComparison.Ordinal))
                {
                    // A path built from properties cannot be resolved without MSBuild; the relation is then unknown.
                    ProjectReferences.Add(include.Trim().Replace('\\', Path.DirectorySeparatorChar));
                }
                else if (item.Name.LocalName == "AiDebtTestProject" && isProjectFile)
                {
                    TestProjectItems.Add(include.Trim().Replace('\\', Path.DirectorySeparatorChar));
                }
            }
        }
    }

    /// <summary>
    /// The <c>Compile</c> items of the item groups, including those under a condition or in a <c>Choose</c> (marked
    /// conditional: a folder scan does not evaluate conditions). Items inside targets are created when the build runs and
    /// are not read.
    /// </summary>
    private void AddCompileItems(XElement container, bool conditional)
    {
        foreach (var element in container.Elements())
        {
            var name = element.Name.LocalName;
            var isConditional = conditional || element.Attribute("Condition") is not null;
            if (name is "Choose" or "When" or "Otherwise")
            {
                AddCompileItems(element, conditional: true);
            }
            else if (name == "ItemGroup")
            {
                foreach (var item in element.Elements())
                {
                    if (item.Name.LocalName != "Compile")
                    {
                        continue;
                    }

                    var itemConditional = isConditional || item.Attribute("Condition") is not null;
                    if ((string?)item.Attribute("Include") is { Length: > 0 } include)
                    {
                        CompileItems.Add(new CompileItem(CompileOperation.Include, include, (string?)item.Attribute("Exclude"), itemConditional));
                    }
                    else if ((string?)item.Attribute("Remove") is { Length: > 0 } remove)
                    {
                        CompileItems.Add(new CompileItem(CompileOperation.Remove, remove, Exclude: null, itemConditional));
                    }
                }
            }
        }
    }

    private static IEnumerable<XElement> Unconditional(XElement project, string name) =>
        project.Elements().Where(e => e.Name.LocalName == name && e.Attribute("Condition") is null);
}

internal enum CompileOperation
{
    Include,
    Remove,
}

/// <summary>A <c>Compile</c> item of a project file as written: its <c>Include</c> (with its <c>Exclude</c>) or <c>Remove</c>.</summary>
internal sealed record CompileItem(CompileOperation Operation, string Value, string? Exclude, bool Conditional);

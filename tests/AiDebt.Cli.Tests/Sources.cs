namespace AiDebt.Cli.Tests;

/// <summary>C# files with and without findings, and SARIF written the way the compiler writes it.</summary>
public static class Sources
{
    public const string OneElision = """
        namespace Shop;

        public class OrderService
        {
            public void Save()
            {
                // ... existing code ...
            }
        }
        """;

    public const string TwoElisions = """
        namespace Shop;

        public class OrderService
        {
            public void Save()
            {
                // ... existing code ...
            }

            public void Load()
            {
                // ... rest of the code remains the same
            }
        }
        """;

    public const string Clean = """
        namespace Shop;

        public class OrderService
        {
            public int Total(int a, int b) => a + b;
        }
        """;

    /// <summary>A compiler-style SARIF 2.1.0 log with one AID501 result, one CA result and one location-less AID001.</summary>
    public static string CompilerSarif(string sourcePath, string fingerprint = "v2:AID501:Shop.OrderService.Save():0123456789abcdef:0", int line = 7) => $$"""
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [
            {
              "results": [
                {
                  "ruleId": "AID501",
                  "ruleIndex": 0,
                  "level": "warning",
                  "message": { "text": "Comment '// ... existing code ...' stands in for code that was left out; restore the code or remove the comment" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{new System.Uri(sourcePath).AbsoluteUri}}" }, "region": { "startLine": {{line}}, "startColumn": 9, "endLine": {{line}}, "endColumn": 33 } } } ],
                  "properties": { "warningLevel": 1, "customProperties": { "aidebt.debtMinutes": "5", "aidebt.family": "residue", "aidebt.fingerprint": "{{fingerprint}}" } }
                },
                {
                  "ruleId": "CA1822",
                  "ruleIndex": 1,
                  "level": "note",
                  "message": { "text": "Member 'Save' does not access instance data and can be marked as static" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{new System.Uri(sourcePath).AbsoluteUri}}" }, "region": { "startLine": 5, "startColumn": 17 } } } ]
                },
                {
                  "ruleId": "AID001",
                  "ruleIndex": 2,
                  "level": "warning",
                  "message": { "text": "Option 'aidebt.residue.report_bare_ellipsis' has the invalid value 'sometimes': expected true or false; the default 'true' is used" },
                  "properties": { "customProperties": { "aidebt.debtMinutes": "2", "aidebt.family": "configuration", "aidebt.fingerprint": "v2:AID001:aidebt.residue.report_bare_ellipsis:aaaaaaaaaaaaaaaa:0" } }
                }
              ],
              "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "version": "5.9.0", "rules": [
                { "id": "AID501", "shortDescription": { "text": "Elided code placeholder" }, "helpUri": "https://github.com/aidebt/AiDebtAnalyzers/blob/main/docs/rules/AID501.md", "properties": { "category": "AiDebt.Residue" } },
                { "id": "CA1822", "shortDescription": { "text": "Mark members as static" } },
                { "id": "AID001", "shortDescription": { "text": "Invalid AiDebtAnalyzers option" } }
              ] } },
              "columnKind": "utf16CodeUnits"
            }
          ]
        }
        """;
}

using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The extract fix writes its method, helper class and calls in the line ending the file already uses: a file checked
/// out with CRLF keeps CRLF on every line, whatever the machine's own line ending is (a fix-all run on a Linux CI agent
/// must not leave LF lines in a CRLF file). The cases are <see cref="ExtractDuplicateCodeFixTests"/>' own, in CRLF.
/// </summary>
public class ExtractDuplicateLineEndingFixTests
{
    [Fact]
    public async Task Writes_the_extracted_method_in_the_files_CRLF_line_endings()
    {
        await FixTestWithOrder(Crlf(ExtractDuplicateCodeFixTests.OneClassSource), Crlf(ExtractDuplicateCodeFixTests.OneClassFixed), null).RunAsync();
    }

    [Fact]
    public async Task Writes_the_helper_class_in_the_files_CRLF_line_endings()
    {
        await FixTestWithOrder(Crlf(ExtractDuplicateCodeFixTests.TwoTypesSource), Crlf(ExtractDuplicateCodeFixTests.TwoTypesFixed), null).RunAsync();
    }

    private static string Crlf(string text) => text.ReplaceLineEndings("\r\n");
}

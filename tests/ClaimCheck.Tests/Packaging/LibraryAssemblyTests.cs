using System.Reflection;

namespace ClaimCheck.Tests.Packaging;

/// <summary>What the ClaimCheck package promises about its assembly: no dependencies beyond the framework and AngleSharp
/// (the HTML parser behind <c>DocumentReader.ReadHtml</c>), trimmable,
/// and documented in the XML file that ships beside it.</summary>
public class LibraryAssemblyTests
{
    private static readonly Assembly Library = typeof(ClaimChecker).Assembly;

    [Fact]
    public void ReferencedAssemblies_Library_AreFrameworkAndAngleSharpOnly()
    {
        var references = Library.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().OnlyContain(name => name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal) || name == "AngleSharp",
            "the package's one dependency is AngleSharp, to read HTML pages as browsers parse them");
    }

    [Fact]
    public void AssemblyMetadata_Library_IsMarkedTrimmable()
    {
        Library.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Should().Contain(a => a.Key == "IsTrimmable" && a.Value == "True");
    }

    [Fact]
    public void XmlDocumentation_Library_ShipsBesideTheAssemblyAndDocumentsTheWriters()
    {
        var xml = Path.ChangeExtension(Library.Location, ".xml");

        File.Exists(xml).Should().BeTrue();
        File.ReadAllText(xml).Should().Contain("T:ClaimCheck.Reporting.HtmlReportWriter").And.Contain("T:ClaimCheck.Reporting.ClaimReviewWriter")
            .And.Contain("T:ClaimCheck.Reporting.MarkdownReportWriter").And.Contain("T:ClaimCheck.Reporting.ReportFormat");
    }
}

using System.Reflection;

namespace ClaimCheck.Tests.Packaging;

/// <summary>What the ClaimCheck package promises about its assembly: no dependencies beyond the framework, ML.NET (the claim-type
/// classifier) and AngleSharp (the HTML parser behind <c>DocumentReader.ReadHtml</c>), not marked trimmable (ML.NET loads model
/// components by reflection), and documented in the XML file that ships beside it.</summary>
public class LibraryAssemblyTests
{
    private static readonly Assembly Library = typeof(ClaimChecker).Assembly;

    [Fact]
    public void ReferencedAssemblies_Library_AreFrameworkMlNetAndAngleSharpOnly()
    {
        var references = Library.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().OnlyContain(name => name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal) || name == "AngleSharp",
            "the package depends on the BCL, Microsoft.ML and AngleSharp only");
        references.Should().Contain("Microsoft.ML.Data", "the claim-type classifier runs on ML.NET");
    }

    [Fact]
    public void AssemblyMetadata_Library_IsNotMarkedTrimmable()
    {
        Library.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Should().NotContain(a => a.Key == "IsTrimmable", "ML.NET loads model components by reflection, so trimming the library is unsafe");
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

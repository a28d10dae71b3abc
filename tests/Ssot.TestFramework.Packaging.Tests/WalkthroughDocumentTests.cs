using System.Xml.Linq;
using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Packaging.Tests;

/// <summary>The reader of executable walk-through pages (<see cref="WalkthroughDocument"/>), on the real page and on bad input.</summary>
public sealed class WalkthroughDocumentTests
{
    private const string Page = "docs/getting-started.md";

    [Fact]
    public void Parse_TheGettingStartedPage_AddsTheFixturesPackageFromTheLocalFeedOnly()
    {
        string markdown = File.ReadAllText(Path.Combine(KitPaths.RepositoryRoot(), Page));
        IReadOnlyList<WalkthroughAction> actions = WalkthroughDocument.Parse(Page, markdown);
        actions.Where(a => a.Kind == WalkthroughActionKind.Run).Select(a => a.Target).Should().Contain(
            ["dotnet new xunit -n Shop.Tests -o Shop.Tests", "dotnet add Shop.Tests package Ssot.TestFramework.Fixtures --prerelease"]);
        var config = XDocument.Parse(actions.Single(a => a.Target == "nuget.config").Text);
        XElement mapping = config.Root!.Element("packageSourceMapping")!;
        string localKey = (string)config.Root.Element("packageSources")!.Elements("add").Single(e => ((string)e.Attribute("value")!).EndsWith("artifacts/packages", StringComparison.Ordinal)).Attribute("key")!;
        mapping.Elements("packageSource").Single(s => (string)s.Attribute("key")! == localKey).Elements("package").Select(p => (string)p.Attribute("pattern")!)
            .Should().BeEquivalentTo(["Ssot.TestFramework", "Ssot.TestFramework.*"]);
        mapping.Elements("packageSource").Where(s => (string)s.Attribute("key")! != localKey).SelectMany(s => s.Elements("package")).Select(p => (string)p.Attribute("pattern")!)
            .Should().NotContain(p => p.StartsWith("Ssot", StringComparison.OrdinalIgnoreCase), "no other source may serve Ssot.* (more specific patterns win)");
    }

    [Fact]
    public void Parse_RunLineWithShellSyntax_NamesTheLine()
    {
        const string Markdown = "# t\n\n## 1. Go\n\n```bash run\ndotnet new xunit\ndotnet test > out.txt\n```\n";

        Action parse = () => WalkthroughDocument.Parse("page.md", Markdown);

        parse.Should().Throw<FormatException>().WithMessage("page.md:7: 'dotnet test > out.txt' is not a plain dotnet command*");
    }

    [Fact]
    public void Parse_BlocksOfEachKind_InPageOrderWithTheirStep()
    {
        const string Markdown = "# t\n\n```csharp\nignored\n```\n\n## 2. Files\n\n```csharp file=A/B.cs\nclass B { }\n```\n\n## 3. Run\n\n```bash run\ndotnet test A\n\n```\n\n```bash delete=A/B.cs\nrm A/B.cs\n```\n";

        IReadOnlyList<WalkthroughAction> actions = WalkthroughDocument.Parse("page.md", Markdown);

        actions.Should().Equal(
            new WalkthroughAction(2, WalkthroughActionKind.Write, "A/B.cs", "class B { }\n"),
            new WalkthroughAction(3, WalkthroughActionKind.Run, "dotnet test A", string.Empty),
            new WalkthroughAction(3, WalkthroughActionKind.Delete, "A/B.cs", string.Empty));
    }

    [Fact]
    public void Parse_TaggedBlockOutsideANumberedStepOrUnclosed_NamesTheLine()
    {
        Action before = () => WalkthroughDocument.Parse("page.md", "# t\n\n```json file=a.json\n{}\n```\n");
        Action unclosed = () => WalkthroughDocument.Parse("page.md", "## 1. x\n\n```json file=a.json\n{}\n");
        Action escaping = () => WalkthroughDocument.Parse("page.md", "## 1. x\n\n```json file=../a.json\n{}\n```\n");

        before.Should().Throw<FormatException>().WithMessage("page.md:3: 'json file=a.json' block is before the first '## N.' section*");
        unclosed.Should().Throw<FormatException>().WithMessage("page.md:3: code block is not closed*");
        escaping.Should().Throw<FormatException>().WithMessage("page.md:3: '../a.json' must be a relative path inside the walk-through folder*");
    }
}

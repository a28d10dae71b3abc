using FluentAssertions;
using Ssot.TestFramework.Cli;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Cli.Tests;

/// <summary>What <c>ssot scan</c> makes of registries that check nothing, only removed entries, or duplicates.</summary>
public sealed class ProgramRegistryTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "canonical": [], "deprecated": [] }""")]
    public void Run_RegistryWithNothingToCheck_ExitsTwoInsteadOfPassing(string json)
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Registry, json);

        (int code, string stdout, string stderr) = CliTree.Run(tree.Args());

        code.Should().Be(Program.Error, stderr);
        CliTree.Lines(stderr).Should().ContainSingle().Which.Should()
            .Contain($"registry error: {tree.Registry}: $: the registry has nothing to check").And.Contain("Add at least one entry");
        stdout.Should().BeEmpty("no report is written for a scan that checks nothing");
        File.ReadAllText(tree.Registry).Should().Be(json);
    }

    [Fact]
    public void Run_RegistryWithOnlyRemovedEntries_PassesWhileRemovedAndFailsWhenBroughtBack()
    {
        using var tree = new CliTree();
        File.Delete(Path.Combine(tree.Source, "Use.cs"));
        File.Delete(Path.Combine(tree.Source, "Old.cs"));
        File.WriteAllText(Path.Combine(tree.Source, "New.cs"), "namespace Shop;\npublic static class New { }\n");
        File.WriteAllText(tree.Registry, """{ "deprecated": [ { "symbol": "T:Shop.Legacy.Old", "replacement": "Shop.New", "removed": true } ] }""");

        (int removed, _, string removedStderr) = CliTree.Run(tree.Args());
        File.WriteAllText(Path.Combine(tree.Source, "Old.cs"), "namespace Shop.Legacy;\npublic static class Old { }\n");
        (int back, _, string backStderr) = CliTree.Run(tree.Args());

        removed.Should().Be(Program.Compliant, removedStderr);
        removedStderr.Should().Contain("0 violation(s)").And.NotContain("registry error");
        back.Should().Be(Program.ViolationsFound, backStderr);
        backStderr.Should().Contain("SSOT007 RemovedSymbolDeclared: 1 new, e.g. src/Old.cs:2");
    }

    [Fact]
    public void Run_SymbolBothCanonicalAndDeprecated_IsChecked()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Registry, """
            {
              "canonical": [ { "symbol": "T:Shop.Legacy.Old" } ],
              "deprecated": [ { "symbol": "T:Shop.Legacy.Old", "replacement": "Shop.New" } ]
            }
            """);

        (int code, _, string stderr) = CliTree.Run(tree.Args());

        code.Should().Be(Program.ViolationsFound, stderr);
        stderr.Should().Contain("SSOT001 DeprecatedUsage: 1 new, e.g. src/Use.cs:2").And.NotContain("registry error");
    }

    [Fact]
    public void Run_DuplicateKeyInTheRegistry_ExitsTwoNamingBothLines()
    {
        using var tree = new CliTree();
        string json = "{\n  \"deprecated\": [\n    { \"symbol\": \"T:Shop.Legacy.Old\",\n      \"replacement\": \"Shop.New\",\n      \"symbol\": \"T:Shop.Other\" }\n  ]\n}\n";
        File.WriteAllText(tree.Registry, json);

        (int code, _, string stderr) = CliTree.Run(tree.Args());

        code.Should().Be(Program.Error, stderr);
        CliTree.Lines(stderr).Should().ContainSingle().Which.Should()
            .Be($"ssot: registry error: {tree.Registry}(5,7): $.deprecated[0]: the key 'symbol' is given twice (also at line 3, column 7); keep one.");
        File.ReadAllText(tree.Registry).Should().Be(json);
    }
}

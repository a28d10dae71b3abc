using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Common.Tests;

public sealed class SsotResultsDirectoryTests
{
    private static Func<string, string?> Variable(string value) => name => name == SsotResultsDirectory.EnvironmentVariable ? value : null;

    [Fact]
    public void Resolve_VariableIsAFile_ReturnsThePathAndLeavesTheFileAsItWas()
    {
        using var folders = new UnusableFolders();

        string resolved = SsotResultsDirectory.Resolve(Variable(folders.File));

        resolved.Should().Be(folders.File);
        File.ReadAllText(folders.File).Should().Be(UnusableFolders.FileContent);
    }

    [Fact]
    public void Resolve_VariableUnderAFile_ReturnsThePathWithoutCreatingIt()
    {
        using var folders = new UnusableFolders();

        string resolved = SsotResultsDirectory.Resolve(Variable(folders.UnderFile));

        resolved.Should().Be(folders.UnderFile);
        Directory.Exists(resolved).Should().BeFalse();
    }

    [Fact]
    public void Resolve_VariableIsAMissingWritableFolder_CreatesIt()
    {
        using var folders = new UnusableFolders();
        string results = Path.Combine(folders.Root, "results");

        string resolved = SsotResultsDirectory.Resolve(Variable(results));

        resolved.Should().Be(results);
        Directory.Exists(results).Should().BeTrue();
    }

    private static readonly Lazy<string> s_projectDefault = new(() => "/repo/tests/Team.Tests/TestResults/ssot");

    private static Func<string, string?> Variables(params (string Name, string Value)[] set) =>
        name => set.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Choose_VSTestVariableOnly_UsesTheResultsDirectoryThePackageTargetsPassed() =>
        SsotResultsDirectory.Choose(Variables((SsotResultsDirectory.VSTestVariable, "/runs/42/ssot/Team.Tests")), s_projectDefault)
            .Should().Be("/runs/42/ssot/Team.Tests");

    [Fact]
    public void Choose_BothVariables_SsotResultsDirWins() =>
        SsotResultsDirectory.Choose(Variables((SsotResultsDirectory.VSTestVariable, "/runs/42/ssot/Team.Tests"), (SsotResultsDirectory.EnvironmentVariable, "/mine")), s_projectDefault)
            .Should().Be("/mine");

    [Fact]
    public void Choose_NeitherVariableOrBlank_UsesTheProjectDefault()
    {
        SsotResultsDirectory.Choose(Variables(), s_projectDefault).Should().Be(s_projectDefault.Value);
        SsotResultsDirectory.Choose(Variables((SsotResultsDirectory.VSTestVariable, " ")), s_projectDefault).Should().Be(s_projectDefault.Value);
    }
}

using System.Reflection;
using System.Runtime.Loader;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Common.Tests;

/// <summary>
/// The project folder a test resolves its files against. The kit's own test assembly is stamped by the repository's
/// Directory.Build.targets, which imports the very targets file the packages ship; other stamps come from assemblies
/// compiled here with Roslyn and loaded into a collectible context.
/// </summary>
public sealed class SsotProjectDirectoryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-projectdir-" + Guid.NewGuid().ToString("N"));
    private readonly AssemblyLoadContext _context = new("ssot-projectdir-tests", isCollectible: true);

    public SsotProjectDirectoryTests() => Directory.CreateDirectory(_root);

    private static string KitTestProject => Path.Combine(KitPaths.RepositoryRoot(), "tests", "Ssot.TestFramework.Common.Tests");

    public void Dispose()
    {
        _context.Unload();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Stamped_KitTestAssembly_IsItsProjectFolder() =>
        SsotProjectDirectory.Stamped(GetType().Assembly).Should().Be(KitTestProject);

    [Fact]
    public void Stamped_LibraryThatIsNoTestProject_IsNull() =>
        SsotProjectDirectory.Stamped(typeof(SsotProjectDirectory).Assembly).Should().BeNull("only IsTestProject=true projects are stamped");

    [Fact]
    public void Stamped_RelativeValue_IsIgnored() =>
        SsotProjectDirectory.Stamped(Compile("Relative.Tests", "relative/folder")).Should().BeNull();

    [Fact]
    public void Resolve_StampedAssemblyWithBinariesFarFromAnyProject_UsesTheStamp()
    {
        string binaries = Directory.CreateDirectory(Path.Combine(_root, "copied", "bin")).FullName;

        SsotProjectDirectoryResult result = SsotProjectDirectory.Resolve(GetType().Assembly, binaries, _root);

        result.Should().Be(new SsotProjectDirectoryResult(KitTestProject, SsotProjectDirectorySource.Stamp, "stamped into Ssot.TestFramework.Common.Tests at build time"));
        result.ResolvePath("ssot.json").Should().Be(Path.Combine(KitTestProject, "ssot.json"));
        result.ResolvePath("/abs/ssot.json").Should().Be("/abs/ssot.json");
    }

    [Fact]
    public void Resolve_UnstampedAssemblyUnderAProject_WalksUpFromTheBinaries()
    {
        string project = Directory.CreateDirectory(Path.Combine(_root, "Team.Tests")).FullName;
        File.WriteAllText(Path.Combine(project, "Team.Tests.csproj"), "<Project />");
        string binaries = Directory.CreateDirectory(Path.Combine(project, "bin", "Release", "net10.0")).FullName;

        SsotProjectDirectoryResult result = SsotProjectDirectory.Resolve(typeof(SsotProjectDirectory).Assembly, binaries, _root);

        result.Path.Should().Be(project);
        result.Source.Should().Be(SsotProjectDirectorySource.WalkUp);
        result.Origin.Should().Contain(binaries).And.Contain("no Ssot.ProjectDirectory stamp");
    }

    [Fact]
    public void Resolve_UnstampedAssemblyWithNoProjectAbove_UsesTheCurrentDirectory()
    {
        string binaries = Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;

        SsotProjectDirectoryResult result = SsotProjectDirectory.Resolve(null, binaries, _root);

        result.Path.Should().Be(_root);
        result.Source.Should().Be(SsotProjectDirectorySource.CurrentDirectory);
    }

    [Fact]
    public void FindTestAssembly_OneStampedAmongLibraries_ReturnsIt()
    {
        Assembly team = Compile("Team.Tests", "/repo/tests/Team.Tests");

        SsotProjectDirectory.FindTestAssembly([typeof(SsotProjectDirectory).Assembly, typeof(FactAttribute).Assembly, team], depsFile: null)
            .Should().BeSameAs(team);
    }

    [Fact]
    public void FindTestAssembly_TwoStamped_ReturnsTheOneTheHostsDepsFileNames()
    {
        Assembly first = Compile("First.Tests", "/repo/tests/First.Tests");
        Assembly second = Compile("Second.Tests", "/repo/tests/Second.Tests");

        SsotProjectDirectory.FindTestAssembly([first, second], "/repo/tests/Second.Tests/bin/Second.Tests.deps.json").Should().BeSameAs(second);
        SsotProjectDirectory.FindTestAssembly([first, second], "/elsewhere/testhost.deps.json").Should().BeNull("two candidates and no deps file naming one: no guess");
    }

    [Fact]
    public void ForProcess_KitTestHost_IsTheStampedTestProject()
    {
        SsotProjectDirectoryResult process = SsotProjectDirectory.ForProcess;

        process.Path.Should().Be(KitTestProject);
        process.Source.Should().Be(SsotProjectDirectorySource.Stamp);
    }

    /// <summary>Compiles an empty assembly carrying a stamp, and loads it into this test's collectible context.</summary>
    private Assembly Compile(string name, string stamp)
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyMetadata(\"{SsotProjectDirectory.MetadataKey}\", \"{stamp}\")]")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(Path.Combine(runtime, "System.Runtime.dll"))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        compilation.Emit(image).Success.Should().BeTrue();
        image.Position = 0;
        return _context.LoadFromStream(image);
    }
}

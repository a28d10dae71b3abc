using System.Xml.Linq;
using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Packaging.Tests.Build;

/// <summary>
/// The public API baselines (Directory.Build.targets, issue 13): every shipped project declares its public surface in
/// PublicAPI.Shipped.txt/PublicAPI.Unshipped.txt, and a public change that is not declared fails the build. The
/// failing case is a real build of a copy of the smallest shipped project (Ssot.TestFramework.Common) with the
/// repository's own build files, once with an undeclared public type and once unchanged.
/// </summary>
public sealed class PublicApiBaselineTests
{
    private static readonly string s_root = KitPaths.RepositoryRoot();

    public static TheoryData<string> ShippedProjects()
    {
        var data = new TheoryData<string>();
        foreach (string project in Directory.GetFiles(Path.Combine(s_root, "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(s_root, project));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void ShippedProject_HasBothBaselinesAndDeclaresItsPublicTypes(string project)
    {
        string folder = Path.GetDirectoryName(Path.Combine(s_root, project))!;
        XDocument.Load(Path.Combine(s_root, project)).Descendants("IsPackable").Select(e => e.Value).Should().Contain("true", $"{project} ships as a package");

        string shipped = Path.Combine(folder, "PublicAPI.Shipped.txt");
        string unshipped = Path.Combine(folder, "PublicAPI.Unshipped.txt");
        File.Exists(shipped).Should().BeTrue($"{project} declares its released surface");
        File.Exists(unshipped).Should().BeTrue($"{project} declares its changes since the release");
        File.ReadLines(shipped).First().Should().Be("#nullable enable", "the baselines record nullable annotations");
        File.ReadLines(shipped).Concat(File.ReadLines(unshipped)).Should().Contain(line => !line.StartsWith('#') && line.Length > 0, $"{project} has a public surface");
    }

    [Fact]
    public void Build_UndeclaredPublicType_FailsNamingItAndTheBaselineWhileTheUnchangedProjectBuilds()
    {
        string work = Directory.CreateTempSubdirectory("ssot-publicapi-").FullName;
        try
        {
            foreach (string file in (string[])["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig"])
            {
                File.Copy(Path.Combine(s_root, file), Path.Combine(work, file));
            }

            string project = Path.Combine(work, "src", "Ssot.TestFramework.Common");
            CopyTree(Path.Combine(s_root, "src", "Ssot.TestFramework.Common"), project);

            (int code, string output) = DotnetCli.Run(project, ["build", "-c", "Release", "-nologo", "-p:IsTestProject=false"]);
            code.Should().Be(0, "the unchanged project's surface is declared: " + output);
            output.Should().NotContain("RS0016");

            File.WriteAllText(Path.Combine(project, "Undeclared.cs"), "namespace Ssot.TestFramework.Common;\n\n/// <summary>Not declared.</summary>\npublic static class UndeclaredSurface\n{\n    /// <summary>Not declared.</summary>\n    public static void Call()\n    {\n    }\n}\n");
            (code, output) = DotnetCli.Run(project, ["build", "-c", "Release", "-nologo", "-p:IsTestProject=false"]);
            code.Should().NotBe(0, "an undeclared public type must fail the build");
            output.Should().Contain("error RS0016").And.Contain("UndeclaredSurface");
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder.
            }
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (string dir in Directory.GetDirectories(from))
        {
            string name = Path.GetFileName(dir);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(dir, Path.Combine(to, name));
            }
        }
    }
}

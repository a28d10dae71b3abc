namespace Ssot.TestFramework.Compliance.Projects;

/// <summary>
/// The MSBuild files the evaluator injects (through <c>CustomBeforeMicrosoftCommonProps</c> and
/// <c>CustomAfterMicrosoftCommonTargets</c>) so that one <c>dotnet msbuild</c> process reports every project's compiler
/// command line while writing nothing into the scanned projects: build output and intermediate files go to a scratch
/// folder, and the compiler itself never runs (<c>SkipCompilerExecution</c>).
/// </summary>
internal static class MsBuildHook
{
    public const string BeforeProps = """
        <Project>
          <!-- Ssot.TestFramework: redirect every file a design-time compile writes into a scratch folder. -->
          <PropertyGroup>
            <SsotProjectScratch>$(SsotScratch)/p/$([MSBuild]::StableStringHash($(MSBuildProjectFullPath)))/</SsotProjectScratch>
            <BaseOutputPath>$(SsotProjectScratch)bin/</BaseOutputPath>
            <OutputPath>$(SsotProjectScratch)bin/$(Configuration)/</OutputPath>
            <IntermediateOutputPath>$(SsotProjectScratch)obj/$(Configuration)/</IntermediateOutputPath>
          </PropertyGroup>
        </Project>
        """;

    public const string AfterTargets = """
        <Project>
          <!-- Ssot.TestFramework: one file per project and target framework with the compiler's arguments. -->
          <Target Name="SsotCollect">
            <ItemGroup Condition="'$(TargetFramework)' == '' and '$(TargetFrameworks)' != ''">
              <_SsotTfm Include="$(TargetFrameworks)" />
            </ItemGroup>
            <MSBuild Condition="'@(ProjectReference)' != ''" Projects="@(ProjectReference)" Targets="SsotCollect" RemoveProperties="TargetFramework;RuntimeIdentifier;SelfContained" BuildInParallel="true" />
            <MSBuild Condition="'@(_SsotTfm)' != ''" Projects="$(MSBuildProjectFullPath)" Targets="SsotInner" Properties="TargetFramework=%(_SsotTfm.Identity)" BuildInParallel="true" />
            <CallTarget Condition="'@(_SsotTfm)' == ''" Targets="SsotInner" />
          </Target>
          <Target Name="SsotInner" DependsOnTargets="Compile">
            <ItemGroup>
              <_SsotLine Include="#project=$(MSBuildProjectFullPath)" />
              <_SsotLine Include="#tfm=$(TargetFramework)" />
              <_SsotLine Include="#output=$(TargetPath)" />
              <_SsotLine Include="#output=$(TargetRefPath)" Condition="'$(TargetRefPath)' != ''" />
              <_SsotLine Include="@(CscCommandLineArgs)" />
            </ItemGroup>
            <WriteLinesToFile File="$(SsotScratch)/out/$([MSBuild]::StableStringHash('$(MSBuildProjectFullPath)|$(TargetFramework)')).txt" Lines="@(_SsotLine)" Overwrite="true" />
          </Target>
        </Project>
        """;

    /// <summary>A traversal project that collects every given project.</summary>
    public static string Traversal(IEnumerable<string> projects) =>
        "<Project>\n  <ItemGroup>\n"
        + string.Concat(projects.Select(p => $"    <SsotProject Include=\"{System.Security.SecurityElement.Escape(p)}\" />\n"))
        + "  </ItemGroup>\n  <Target Name=\"Build\">\n"
        + "    <MSBuild Projects=\"@(SsotProject)\" Targets=\"SsotCollect\" BuildInParallel=\"true\" ContinueOnError=\"true\" />\n"
        + "  </Target>\n</Project>\n";
}

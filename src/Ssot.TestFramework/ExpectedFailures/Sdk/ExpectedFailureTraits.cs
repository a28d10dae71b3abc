using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Adds the traits <c>Category=ExpectedToFail</c> and <c>Issue=&lt;issue&gt;</c> to marked test cases.</summary>
internal static class ExpectedFailureTraits
{
    public const string Category = "ExpectedToFail";

    public static void Apply(Dictionary<string, List<string>> traits, ExpectedFailureSettings? settings, ITestMethod testMethod, object[]? arguments)
    {
        var marked = new List<ExpectedFailureSettings>();
        MethodInfo? method = testMethod.Method.ToRuntimeMethod();
        IReadOnlyList<ExpectedFailureRowMatcher.Row> rows = method is null ? ExpectedFailureRowMatcher.Rows(testMethod.Method) : ExpectedFailureRowMatcher.Rows(method);
        if (arguments is null)
        {
            // Rows known only at run time: any marked row marks the theory.
            marked.AddRange(rows.Select(r => r.Settings));
        }
        else if (rows.FirstOrDefault(r => ExpectedFailureRowMatcher.Matches(r.Data, arguments, method)) is { } row)
        {
            marked.Add(row.Settings);
            settings = null;
        }

        if (settings is not null)
        {
            marked.Add(settings);
        }

        foreach (ExpectedFailureSettings s in marked)
        {
            Add(traits, "Category", Category);
            if (!string.IsNullOrWhiteSpace(s.Issue))
            {
                Add(traits, "Issue", s.Issue);
            }
        }
    }

    /// <summary>Adds one trait value, once (xUnit's trait lists are per name).</summary>
    internal static void Add(Dictionary<string, List<string>> traits, string name, string value)
    {
        if (!traits.TryGetValue(name, out List<string>? values))
        {
            values = [];
            traits[name] = values;
        }

        if (!values.Contains(value, StringComparer.Ordinal))
        {
            values.Add(value);
        }
    }
}

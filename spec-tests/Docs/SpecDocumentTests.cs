using System.Reflection;
using System.Text.RegularExpressions;

namespace ConvSpec.SpecTests.Docs;

/// <summary>
/// docs/spec.md cannot rot: every spec function (`path#Class.Member`) its table names must exist, and every test
/// (`TestClass.Test_name`) must be a test method ([Fact], [Theory] or [Property]) of this assembly. Every row is
/// checked: no row may be deferred (the old "pending merge" marker fails).
/// </summary>
public partial class SpecDocumentTests
{
    private static readonly string[] Statuses = ["killed (pre-merge run)", "not yet measured on merged code", "killed (merged run)", "n/a"];

    /// <summary>A status docs/spec-status.cs writes from a run of the merged code when the file has survivors.</summary>
    [GeneratedRegex(@"^survivors in file: [1-9][0-9]* \(merged run\)$")]
    private static partial Regex SurvivorStatus();

    private static bool KnownStatus(string status) => Statuses.Contains(status) || SurvivorStatus().IsMatch(status);

    private sealed record Row(string Number, string Line, string Function, string Tests, string Status);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConvSpec.sln"))) return dir.FullName;
        throw new InvalidOperationException("ConvSpec.sln not found above " + AppContext.BaseDirectory);
    }

    private static List<Row> Rows()
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "docs", "spec.md")))
        {
            if (!line.StartsWith("| ", StringComparison.Ordinal)) continue;
            var cells = line.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
            if (cells.Length != 6 || !int.TryParse(cells[0], out _)) continue;
            rows.Add(new Row(cells[0], line, cells[3], cells[4], cells[5]));
        }
        return rows;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();

    private static IEnumerable<string> QuotedIn(string cell) => Quoted().Matches(cell).Select(m => m.Groups[1].Value);

    [Fact]
    public void Rows_are_numbered_in_order_and_have_a_known_status()
    {
        var rows = Rows();
        Assert.True(rows.Count >= 100, $"docs/spec.md has only {rows.Count} rows");
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => i.ToString()), rows.Select(r => r.Number));
        foreach (var row in rows)
        {
            Assert.True(KnownStatus(row.Status), $"row {row.Number}: status '{row.Status}' is not one of {string.Join(", ", Statuses)} or 'survivors in file: N (merged run)'");
            var mathematical = QuotedIn(row.Function).Any();
            Assert.True(mathematical == (row.Status != "n/a"), $"row {row.Number}: a row names a spec function exactly when it is not n/a");
            if (mathematical) Assert.True(QuotedIn(row.Tests).Any(), $"row {row.Number}: a mathematical row names the tests that check it");
        }
    }

    [Fact]
    public void No_row_is_pending_a_merge()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "spec.md"));
        var pending = Rows().Where(r => r.Line.Contains("pending", StringComparison.OrdinalIgnoreCase)).Select(r => r.Number).ToList();
        Assert.True(pending.Count == 0, $"rows marked pending: {string.Join(", ", pending)}");
        Assert.DoesNotContain("pending merge", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_spec_function_named_in_the_table_exists()
    {
        var root = RepositoryRoot();
        var missing = new List<string>();
        foreach (var row in Rows())
            foreach (var reference in QuotedIn(row.Function))
            {
                var problem = FunctionProblem(root, reference);
                if (problem is not null) missing.Add($"row {row.Number}: {problem}");
            }
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_test_named_in_the_table_exists()
    {
        var tests = TestMethods();
        var missing = new List<string>();
        foreach (var row in Rows())
            foreach (var test in QuotedIn(row.Tests).Where(t => !tests.Contains(t)))
                missing.Add($"row {row.Number}: {test} is not a [Fact], [Theory] or [Property] method of spec-tests");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Test_methods_are_found_by_their_attributes()
    {
        var tests = TestMethods();
        Assert.Contains($"{nameof(SpecDocumentTests)}.{nameof(Every_test_named_in_the_table_exists)}", tests);
        Assert.Contains("ConvolveLaws.Convolution_is_commutative_in_N_D", tests);
        Assert.Contains("Convolve2DExamples.SciPy_convolve2d_every_boundary_and_mode", tests);
        Assert.DoesNotContain($"{nameof(SpecDocumentTests)}.{nameof(TestMethods)}", tests);
    }

    /// <summary>`Class.Method` of every public method carrying xUnit's [Fact] or [Theory] or FsCheck's [Property].</summary>
    private static HashSet<string> TestMethods() =>
        typeof(SpecDocumentTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(IsTest)
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);

    private static readonly string[] TestAttributes = ["FactAttribute", "TheoryAttribute", "PropertyAttribute"];

    private static bool IsTest(MethodInfo method) =>
        method.GetCustomAttributes(inherit: true).Any(a =>
        {
            for (var type = a.GetType(); type is not null; type = type.BaseType)
                if (TestAttributes.Contains(type.Name)) return true;
            return false;
        });

    /// <summary>
    /// Null when `path#Outer.Nested.Member` exists: the file exists, declares each class of the chain and declares the
    /// member (a method, property or type). A bare folder `path/` must exist as a directory.
    /// </summary>
    private static string? FunctionProblem(string root, string reference)
    {
        var hash = reference.IndexOf('#');
        var path = hash < 0 ? reference : reference[..hash];
        var full = Path.Combine(root, path);
        if (hash < 0) return Directory.Exists(full) ? null : $"folder {path} does not exist";
        if (!File.Exists(full)) return $"file {path} does not exist";
        var text = File.ReadAllText(full);
        var names = reference[(hash + 1)..].Split('.');
        foreach (var type in names.SkipLast(1).Append(names[0]).Distinct())
            if (!Regex.IsMatch(text, $@"\b(class|struct|record|interface|enum)\s+{Regex.Escape(type)}\b"))
                return $"{path} declares no type {type}";
        var member = names[^1];
        var declared = Regex.IsMatch(text, $@"\b{Regex.Escape(member)}\s*(<[^>()]*>)?\s*\(")
            || Regex.IsMatch(text, $@"\b{Regex.Escape(member)}\s*(=>|\{{)")
            || Regex.IsMatch(text, $@"\b(class|struct|record|interface|enum)\s+{Regex.Escape(member)}\b");
        return declared ? null : $"{path} declares no member {member}";
    }
}

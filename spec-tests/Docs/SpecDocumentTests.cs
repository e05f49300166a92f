using System.Reflection;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace ConvSpec.SpecTests.Docs;

/// <summary>
/// docs/spec.md cannot rot: every spec function (`path#Class.Member`) and every test (`TestClass.Test_name`) its
/// table names must exist. Rows marked "pending merge" name work on other branches; they are reported, not failed.
/// </summary>
public partial class SpecDocumentTests(ITestOutputHelper output)
{
    private static readonly string[] Statuses = ["killed", "pending merge", "n/a"];

    private sealed record Row(string Number, string Function, string Tests, string Status)
    {
        public bool Pending => Status == "pending merge";
    }

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
            rows.Add(new Row(cells[0], cells[3], cells[4], cells[5]));
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
            Assert.Contains(row.Status, Statuses);
            var mathematical = QuotedIn(row.Function).Any();
            Assert.True(mathematical == (row.Status != "n/a"), $"row {row.Number}: a row names a spec function exactly when it is not n/a");
            if (row.Status == "killed") Assert.True(QuotedIn(row.Tests).Any(), $"row {row.Number}: a checked row names its tests");
        }
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
                if (problem is null) continue;
                if (row.Pending) output.WriteLine($"row {row.Number} (pending merge): {problem}");
                else missing.Add($"row {row.Number}: {problem}");
            }
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_test_named_in_the_table_exists()
    {
        var tests = typeof(SpecDocumentTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var row in Rows())
            foreach (var test in QuotedIn(row.Tests).Where(t => !tests.Contains(t)))
            {
                if (row.Pending) output.WriteLine($"row {row.Number} (pending merge): test {test} not in this tree");
                else missing.Add($"row {row.Number}: test {test} does not exist");
            }
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

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

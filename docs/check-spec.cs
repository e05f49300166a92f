// Checks that docs/spec.md cannot rot. Usage (after `dotnet build ConvSpec.sln -c Release`):
//   dotnet run docs/check-spec.cs [-- <path to ConvSpec.SpecTests.dll>]
// Every table row (| # | claim | formula | spec function | checked by | mutation |) must:
//   - be numbered 1, 2, 3, ... in order, with a known mutation status;
//   - name a spec function exactly when it is mathematical (status not n/a), and then name its tests;
//   - name only spec functions that exist: `path#Outer.Nested.Member`, where the file declares every type of the
//     chain and the member (method, property or nested type); a bare `path/` must be a folder;
//   - name only tests that exist: `TestClass.Test_name`, a method carrying [Fact], [Theory] or [Property] (or an
//     attribute derived from one) in the built test assembly, read by metadata only (nothing of it runs).
// Prints every problem and exits 1 when there is one, else prints the counts and exits 0.
//
// With --status it fills the mutation column from a Stryker JSON report of the merged code instead:
//   dotnet run docs/check-spec.cs -- --status <mutation-report.json> [--write] [--partial]
// For each row that names spec functions, the mutants of the files holding them are counted; the row becomes
// "killed (merged run)" when none of them survived or went uncovered (Killed, Timeout, Ignored and CompileError
// only), else "survivors in file: N (merged run)". A report that does not hold every file the table names is not
// of the merged library: the script then names the missing files and changes nothing, unless --partial (a run of a
// slice, such as stryker-config.core.json's): then only the rows whose files are all in the report change. Without
// --write it prints the rows that would change. The granularity is the file.
#:package System.Reflection.MetadataLoadContext@11.0.0
#:property PublishAot=false
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;

var root = RepositoryRoot();
var specPath = Path.Combine(root, "docs", "spec.md");
if (args.Length > 1 && args[0] == "--status") return WriteStatus(specPath, args[1], args.Contains("--partial"), args.Contains("--write"));
var testDll = args.Length > 0 ? Path.GetFullPath(args[0])
    : Path.Combine(root, "spec-tests", "bin", "Release", "net10.0", "ConvSpec.SpecTests.dll");
if (!File.Exists(testDll))
{
    Console.Error.WriteLine($"docs/check-spec: {testDll} does not exist; build ConvSpec.sln -c Release first");
    return 2;
}

var rows = Rows(File.ReadAllLines(specPath));
var tests = TestMethods(testDll);
var problems = new List<string>();
if (rows.Count < 100) problems.Add($"docs/spec.md has only {rows.Count} rows");
for (var i = 0; i < rows.Count; i++)
{
    var row = rows[i];
    if (row.Number != (i + 1).ToString()) problems.Add($"row {row.Number}: expected number {i + 1}");
    if (!KnownStatus(row.Status)) problems.Add($"row {row.Number}: status '{row.Status}' is not a known status");
    var functions = Quoted(row.Function).ToList();
    var named = Quoted(row.Tests).ToList();
    if ((functions.Count > 0) != (row.Status != "n/a"))
        problems.Add($"row {row.Number}: a row names a spec function exactly when its status is not n/a");
    if (functions.Count > 0 && named.Count == 0) problems.Add($"row {row.Number}: a mathematical row names the tests that check it");
    foreach (var function in functions)
        if (FunctionProblem(root, function) is { } problem) problems.Add($"row {row.Number}: {problem}");
    foreach (var test in named.Where(t => !tests.Contains(t)))
        problems.Add($"row {row.Number}: {test} is not a [Fact], [Theory] or [Property] method of spec-tests");
}

foreach (var problem in problems) Console.WriteLine(problem);
var functionCount = rows.Sum(r => Quoted(r.Function).Count());
var testCount = rows.Sum(r => Quoted(r.Tests).Count());
Console.WriteLine(problems.Count == 0
    ? $"docs/check-spec: {rows.Count} rows, {functionCount} spec functions and {testCount} tests named, all exist"
    : $"docs/check-spec: {problems.Count} problems in {rows.Count} rows");
return problems.Count == 0 ? 0 : 1;

static string RepositoryRoot()
{
    var start = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "ConvSpec.sln"))) return dir.FullName;
    throw new InvalidOperationException("ConvSpec.sln not found above " + start);
}

/// <summary>The table rows: six cells, the first a number; Line is the row's index in <paramref name="lines"/>.</summary>
static List<Row> Rows(string[] lines)
{
    var rows = new List<Row>();
    for (var i = 0; i < lines.Length; i++)
    {
        if (!lines[i].StartsWith("| ", StringComparison.Ordinal)) continue;
        var cells = lines[i].Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
        if (cells.Length != 6 || !int.TryParse(cells[0], out _)) continue;
        rows.Add(new Row(i, cells));
    }
    return rows;
}

/// <summary>The --status mode (see the header): the mutation column from a Stryker report.</summary>
static int WriteStatus(string specPath, string reportPath, bool partial, bool write)
{
    var open = new Dictionary<string, int>(StringComparer.Ordinal);
    foreach (var file in JsonDocument.Parse(File.ReadAllText(reportPath)).RootElement.GetProperty("files").EnumerateObject())
    {
        var path = file.Name.Replace('\\', '/');
        var at = path.IndexOf("src/ConvSpec/", StringComparison.Ordinal);
        var mutants = file.Value.GetProperty("mutants");
        // A slice's report lists every file of the project, those outside its mutate patterns with no mutants.
        if (at < 0 || (partial && mutants.GetArrayLength() == 0)) continue;
        open[path[at..]] = mutants.EnumerateArray().Count(m => m.GetProperty("status").GetString() is "Survived" or "NoCoverage");
    }
    var lines = File.ReadAllLines(specPath);
    var rows = Rows(lines);
    // A row's files: each named `path#Member`'s file, and every reported file under a named folder `path/`.
    var refsOf = (Row row) => Quoted(row.Function).Select(f => f.Split('#')[0]).Distinct().ToList();
    var filesOf = (Row row) => refsOf(row).SelectMany(f => f.EndsWith('/') ? open.Keys.Where(k => k.StartsWith(f, StringComparison.Ordinal)) : [f])
        .Distinct().ToList();
    var missing = rows.SelectMany(refsOf).Distinct()
        .Where(f => f.EndsWith('/') ? !open.Keys.Any(k => k.StartsWith(f, StringComparison.Ordinal)) : !open.ContainsKey(f)).ToList();
    if (missing.Count > 0 && !partial)
    {
        Console.Error.WriteLine($"the report is not of the merged library; it lacks {missing.Count} named files, e.g. {string.Join(", ", missing.Take(3))}");
        return 1;
    }
    var changed = 0;
    foreach (var row in rows)
    {
        var files = filesOf(row);
        // A named file the report lacks is in missing; a folder's files come from the report.
        if (files.Count == 0 || refsOf(row).Any(missing.Contains)) continue;
        var survivors = files.Sum(f => open[f]);
        var status = survivors == 0 ? "killed (merged run)" : $"survivors in file: {survivors} (merged run)";
        if (status == row.Status) continue;
        Console.WriteLine($"row {row.Number}: {row.Status} -> {status}  ({string.Join(", ", files)})");
        lines[row.Line] = "| " + string.Join(" | ", row.Cells[..5].Append(status)) + " |";
        changed++;
    }
    if (write) File.WriteAllLines(specPath, lines);
    Console.WriteLine($"{changed} rows {(write ? "updated" : "would change")}");
    return 0;
}

/// <summary>The statuses docs/spec.md explains; the --status mode writes the "merged run" ones from a report.</summary>
static bool KnownStatus(string status) =>
    status is "n/a" or "killed (merged run)" or "killed (pre-merge run)" or "not yet measured on merged code"
    || Regex.IsMatch(status, @"^survivors in file: [1-9][0-9]* \(merged run\)$");

static IEnumerable<string> Quoted(string cell) => Regex.Matches(cell, "`([^`]+)`").Select(m => m.Groups[1].Value);

/// <summary>Null when `path#Outer.Nested.Member` (or the folder `path/`) exists in the sources.</summary>
static string? FunctionProblem(string root, string reference)
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
    var member = Regex.Escape(names[^1]);
    var declared = Regex.IsMatch(text, $@"\b{member}\s*(<[^>()]*>)?\s*\(")
        || Regex.IsMatch(text, $@"\b{member}\s*(=>|\{{)")
        || Regex.IsMatch(text, $@"\b(class|struct|record|interface|enum)\s+{member}\b");
    return declared ? null : $"{path} declares no member {member}";
}

/// <summary>`Class.Method` of every method with a [Fact], [Theory] or [Property] attribute (or a subclass of one).</summary>
static HashSet<string> TestMethods(string testDll)
{
    var folder = Path.GetDirectoryName(testDll)!;
    var paths = Directory.GetFiles(folder, "*.dll").Concat(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"))
        .GroupBy(Path.GetFileName).Select(g => g.First());
    using var context = new MetadataLoadContext(new PathAssemblyResolver(paths));
    var tests = new HashSet<string>(StringComparer.Ordinal);
    const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    foreach (var type in context.LoadFromAssemblyPath(testDll).GetTypes())
        foreach (var method in type.GetMethods(declared).Where(IsTest))
            tests.Add($"{type.Name}.{method.Name}");
    return tests;
}

static bool IsTest(MethodInfo method) => method.GetCustomAttributesData().Any(a =>
{
    for (var type = a.AttributeType; type is not null; type = type.BaseType)
        if (type.Name is "FactAttribute" or "TheoryAttribute" or "PropertyAttribute") return true;
    return false;
});

record Row(int Line, string[] Cells)
{
    public string Number => Cells[0];
    public string Function => Cells[3];
    public string Tests => Cells[4];
    public string Status => Cells[5];
}

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
#:package System.Reflection.MetadataLoadContext@11.0.0
#:property PublishAot=false
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

var root = RepositoryRoot();
var testDll = args.Length > 0 ? Path.GetFullPath(args[0])
    : Path.Combine(root, "spec-tests", "bin", "Release", "net10.0", "ConvSpec.SpecTests.dll");
if (!File.Exists(testDll))
{
    Console.Error.WriteLine($"docs/check-spec: {testDll} does not exist; build ConvSpec.sln -c Release first");
    return 2;
}

var rows = Rows(Path.Combine(root, "docs", "spec.md"));
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

/// <summary>The table rows: six cells, the first a number.</summary>
static List<Row> Rows(string path)
{
    var rows = new List<Row>();
    foreach (var line in File.ReadLines(path))
    {
        if (!line.StartsWith("| ", StringComparison.Ordinal)) continue;
        var cells = line.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
        if (cells.Length != 6 || !int.TryParse(cells[0], out _)) continue;
        rows.Add(new Row(cells[0], cells[3], cells[4], cells[5]));
    }
    return rows;
}

/// <summary>The statuses docs/spec.md explains; docs/spec-status.cs writes the "merged run" ones from a report.</summary>
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

record Row(string Number, string Function, string Tests, string Status);

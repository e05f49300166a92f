// A convspec check candidate in C++: answers eval requests (docs/protocol.md) on stdin, one line each.
// convolve and correlate (scipy.signal semantics), any rank, modes full/same/valid, int64 (exact, 128-bit
// accumulation, overflow reported) and float64 (direct summation); everything else answers unsupported.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct Json {  // a parsed JSON value; numbers keep their text
  enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
  std::string text;
  std::vector<Json> items;
  std::map<std::string, Json> fields;
  const Json* get(const std::string& k) const { auto it = fields.find(k); return it == fields.end() ? nullptr : &it->second; }
};

struct Error { std::string type, message; };

struct Parser {
  const std::string& s; size_t i = 0;
  void ws() { while (i < s.size() && isspace((unsigned char)s[i])) i++; }
  [[noreturn]] void fail() { throw Error{"parse_error", "request: not valid JSON"}; }
  std::string str() {
    std::string out; i++;
    while (i < s.size() && s[i] != '"') { if (s[i] == '\\') i++; if (i < s.size()) out += s[i++]; }
    if (i++ >= s.size()) fail();
    return out;
  }
  Json value() {
    ws(); Json v; if (i >= s.size()) fail();
    char c = s[i];
    if (c == '{') {
      v.kind = Json::Object; i++; ws();
      if (s[i] == '}') { i++; return v; }
      for (;;) { ws(); if (s[i] != '"') fail(); std::string k = str(); ws(); if (s[i++] != ':') fail();
        v.fields[k] = value(); ws(); if (s[i] == ',') { i++; continue; } if (s[i++] != '}') fail(); return v; }
    }
    if (c == '[') {
      v.kind = Json::Array; i++; ws();
      if (s[i] == ']') { i++; return v; }
      for (;;) { v.items.push_back(value()); ws(); if (s[i] == ',') { i++; continue; } if (s[i++] != ']') fail(); return v; }
    }
    if (c == '"') { v.kind = Json::String; v.text = str(); return v; }
    size_t start = i;
    while (i < s.size() && (isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '+' || s[i] == '.')) i++;
    v.text = s.substr(start, i - start);
    if (v.text == "null") v.kind = Json::Null; else if (v.text == "true" || v.text == "false") v.kind = Json::Bool;
    else if (!v.text.empty()) v.kind = Json::Number; else fail();
    return v;
  }
};

struct Tensor { bool integer = true; std::vector<long> shape; std::vector<__int128> ints; std::vector<double> reals; };

[[noreturn]] void invalid(const std::string& m) { throw Error{"invalid_argument", m}; }

double real(const Json& e) {
  if (e.kind == Json::String) {
    if (e.text == "NaN") return NAN; if (e.text == "Infinity") return INFINITY; if (e.text == "-Infinity") return -INFINITY;
  }
  if (e.kind != Json::Number) invalid("elements must be numbers");
  return std::stod(e.text);
}

void nested(const Json& v, size_t axis, Tensor& t, std::vector<const Json*>& leaves) {
  if (v.kind != Json::Array) { if (axis != t.shape.size()) invalid("ragged nested array"); leaves.push_back(&v); return; }
  if (axis == t.shape.size()) { if (axis && leaves.size()) invalid("ragged nested array"); t.shape.push_back(v.items.size()); }
  else if ((long)v.items.size() != t.shape[axis]) invalid("ragged nested array");
  for (auto& x : v.items) nested(x, axis + 1, t, leaves);
}

Tensor tensor(const Json* v, const std::string& name) {
  if (!v) invalid(name + ": required argument is missing");
  Tensor t; std::vector<const Json*> leaves;
  if (v->kind == Json::Object) {
    const Json *d = v->get("dtype"), *s = v->get("shape"), *data = v->get("data");
    if (!d || !s || !data) invalid(name + ": a tensor object needs dtype, shape and data");
    if (d->text != "int64" && d->text != "float64") throw Error{"unsupported", name + ": dtype " + d->text + " is not implemented"};
    t.integer = d->text == "int64";
    for (auto& e : s->items) t.shape.push_back(std::stol(e.text));
    for (auto& e : data->items) leaves.push_back(&e);
  } else {
    nested(*v, 0, t, leaves);
    for (auto* e : leaves) if (e->kind != Json::Number || e->text.find_first_of(".eE") != std::string::npos) t.integer = false;
  }
  long count = 1; for (long d : t.shape) count *= d;
  if ((long)leaves.size() != count) invalid(name + ": data does not match shape");
  if (count == 0) invalid(name + ": must not be empty");
  for (auto* e : leaves) {
    if (t.integer) { if (e->kind != Json::Number) invalid(name + ": int64 elements must be integers"); t.ints.push_back(std::stoll(e->text)); }
    else t.reals.push_back(real(*e));
  }
  return t;
}

// c = the centred crop of full(a * b) (correlate: b reversed on every axis), result extents `out`.
template <class T> std::vector<T> apply(const Tensor& a, const Tensor& b, const std::vector<T>& av, const std::vector<T>& bv,
                                        bool correlate, const std::vector<long>& out, T zero) {
  size_t r = a.shape.size(); long n = 1; for (long d : out) n *= d;
  std::vector<T> c(n, zero); std::vector<long> k(r), i(r);
  for (long flat = 0; flat < n; flat++) {
    for (long f = flat, d = r; d-- > 0;) { long full = a.shape[d] + b.shape[d] - 1; k[d] = f % out[d] + (full - out[d]) / 2; f /= out[d]; }
    long na = av.size();
    for (long ia = 0; ia < na; ia++) {
      long bi = 0; bool inside = true;
      for (long f = ia, d = r; d-- > 0;) { i[d] = f % a.shape[d]; f /= a.shape[d]; }
      for (size_t d = 0; d < r; d++) {
        long j = k[d] - i[d]; if (j < 0 || j >= b.shape[d]) { inside = false; break; }
        bi = bi * b.shape[d] + (correlate ? b.shape[d] - 1 - j : j);
      }
      if (!inside) continue;
      if constexpr (sizeof(T) == 16) { if (__builtin_add_overflow(c[flat], av[ia] * bv[bi], &c[flat])) throw Error{"overflow", "intermediate overflow"}; }
      else c[flat] += av[ia] * bv[bi];
    }
  }
  return c;
}

std::string number(double x) {
  if (std::isnan(x)) return "\"NaN\""; if (std::isinf(x)) return x > 0 ? "\"Infinity\"" : "\"-Infinity\"";
  char buf[40]; snprintf(buf, sizeof buf, "%.17g", x); return buf;
}

std::string convolve(const Json& args, bool correlate) {
  for (auto& [key, _] : args.fields) if (key != "in1" && key != "in2" && key != "mode" && key != "method") invalid("args: unknown argument " + key);
  Tensor a = tensor(args.get("in1"), "in1"), b = tensor(args.get("in2"), "in2");
  const Json* m = args.get("mode"); std::string mode = m && m->kind == Json::String ? m->text : "full";
  if (mode != "full" && mode != "same" && mode != "valid") invalid("mode: must be full, same or valid");
  if (const Json* me = args.get("method"); me && me->kind != Json::Null && me->text != "auto" && me->text != "direct" && me->text != "fft" && me->text != "spec")
    invalid("method: must be auto, direct, fft or spec");
  if (a.shape.size() != b.shape.size()) invalid("in2: must have the same rank as in1");
  size_t r = a.shape.size(); bool aBig = true, bBig = true; std::vector<long> out(r);
  for (size_t d = 0; d < r; d++) { aBig &= a.shape[d] >= b.shape[d]; bBig &= b.shape[d] >= a.shape[d]; }
  if (mode == "valid" && !aBig && !bBig) invalid("in2: valid mode needs one input at least as large as the other in every axis");
  for (size_t d = 0; d < r; d++)
    out[d] = mode == "full" ? a.shape[d] + b.shape[d] - 1 : mode == "same" ? a.shape[d] : std::labs(a.shape[d] - b.shape[d]) + 1;
  std::string data, shape;
  for (size_t d = 0; d < r; d++) shape += (d ? "," : "") + std::to_string(out[d]);
  if (a.integer && b.integer) {
    for (__int128 x : apply<__int128>(a, b, a.ints, b.ints, correlate, out, 0)) {
      if (x > INT64_MAX || x < INT64_MIN) throw Error{"overflow", "result does not fit in int64"};
      data += (data.empty() ? "" : ",") + std::to_string((long long)x);
    }
    return "{\"dtype\":\"int64\",\"shape\":[" + shape + "],\"data\":[" + data + "]}";
  }
  for (Tensor* t : {&a, &b}) if (t->integer) for (__int128 x : t->ints) t->reals.push_back((double)x);
  for (double x : apply<double>(a, b, a.reals, b.reals, correlate, out, 0.0)) data += (data.empty() ? "" : ",") + number(x);
  return "{\"dtype\":\"float64\",\"shape\":[" + shape + "],\"data\":[" + data + "]}";
}

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string id = "null";
    try {
      Parser p{line}; Json request = p.value();
      if (const Json* i = request.get("id")) id = i->kind == Json::String ? "\"" + i->text + "\"" : i->text.empty() ? "null" : i->text;
      const Json* op = request.get("op"); Json none; none.kind = Json::Object;
      const Json* args = request.get("args") ? request.get("args") : &none;
      if (!op || (op->text != "convolve" && op->text != "correlate")) throw Error{"unsupported", "op: not implemented here"};
      std::string result = convolve(*args, op->text == "correlate");
      std::cout << "{\"id\":" << id << ",\"result\":" << result << "}" << std::endl;
    } catch (const Error& e) {
      std::cout << "{\"id\":" << id << ",\"error\":{\"type\":\"" << e.type << "\",\"message\":\"" << e.message << "\"}}" << std::endl;
    } catch (const std::exception& e) {
      std::cout << "{\"id\":" << id << ",\"error\":{\"type\":\"invalid_argument\",\"message\":\"bad number\"}}" << std::endl;
    }
  }
}

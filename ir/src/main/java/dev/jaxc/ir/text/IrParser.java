package dev.jaxc.ir.text;

import static dev.jaxc.ir.text.IrLexer.Kind.*;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.prim.*;
import dev.jaxc.ir.text.IrLexer.Kind;
import dev.jaxc.ir.text.IrLexer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text form written by {@link IrPrinter} back into a {@link Program}. Ops get the
 * location of their first token in the text (file {@code <ir>}), so verifier messages point
 * into it. Syntax errors throw {@link CompileException} with that location. The parser checks
 * syntax, names (defined once per function, used after their definition) and that a function
 * returns its declared types; everything else is the verifier's job, so ill-typed IR can be
 * written down in tests.
 */
public final class IrParser {
    static final String FILE = "<ir>";

    private final List<Token> toks;
    private int p;
    /** Values of the function being parsed, by printed name. */
    private Map<String, Value> values = new HashMap<>();

    private IrParser(String text) { this.toks = IrLexer.tokenize(text); }

    public static Program parse(String text) {
        IrParser ps = new IrParser(text);
        Program prog = new Program();
        while (!ps.at(EOF)) {
            Token start = ps.peek();
            Function f = ps.function();
            if (prog.has(f.name())) throw error(start, "duplicate function @" + f.name());
            prog.add(f);
        }
        return prog;
    }

    // ---- functions and regions -----------------------------------------------------------

    private Function function() {
        Token start = expectWord("func");
        String name = expect(FUNC, "a function name").text();
        values = new HashMap<>();
        expect(LPAREN, "'('");
        List<Value> params = params();
        expect(RPAREN, "')'");
        expect(ARROW, "'->'");
        expect(LPAREN, "'('");
        List<String> resultNames = new ArrayList<>();
        List<Type> resultTypes = new ArrayList<>();
        if (!at(RPAREN)) {
            do {
                Token t = peek();
                boolean named = (t.kind() == IDENT || t.kind() == STRING) && peek(1).kind() == COLON;
                if (named) {
                    resultNames.add(next().text());
                    next();
                }
                if (named ? resultNames.size() != resultTypes.size() + 1 : !resultNames.isEmpty())
                    throw error(t, "either all results are named or none is");
                resultTypes.add(type());
            } while (accept(COMMA));
        }
        expect(RPAREN, "')'");
        expect(LBRACE, "'{'");
        List<Op> ops = ops();
        Token ret = expectWord("return");
        List<Value> results = valueList();
        expect(RBRACE, "'}'");
        List<Type> actual = results.stream().map(Value::type).toList();
        if (!actual.equals(resultTypes))
            throw error(ret, "returns " + actual + " but @" + name + " declares " + resultTypes);
        return new Function(name, new Region(params, ops, results), resultNames, start.loc());
    }

    private List<Value> params() {
        List<Value> params = new ArrayList<>();
        if (at(RPAREN)) return params;
        do {
            Token n = expect(VALUE, "a parameter name");
            expect(COLON, "':'");
            params.add(define(n, type()));
        } while (accept(COMMA));
        return params;
    }

    private Region region() {
        expect(LPAREN, "'(' before region parameters");
        List<Value> params = params();
        expect(RPAREN, "')'");
        expect(LBRACE, "'{'");
        List<Op> ops = ops();
        expectWord("yield");
        List<Value> yields = valueList();
        expect(RBRACE, "'}'");
        return new Region(params, ops, yields);
    }

    private List<Op> ops() {
        List<Op> ops = new ArrayList<>();
        while (!atWord("return") && !atWord("yield") && !at(RBRACE) && !at(EOF)) ops.add(op());
        return ops;
    }

    // ---- ops -----------------------------------------------------------------------------

    private Op op() {
        Token first = peek();
        List<Token> resultToks = new ArrayList<>();
        if (at(VALUE)) {
            do resultToks.add(expect(VALUE, "a result name")); while (accept(COMMA));
            expect(EQUALS, "'='");
        }
        Token nameTok = expect(IDENT, "an op name");
        String name = nameTok.text();
        List<Value> inputs = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        Primitive simple = null;
        Token literal = null;
        Long rawBits = null;
        String callee = null;
        int count = 0, step = 0, nConsts = 0;
        boolean inclusive = false, parallel = false;
        switch (name) {
            case "const" -> {
                literal = peek();
                if (accept(MINUS)) {
                    if (!atWord("inf")) throw expected("inf after '-'");
                    next();
                    literal = new Token(IDENT, "-inf", literal.line(), literal.column());
                } else if (atWord("bits")) {
                    next();
                    expect(LPAREN, "'('");
                    rawBits = hexBits(expect(NUMBER, "raw bits 0x..."));
                    expect(RPAREN, "')'");
                } else if (at(NUMBER) || at(IDENT)) {
                    next();
                } else {
                    throw expected("a constant");
                }
            }
            case "call" -> {
                callee = expect(FUNC, "a callee @name").text();
                expect(LPAREN, "'('");
                inputs.addAll(valueList());
                expect(RPAREN, "')'");
            }
            case "cond" -> {
                inputs.addAll(valueList());
                regions.add(region());
                expectWord("else");
                regions.add(region());
            }
            case "for" -> {
                expect(LBRACKET, "'[' with the loop's step");
                do {
                    Token key = expect(IDENT, "a for attribute");
                    switch (key.text()) {
                        case "step" -> {
                            expect(EQUALS, "'='");
                            Token n = expect(NUMBER, "the step");
                            step = intLiteral(n);
                            if (step == 0) throw error(n, "for step must not be 0");
                        }
                        case "inclusive" -> inclusive = true;
                        case "parallel" -> parallel = true;
                        default -> throw error(key, "unknown for attribute '" + key.text() + "'");
                    }
                } while (accept(COMMA));
                if (step == 0) throw error(nameTok, "for needs a step");
                expect(RBRACKET, "']'");
                inputs.add(use(expect(VALUE, "the lower bound")));
                expect(COMMA, "','");
                inputs.add(use(expect(VALUE, "the upper bound")));
                nConsts = group("consts", inputs);
                group("iter", inputs);
                regions.add(region());
            }
            case "while" -> {
                nConsts = group("consts", inputs);
                group("iter", inputs);
                regions.add(region());
                expectWord("do");
                regions.add(region());
            }
            case "array.get", "array.set" -> {
                expect(LBRACKET, "'[' with the number of indices");
                Token k = expect(NUMBER, "the number of indices");
                count = intLiteral(k);
                if (count < 1) throw error(k, name + " needs at least one index");
                expect(RBRACKET, "']'");
                inputs.addAll(valueList());
            }
            case "array.new", "array.literal" -> inputs.addAll(valueList());
            default -> {
                if (name.startsWith(Prng.PREFIX)) {
                    inputs.addAll(valueList());
                    simple = Prng.fromIrName(name, inputs.size());
                    if (simple == null) throw error(nameTok, "unknown op '" + name + "' with " + inputs.size() + " operands");
                } else {
                    simple = simplePrimitive(nameTok);
                    inputs.addAll(valueList());
                }
            }
        }
        List<Type> types = new ArrayList<>();
        if (accept(COLON)) do types.add(type()); while (accept(COMMA));
        if (types.size() != resultToks.size())
            throw error(nameTok, name + " has " + resultToks.size() + " results but " + types.size() + " result types");
        Primitive prim = switch (name) {
            case "const" -> constant(literal, rawBits, types);
            case "call" -> new Call(callee, types);
            case "cond" -> new Cond();
            case "for" -> new ForLoop(step, inclusive, nConsts, parallel);
            case "while" -> new WhileLoop(nConsts);
            case "array.get" -> new ArrayGet(count);
            case "array.set" -> new ArraySet(count);
            case "array.new" -> new ArrayNew(arrayType(nameTok, types).dtype(), types.get(0).rank());
            case "array.literal" -> new ArrayLiteral(arrayType(nameTok, types).dtype(), types.get(0).rank());
            default -> simple;
        };
        List<Value> results = new ArrayList<>();
        for (int i = 0; i < resultToks.size(); i++) results.add(define(resultToks.get(i), types.get(i)));
        return new Op(prim, inputs, results, regions, first.loc());
    }

    /** Ops named by their mnemonic alone: elementwise, comparisons, conversions, select, length, copy. */
    private static Primitive simplePrimitive(Token t) {
        String name = t.text();
        switch (name) {
            case "select": return new Select();
            case "array.length": return new ArrayLength();
            case "array.copy": return new ArrayCopy();
            default: break;
        }
        if (name.startsWith("cmp.")) {
            CmpOp op = CmpOp.fromIrName(name.substring(4));
            if (op != null) return new Compare(op);
        } else if (name.startsWith("convert.")) {
            DType d = dtypeOrNull(name.substring(8));
            if (d != null && d.isNumeric()) return new Convert(d);
        } else {
            boolean strict = name.startsWith("strict.");
            String base = strict ? name.substring(7) : name;
            UnaryOp u = UnaryOp.fromIrName(base);
            if (u != null) return new Unary(u, strict);
            BinaryOp b = BinaryOp.fromIrName(base);
            if (b != null) return new Binary(b, strict);
        }
        throw error(t, "unknown op '" + name + "'");
    }

    private static Const constant(Token literal, Long rawBits, List<Type> types) {
        if (types.size() != 1 || !types.get(0).isScalar()) throw error(literal, "const needs one scalar result type");
        try {
            return ConstText.parse(types.get(0).dtype(), literal.text(), rawBits);
        } catch (IllegalArgumentException e) {
            throw error(literal, e.getMessage());
        }
    }

    private static Type arrayType(Token op, List<Type> types) {
        if (types.size() != 1 || !types.get(0).isArray()) throw error(op, op.text() + " needs one array result type");
        return types.get(0);
    }

    /** {@code keyword(%a, %b)} if present: appends the values and returns how many there were. */
    private int group(String keyword, List<Value> into) {
        if (!atWord(keyword)) return 0;
        next();
        expect(LPAREN, "'('");
        List<Value> vs = valueList();
        expect(RPAREN, "')'");
        into.addAll(vs);
        return vs.size();
    }

    // ---- names, types, literals ----------------------------------------------------------

    private Value define(Token t, Type type) {
        if (values.containsKey(t.text())) throw error(t, "%" + t.text() + " is already defined");
        Value v = new Value(type, Names.isNumbered(t.text()) ? null : t.text());
        values.put(t.text(), v);
        return v;
    }

    private Value use(Token t) {
        Value v = values.get(t.text());
        if (v == null) throw error(t, "undefined value %" + t.text());
        return v;
    }

    private List<Value> valueList() {
        List<Value> vs = new ArrayList<>();
        if (!at(VALUE)) return vs;
        do vs.add(use(expect(VALUE, "a value"))); while (accept(COMMA));
        return vs;
    }

    private Type type() {
        Token t = expect(IDENT, "a type");
        DType d = dtypeOrNull(t.text());
        if (d == null) throw error(t, "unknown type '" + t.text() + "'");
        int rank = 0;
        while (accept(LBRACKET)) {
            expect(RBRACKET, "']'");
            rank++;
        }
        return Type.of(d, rank);
    }

    private static DType dtypeOrNull(String s) {
        for (DType d : DType.values()) if (d.irName().equals(s)) return d;
        return null;
    }

    private static int intLiteral(Token t) {
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw error(t, "expected an int, found " + t.describe());
        }
    }

    private static long hexBits(Token t) {
        String s = t.text();
        try {
            if (!s.startsWith("0x") || s.length() < 3 || s.length() > 18) throw new NumberFormatException();
            return Long.parseUnsignedLong(s.substring(2), 16);
        } catch (NumberFormatException e) {
            throw error(t, "expected raw bits 0x<up to 16 hex digits>, found " + t.describe());
        }
    }

    // ---- token plumbing ------------------------------------------------------------------

    private Token peek() { return toks.get(p); }

    private Token peek(int k) { return toks.get(Math.min(p + k, toks.size() - 1)); }

    private Token next() {
        Token t = toks.get(p);
        if (t.kind() != EOF) p++;
        return t;
    }

    private boolean at(Kind k) { return peek().kind() == k; }

    private boolean atWord(String w) { return at(IDENT) && peek().text().equals(w); }

    private boolean accept(Kind k) {
        if (!at(k)) return false;
        next();
        return true;
    }

    private Token expect(Kind k, String what) {
        if (!at(k)) throw expected(what);
        return next();
    }

    private Token expectWord(String w) {
        if (!atWord(w)) throw expected("'" + w + "'");
        return next();
    }

    private CompileException expected(String what) {
        return error(peek(), "expected " + what + ", found " + peek().describe());
    }

    private static CompileException error(Token at, String message) { return new CompileException(at.loc(), message); }
}

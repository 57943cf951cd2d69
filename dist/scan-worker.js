import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/collectors/structured-files.ts
const STRUCTURED_EXTENSION = /\.(ya?ml|json)$/i;
// Lockfiles and tool configs are JSON/YAML but never specs or manifests; skipping them saves a parse.
const NEVER_SPECS = new Set(['package.json', 'package-lock.json', 'composer.json', 'pnpm-lock.yaml', 'tsconfig.json']);
function isStructuredFile(file) {
    const basename = file.path.slice(file.path.lastIndexOf('/') + 1);
    return !file.isTest && STRUCTURED_EXTENSION.test(basename) && !NEVER_SPECS.has(basename);
}
/**
 * Helm charts and other Go/Jinja templates hold `{{ … }}`; until rendered they are not the YAML they
 * become, so they are neither read nor reported as broken.
 */
function isTemplate(text) {
    return text.includes('{{');
}
function isJsonPath(path) {
    return path.toLowerCase().endsWith('.json');
}

;// CONCATENATED MODULE: ./src/collectors/yaml-source.ts
// Reads YAML for the file collectors: parse safely, keep node ranges for line numbers, and walk
// mappings the way a YAML loader sees them (aliases followed, `<<` merge keys expanded).
//
// Aliases are resolved from one index built in a single pass. The `yaml` package's own
// `Alias.resolve` and `toJS` rescan the document for every alias, which is quadratic: a hostile
// file with 20,000 aliases takes seconds. Instead the index also sizes the document as a loader
// would expand it, and a file that expands far beyond its own size (an alias bomb) is an error.

// A file may expand to this many nodes, or ten times its own size if that is more; past that it is
// treated as an alias bomb (a billion laughs) rather than walked.
const MAX_EXPANDED_NODES = 100_000;
const MAX_EXPANSION_FACTOR = 10;
// Bounds the chains an alias or merge walk follows (an alias can name an anchor that is an alias).
const MAX_ALIAS_DEPTH = 20;
function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const aliasTargets = new Map();
    const lineAt = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 0);
    try {
        const documents = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, merge: true, uniqueKeys: false, prettyErrors: false });
        for (const document of documents) {
            const error = document.errors[0];
            if (error)
                return { ok: false, problem: { message: error.message, line: lineCounter.linePos(error.pos[0]).line } };
            const index = indexAliases(document, aliasTargets);
            if (index.dangling) {
                const message = `alias \`*${index.dangling.source}\` names no anchor before it`;
                return { ok: false, problem: { message, line: lineAt(index.dangling) } };
            }
            const limit = Math.max(MAX_EXPANDED_NODES, MAX_EXPANSION_FACTOR * index.nodes);
            if (expandedSize(document.contents, aliasTargets, new Map(), limit) > limit) {
                return { ok: false, problem: { message: `aliases expand to more than ${limit} nodes (an alias bomb)`, line: 0 } };
            }
        }
        return { ok: true, source: { documents: [...documents], lineCounter, aliasTargets } };
    }
    catch (error) {
        // The parser can still fail on pathological input (e.g. nesting deep enough to exhaust the stack).
        return { ok: false, problem: { message: error instanceof Error ? error.message : String(error), line: 0 } };
    }
}
/** Records every alias's target (document order, like a loader) and counts the nodes as written. */
function indexAliases(document, targets) {
    const anchors = new Map();
    let nodes = 0;
    let dangling;
    (0,dist/* visit */.YR)(document, {
        Node(_key, node) {
            nodes += 1;
            if ((0,dist/* isAlias */.Vj)(node)) {
                const target = anchors.get(node.source);
                if (target === undefined) {
                    dangling = node;
                    return dist/* visit */.YR.BREAK;
                }
                targets.set(node, target);
            }
            else if (node.anchor) {
                anchors.set(node.anchor, node);
            }
            return undefined;
        },
    });
    return dangling ? { nodes, dangling } : { nodes };
}
/** The node count of `node` with aliases expanded, memoised; stops counting past `limit`. */
function expandedSize(node, targets, sizes, limit) {
    const known = sizes.get(node);
    if (known !== undefined)
        return known;
    // An alias inside its own anchored node (a recursive structure) counts once instead of forever.
    sizes.set(node, 1);
    let size = 1;
    if ((0,dist/* isAlias */.Vj)(node)) {
        size = expandedSize(targets.get(node), targets, sizes, limit);
    }
    else if ((0,dist/* isCollection */.P3)(node)) {
        for (const item of node.items) {
            if ((0,dist/* isPair */.tO)(item)) {
                size += expandedSize(item.key, targets, sizes, limit) + expandedSize(item.value, targets, sizes, limit);
            }
            else {
                size += expandedSize(item, targets, sizes, limit);
            }
            if (size > limit)
                break;
        }
    }
    sizes.set(node, size);
    return size;
}
function yamlParseError(file, problem) {
    return { kind: 'parse.errors', file, line: problem.line, message: `invalid YAML: ${problem.message}` };
}
function lineOf(source, node) {
    const offset = node?.range?.[0];
    return offset === undefined ? 0 : source.lineCounter.linePos(offset).line;
}
/** Follows aliases to the node they name. */
function resolved(source, node) {
    let current = node;
    for (let depth = 0; depth < MAX_ALIAS_DEPTH && (0,dist/* isAlias */.Vj)(current); depth++) {
        current = source.aliasTargets.get(current) ?? null;
    }
    return (0,dist/* isMap */.jh)(current) || (0,dist/* isSeq */.oP)(current) || (0,dist/* isScalar */.jn)(current) ? current : null;
}
/** The document's top-level mapping, or null when the document is empty or not a mapping. */
function rootMapping(source, document) {
    const contents = resolved(source, document.contents);
    return (0,dist/* isMap */.jh)(contents) ? contents : null;
}
/**
 * The entries of a mapping as a loader sees them: explicit keys first, then keys brought in by
 * `<<` merges that the mapping does not set itself. Keys that are not scalars are skipped.
 */
function mappingEntries(source, node) {
    const entries = [];
    collectEntries(source, resolved(source, node), entries, new Set(), new Set(), 0);
    return entries;
}
/** The entry for `key` in a mapping, aliases and merges followed. */
function mappingEntry(source, node, key) {
    return mappingEntries(source, node).find((entry) => entry.key === key);
}
/** A scalar's value as text, or undefined for collections, nulls and missing nodes. */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
function collectEntries(source, map, entries, seenKeys, seenMaps, depth) {
    // Each mapping is read once per walk, so merges of merges stay linear in the file's size.
    if (!(0,dist/* isMap */.jh)(map) || seenMaps.has(map) || depth > MAX_ALIAS_DEPTH)
        return;
    seenMaps.add(map);
    const mergeSources = [];
    for (const pair of map.items) {
        const key = pair.key;
        if (!(0,dist/* isScalar */.jn)(key))
            continue;
        if (typeof key.value === 'symbol') {
            mergeSources.push(pair.value);
            continue;
        }
        const name = String(key.value);
        if (seenKeys.has(name))
            continue;
        seenKeys.add(name);
        entries.push({ key: name, line: lineOf(source, key), value: resolved(source, pair.value) });
    }
    for (const mergeSource of mergeSources) {
        const target = resolved(source, mergeSource);
        const maps = (0,dist/* isSeq */.oP)(target) ? target.items.map((item) => resolved(source, item)) : [target];
        for (const merged of maps)
            collectEntries(source, merged, entries, seenKeys, seenMaps, depth + 1);
    }
}

;// CONCATENATED MODULE: ./src/collectors/api-docs.ts
// `api.openapi-files`: OpenAPI 3.x and Swagger 2.0 documents in JSON or YAML. A document counts when its
// top level has `openapi: 3.x` or `swagger: "2.0"` and an `info` or `paths` mapping. A file whose text
// declares the version key at the top but does not parse is a `parse.errors` finding (templates aside).



// YAML: the key at column 0. JSON: the quoted key anywhere (JSON may be laid out any way).
const YAML_VERSION_KEY = /^["']?(?:openapi|swagger)["']?\s*:/m;
const JSON_VERSION_KEY = /"(?:openapi|swagger)"\s*:/;
const apiDocs = {
    id: 'api-docs',
    wants: isStructuredFile,
    collect(file, text) {
        const json = isJsonPath(file.path);
        if (!(json ? JSON_VERSION_KEY : YAML_VERSION_KEY).test(text))
            return [];
        const parsed = parseYaml(text);
        if (!parsed.ok) {
            if (isTemplate(text))
                return [];
            const message = `invalid ${json ? 'JSON' : 'YAML'} in what looks like an OpenAPI document: ${parsed.problem.message}`;
            return [{ kind: 'parse.errors', file: file.path, line: parsed.problem.line, message }];
        }
        const { source } = parsed;
        const document = source.documents[0];
        const root = document ? rootMapping(source, document) : null;
        const openapi = mappingEntry(source, root, 'openapi');
        const swagger = mappingEntry(source, root, 'swagger');
        const version = scalarText(openapi?.value ?? swagger?.value ?? null);
        const versionEntry = openapi ?? swagger;
        const validVersion = openapi !== undefined ? /^3\.\d+(\.\d+)?/.test(version ?? '') : /^2(\.0)?$/.test(version ?? '');
        const info = mappingEntry(source, root, 'info');
        const paths = mappingEntry(source, root, 'paths');
        if (versionEntry === undefined || !validVersion || !((0,dist/* isMap */.jh)(info?.value) || (0,dist/* isMap */.jh)(paths?.value)))
            return [];
        const pathCount = mappingEntries(source, paths?.value).length;
        return [
            {
                kind: 'api.openapi-files',
                file: file.path,
                line: versionEntry.line || lineOf(source, versionEntry.value),
                message: `${openapi ? 'OpenAPI' : 'Swagger'} ${version} document with ${pathCount} path${pathCount === 1 ? '' : 's'}`,
                data: { spec: openapi ? 'openapi' : 'swagger', version: version ?? '', format: json ? 'json' : 'yaml', paths: pathCount },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/collectors/ci-other-systems.ts
// These systems read their configuration from the repository root only.
const ROOT_FILES = {
    '.gitlab-ci.yml': { system: 'gitlab', message: 'GitLab CI configuration' },
    '.circleci/config.yml': { system: 'circleci', message: 'CircleCI configuration' },
    'azure-pipelines.yml': { system: 'azure-pipelines', message: 'Azure Pipelines configuration' },
    '.travis.yml': { system: 'travis', message: 'Travis CI configuration' },
    'bitbucket-pipelines.yml': { system: 'bitbucket', message: 'Bitbucket Pipelines configuration' },
};
// A Jenkins job can point at a Jenkinsfile in any folder, so one counts wherever it is.
const JENKINS = { system: 'jenkins', message: 'Jenkins pipeline' };
const ciOtherSystems = {
    id: 'ci-other-systems',
    collect(files) {
        const findings = [];
        for (const file of files) {
            const system = Object.hasOwn(ROOT_FILES, file.path) ? ROOT_FILES[file.path] : jenkinsfile(file.path);
            if (system) {
                findings.push({ kind: 'ci.other', file: file.path, line: 0, message: system.message, data: { system: system.system } });
            }
        }
        return findings;
    },
};
function jenkinsfile(path) {
    return path === 'Jenkinsfile' || path.endsWith('/Jenkinsfile') ? JENKINS : undefined;
}

;// CONCATENATED MODULE: ./src/collectors/ci-deploy-gates.ts
// Which deploy jobs run without tests before them. A job waits for the jobs in its `needs:` (and
// theirs), so a deploy is gated by tests when it, or a job it needs directly or transitively within
// the same workflow, runs tests. Two gates this one file cannot see are trusted rather than reported:
// - a job in the chain calls a reusable workflow (`uses:` at job level): this collector reads one file
//   at a time, so what that workflow runs is unknown;
// - the workflow starts on `workflow_run` and the deploy job or a job it needs checks
//   `github.event.workflow_run.conclusion`: `workflow_run` fires when the named workflow completes,
//   even when it failed, so only a conclusion check makes it a gate.
//   https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#running-a-workflow-based-on-the-conclusion-of-another-workflow


/** The job names in `needs: x` or `needs: [x, y]`. */
function jobNeeds(source, job) {
    const needs = resolved(source, mappingEntry(source, job.value, 'needs')?.value);
    if ((0,dist/* isSeq */.oP)(needs))
        return needs.items.flatMap((item) => scalarText(resolved(source, item)) ?? []);
    const single = scalarText(needs);
    return single === undefined ? [] : [single];
}
function checksRunConclusion(source, job) {
    return /workflow_run\s*\.\s*conclusion/.test(scalarText(mappingEntry(source, job.value, 'if')?.value ?? null) ?? '');
}
/** The deploy jobs with no test job before them, each with the jobs it needs (transitively). */
function deploysWithoutTests(jobs, startsOnWorkflowRun) {
    const byName = new Map(jobs.map((job) => [job.job, job]));
    const gaps = [];
    for (const job of jobs) {
        if (!job.deploys)
            continue;
        const upstream = upstreamJobs(job, byName);
        const chain = [job, ...upstream.flatMap((name) => byName.get(name) ?? [])];
        if (chain.some((member) => member.runsTests || member.callsWorkflow))
            continue;
        if (startsOnWorkflowRun && chain.some((member) => member.checksRunConclusion))
            continue;
        gaps.push({ job, upstream });
    }
    return gaps;
}
/** Every job `job` waits for, nearest first; unknown names and cycles are ignored. */
function upstreamJobs(job, byName) {
    const seen = new Set([job.job]);
    const order = [];
    const queue = [...job.needs];
    while (queue.length > 0) {
        const name = queue.shift();
        const needed = byName.get(name);
        if (seen.has(name) || needed === undefined)
            continue;
        seen.add(name);
        order.push(name);
        queue.push(...needed.needs);
    }
    return order;
}

;// CONCATENATED MODULE: ./src/collectors/ci-command-words.ts
// Small readers for the words of one shell command (as split by ci-shell-commands.ts), shared by the
// CI command classifiers.
const SHELL_KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'time', 'exec', 'command', 'nohup']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** The words from the command's name on: leading shell keywords and `VAR=value` assignments dropped. */
function commandStart(words) {
    let i = 0;
    while (i < words.length && (SHELL_KEYWORDS.has(words[i]) || ASSIGNMENT.test(words[i])))
        i += 1;
    return words.slice(i);
}
/** `./node_modules/.bin/eslint` → `eslint`; `.\gradlew.bat` → `gradlew`; `trivy.exe` → `trivy`. */
function commandName(command) {
    const base = command.slice(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1);
    return base.replace(/\.(exe|cmd|bat)$/i, '');
}
/** The words that are not options (or option values) nor `VAR=value` assignments. */
function operands(args, valueFlags = []) {
    const found = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg.startsWith('-')) {
            if (valueFlags.includes(arg))
                i += 1;
        }
        else if (!ASSIGNMENT.test(arg))
            found.push(arg);
    }
    return found;
}
/**
 * The words after leading options (and their values, for `valueFlags`), `--`, `positional` values (the
 * duration of `timeout 10m`) and assignments.
 */
function afterOptions(args, valueFlags = [], positional = 0) {
    let i = 0;
    while (i < args.length && args[i].startsWith('-')) {
        const arg = args[i];
        i += valueFlags.includes(arg) ? 2 : 1;
        if (arg === '--')
            break;
    }
    i += positional;
    while (i < args.length && ASSIGNMENT.test(args[i]))
        i += 1;
    return args.slice(i);
}
/** True when one of `flags` is given, alone or as `--flag=value`. */
function hasFlag(args, flags) {
    return args.some((arg) => flags.includes(arg) || flags.some((flag) => flag.startsWith('--') && arg.startsWith(`${flag}=`)));
}
function shorten(command) {
    return command.length <= 80 ? command : `${command.slice(0, 79)}…`;
}

;// CONCATENATED MODULE: ./src/collectors/ci-purpose-tools.ts
// What a CI command does, read from its name and arguments: lint, build, security scan or deploy.
// Wrappers, package-manager scripts and task runners are looked through in ci-purpose-commands.ts;
// this table knows the tools themselves. A tool is listed only when its usual CI use is unambiguous
// (`prettier` lints only with `--check`; `vercel` deploys to production only with `--prod`).

const NONE = [];
const always = (...purposes) => () => purposes;
const withFlag = (flags, ...purposes) => (args) => (hasFlag(args, flags) ? purposes : NONE);
/** By the first operand (the subcommand); `'*'` is any other subcommand, or none. */
const bySubcommand = (table, valueFlags = []) => {
    const entries = new Map(Object.entries(table));
    return (args) => {
        const [subcommand] = operands(args, valueFlags);
        const found = entries.get(subcommand ?? '*') ?? entries.get('*') ?? NONE;
        return typeof found === 'function' ? found(args.slice(args.indexOf(subcommand ?? '') + 1)) : found;
    };
};
/** Any operand is one of `words`, e.g. the `deploy` of `gcloud run deploy` or `cap production deploy`. */
const withOperand = (words, ...purposes) => (args) => operands(args).some((word) => words.includes(word)) ? purposes : NONE;
const LINT = ['lint'];
const BUILD = ['build'];
const SCAN = ['security-scan'];
const DEPLOY = ['deploy'];
const MAVEN_VALUE_FLAGS = ['-f', '--file', '-pl', '--projects', '-P', '--activate-profiles', '-s', '--settings', '-gs', '--global-settings', '-T', '--threads', '-rf', '--resume-from', '-t', '--toolchains', '-l', '--log-file', '-b', '--builder', '-D'];
const GRADLE_VALUE_FLAGS = ['-x', '--exclude-task', '-p', '--project-dir', '-b', '--build-file', '-c', '--settings-file', '-g', '--gradle-user-home', '-I', '--init-script', '-D', '-P', '--console'];
/** Maven phases and plugin goals. `verify` and later phases package the project; `deploy` uploads it. */
function mavenPurposes(args) {
    const purposes = new Set();
    for (const goal of operands(args, MAVEN_VALUE_FLAGS)) {
        if (['compile', 'package', 'verify', 'install', 'deploy'].includes(goal))
            purposes.add('build');
        if (goal === 'deploy')
            purposes.add('deploy');
        if (/(^|:)(checkstyle|spotless|pmd|spotbugs|cpd)[\w-]*:(check|cpd-check)$/.test(goal))
            purposes.add('lint');
        if (goal.includes('dependency-check'))
            purposes.add('security-scan');
    }
    return [...purposes];
}
/** Gradle tasks, also as `:app:task`; `publishToMavenLocal` stays on the runner, so it is not a deploy. */
function gradlePurposes(args) {
    const purposes = new Set();
    for (const task of operands(args, GRADLE_VALUE_FLAGS)) {
        const name = task.slice(task.lastIndexOf(':') + 1);
        if (/^(build|assemble\w*|jar|bootJar|shadowJar|bootBuildImage|installDist|dist(Zip|Tar))$/.test(name))
            purposes.add('build');
        if (/^publish/.test(name) && name !== 'publishToMavenLocal')
            purposes.add('deploy');
        if (/^(spotlessCheck|ktlintCheck|detekt|checkstyle\w*|pmd\w*|spotbugs\w*|lint\w*)$/.test(name))
            purposes.add('lint');
        if (/^dependencyCheck/.test(name))
            purposes.add('security-scan');
    }
    return [...purposes];
}
const dockerBuild = (args) => (hasFlag(args, ['--push']) ? ['build', 'deploy'] : BUILD);
/** `docker build|push…`, `docker buildx build|bake --push`, `docker compose build|push`, `docker scout cves`. */
const docker = bySubcommand({
    build: dockerBuild,
    push: DEPLOY,
    image: bySubcommand({ build: BUILD, push: DEPLOY }),
    manifest: bySubcommand({ push: DEPLOY }),
    buildx: bySubcommand({ build: dockerBuild, bake: dockerBuild, imagetools: bySubcommand({ create: DEPLOY }) }, ['--builder']),
    compose: bySubcommand({ build: BUILD, push: DEPLOY }, ['-f', '--file', '-p', '--project-name', '--profile', '--env-file']),
    stack: bySubcommand({ deploy: DEPLOY }),
    scout: bySubcommand({ cves: SCAN, quickview: SCAN, recommendations: SCAN }),
}, ['-H', '--host', '-c', '--context', '--config']);
/** `cargo +nightly clippy` names a toolchain first; `cargo deny check` audits advisories unless other checks are named. */
const cargo = bySubcommand({
    build: BUILD, clippy: LINT, fmt: withFlag(['--check'], 'lint'), audit: SCAN, publish: DEPLOY,
    deny: (args) => {
        const checks = operands(args).filter((word) => word !== 'check');
        return checks.length === 0 || checks.includes('advisories') ? SCAN : NONE;
    },
}, ['-Z', '--config', '-C']);
const terraform = bySubcommand({ apply: DEPLOY, validate: LINT, fmt: withFlag(['-check', '--check'], 'lint') }, ['-chdir']);
/** Command name → purposes. Maps, not object literals, so a command named `constructor` finds nothing. */
const PURPOSE_TOOLS = new Map(Object.entries({
    // Linters, formatters in check mode, and type checkers (a type check is static analysis, like lint).
    eslint: always('lint'), flake8: always('lint'), pylint: always('lint'), mypy: always('lint'), pyright: always('lint'),
    basedpyright: always('lint'), 'golangci-lint': always('lint'), staticcheck: always('lint'), revive: always('lint'),
    rubocop: always('lint'), standardrb: always('lint'), shellcheck: always('lint'), hadolint: always('lint'),
    actionlint: always('lint'), yamllint: always('lint'), markdownlint: always('lint'), 'markdownlint-cli2': always('lint'),
    stylelint: always('lint'), oxlint: always('lint'), ktlint: always('lint'), detekt: always('lint'), phpcs: always('lint'),
    phpstan: always('lint'), psalm: always('lint'), swiftlint: always('lint'), tflint: always('lint'), 'clang-tidy': always('lint'),
    'vue-tsc': always('lint'), 'svelte-check': always('lint'), xo: always('lint'),
    ruff: bySubcommand({ format: withFlag(['--check', '--diff'], 'lint'), '*': LINT }),
    black: withFlag(['--check', '--diff'], 'lint'),
    isort: withFlag(['--check', '--check-only', '-c', '--diff'], 'lint'),
    prettier: withFlag(['--check', '-c', '--list-different', '-l'], 'lint'),
    gofmt: withFlag(['-l', '-d'], 'lint'),
    'clang-format': withFlag(['--dry-run', '-n', '--Werror'], 'lint'),
    'php-cs-fixer': withFlag(['--dry-run'], 'lint'),
    'pre-commit': bySubcommand({ run: LINT }),
    biome: bySubcommand({ check: LINT, lint: LINT, ci: LINT }),
    buf: bySubcommand({ lint: LINT, build: BUILD, push: DEPLOY }),
    sqlfluff: bySubcommand({ lint: LINT }),
    deno: bySubcommand({ lint: LINT, fmt: withFlag(['--check'], 'lint'), compile: BUILD }),
    mix: bySubcommand({ credo: LINT, format: withFlag(['--check-formatted'], 'lint'), compile: BUILD, 'hex.publish': DEPLOY }),
    tsc: (args) => (hasFlag(args, ['--noEmit']) ? LINT : BUILD),
    // Builders.
    webpack: always('build'), rollup: always('build'), esbuild: always('build'), tsup: always('build'), msbuild: always('build'),
    xcodebuild: always('build'), 'pyproject-build': always('build'), packer: bySubcommand({ build: BUILD }),
    vite: bySubcommand({ build: BUILD }), next: bySubcommand({ build: BUILD }), ng: bySubcommand({ build: BUILD }),
    cmake: withFlag(['--build'], 'build'), bazel: bySubcommand({ build: BUILD }), bazelisk: bySubcommand({ build: BUILD }),
    swift: bySubcommand({ build: BUILD }), zig: bySubcommand({ build: BUILD }), maturin: bySubcommand({ build: BUILD, publish: DEPLOY }),
    gem: bySubcommand({ build: BUILD, push: DEPLOY }),
    podman: bySubcommand({ build: BUILD, push: DEPLOY }), nerdctl: bySubcommand({ build: BUILD, push: DEPLOY }),
    buildah: bySubcommand({ bud: BUILD, build: BUILD, push: DEPLOY }),
    docker,
    mvn: mavenPurposes, mvnw: mavenPurposes, gradle: gradlePurposes, gradlew: gradlePurposes,
    go: bySubcommand({ build: BUILD, vet: LINT }),
    cargo: (args) => cargo(args.filter((arg) => !arg.startsWith('+'))),
    cross: bySubcommand({ build: BUILD }),
    dotnet: bySubcommand({
        build: BUILD, publish: BUILD, pack: BUILD,
        format: withFlag(['--verify-no-changes'], 'lint'),
        nuget: bySubcommand({ push: DEPLOY }),
        list: withFlag(['--vulnerable'], 'security-scan'),
    }),
    goreleaser: bySubcommand({ build: BUILD, release: (args) => (hasFlag(args, ['--snapshot']) ? BUILD : ['build', 'deploy']) }),
    // Security scanners: dependency audits, SAST, secret and image scanners.
    gitleaks: always('security-scan'), trufflehog: always('security-scan'), semgrep: always('security-scan'),
    bandit: always('security-scan'), 'pip-audit': always('security-scan'), govulncheck: always('security-scan'),
    gosec: always('security-scan'), 'osv-scanner': always('security-scan'), trivy: always('security-scan'),
    grype: always('security-scan'), 'bundle-audit': always('security-scan'), 'bundler-audit': always('security-scan'),
    brakeman: always('security-scan'), checkov: always('security-scan'), tfsec: always('security-scan'),
    kics: always('security-scan'), zizmor: always('security-scan'), retire: always('security-scan'),
    'audit-ci': always('security-scan'), 'better-npm-audit': always('security-scan'), nancy: always('security-scan'),
    'dependency-check': always('security-scan'), 'dependency-check.sh': always('security-scan'),
    safety: bySubcommand({ check: SCAN, scan: SCAN }),
    snyk: bySubcommand({ test: SCAN, monitor: SCAN, code: SCAN, container: SCAN, iac: SCAN }),
    composer: bySubcommand({ audit: SCAN }),
    codeql: bySubcommand({ database: bySubcommand({ analyze: SCAN }) }),
    // Deploys and releases: to a cluster, a cloud, a host, a package registry or a GitHub release.
    kubectl: bySubcommand({ apply: DEPLOY, replace: DEPLOY, set: DEPLOY, patch: DEPLOY, rollout: bySubcommand({ restart: DEPLOY }) }, ['-n', '--namespace', '--context', '--kubeconfig']),
    helm: bySubcommand({ upgrade: DEPLOY, install: DEPLOY, push: DEPLOY, lint: LINT, package: BUILD }, ['-n', '--namespace', '--kube-context']),
    helmfile: bySubcommand({ apply: DEPLOY, sync: DEPLOY, deploy: DEPLOY }, ['-f', '--file', '-e', '--environment']),
    terraform, tofu: terraform,
    pulumi: bySubcommand({ up: DEPLOY }), cdk: bySubcommand({ deploy: DEPLOY }),
    serverless: bySubcommand({ deploy: DEPLOY }), sls: bySubcommand({ deploy: DEPLOY }), sam: bySubcommand({ deploy: DEPLOY }),
    flyctl: bySubcommand({ deploy: DEPLOY }), fly: bySubcommand({ deploy: DEPLOY }),
    vercel: withFlag(['--prod'], 'deploy'), netlify: (args) => (operands(args)[0] === 'deploy' && hasFlag(args, ['--prod']) ? DEPLOY : NONE),
    wrangler: bySubcommand({ deploy: DEPLOY, publish: DEPLOY, pages: bySubcommand({ deploy: DEPLOY }) }),
    firebase: bySubcommand({ deploy: DEPLOY }), gcloud: withOperand(['deploy'], 'deploy'), eb: bySubcommand({ deploy: DEPLOY }),
    aws: bySubcommand({
        ecs: bySubcommand({ 'update-service': DEPLOY }), cloudformation: bySubcommand({ deploy: DEPLOY }),
        lambda: bySubcommand({ 'update-function-code': DEPLOY }), deploy: bySubcommand({ 'create-deployment': DEPLOY }),
    }, ['--region', '--profile', '--output']),
    az: bySubcommand({
        webapp: bySubcommand({ deploy: DEPLOY, up: DEPLOY }), containerapp: bySubcommand({ update: DEPLOY, up: DEPLOY }),
        functionapp: bySubcommand({ deployment: DEPLOY }),
    }),
    heroku: bySubcommand({ 'container:release': DEPLOY }), kamal: bySubcommand({ deploy: DEPLOY }), cap: withOperand(['deploy'], 'deploy'),
    skaffold: bySubcommand({ run: DEPLOY, deploy: DEPLOY }), argocd: bySubcommand({ app: bySubcommand({ sync: DEPLOY }) }),
    railway: bySubcommand({ up: DEPLOY }), fastapi: bySubcommand({ deploy: DEPLOY }), mkdocs: bySubcommand({ 'gh-deploy': DEPLOY }),
    gh: bySubcommand({ release: bySubcommand({ create: DEPLOY, upload: DEPLOY }) }, ['-R', '--repo']),
    'gh-pages': always('deploy'), 'semantic-release': always('deploy'),
    twine: bySubcommand({ upload: DEPLOY }), flit: bySubcommand({ build: BUILD, publish: DEPLOY }),
    changeset: bySubcommand({ publish: DEPLOY }), lerna: bySubcommand({ publish: DEPLOY }),
    vsce: bySubcommand({ publish: DEPLOY, package: BUILD }), ovsx: bySubcommand({ publish: DEPLOY }), nuget: bySubcommand({ push: DEPLOY }),
}));

;// CONCATENATED MODULE: ./src/collectors/ci-shell-commands.ts
// A small shell reader for CI `run:` scripts: it splits a script into simple commands the way a
// shell would (quotes, comments, line continuations, heredoc bodies, `&&`, `|`, `;`, `$(`…) so the
// first word of each command is the command. It never expands variables or runs anything.
/** Splits a script into simple commands (lists of words), dropping comments and heredoc bodies. */
function shellCommands(script) {
    const commands = [];
    let words = [];
    let word = '';
    let inWord = false;
    let heredocs = [];
    const endWord = () => {
        if (inWord)
            words.push(word);
        word = '';
        inWord = false;
    };
    const endCommand = () => {
        endWord();
        if (words.length > 0)
            commands.push(words);
        words = [];
    };
    let i = 0;
    while (i < script.length) {
        const c = script[i];
        const next = script[i + 1];
        if (c === '\\' && (next === '\n' || (next === '\r' && script[i + 2] === '\n'))) {
            i += next === '\n' ? 2 : 3;
        }
        else if (c === '\\' && next !== undefined && SHELL_SPECIAL.has(next)) {
            word += next;
            inWord = true;
            i += 2;
        }
        else if (c === "'" || c === '"') {
            const end = closingQuote(script, i);
            word += script.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '$' && next === '{' && script[i + 2] === '{') {
            // A GitHub expression is one word even when it holds spaces or `||`.
            const end = script.indexOf('}}', i + 3);
            const stop = end === -1 ? script.length : end + 2;
            word += script.slice(i, stop);
            inWord = true;
            i = stop;
        }
        else if (c === '$' && next === '(') {
            endCommand();
            i += 2;
        }
        else if (c === '#' && !inWord) {
            const end = script.indexOf('\n', i);
            i = end === -1 ? script.length : end;
        }
        else if (c === '\n') {
            endCommand();
            i = skipHeredocBodies(script, i + 1, heredocs);
            heredocs = [];
        }
        else if (c === ' ' || c === '\t' || c === '\r') {
            endWord();
            i += 1;
        }
        else if (COMMAND_SEPARATORS.has(c) && !isRedirection(c, word)) {
            endCommand();
            i += 1;
        }
        else if (c === '<' && next === '<' && script[i + 2] !== '<') {
            endWord();
            i = readHeredocOperator(script, i + 2, heredocs);
        }
        else {
            word += c;
            inWord = true;
            i += 1;
        }
    }
    endCommand();
    return commands;
}
const COMMAND_SEPARATORS = new Set([';', '&', '|', '(', ')', '`']);
const HEREDOC_DELIMITER_END = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '<', '>', '(', ')', '`']);
// Only these are escaped by a backslash; elsewhere it is kept so Windows paths (`.\gradlew.bat`)
// survive in PowerShell and cmd steps.
const SHELL_SPECIAL = new Set([' ', '\t', '\\', '"', "'", '$', '`', ';', '&', '|', '(', ')', '<', '>', '#', '*', '?']);
/** The `&` of `2>&1` or `<&3` duplicates a file descriptor; it does not end the command. */
function isRedirection(c, word) {
    return c === '&' && (word.endsWith('>') || word.endsWith('<'));
}
function closingQuote(script, open) {
    const quote = script[open];
    let i = open + 1;
    while (i < script.length && script[i] !== quote)
        i += quote === '"' && script[i] === '\\' ? 2 : 1;
    return Math.min(i, script.length);
}
function readHeredocOperator(script, start, heredocs) {
    let i = start;
    const stripTabs = script[i] === '-';
    if (stripTabs)
        i += 1;
    while (script[i] === ' ' || script[i] === '\t')
        i += 1;
    let delimiter = '';
    while (i < script.length && !HEREDOC_DELIMITER_END.has(script[i])) {
        const c = script[i];
        if (c !== "'" && c !== '"' && c !== '\\')
            delimiter += c;
        i += 1;
    }
    if (delimiter !== '')
        heredocs.push({ delimiter, stripTabs });
    return i;
}
function skipHeredocBodies(script, start, heredocs) {
    let i = start;
    for (const heredoc of heredocs) {
        while (i < script.length) {
            const newline = script.indexOf('\n', i);
            const end = newline === -1 ? script.length : newline;
            let line = script.slice(i, end).replace(/\r$/, '');
            if (heredoc.stripTabs)
                line = line.replace(/^\t+/, '');
            i = end + 1;
            if (line === heredoc.delimiter)
                break;
        }
    }
    return Math.min(i, script.length);
}

;// CONCATENATED MODULE: ./src/collectors/ci-purpose-commands.ts
// Decides what a CI `run:` script does besides testing: lint, build, security scan, deploy. The
// script is split into simple commands (ci-shell-commands.ts); each command is read from its name
// after looking through wrappers (`npx`, `uv run`, `bundle exec`, `sudo`, `bash -c '…'`), package
// manager scripts (`npm run lint`, `pnpm -r build`, `yarn npm publish`), task runners (`make lint`,
// `tox -e typing`, `nx run-many -t build`) and `python -m` / `go run`; the tool left is looked up in
// ci-purpose-tools.ts. Like the test detector, `echo docker push` is not a deploy: `echo` is the command.



/** Each purpose the script shows, with the first command that shows it, in script order. */
function commandPurposes(script) {
    const found = [];
    for (const words of shellCommands(script)) {
        const command = commandStart(words);
        for (const purpose of purposesOf(command, 0)) {
            if (!found.some((entry) => entry.purpose === purpose))
                found.push({ purpose, command: shorten(command.join(' ')) });
        }
    }
    return found;
}
const WRAPPERS = new Map(Object.entries({
    npx: { valueFlags: ['-p', '--package'] },
    bunx: { valueFlags: ['-p', '--package'] },
    pnpx: {},
    uvx: { valueFlags: ['--from', '--with', '--python', '-p'] },
    poetry: { subcommand: 'run' },
    uv: { subcommand: 'run', valueFlags: ['--with', '--python', '-p', '--extra', '--group', '--only-group', '--package', '--directory', '--project', '--env-file'] },
    pipenv: { subcommand: 'run' },
    rye: { subcommand: 'run' },
    pdm: { subcommand: 'run' },
    hatch: { subcommand: 'run', valueFlags: ['-e', '--env'] },
    bundle: { subcommand: 'exec' },
    sudo: { valueFlags: ['-u', '-g', '-U', '-C', '-p', '-h'] },
    env: { valueFlags: ['-u', '--unset', '-C', '--chdir'] },
    'cross-env': {},
    timeout: { valueFlags: ['-k', '--kill-after', '-s', '--signal'], positional: 1 },
    nice: { valueFlags: ['-n'] },
    'xvfb-run': { valueFlags: ['-s', '--server-args', '-n', '--server-num'] },
}));
// Python packaging front ends that build and publish without a `run` (`uv build`, `poetry publish`).
const PACKAGING = new Map(['uv', 'poetry', 'pdm', 'hatch'].map((tool) => [tool, new Map([['build', 'build'], ['publish', 'deploy']])]));
PACKAGING.set('bundle', new Map([['audit', 'security-scan']]));
const PACKAGE_MANAGER_VALUE_FLAGS = new Map([
    ['npm', ['--prefix', '-w', '--workspace', '-C']],
    ['pnpm', ['--filter', '-F', '-C', '--dir', '--reporter']],
    ['yarn', ['--cwd']],
    ['bun', ['--cwd', '--filter']],
]);
function purposesOf(words, depth) {
    const command = commandStart(words);
    const first = command[0];
    if (first === undefined || depth > 8)
        return [];
    const name = commandName(first);
    const args = command.slice(1);
    if ((name === 'bash' || name === 'sh') && args[0] === '-c' && args[1] !== undefined) {
        return shellCommands(args[1]).flatMap((inner) => purposesOf(inner, depth + 1));
    }
    const managerValueFlags = PACKAGE_MANAGER_VALUE_FLAGS.get(name);
    if (managerValueFlags)
        return packageManagerPurposes(name, managerValueFlags, args, depth);
    if (/^(python(\d+(\.\d+)*)?|py|pypy\d*)$/.test(name))
        return pythonPurposes(args, depth);
    if (name === 'go' && (args[0] === 'run' || args[0] === 'tool'))
        return goToolPurposes(args.slice(1), depth);
    const tasks = taskRunnerTasks(name, args);
    if (tasks !== undefined)
        return tasks.flatMap(taskPurposes);
    const packaging = PACKAGING.get(name)?.get(args[0] ?? '');
    if (packaging !== undefined)
        return [packaging];
    const tool = PURPOSE_TOOLS.get(name);
    if (tool)
        return tool(args);
    const wrapper = WRAPPERS.get(name);
    if (!wrapper)
        return [];
    let rest = args;
    if (wrapper.subcommand !== undefined) {
        if (args[0] !== wrapper.subcommand)
            return [];
        rest = args.slice(1);
    }
    const wrapped = afterOptions(rest, wrapper.valueFlags ?? []).slice(wrapper.positional ?? 0);
    const purposes = purposesOf(wrapped, depth + 1);
    // `pdm run` and `hatch run` also run the project's own scripts by name (`pdm run lint`).
    return purposes.length === 0 && (name === 'pdm' || name === 'hatch') && wrapped[0] !== undefined ? taskPurposes(wrapped[0]) : purposes;
}
/** `npm run lint`, `pnpm -r build`, `yarn workspace web build`, `npm publish`, `yarn npm audit`, `pnpm exec eslint`… */
function packageManagerPurposes(manager, valueFlags, args, depth) {
    let i = 0;
    while (i < args.length) {
        const arg = args[i];
        if (arg.startsWith('-'))
            i += valueFlags.includes(arg) ? 2 : 1;
        else if (manager === 'yarn' && arg === 'workspace')
            i += 2;
        else if (manager === 'yarn' && arg === 'npm')
            i += 1;
        else
            break;
    }
    const subcommand = args[i];
    const rest = args.slice(i + 1);
    if (subcommand === undefined)
        return [];
    if (subcommand === 'publish')
        return ['deploy'];
    if (subcommand === 'audit')
        return rest[0] === 'fix' ? [] : ['security-scan'];
    if (subcommand === 'pack')
        return ['build'];
    if (manager === 'bun' && subcommand === 'build')
        return ['build'];
    if (['run', 'run-script', 'rum', 'urn'].includes(subcommand)) {
        const script = afterOptions(rest, valueFlags);
        return script[0] === undefined ? [] : taskPurposes(script[0]);
    }
    if (['exec', 'dlx', 'x'].includes(subcommand))
        return purposesOf(afterOptions(rest, valueFlags), depth + 1);
    // npm runs only its own subcommands; the others also run a script or a binary by its bare name.
    if (manager === 'npm')
        return [];
    const asScript = taskPurposes(subcommand);
    return asScript.length > 0 ? asScript : purposesOf([subcommand, ...rest], depth + 1);
}
/** `python -m build`, `python3 -m mypy`, `python -m twine upload`, `python setup.py sdist`. */
function pythonPurposes(args, depth) {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-m') {
            const [module, ...rest] = args.slice(i + 1);
            if (module === undefined)
                return [];
            // Modules are named with underscores where their commands use dashes: pip_audit is pip-audit.
            if (module === 'build')
                return ['build'];
            return purposesOf([module.replace(/_/g, '-'), ...rest], depth + 1);
        }
        if (arg === '-c')
            return [];
        if (arg === '-W' || arg === '-X')
            i += 1;
        else if (!arg.startsWith('-'))
            return arg.endsWith('setup.py') ? setupPyPurposes(args.slice(i + 1)) : [];
    }
    return [];
}
function setupPyPurposes(args) {
    const commands = operands(args);
    const purposes = [];
    if (commands.some((command) => ['sdist', 'bdist_wheel', 'build', 'bdist'].includes(command)))
        purposes.push('build');
    if (commands.includes('upload'))
        purposes.push('deploy');
    return purposes;
}
/** `go run golang.org/x/vuln/cmd/govulncheck@latest ./...` runs govulncheck; so does `go tool govulncheck`. */
function goToolPurposes(args, depth) {
    const [target, ...rest] = afterOptions(args, ['-exec', '-tags', '-C']);
    if (target === undefined || target.endsWith('.go') || target.startsWith('.'))
        return [];
    const tool = target.replace(/@.*$/, '');
    return purposesOf([tool.slice(tool.lastIndexOf('/') + 1), ...rest], depth + 1);
}
/**
 * The tasks a task runner is asked for: make/just/rake targets (bare `make` builds its default target),
 * tox `-e` and nox `-s` environments, nx targets, turbo and lerna `run` tasks. Undefined for other commands.
 */
function taskRunnerTasks(name, args) {
    if (name === 'make' || name === 'gmake') {
        const targets = operands(args, ['-C', '-f', '--directory', '--file', '-j', '--jobs']).filter((target) => !/^\d+$/.test(target));
        return targets.length === 0 ? ['build'] : targets.map((target) => (target === 'all' ? 'build' : target));
    }
    if (name === 'just')
        return operands(args, ['-f', '--justfile', '-d', '--working-directory']);
    if (name === 'rake')
        return operands(args, ['-f', '--rakefile', '-C', '--directory']);
    if (name === 'tox' || name === 'nox')
        return optionValues(args, ['-e', '-s', '--session', '--sessions']).flatMap((value) => value.split(','));
    if (name === 'turbo' || name === 'lerna') {
        const [first, ...rest] = operands(args, ['--filter', '-F', '--scope', '--concurrency']);
        if (name === 'lerna')
            return first === 'run' ? rest.slice(0, 1) : [];
        return first === 'run' ? rest : first === undefined ? [] : [first, ...rest];
    }
    if (name === 'nx')
        return nxTargets(args);
    return undefined;
}
function nxTargets(args) {
    const [target, project] = operands(args, ['-t', '--target', '--targets', '-p', '--projects', '-c', '--configuration', '--base', '--head']);
    if (target === 'run')
        return project === undefined ? [] : project.split(':').slice(1, 2);
    if (target === 'run-many' || target === 'affected') {
        // `-t build lint` takes every word up to the next option.
        const targets = [];
        for (let i = 0; i < args.length; i++) {
            const arg = args[i];
            if (/^--targets?=|^-t=/.test(arg))
                targets.push(...arg.slice(arg.indexOf('=') + 1).split(','));
            if (arg !== '-t' && arg !== '--target' && arg !== '--targets')
                continue;
            for (let j = i + 1; j < args.length && !args[j].startsWith('-'); j++)
                targets.push(...args[j].split(','));
        }
        return targets;
    }
    return target === undefined ? [] : [target.replace(/^affected:/, '')];
}
/** Values of options such as `-e lint` or `-e=lint`. */
function optionValues(args, flags) {
    const values = [];
    args.forEach((arg, i) => {
        const next = args[i + 1];
        if (flags.includes(arg) && next !== undefined)
            values.push(next);
        const flag = flags.find((candidate) => arg.startsWith(`${candidate}=`));
        if (flag !== undefined)
            values.push(arg.slice(flag.length + 1));
    });
    return values;
}
const LINT_TASK = /^(lint|eslint|stylelint|typing|typecheck|type-check|check-types|mypy|pyright|flake8|pylint|ruff|pre-commit|clippy|rubocop|standard|(format|fmt|prettier|style)-check|check-(format|fmt|style))(-|$)/;
const BUILD_TASK = /^(build|compile)(-|$)/;
const DEPLOY_TASK = /^(deploy|publish)(-|$)/;
/** A script, target or environment named for its purpose: `lint:fix`, `build-docker`, `format:check`, `deploy_prod`. */
function taskPurposes(task) {
    const name = task.toLowerCase().replace(/[:_]/g, '-');
    const purposes = [];
    if (LINT_TASK.test(name))
        purposes.push('lint');
    if (BUILD_TASK.test(name))
        purposes.push('build');
    if (DEPLOY_TASK.test(name))
        purposes.push('deploy');
    return purposes;
}
/** A task or bake target named for its purpose, or after the tool it runs (`lint`, `govulncheck`). */
function namedTaskPurposes(task) {
    const byName = taskPurposes(task);
    return byName.length > 0 ? byName : PURPOSE_TOOLS.get(task)?.([]) ?? [];
}

;// CONCATENATED MODULE: ./src/collectors/ci-known-actions.ts
// What a `uses:` step (or a job-level reusable workflow call) does, by the action it names:
// `aquasecurity/trivy-action@v0.28.0` scans, `pypa/gh-action-pypi-publish@<sha>` deploys. Only
// actions that do the work count; setup and login actions (`docker/login-action`,
// `google-github-actions/auth`) and result uploaders (`github/codeql-action/upload-sarif`) do not.

const ci_known_actions_always = (...purposes) => () => purposes;
/**
 * Image builders also push when `push:` is set to anything but `false`; an expression such as
 * `${{ github.event_name != 'pull_request' }}` counts, because the job pushes on some events.
 */
const buildsAndMaybePushes = (inputs) => {
    const push = inputs.get('push');
    return push !== undefined && push.trim() !== 'false' ? ['build', 'deploy'] : ['build'];
};
/**
 * Bake runs named targets; projects name check targets for what they run (`targets: lint`,
 * `targets: govulncheck`), and those are not builds of the product.
 */
const bakes = (inputs) => {
    const named = (inputs.get('targets') ?? '').split(/[\s,]+/).filter((target) => target !== '');
    const purposes = [...new Set(named.flatMap(namedTaskPurposes))];
    if (purposes.length === 0)
        return buildsAndMaybePushes(inputs);
    return buildsAndMaybePushes(inputs).includes('deploy') && !purposes.includes('deploy') ? [...purposes, 'deploy'] : purposes;
};
/** GoReleaser publishes when it runs `release` without `--snapshot`. */
const goreleaser = (inputs) => {
    const args = inputs.get('args') ?? '';
    if (/\brelease\b/.test(args) && !args.includes('--snapshot'))
        return ['build', 'deploy'];
    return ['build'];
};
const withInput = (input, pattern, ...purposes) => (inputs) => pattern.test(inputs.get(input) ?? '') ? purposes : [];
// Lowercase, without `@ref`: GitHub owner and repository names are case-insensitive.
const KNOWN_ACTIONS = new Map(Object.entries({
    'golangci/golangci-lint-action': ci_known_actions_always('lint'),
    'super-linter/super-linter': ci_known_actions_always('lint'),
    'super-linter/super-linter/slim': ci_known_actions_always('lint'),
    'github/super-linter': ci_known_actions_always('lint'),
    'oxsecurity/megalinter': ci_known_actions_always('lint'),
    'pre-commit/action': ci_known_actions_always('lint'),
    'hadolint/hadolint-action': ci_known_actions_always('lint'),
    'wearerequired/lint-action': ci_known_actions_always('lint'),
    'astral-sh/ruff-action': ci_known_actions_always('lint'),
    'chartboost/ruff-action': ci_known_actions_always('lint'),
    'psf/black': ci_known_actions_always('lint'),
    'ludeeus/action-shellcheck': ci_known_actions_always('lint'),
    'raven-actions/actionlint': ci_known_actions_always('lint'),
    'davidanson/markdownlint-cli2-action': ci_known_actions_always('lint'),
    'ibiqlik/action-yamllint': ci_known_actions_always('lint'),
    'actions-rs/clippy-check': ci_known_actions_always('lint'),
    'giraffate/clippy-action': ci_known_actions_always('lint'),
    'dominikh/staticcheck-action': ci_known_actions_always('lint'),
    'docker/build-push-action': buildsAndMaybePushes,
    'docker/bake-action': bakes,
    'depot/build-push-action': buildsAndMaybePushes,
    'depot/bake-action': bakes,
    'redhat-actions/buildah-build': ci_known_actions_always('build'),
    'goreleaser/goreleaser-action': goreleaser,
    'github/codeql-action/analyze': ci_known_actions_always('security-scan'),
    'actions/dependency-review-action': ci_known_actions_always('security-scan'),
    'aquasecurity/trivy-action': ci_known_actions_always('security-scan'),
    'aquasecurity/tfsec-action': ci_known_actions_always('security-scan'),
    'ossf/scorecard-action': ci_known_actions_always('security-scan'),
    'anchore/scan-action': ci_known_actions_always('security-scan'),
    'gitleaks/gitleaks-action': ci_known_actions_always('security-scan'),
    'trufflesecurity/trufflehog': ci_known_actions_always('security-scan'),
    'returntocorp/semgrep-action': ci_known_actions_always('security-scan'),
    'semgrep/semgrep-action': ci_known_actions_always('security-scan'),
    'securego/gosec': ci_known_actions_always('security-scan'),
    'pycqa/bandit-action': ci_known_actions_always('security-scan'),
    'pypa/gh-action-pip-audit': ci_known_actions_always('security-scan'),
    'golang/govulncheck-action': ci_known_actions_always('security-scan'),
    'rustsec/audit-check': ci_known_actions_always('security-scan'),
    'actions-rs/audit-check': ci_known_actions_always('security-scan'),
    'embarkstudios/cargo-deny-action': ci_known_actions_always('security-scan'),
    'docker/scout-action': ci_known_actions_always('security-scan'),
    'checkmarx/kics-github-action': ci_known_actions_always('security-scan'),
    'bridgecrewio/checkov-action': ci_known_actions_always('security-scan'),
    'zizmorcore/zizmor-action': ci_known_actions_always('security-scan'),
    'aws-actions/amazon-ecs-deploy-task-definition': ci_known_actions_always('deploy'),
    'aws-actions/aws-cloudformation-github-deploy': ci_known_actions_always('deploy'),
    'azure/webapps-deploy': ci_known_actions_always('deploy'),
    'azure/functions-action': ci_known_actions_always('deploy'),
    'azure/k8s-deploy': ci_known_actions_always('deploy'),
    'azure/container-apps-deploy-action': ci_known_actions_always('deploy'),
    'azure/static-web-apps-deploy': ci_known_actions_always('deploy'),
    'azure/arm-deploy': ci_known_actions_always('deploy'),
    'appleboy/ssh-action': ci_known_actions_always('deploy'),
    'appleboy/scp-action': ci_known_actions_always('deploy'),
    'easingthemes/ssh-deploy': ci_known_actions_always('deploy'),
    'burnett01/rsync-deployments': ci_known_actions_always('deploy'),
    'pypa/gh-action-pypi-publish': ci_known_actions_always('deploy'),
    'js-devtools/npm-publish': ci_known_actions_always('deploy'),
    'jamesives/github-pages-deploy-action': ci_known_actions_always('deploy'),
    'peaceiris/actions-gh-pages': ci_known_actions_always('deploy'),
    'actions/deploy-pages': ci_known_actions_always('deploy'),
    'amondnet/vercel-action': ci_known_actions_always('deploy'),
    'cloudflare/wrangler-action': ci_known_actions_always('deploy'),
    'cloudflare/pages-action': ci_known_actions_always('deploy'),
    'akhileshns/heroku-deploy': ci_known_actions_always('deploy'),
    'softprops/action-gh-release': ci_known_actions_always('deploy'),
    'ncipollo/release-action': ci_known_actions_always('deploy'),
    'helm/chart-releaser-action': ci_known_actions_always('deploy'),
    'superfly/flyctl-actions': withInput('args', /\bdeploy\b/, 'deploy'),
    'changesets/action': withInput('publish', /\S/, 'deploy'),
}));
// Families named by prefix: `snyk/actions/node`, `google-github-actions/deploy-cloudrun`, and
// google/osv-scanner-action's reusable workflows (`…/.github/workflows/osv-scanner-reusable.yml`).
const ACTION_FAMILIES = [
    ['snyk/actions/', ci_known_actions_always('security-scan')],
    ['google/osv-scanner-action/', ci_known_actions_always('security-scan')],
    ['oxsecurity/megalinter/flavors/', ci_known_actions_always('lint')],
    ['google-github-actions/deploy-', ci_known_actions_always('deploy')],
];
/** The purposes of `uses: owner/repo[/path]@ref`; none for local (`./…`) and `docker://` steps. */
function actionPurposes(uses, inputs) {
    const at = uses.indexOf('@');
    const action = (at === -1 ? uses : uses.slice(0, at)).trim().toLowerCase();
    const known = KNOWN_ACTIONS.get(action) ?? ACTION_FAMILIES.find(([prefix]) => action.startsWith(prefix))?.[1];
    return known ? known(inputs) : [];
}

;// CONCATENATED MODULE: ./src/collectors/ci-job-purposes.ts
// What a job is for besides testing: lint, build, security scan, deploy. Read from its `run:`
// commands (ci-purpose-commands.ts), its `uses:` steps or reusable workflow call
// (ci-known-actions.ts), and for deploys also its `environment:`.



/** Each purpose of a job once, at the first place that shows it, in file order. */
function jobPurposes(source, job, steps) {
    const found = [];
    const add = (purpose, line, by) => {
        if (!found.some((entry) => entry.purpose === purpose))
            found.push({ purpose, line, by });
    };
    const environment = deploymentEnvironment(source, job);
    if (environment)
        add('deploy', environment.line, `environment: ${environment.name}`);
    const call = mappingEntry(source, job.value, 'uses');
    const workflow = scalarText(call?.value ?? null);
    if (call !== undefined && workflow !== undefined) {
        for (const purpose of actionPurposes(workflow, new Map()))
            add(purpose, call.line, workflow);
    }
    for (const step of steps) {
        if (step.kind === 'run') {
            for (const { purpose, command } of commandPurposes(step.script))
                add(purpose, step.line, command);
        }
        else {
            for (const purpose of actionPurposes(step.action, step.inputs))
                add(purpose, step.line, step.action);
        }
    }
    return found.sort((a, b) => a.line - b.line);
}
/**
 * The job's environment when GitHub records a deployment for it: a literal name, and not
 * `deployment: false`. A name that is an expression is left out, because projects use
 * `environment: ${{ cond && 'main' || '' }}` to hand secrets to test jobs on some events only.
 * https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-deployments/managing-environments-for-deployment
 */
function deploymentEnvironment(source, job) {
    const environment = mappingEntry(source, job.value, 'environment');
    if (environment === undefined)
        return undefined;
    const value = resolved(source, environment.value);
    const name = scalarText(value) ?? scalarText(mappingEntry(source, value, 'name')?.value ?? null);
    const deployment = scalarText(mappingEntry(source, value, 'deployment')?.value ?? null);
    if (name === undefined || name.trim() === '' || name.includes('${{') || deployment === 'false')
        return undefined;
    return { line: environment.line, name };
}

;// CONCATENATED MODULE: ./src/collectors/ci-job-steps.ts
// Reads a GitHub Actions job into plain data the CI collectors classify: its `run:` scripts (with
// literal `env:` values substituted) and its `uses:` steps (with their literal `with:` inputs), in
// order, each at the line of its `run:` or `uses:` key.


/** The `run:` and `uses:` steps of a job; none for a job that calls a reusable workflow. */
function jobSteps(source, job, workflowEnv) {
    if (mappingEntry(source, job.value, 'uses'))
        return [];
    const jobEnv = new Map([...workflowEnv, ...literalEnv(source, job.value)]);
    const steps = resolved(source, mappingEntry(source, job.value, 'steps')?.value);
    if (!(0,dist/* isSeq */.oP)(steps))
        return [];
    const found = [];
    for (const item of steps.items) {
        const run = mappingEntry(source, item, 'run');
        const script = scalarText(run?.value ?? null);
        if (run !== undefined && script !== undefined) {
            const env = new Map([...jobEnv, ...literalEnv(source, item)]);
            const line = run.line || lineOf(source, resolved(source, item));
            found.push({ kind: 'run', line, script: env.size === 0 ? script : expandEnv(script, env) });
            continue;
        }
        const uses = mappingEntry(source, item, 'uses');
        const action = scalarText(uses?.value ?? null);
        if (uses !== undefined && action !== undefined) {
            found.push({ kind: 'uses', line: uses.line, action, inputs: scalarEntries(source, mappingEntry(source, item, 'with')?.value) });
        }
    }
    return found;
}
/** The `env:` entries of a workflow, job or step whose values are plain text, not expressions. */
function literalEnv(source, owner) {
    const env = new Map();
    for (const [name, value] of scalarEntries(source, mappingEntry(source, owner, 'env')?.value)) {
        if (!value.includes('${{'))
            env.set(name, value);
    }
    return env;
}
/** A mapping's scalar values as text (expressions kept as written); collections are left out. */
function scalarEntries(source, node) {
    const entries = new Map();
    for (const entry of mappingEntries(source, node)) {
        const value = scalarText(entry.value);
        if (value !== undefined)
            entries.set(entry.key, value);
    }
    return entries;
}
const ENV_EXPRESSION = /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;
function expandEnv(script, env) {
    return script.replace(ENV_EXPRESSION, (expression, name) => env.get(name) ?? expression);
}

;// CONCATENATED MODULE: ./src/collectors/ci-test-commands.ts
// Decides whether a CI `run:` script invokes a test runner. The script is split into simple
// commands (ci-shell-commands.ts), then each command is read from its first word: wrappers (`npx`,
// `uv run`, `sudo`, `env X=1`…) are looked through and the command left must be a known test
// runner. `echo pytest` is therefore not a test: `echo` is the command.


/** The first command in `script` that runs tests, as written (words joined by one space, ≤ 80 chars). */
function findTestCommand(script) {
    for (const words of shellCommands(script)) {
        const start = skipShellKeywords(words, 0);
        if (runsTests(words.slice(start), 0))
            return shorten(words.slice(start).join(' '));
    }
    return undefined;
}
const ci_test_commands_SHELL_KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'time', 'exec', 'command', 'nohup']);
const ci_test_commands_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function skipShellKeywords(words, start) {
    let i = start;
    while (i < words.length && ci_test_commands_SHELL_KEYWORDS.has(words[i]))
        i += 1;
    return i;
}
// Maps, not object literals: a command named `constructor` or `toString` must not find a prototype member.
const ci_test_commands_WRAPPERS = new Map(Object.entries({
    npx: { valueFlags: ['-p', '--package'] },
    bunx: { valueFlags: ['-p', '--package'] },
    pnpx: {},
    uvx: { valueFlags: ['--from', '--with', '--python', '-p'] },
    poetry: { subcommand: 'run' },
    uv: { subcommand: 'run', valueFlags: ['--with', '--python', '-p', '--extra', '--group', '--only-group', '--package', '--directory', '--project', '--env-file'] },
    pipenv: { subcommand: 'run' },
    rye: { subcommand: 'run' },
    bundle: { subcommand: 'exec' },
    'xvfb-run': { valueFlags: ['-s', '--server-args', '-n', '--server-num', '-e', '--error-file', '-f', '--auth-file', '-p', '--xauth-protocol', '-w', '--wait'] },
    sudo: { valueFlags: ['-u', '-g', '-U', '-C', '-p', '-h'] },
    env: { valueFlags: ['-u', '--unset', '-C', '--chdir'] },
    'cross-env': {},
    timeout: { valueFlags: ['-k', '--kill-after', '-s', '--signal'], positional: 1 },
    nice: { valueFlags: ['-n'] },
}));
// A project script whose name starts with `test` runs tests, like `npm run test:unit`.
const SCRIPT_RUNNERS = new Set(['pdm', 'hatch']);
const RUNNERS = new Map(Object.entries({
    pytest: () => true,
    'py.test': () => true,
    unittest: () => true,
    tox: () => true,
    nox: () => true,
    vitest: () => true,
    jest: () => true,
    mocha: () => true,
    ava: () => true,
    playwright: (args) => operands(args)[0] === 'test',
    node: nodeRunsTests,
    go: (args) => operands(args)[0] === 'test',
    gotestsum: () => true,
    mvn: mavenRunsTests,
    mvnw: mavenRunsTests,
    gradle: gradleRunsTests,
    gradlew: gradleRunsTests,
    cargo: cargoRunsTests,
    cross: cargoRunsTests,
    'wasm-pack': (args) => operands(args)[0] === 'test',
    dotnet: (args) => operands(args)[0] === 'test',
    rspec: () => true,
    rails: (args) => isRubyTestTask(operands(args)[0]),
    rake: (args) => operands(args).some(isRubyTestTask),
    phpunit: () => true,
    make: (args) => operands(args, ['-C', '-f', '--directory', '--file']).some((t) => t === 'test' || t.startsWith('test-')),
    'manage.py': (args) => operands(args)[0] === 'test',
    nx: nxRunsTests,
    turbo: (args) => operands(args).some((task) => task.startsWith('test')),
}));
const ci_test_commands_MAVEN_VALUE_FLAGS = ['-f', '--file', '-pl', '--projects', '-P', '--activate-profiles', '-s', '--settings', '-gs', '--global-settings', '-T', '--threads', '-rf', '--resume-from', '-t', '--toolchains', '-l', '--log-file', '-b', '--builder', '-D'];
const ci_test_commands_GRADLE_VALUE_FLAGS = ['-x', '--exclude-task', '-p', '--project-dir', '-b', '--build-file', '-c', '--settings-file', '-g', '--gradle-user-home', '-I', '--init-script', '-D', '-P', '--console'];
const ci_test_commands_PACKAGE_MANAGER_VALUE_FLAGS = new Map([
    ['npm', ['--prefix', '-w', '--workspace', '-C']],
    ['pnpm', ['--filter', '-F', '-C', '--dir', '--reporter']],
    ['yarn', ['--cwd']],
    ['bun', ['--cwd', '--filter']],
]);
function runsTests(words, depth) {
    let i = 0;
    while (i < words.length && ci_test_commands_ASSIGNMENT.test(words[i]))
        i += 1;
    const command = words[i];
    if (command === undefined || depth > 8)
        return false;
    const name = commandName(command);
    const args = words.slice(i + 1);
    const runner = RUNNERS.get(name);
    if (runner)
        return runner(args);
    const managerValueFlags = ci_test_commands_PACKAGE_MANAGER_VALUE_FLAGS.get(name);
    if (managerValueFlags)
        return packageManagerRunsTests(name, managerValueFlags, args, depth);
    if (/^(python(\d+(\.\d+)*)?|py|pypy\d*)$/.test(name))
        return pythonRunsTests(args, depth);
    if ((name === 'bash' || name === 'sh') && args[0] === '-c' && args[1] !== undefined) {
        return shellCommands(args[1]).some((inner) => runsTests(inner.slice(skipShellKeywords(inner, 0)), depth + 1));
    }
    if (TEST_SCRIPT.test(name))
        return true;
    if ((name === 'bash' || name === 'sh') && args[0] !== undefined && TEST_SCRIPT.test(commandName(args[0])))
        return true;
    const inContainer = composeRunCommand(name, args);
    if (inContainer !== undefined)
        return runsTests(inContainer, depth + 1);
    if (name === 'coverage' && args[0] === 'run')
        return pythonRunsTests(args.slice(1), depth);
    if (name === 'hatch' && args[0] === 'test')
        return true;
    if (SCRIPT_RUNNERS.has(name) && args[0] === 'run') {
        const script = afterOptions(args.slice(1), [], 0);
        return script[0]?.startsWith('test') === true || runsTests(script, depth + 1);
    }
    const wrapper = ci_test_commands_WRAPPERS.get(name);
    if (!wrapper)
        return false;
    let rest = args;
    if (wrapper.subcommand !== undefined) {
        if (args[0] !== wrapper.subcommand)
            return false;
        rest = args.slice(1);
    }
    return runsTests(afterOptions(rest, wrapper.valueFlags ?? [], wrapper.positional ?? 0), depth + 1);
}
/** A project's own test script: `test.sh`, `tests-start.sh`, `run-tests.sh`, `run_tests.bash`. */
const TEST_SCRIPT = /^(run[-_]?)?tests?([-_.][A-Za-z0-9_.-]*)?\.(sh|bash)$/;
const COMPOSE_GLOBAL_VALUE_FLAGS = ['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory'];
const COMPOSE_RUN_VALUE_FLAGS = ['-e', '--env', '-w', '--workdir', '-u', '--user', '--name', '--entrypoint', '-p', '--publish', '-v', '--volume', '-l', '--label', '--index'];
/** The command that `docker compose run|exec [options] SERVICE command…` (or `docker-compose`) runs in a container. */
function composeRunCommand(name, args) {
    let rest;
    if (name === 'docker' && args[0] === 'compose')
        rest = afterOptions(args.slice(1), COMPOSE_GLOBAL_VALUE_FLAGS, 0);
    else if (name === 'docker-compose')
        rest = afterOptions(args, COMPOSE_GLOBAL_VALUE_FLAGS, 0);
    if (rest === undefined || (rest[0] !== 'run' && rest[0] !== 'exec'))
        return undefined;
    return afterOptions(rest.slice(1), COMPOSE_RUN_VALUE_FLAGS, 1);
}
/** `npm test`, `yarn test:unit`, `pnpm --filter web run test`, `npm exec jest`, `yarn jest`… */
function packageManagerRunsTests(manager, valueFlags, args, depth) {
    let i = 0;
    while (i < args.length) {
        const arg = args[i];
        if (arg.startsWith('-'))
            i += valueFlags.includes(arg) ? 2 : 1;
        else if (manager === 'yarn' && arg === 'workspace')
            i += 2;
        else if (manager === 'yarn' && arg === 'workspaces' && args[i + 1] === 'foreach')
            i += 2;
        else
            break;
    }
    const subcommand = args[i];
    const rest = args.slice(i + 1);
    if (subcommand === undefined)
        return false;
    if (manager === 'npm' && (subcommand === 't' || subcommand === 'tst'))
        return true;
    if (subcommand === 'test' || (manager !== 'npm' && subcommand.startsWith('test')))
        return true;
    if (['run', 'run-script', 'rum', 'urn'].includes(subcommand)) {
        const script = afterOptions(rest, valueFlags, 0);
        return script[0]?.startsWith('test') === true || runsTests(script, depth + 1);
    }
    if (['exec', 'dlx', 'x'].includes(subcommand))
        return runsTests(afterOptions(rest, valueFlags, 0), depth + 1);
    return manager !== 'npm' && manager !== 'bun' && runsTests([subcommand, ...rest], depth + 1);
}
/** `python -m pytest`, `python3.12 -m unittest`, `python manage.py test`, `coverage run -m pytest`. */
function pythonRunsTests(args, depth) {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-m')
            return runsTests(args.slice(i + 1), depth + 1);
        if (arg === '-c')
            return false;
        if (arg === '-W' || arg === '-X' || arg === '--source' || arg === '--rcfile')
            i += 1;
        else if (!arg.startsWith('-'))
            return runsTests(args.slice(i), depth + 1);
    }
    return false;
}
/** A `test` or `verify` goal, unless tests are skipped with `-DskipTests` / `-Dmaven.test.skip`. */
function mavenRunsTests(args) {
    if (args.some((arg) => /^-D(skipTests|maven\.test\.skip)(=true)?$/.test(arg)))
        return false;
    return operands(args, ci_test_commands_MAVEN_VALUE_FLAGS).some((goal) => goal === 'test' || goal === 'verify');
}
/** A `test`, `check` or `build` task (also `:app:test`), unless `-x test` excludes the tests. */
function gradleRunsTests(args) {
    if (args.some((arg, i) => (arg === '-x' || arg === '--exclude-task') && args[i + 1] === 'test'))
        return false;
    return operands(args, ci_test_commands_GRADLE_VALUE_FLAGS).some(isGradleTestTask);
}
function cargoRunsTests(args) {
    if (args.includes('--no-run'))
        return false;
    const [subcommand, ...rest] = operands(args.filter((arg) => !arg.startsWith('+')), ['-Z', '--config', '-C']);
    if (subcommand === 'test' || subcommand === 'nextest')
        return true;
    if (subcommand === 'llvm-cov')
        return !['report', 'clean', 'show-env'].includes(rest[0] ?? '');
    if (subcommand === 'hack' || subcommand === 'miri')
        return rest.some((word) => word === 'test' || word === 'nextest');
    return false;
}
function nxRunsTests(args) {
    const [target, project] = operands(args);
    if (target === 'test' || target === 'affected:test')
        return true;
    if (target === 'run')
        return project !== undefined && /:test(:|$)/.test(project);
    if (target !== 'run-many' && target !== 'affected')
        return false;
    return args.some((arg, i) => ((arg === '-t' || arg === '--target' || arg === '--targets') && args[i + 1]?.split(',').includes('test')) ||
        (/^--targets?=/.test(arg) && arg.slice(arg.indexOf('=') + 1).split(',').includes('test')));
}
/** `node --test`: the built-in runner, asked for before any script name. */
function nodeRunsTests(args) {
    for (const arg of args) {
        if (arg === '--test')
            return true;
        if (!arg.startsWith('-'))
            return false;
    }
    return false;
}
function isGradleTestTask(task) {
    const name = task.slice(task.lastIndexOf(':') + 1);
    return name === 'test' || name === 'check' || name === 'build';
}
function isRubyTestTask(task) {
    return task !== undefined && /^(test|spec)(:|$)/.test(task);
}

;// CONCATENATED MODULE: ./src/collectors/ci-triggers.ts
// The events that start a workflow, from its `on:` key written as a string (`on: push`), a list
// (`on: [push, pull_request]`) or a map of events to filters.
// https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#on


const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
// A merge queue runs the checks a pull request needs before it merges, so a scan there gates PRs too.
const PULL_REQUEST_GATE_EVENTS = [...PULL_REQUEST_EVENTS, 'merge_group'];
function workflowTriggers(source, root) {
    // A YAML 1.1 document (`%YAML 1.1`) reads the bare key `on` as the boolean true.
    const on = mappingEntry(source, root, 'on') ?? mappingEntry(source, root, 'true');
    if (on === undefined)
        return undefined;
    const value = on.value;
    const single = scalarText(value);
    let events;
    if (single !== undefined)
        events = [single];
    else if ((0,dist/* isSeq */.oP)(value))
        events = value.items.flatMap((item) => scalarText(resolved(source, item)) ?? []);
    else
        events = mappingEntries(source, value).map((entry) => entry.key);
    const workflowRun = mappingEntry(source, value, 'workflow_run')?.value;
    const named = resolved(source, mappingEntry(source, workflowRun, 'workflows')?.value);
    const workflowRuns = (0,dist/* isSeq */.oP)(named)
        ? named.items.flatMap((item) => scalarText(resolved(source, item)) ?? [])
        : [scalarText(named)].flatMap((name) => name ?? []);
    return { line: on.line, events, workflowRuns };
}

;// CONCATENATED MODULE: ./src/collectors/ci-workflows.ts






const WORKFLOWS_FOLDER = '.github/workflows/';
const ciWorkflows = {
    id: 'ci-workflows',
    // GitHub runs only files directly in the root's `.github/workflows/`, never in subfolders.
    wants(file) {
        const path = file.path;
        return (path.startsWith(WORKFLOWS_FOLDER) &&
            path.indexOf('/', WORKFLOWS_FOLDER.length) === -1 &&
            (path.endsWith('.yml') || path.endsWith('.yaml')));
    },
    collect(file, text) {
        const fileName = file.path.slice(file.path.lastIndexOf('/') + 1);
        const parsed = parseYaml(text);
        if (!parsed.ok) {
            // A broken workflow is still a workflow file someone meant to run; count it and say why it fails.
            return [workflowFinding(file.path, fileName), yamlParseError(file.path, parsed.problem)];
        }
        const { source } = parsed;
        const findings = [];
        let name;
        for (const document of source.documents) {
            name ??= scalarText(mappingEntry(source, rootMapping(source, document), 'name')?.value ?? null);
            findings.push(...jobFindings(file.path, name ?? fileName, source, document));
        }
        return [workflowFinding(file.path, name ?? fileName), ...findings];
    },
};
function workflowFinding(file, name) {
    return { kind: 'ci.workflows', file, line: 1, message: `GitHub Actions workflow \`${name}\``, data: { name } };
}
function jobFindings(file, workflow, source, document) {
    const findings = [];
    const root = rootMapping(source, document);
    const workflowEnv = literalEnv(source, root);
    const triggers = workflowTriggers(source, root);
    const events = triggers?.events ?? [];
    const prEvents = events.filter((event) => PULL_REQUEST_EVENTS.includes(event));
    if (triggers !== undefined && prEvents.length > 0) {
        findings.push({
            kind: 'ci.pr-workflows',
            file,
            line: triggers.line,
            message: `workflow \`${workflow}\` runs on pull requests (${prEvents.map((event) => `\`${event}\``).join(', ')})`,
            data: { workflow, events: events.join(',') },
        });
    }
    const gatesPullRequests = events.some((event) => PULL_REQUEST_GATE_EVENTS.includes(event));
    const gateFacts = [];
    const jobs = mappingEntry(source, root, 'jobs');
    for (const job of mappingEntries(source, jobs?.value)) {
        findings.push({
            kind: 'ci.jobs',
            file,
            line: job.line,
            message: `job \`${job.key}\``,
            data: { job: job.key, workflow },
        });
        const steps = jobSteps(source, job, workflowEnv);
        const testStep = firstTestStep(steps);
        if (testStep) {
            findings.push({
                kind: 'ci.test-jobs',
                file,
                line: testStep.line,
                message: `job \`${job.key}\` runs tests: \`${testStep.command}\``,
                data: { job: job.key, workflow, command: testStep.command },
            });
        }
        const purposes = jobPurposes(source, job, steps);
        for (const purpose of purposes) {
            findings.push(purposeFinding(file, workflow, job.key, purpose));
            if (purpose.purpose === 'security-scan' && gatesPullRequests) {
                findings.push({
                    kind: 'ci.security-scans-on-pr',
                    file,
                    line: purpose.line,
                    message: `job \`${job.key}\` scans pull requests: \`${purpose.by}\``,
                    data: { job: job.key, workflow, by: purpose.by, events: events.join(',') },
                });
            }
        }
        gateFacts.push({
            job: job.key,
            line: job.line,
            needs: jobNeeds(source, job),
            runsTests: testStep !== undefined,
            deploys: purposes.some((purpose) => purpose.purpose === 'deploy'),
            callsWorkflow: mappingEntry(source, job.value, 'uses') !== undefined,
            checksRunConclusion: checksRunConclusion(source, job),
        });
    }
    for (const { job, upstream } of deploysWithoutTests(gateFacts, events.includes('workflow_run'))) {
        const needed = upstream.map((name) => `\`${name}\``).join(', ');
        findings.push({
            kind: 'ci.deploy-without-tests',
            file,
            line: job.line,
            message: upstream.length === 0
                ? `deploy job \`${job.job}\` runs no tests and needs no job that does`
                : `deploy job \`${job.job}\` runs no tests, nor does any job it needs (${needed})`,
            data: { job: job.job, workflow, needs: upstream.join(',') },
        });
    }
    return findings;
}
const PURPOSE_FINDINGS = {
    lint: { kind: 'ci.lint-jobs', verb: 'lints' },
    build: { kind: 'ci.build-jobs', verb: 'builds' },
    'security-scan': { kind: 'ci.security-scan-jobs', verb: 'runs a security scan' },
    deploy: { kind: 'ci.deploy-jobs', verb: 'deploys' },
};
function purposeFinding(file, workflow, job, { purpose, line, by }) {
    const { kind, verb } = PURPOSE_FINDINGS[purpose];
    return { kind, file, line, message: `job \`${job}\` ${verb}: \`${by}\``, data: { job, workflow, purpose, by } };
}
/** The first `run:` step of a job that invokes a test runner, at the line of its `run:` key. */
function firstTestStep(steps) {
    for (const step of steps) {
        if (step.kind !== 'run')
            continue;
        const command = findTestCommand(step.script);
        if (command !== undefined)
            return { line: step.line, command };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/compose-services.ts

const COMPOSE_FILE_NAME = /^(docker-)?compose([.\-_][^/]*)?\.ya?ml$/;
const composeServices = {
    id: 'compose-services',
    wants(file) {
        return COMPOSE_FILE_NAME.test(file.path.slice(file.path.lastIndexOf('/') + 1));
    },
    collect(file, text) {
        const parsed = parseYaml(text);
        if (!parsed.ok)
            return [yamlParseError(file.path, parsed.problem)];
        const { source } = parsed;
        const findings = [];
        for (const document of source.documents) {
            const services = mappingEntry(source, rootMapping(source, document), 'services');
            for (const service of mappingEntries(source, services?.value)) {
                if (service.key.startsWith('x-'))
                    continue;
                findings.push({
                    kind: 'compose.services',
                    file: file.path,
                    line: service.line,
                    message: `compose service \`${service.key}\``,
                    data: { service: service.key },
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/collectors/javascript/positions.ts
// Offsets to 1-based lines and columns. Line starts are found once with indexOf, then each finding's
// line is a binary search, so lexing never has to count newlines.
function indexLines(text) {
    const starts = [0];
    let newline = text.indexOf('\n');
    while (newline !== -1) {
        starts.push(newline + 1);
        newline = text.indexOf('\n', newline + 1);
    }
    return starts;
}
function lineAt(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] ?? 0) <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low + 1;
}
function columnAt(starts, offset) {
    return offset - (starts[lineAt(starts, offset) - 1] ?? 0) + 1;
}

;// CONCATENATED MODULE: ./src/collectors/todo-tags.ts
// TODO-style tags in comment text, shared by every language's collector so `todo.comments` means the
// same thing everywhere: TODO, FIXME, XXX or HACK as an uppercase whole word, one finding per comment.
const TAG = /(?<![A-Za-z0-9_])(TODO|FIXME|XXX|HACK)(?![A-Za-z0-9_])/;
const MESSAGE_LIMIT = 120;
/** A newline and the `*` that starts each line of a JSDoc-style block. */
const BLOCK_LINE_START = /\r?\n[ \t]*\*?(?!\/)/g;
const LEADING_PUNCTUATION = /^[\s:\-–]+/;
/** The first tag in a comment's body (the text without its `#`, `//` or `/* … *\/` markers). */
function findTodoTag(body) {
    const match = TAG.exec(body);
    return match === null ? undefined : { tag: match[1] ?? 'TODO', index: match.index };
}
function clean(value) {
    return value.replace(BLOCK_LINE_START, ' ').replace(LEADING_PUNCTUATION, '').trim();
}
function todo_tags_shorten(value) {
    const flat = value.replace(/\s+/g, ' ').trim();
    return flat.length > MESSAGE_LIMIT ? `${flat.slice(0, MESSAGE_LIMIT)}…` : flat;
}
/** "TAG: the words after the tag" (`# TODO: retry` → "TODO: retry"), or the whole comment when none follow. */
function todoMessage(body, found) {
    const window = MESSAGE_LIMIT * 4;
    const start = found.index + found.tag.length;
    const after = clean(body.slice(start, start + window));
    return `${found.tag}: ${todo_tags_shorten(after.length > 0 ? after : clean(body.slice(0, window)))}`;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/chars.ts
// Character classes by char code. Non-ASCII characters count as identifier characters unless they are
// Unicode spaces: exact XID tables are not worth their cost for counting evidence.
function isUnicodeSpace(code) {
    return (code === 0xa0 ||
        code === 0xfeff ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000);
}
function isWhitespace(code) {
    return code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && isUnicodeSpace(code));
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
/** Letters, `_`, non-ASCII, and `$` where the language allows it (Java). */
function isIdentifierStart(code, dollar) {
    return ((code >= 97 && code <= 122) ||
        (code >= 65 && code <= 90) ||
        code === 95 ||
        (dollar && code === 36) ||
        (code >= 0x80 && !isUnicodeSpace(code)));
}
function isIdentifierPart(code, dollar) {
    return isIdentifierStart(code, dollar) || isDigit(code);
}
function skipIdentifier(text, from, dollar) {
    let pos = from;
    while (pos < text.length && isIdentifierPart(text.charCodeAt(pos), dollar))
        pos++;
    return pos;
}

;// CONCATENATED MODULE: ./src/collectors/token-buffer.ts
// A token stream as parallel typed arrays rather than one object per token, so a 1 MB generated file stays
// cheap. Shared by the lexers; each language module defines its own token kinds and punctuator values.
function createTokenBuffer(capacity = 1024) {
    return {
        count: 0,
        kinds: new Uint8Array(capacity),
        starts: new Int32Array(capacity),
        ends: new Int32Array(capacity),
        values: new Int32Array(capacity),
        partners: new Int32Array(capacity).fill(-1),
    };
}
function grow(buffer) {
    const capacity = buffer.kinds.length * 2;
    const kinds = new Uint8Array(capacity);
    kinds.set(buffer.kinds);
    const starts = new Int32Array(capacity);
    starts.set(buffer.starts);
    const ends = new Int32Array(capacity);
    ends.set(buffer.ends);
    const values = new Int32Array(capacity);
    values.set(buffer.values);
    const partners = new Int32Array(capacity).fill(-1);
    partners.set(buffer.partners);
    Object.assign(buffer, { kinds, starts, ends, values, partners });
}
/** Appends a token and returns its index. */
function pushToken(buffer, kind, start, end, value = 0) {
    if (buffer.count === buffer.kinds.length)
        grow(buffer);
    const index = buffer.count++;
    buffer.kinds[index] = kind;
    buffer.starts[index] = start;
    buffer.ends[index] = end;
    buffer.values[index] = value;
    return index;
}
/** Empties a buffer for another file, keeping its arrays: allocating typed arrays costs more than lexing a small file. */
function clearTokens(buffer) {
    // Partners are the one column pushToken does not write; every slot must read "none" again, as in a new buffer.
    buffer.partners.fill(-1, 0, buffer.count);
    buffer.count = 0;
}
function pair(buffer, open, close) {
    buffer.partners[open] = close;
    buffer.partners[close] = open;
}
function isKind(buffer, index, kind) {
    return index >= 0 && index < buffer.count && buffer.kinds[index] === kind;
}
function partnerOf(buffer, index) {
    return index >= 0 && index < buffer.count ? (buffer.partners[index] ?? -1) : -1;
}
function tokenText(text, buffer, index) {
    if (index < 0 || index >= buffer.count)
        return '';
    return text.slice(buffer.starts[index], buffer.ends[index]);
}
/**
 * Index of the first token starting at or after `offset`, searching from token `low` (tokens are in text
 * order, so this is a binary search); `count` when there is none.
 */
function firstTokenFrom(buffer, offset, low = 0) {
    return firstAtLeast(buffer.starts, offset, low, buffer.count);
}
/** Index of the first of the ascending `values[low..high)` that is at least `value`, or `high` (a binary search). */
function firstAtLeast(values, value, low = 0, high = values.length) {
    let from = low;
    let to = high;
    while (from < to) {
        const middle = (from + to) >> 1;
        if ((values[middle] ?? 0) < value)
            from = middle + 1;
        else
            to = middle;
    }
    return from;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/tokens.ts
// The token stream of the C-family lexer: parallel typed arrays rather than one object per token, so a
// 1 MB generated file stays cheap. Strings, chars and comments are never looked inside by the analyses.

const IDENT = 1;
const NUMBER = 2;
/** Any string form, interpolated ones included as one token. */
const STRING = 3;
const CHAR = 4;
/** Rust `'a` (lifetime or loop label). */
const LIFETIME = 5;
const PUNCT = 6;
// Punctuator values: single characters use their char code; these pairs are told apart.
const DOUBLE_COLON = 256;
/** `->` */
const THIN_ARROW = 257;
/** `=>` */
const FAT_ARROW = 258;
const BANG = 33;
const HASH = 35;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const STAR = 42;
const COMMA = 44;
const DOT = 46;
const COLON = 58;
const SEMICOLON = 59;
const LESS = 60;
const EQUALS = 61;
const GREATER = 62;
const AT = 64;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const PIPE = 124;
const CLOSE_BRACE = 125;

function isPunct(buffer, index, value) {
    return isKind(buffer, index, PUNCT) && buffer.values[index] === value;
}
/** True when the token is the identifier `word` (keywords are identifiers here). */
function isWord(text, buffer, index, word) {
    if (!isKind(buffer, index, IDENT))
        return false;
    const start = buffer.starts[index] ?? 0;
    return (buffer.ends[index] ?? 0) - start === word.length && text.startsWith(word, start);
}
/** True when the token is one of `words` (a set of identifiers). */
function isOneOf(text, buffer, index, words) {
    return isKind(buffer, index, IDENT) && words.has(tokenText(text, buffer, index));
}
/**
 * The tokens of `kind` whose text is exactly `spelling`, in order. Found by searching the source for the
 * spelling and binary-searching the token starts, which is much cheaper than testing every token when the
 * spelling is rare; occurrences inside comments, strings or longer words match no token.
 */
function tokensSpelled(text, buffer, kind, spelling) {
    const found = [];
    let low = 0;
    for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
        low = firstTokenFrom(buffer, at, low);
        if (low === buffer.count)
            break;
        if (buffer.starts[low] === at && buffer.ends[low] === at + spelling.length && buffer.kinds[low] === kind)
            found.push(low);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/lex-state.ts

function createLexState(text, dialect, spare) {
    return {
        text,
        dialect,
        pos: 0,
        tokens: tokenBufferFor(text, spare),
        commentStarts: [],
        commentEnds: [],
        openBrackets: [],
        lostTrack: undefined,
    };
}
/** About one token per four characters; `spare` is emptied and reused when it is big enough. */
function tokenBufferFor(text, spare) {
    const capacity = Math.min(1 << 20, Math.max(1024, text.length >> 2));
    if (spare === undefined || spare.kinds.length < capacity)
        return createTokenBuffer(capacity);
    clearTokens(spare);
    return spare;
}
/** Records the first place the lexer lost track; later problems are usually its consequences. */
function loseTrack(state, offset, reason) {
    if (state.lostTrack === undefined)
        state.lostTrack = { offset, reason };
}
const OPENER_OF = {
    [CLOSE_PAREN]: OPEN_PAREN,
    [CLOSE_BRACKET]: OPEN_BRACKET,
    [CLOSE_BRACE]: OPEN_BRACE,
};
/** How far below the top a stray closer looks for its opener; keeps hostile input linear. */
const RECOVERY_DEPTH = 64;
function closeBracket(state, code) {
    const { tokens, openBrackets } = state;
    const index = pushToken(tokens, PUNCT, state.pos, state.pos + 1, code);
    const expected = OPENER_OF[code] ?? 0;
    const top = openBrackets.length - 1;
    let depth = top;
    while (depth >= 0 && depth > top - RECOVERY_DEPTH && tokens.values[openBrackets[depth] ?? 0] !== expected)
        depth--;
    if (depth !== top)
        loseTrack(state, state.pos, `unbalanced \`${String.fromCharCode(code)}\``);
    // A stray closer pairs with the nearest matching opener, dropping unclosed ones above it, if there is one.
    if (depth >= 0 && tokens.values[openBrackets[depth] ?? 0] === expected) {
        pair(tokens, openBrackets[depth] ?? 0, index);
        // `pop` for the usual case: setting `length` is a much slower builtin call.
        if (depth === top)
            openBrackets.pop();
        else
            openBrackets.length = depth;
    }
    state.pos++;
}
function reportUnclosed(state) {
    const open = state.openBrackets[state.openBrackets.length - 1];
    if (open === undefined)
        return;
    const code = state.tokens.values[open] ?? 0;
    loseTrack(state, state.tokens.starts[open] ?? 0, `unclosed \`${String.fromCharCode(code)}\``);
}
/** Reads a `//` or `/*` comment at `state.pos`; block comments nest when the dialect says so. */
function scanComment(state) {
    const { text } = state;
    const start = state.pos;
    if (text.charCodeAt(start + 1) === 47) {
        const newline = text.indexOf('\n', start + 2);
        state.pos = newline === -1 ? text.length : newline;
    }
    else {
        state.pos = blockCommentEnd(text, start, state.dialect.nestedBlockComments);
        if (state.pos === -1) {
            loseTrack(state, start, 'unterminated block comment');
            state.pos = text.length;
        }
    }
    state.commentStarts.push(start);
    state.commentEnds.push(state.pos);
}
/** Offset just after the block comment starting at `start`, or -1 when it never closes. */
function blockCommentEnd(text, start, nested) {
    if (!nested) {
        const close = text.indexOf('*/', start + 2);
        return close === -1 ? -1 : close + 2;
    }
    let depth = 1;
    let pos = start + 2;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === 47 && text.charCodeAt(pos + 1) === 42) {
            depth++;
            pos += 2;
        }
        else if (code === 42 && text.charCodeAt(pos + 1) === 47) {
            pos += 2;
            if (--depth === 0)
                return pos;
        }
        else {
            pos++;
        }
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/literals.ts
// String and char literals without interpolation (Go, Rust, Java, and chars everywhere). Their contents
// never count, so each scanner only finds where the literal ends; on failure it records where it lost track.



const BACKSLASH = 92;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const QUOTE = 34;
const APOSTROPHE = 39;
const literals_HASH = 35;
function finish(state, kind, start, end) {
    pushToken(state.tokens, kind, start, end);
    state.pos = end;
}
/**
 * Offset just after a backslash-escaped literal whose content starts at `from` and ends at `quote`,
 * or -1 when a line ends first (`multiline` false) or the text ends. A line end is left unconsumed.
 */
function escapedLiteralEnd(text, from, quote, multiline) {
    let pos = from;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === quote)
            return pos + 1;
        if (code === BACKSLASH)
            pos += 2;
        else if (!multiline && (code === LINE_FEED || code === CARRIAGE_RETURN))
            return -1;
        else
            pos++;
    }
    return -1;
}
/** A `"…"` string (with `contentStart` after any prefix such as Rust's `b`). */
function scanQuotedString(state, start, contentStart) {
    const { text } = state;
    const end = escapedLiteralEnd(text, contentStart, QUOTE, state.dialect.multilineStrings);
    if (end !== -1)
        return finish(state, STRING, start, end);
    loseTrack(state, start, 'unterminated string');
    finish(state, STRING, start, lineEnd(text, contentStart));
}
/** `'x'`, `'\n'`, `'\u{1F600}'`; in Rust also `'a` (a lifetime or label) when no closing quote follows. */
function scanCharOrLifetime(state, start) {
    const { text } = state;
    const first = text.charCodeAt(start + 1);
    if (state.dialect.lifetimes && first !== BACKSLASH && isIdentifierStart(first, false)) {
        // One code point, then a quote, makes a char (`'a'`, `'😀'`); anything else is a lifetime `'a`.
        const width = first >= 0xd800 && first <= 0xdbff ? 2 : 1;
        if (text.charCodeAt(start + 1 + width) !== APOSTROPHE) {
            let pos = start + 1 + width;
            while (pos < text.length && isIdentifierPart(text.charCodeAt(pos), false))
                pos++;
            return finish(state, LIFETIME, start, pos);
        }
    }
    const end = escapedLiteralEnd(text, start + 1, APOSTROPHE, false);
    if (end !== -1)
        return finish(state, CHAR, start, end);
    loseTrack(state, start, 'unterminated character literal');
    finish(state, CHAR, start, lineEnd(text, start));
}
/** Go's `` `…` ``: no escapes, may span lines. */
function scanBacktickString(state, start) {
    const close = state.text.indexOf('`', start + 1);
    if (close !== -1)
        return finish(state, STRING, start, close + 1);
    loseTrack(state, start, 'unterminated raw string');
    finish(state, STRING, start, state.text.length);
}
/** Rust `r"…"`, `r#"…"#` (any number of `#`), after a `b`/`c` prefix too; `quoteOrHash` is just after the `r`. */
function scanRustRawString(state, start, quoteOrHash) {
    const { text } = state;
    let pos = quoteOrHash;
    while (text.charCodeAt(pos) === literals_HASH)
        pos++;
    const hashes = pos - quoteOrHash;
    const closing = `"${'#'.repeat(hashes)}`;
    const close = text.indexOf(closing, pos + 1);
    if (close !== -1)
        return finish(state, STRING, start, close + closing.length);
    loseTrack(state, start, 'unterminated raw string');
    finish(state, STRING, start, text.length);
}
/** True when a Rust raw string starts at `pos` (just after its `r`): `"` or one or more `#` then `"`. */
function isRustRawStringAt(text, pos) {
    let at = pos;
    while (text.charCodeAt(at) === literals_HASH)
        at++;
    return text.charCodeAt(at) === QUOTE;
}
/** Java's `"""` text block: escapes allowed, ends at the first unescaped `"""`. */
function scanTextBlock(state, start) {
    const { text } = state;
    let pos = start + 3;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === BACKSLASH)
            pos += 2;
        else if (code === QUOTE && text.startsWith('""', pos + 1))
            return finish(state, STRING, start, pos + 3);
        else
            pos++;
    }
    loseTrack(state, start, 'unterminated text block');
    finish(state, STRING, start, text.length);
}
function lineEnd(text, from) {
    let pos = from;
    while (pos < text.length && text.charCodeAt(pos) !== LINE_FEED && text.charCodeAt(pos) !== CARRIAGE_RETURN)
        pos++;
    return pos;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/interpolated.ts
// Kotlin and C# strings, whose interpolation holes (`"${expr}"`, `$"{expr}"`) may hold further strings,
// chars and braces. The whole literal, holes included, becomes one STRING token: nothing inside counts.
// Nesting is an explicit stack of frames, never recursion.



const interpolated_BACKSLASH = 92;
const interpolated_LINE_FEED = 10;
const interpolated_CARRIAGE_RETURN = 13;
const interpolated_QUOTE = 34;
const interpolated_APOSTROPHE = 39;
const DOLLAR = 36;
const interpolated_AT = 64;
const interpolated_OPEN_BRACE = 123;
const interpolated_CLOSE_BRACE = 125;
const BACKTICK = 96;
/** Kotlin `"…"` */
const KOTLIN_LINE = 1;
/** Kotlin `"""…"""` */
const KOTLIN_RAW = 2;
/** C# `"…"`, `$"…"` */
const CSHARP_REGULAR = 3;
/** C# `@"…"`, `$@"…"`, `@$"…"` */
const CSHARP_VERBATIM = 4;
/** C# `"""…"""`, `$$"""…"""` */
const CSHARP_RAW = 5;
/** Inside an interpolation hole. */
const HOLE = 6;
/** The string that starts at `pos`, if one does: its frame and where its content begins. */
function stringStartAt(state, pos) {
    const { text } = state;
    if (state.dialect.interpolation === 'kotlin') {
        if (text.charCodeAt(pos) !== interpolated_QUOTE)
            return undefined;
        const raw = text.startsWith('"""', pos);
        return { frame: interpolated_frame(raw ? KOTLIN_RAW : KOTLIN_LINE), contentStart: pos + (raw ? 3 : 1) };
    }
    let at = pos;
    let verbatim = false;
    if (text.charCodeAt(at) === interpolated_AT) {
        verbatim = true;
        at++;
    }
    const dollarStart = at;
    while (text.charCodeAt(at) === DOLLAR)
        at++;
    const dollars = at - dollarStart;
    if (!verbatim && text.charCodeAt(at) === interpolated_AT) {
        verbatim = true;
        at++;
    }
    if (text.charCodeAt(at) !== interpolated_QUOTE)
        return undefined;
    if (verbatim)
        return { frame: { ...interpolated_frame(CSHARP_VERBATIM), dollars }, contentStart: at + 1 };
    let quotes = 0;
    while (text.charCodeAt(at + quotes) === interpolated_QUOTE)
        quotes++;
    // `""` is an empty string; three or more quotes open a raw string literal.
    if (quotes >= 3)
        return { frame: { ...interpolated_frame(CSHARP_RAW), dollars, quotes }, contentStart: at + quotes };
    return { frame: { ...interpolated_frame(CSHARP_REGULAR), dollars }, contentStart: at + 1 };
}
function interpolated_frame(kind) {
    return { kind, dollars: 0, quotes: 0, depth: 0 };
}
/** Reads the Kotlin or C# string starting at `state.pos`; `first` is its frame from `stringStartAt`. */
function scanInterpolatedString(state, first, contentStart) {
    const { text } = state;
    const start = state.pos;
    if (first.kind === CSHARP_REGULAR && first.dollars === 0) {
        // A plain C# `"…"`, most strings, has no holes: an escaped literal. Only an unterminated one needs the steps.
        const end = escapedLiteralEnd(text, contentStart, interpolated_QUOTE, false);
        if (end !== -1) {
            pushToken(state.tokens, STRING, start, end);
            state.pos = end;
            return;
        }
    }
    const frames = [first];
    let pos = contentStart;
    while (pos < text.length) {
        const top = frames[frames.length - 1];
        if (top === undefined)
            break;
        const next = top.kind === HOLE ? stepInHole(state, frames, top, pos) : stepInText(text, frames, top, pos);
        if (next === -1) {
            loseTrack(state, start, 'unterminated string');
            pos = lineEnd(text, pos);
            frames.length = 0;
            break;
        }
        pos = next;
    }
    if (frames.length > 0)
        loseTrack(state, start, 'unterminated string');
    pushToken(state.tokens, STRING, start, Math.min(pos, text.length));
    state.pos = Math.min(pos, text.length);
}
/** One step inside string text: returns the next offset, or -1 when a one-line string meets a line end. */
function stepInText(text, frames, top, pos) {
    const code = text.charCodeAt(pos);
    const oneLine = top.kind === KOTLIN_LINE || top.kind === CSHARP_REGULAR;
    if (oneLine && (code === interpolated_LINE_FEED || code === interpolated_CARRIAGE_RETURN))
        return -1;
    if (code === interpolated_BACKSLASH && (top.kind === KOTLIN_LINE || top.kind === CSHARP_REGULAR))
        return pos + 2;
    if (code === interpolated_QUOTE)
        return afterQuote(text, frames, top, pos);
    if (code === DOLLAR && (top.kind === KOTLIN_LINE || top.kind === KOTLIN_RAW) && text.charCodeAt(pos + 1) === interpolated_OPEN_BRACE) {
        frames.push(interpolated_frame(HOLE));
        return pos + 2;
    }
    if (code === interpolated_OPEN_BRACE && top.dollars > 0) {
        let run = 1;
        while (text.charCodeAt(pos + run) === interpolated_OPEN_BRACE)
            run++;
        if (top.kind === CSHARP_RAW) {
            // With n `$`, n braces open a hole; a shorter run is text.
            if (run < top.dollars)
                return pos + run;
            frames.push({ ...interpolated_frame(HOLE), dollars: top.dollars });
            return pos + run;
        }
        if (run >= 2)
            return pos + 2; // `{{` is a literal brace
        frames.push({ ...interpolated_frame(HOLE), dollars: 1 });
        return pos + 1;
    }
    return pos + 1;
}
function afterQuote(text, frames, top, pos) {
    if (top.kind === KOTLIN_RAW || top.kind === CSHARP_RAW) {
        let run = 1;
        while (text.charCodeAt(pos + run) === interpolated_QUOTE)
            run++;
        const needed = top.kind === KOTLIN_RAW ? 3 : top.quotes;
        if (run < needed)
            return pos + run;
        frames.pop();
        // Kotlin: quotes before the closing three belong to the content (`""""` ends with one quote inside).
        return pos + (top.kind === KOTLIN_RAW ? run : needed);
    }
    if (top.kind === CSHARP_VERBATIM && text.charCodeAt(pos + 1) === interpolated_QUOTE)
        return pos + 2;
    frames.pop();
    return pos + 1;
}
/** One step of code inside a hole: nested strings, chars, comments and braces. */
function stepInHole(state, frames, top, pos) {
    const { text } = state;
    const code = text.charCodeAt(pos);
    if (code === interpolated_OPEN_BRACE) {
        top.depth++;
        return pos + 1;
    }
    if (code === interpolated_CLOSE_BRACE) {
        if (top.depth-- > 0)
            return pos + 1;
        frames.pop();
        let run = 1;
        while (run < top.dollars && text.charCodeAt(pos + run) === interpolated_CLOSE_BRACE)
            run++;
        return pos + run;
    }
    if (code === interpolated_APOSTROPHE) {
        const end = escapedLiteralEnd(text, pos + 1, interpolated_APOSTROPHE, false);
        return end === -1 ? pos + 1 : end;
    }
    if (code === BACKTICK && state.dialect.backtick === 'identifier') {
        const close = text.indexOf('`', pos + 1);
        return close === -1 ? pos + 1 : close + 1;
    }
    if (code === 47 && text.charCodeAt(pos + 1) === 47)
        return lineEnd(text, pos);
    if (code === 47 && text.charCodeAt(pos + 1) === 42) {
        const end = blockCommentEnd(text, pos, state.dialect.nestedBlockComments);
        return end === -1 ? text.length : end;
    }
    const nested = stringStartAt(state, pos);
    if (nested === undefined)
        return pos + 1;
    frames.push(nested.frame);
    return nested.contentStart;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/lexer.ts
// One pass over C-family text (Go, Rust, Java, Kotlin, C#) producing significant tokens, bracket pairs
// and comment ranges. It is a lexer, not a parser; the dialect decides which literal forms exist.





/** `spare`, when given, is a buffer of an earlier result that is no longer needed: its tokens are overwritten. */
function lexCFamily(text, dialect, spare) {
    const state = createLexState(text, dialect, spare);
    skipBomAndShebang(state);
    const classes = characterClasses(dialect);
    const { tokens } = state;
    // The common tokens are read here with a local offset; everything else goes through `state.pos`.
    let pos = state.pos;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const kind = code < 128 ? classes[code] : nonAsciiClass(code);
        if (kind === SPACE) {
            pos++;
        }
        else if (kind === WORD) {
            const end = wordEnd(text, pos + 1, classes);
            if (dialect.rustRawStrings && end - pos <= 2 && isRustPrefixStart(code)) {
                state.pos = pos;
                readWord(state, end);
                pos = state.pos;
            }
            else {
                pushToken(tokens, IDENT, pos, end);
                pos = end;
            }
        }
        else if (kind === PUNCTUATOR) {
            const value = punctuatorValue(code, text.charCodeAt(pos + 1));
            const length = value === code ? 1 : 2;
            pushToken(tokens, PUNCT, pos, pos + length, value);
            pos += length;
        }
        else if (kind === OPENER) {
            state.openBrackets.push(pushToken(tokens, PUNCT, pos, pos + 1, code));
            pos++;
        }
        else if (kind === CLOSER) {
            state.pos = pos;
            closeBracket(state, code);
            pos = state.pos;
        }
        else if (kind === DIGIT) {
            const end = numberEnd(text, pos);
            pushToken(tokens, NUMBER, pos, end);
            pos = end;
        }
        else {
            state.pos = pos;
            readSymbol(state, code);
            pos = state.pos;
        }
    }
    state.pos = pos;
    reportUnclosed(state);
    return { tokens: state.tokens, commentStarts: state.commentStarts, commentEnds: state.commentEnds, lostTrack: state.lostTrack };
}
// What an ASCII character starts, looked up in a per-dialect table instead of a chain of comparisons.
const SPACE = 1;
const WORD = 2;
const DIGIT = 3;
/** A punctuator that is never the start of anything longer than `::`, `->` or `=>`. */
const PUNCTUATOR = 4;
const OPENER = 5;
const CLOSER = 6;
/** Comments, literals and the characters whose meaning depends on the dialect: `readSymbol` decides. */
const SYMBOL = 7;
const classTables = new Map();
function characterClasses(dialect) {
    let table = classTables.get(dialect);
    if (table === undefined) {
        table = new Uint8Array(128);
        for (let code = 0; code < 128; code++)
            table[code] = asciiClass(code, dialect);
        classTables.set(dialect, table);
    }
    return table;
}
function asciiClass(code, dialect) {
    if (isWhitespace(code))
        return SPACE;
    if (isIdentifierStart(code, dialect.dollarInIdentifiers))
        return WORD;
    if (isDigit(code))
        return DIGIT;
    if (code === 40 || code === 91 || code === 123)
        return OPENER;
    if (code === 41 || code === 93 || code === 125)
        return CLOSER;
    // `"`, `#`, `$`, `'`, `/`, `@` and backtick.
    if (code === 34 || code === 35 || code === 36 || code === 39 || code === 47 || code === 64 || code === 96)
        return SYMBOL;
    return PUNCTUATOR;
}
/** Non-ASCII characters are identifier characters unless they are Unicode spaces. */
function nonAsciiClass(code) {
    return isWhitespace(code) ? SPACE : WORD;
}
function wordEnd(text, from, classes) {
    let pos = from;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const kind = code < 128 ? classes[code] : nonAsciiClass(code);
        if (kind !== WORD && kind !== DIGIT)
            break;
        pos++;
    }
    return pos;
}
function skipBomAndShebang(state) {
    const { text } = state;
    if (text.charCodeAt(0) === 0xfeff)
        state.pos = 1;
    // `#![attr]` is a Rust inner attribute, not a shebang.
    if (text.startsWith('#!', state.pos) && text.charCodeAt(state.pos + 2) !== 91)
        state.pos = lineEnd(text, state.pos);
}
/** `b`, `c` or `r`: the letters a Rust literal prefix (`b"`, `c"`, `r#"`, `br"`, `cr"`, `r#ident`) starts with. */
function isRustPrefixStart(code) {
    return code === 98 || code === 99 || code === 114;
}
/** A string whose prefix looks like an identifier (Rust `r"…"`, `br#"…"#`, `b"…"`; raw identifiers `r#type`), else the identifier ending at `end`. */
function readWord(state, end) {
    const { text } = state;
    const start = state.pos;
    const word = text.slice(start, end);
    const next = text.charCodeAt(end);
    if ((word === 'r' || word === 'br' || word === 'cr') && isRustRawStringAt(text, end)) {
        return scanRustRawString(state, start, end);
    }
    if ((word === 'b' || word === 'c') && next === 34)
        return scanQuotedString(state, start, end + 1);
    if (word === 'b' && next === 39) {
        state.pos = end;
        return scanCharOrLifetime(state, end);
    }
    if (word === 'r' && next === 35 && isIdentifierStart(text.charCodeAt(end + 1), false)) {
        state.pos = skipIdentifier(text, end + 1, false);
        pushToken(state.tokens, IDENT, start, state.pos);
        return;
    }
    pushToken(state.tokens, IDENT, start, end);
    state.pos = end;
}
/** Digits, letters, `_` and a `.` followed by a digit; `1..10` stays a range, `1e-3` one number. */
function numberEnd(text, start) {
    const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
    let pos = start + 1;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(pos - 1) | 32) === 101;
        const fraction = code === 46 && isDigit(text.charCodeAt(pos + 1));
        if (!exponentSign && !fraction && !isIdentifierPart(code, false))
            break;
        pos++;
    }
    return pos;
}
function readSymbol(state, code) {
    const { text, dialect } = state;
    const pos = state.pos;
    const next = text.charCodeAt(pos + 1);
    if (code === 47 && (next === 47 || next === 42))
        return scanComment(state);
    if (code === 39)
        return scanCharOrLifetime(state, pos);
    if (dialect.interpolation !== 'none' && (code === 34 || code === 36 || code === 64)) {
        const string = stringStartAt(state, pos);
        if (string !== undefined)
            return scanInterpolatedString(state, string.frame, string.contentStart);
    }
    else if (code === 34) {
        return dialect.tripleQuotes === 'java' && text.startsWith('"""', pos) ? scanTextBlock(state, pos) : scanQuotedString(state, pos, pos + 1);
    }
    if (code === 96 && dialect.backtick !== 'none')
        return readBacktick(state);
    if (code === 35 && dialect.preprocessorLines && startsLine(text, pos)) {
        state.pos = lineEnd(text, pos);
        return;
    }
    if (code === 64 && dialect.interpolation === 'csharp' && isIdentifierStart(next, false)) {
        // `@class`: a C# verbatim identifier.
        state.pos = skipIdentifier(text, pos + 1, false);
        pushToken(state.tokens, IDENT, pos, state.pos);
        return;
    }
    readPunctuator(state, code, next);
}
function readBacktick(state) {
    const { text } = state;
    const start = state.pos;
    if (state.dialect.backtick === 'raw-string')
        return scanBacktickString(state, start);
    // Kotlin: `` `names with spaces` `` are identifiers, common for test names; they end on their line.
    const close = text.indexOf('`', start + 1);
    const end = lineEnd(text, start + 1);
    if (close === -1 || close > end) {
        loseTrack(state, start, 'unterminated backtick identifier');
        state.pos = end;
        return;
    }
    pushToken(state.tokens, IDENT, start, close + 1);
    state.pos = close + 1;
}
function startsLine(text, pos) {
    let at = pos - 1;
    while (at >= 0 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9))
        at--;
    return at < 0 || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13;
}
function readPunctuator(state, code, next) {
    const value = punctuatorValue(code, next);
    const length = value === code ? 1 : 2;
    pushToken(state.tokens, PUNCT, state.pos, state.pos + length, value);
    state.pos += length;
}
/** The punctuator value at a character: its code, or one of the two-character values. */
function punctuatorValue(code, next) {
    if (code === 58 && next === 58)
        return DOUBLE_COLON;
    if (code === 45 && next === 62)
        return THIN_ARROW;
    if (code === 61 && next === 62)
        return FAT_ARROW;
    return code;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/context.ts



/**
 * The tokens of the previous context, reused for the next file: allocating and clearing a fresh buffer costs
 * about as much as lexing a small file. So a context is only valid until the next `createContext`, which
 * holds for collectors that finish each file before starting the next.
 */
let spareTokens;
/** A spare bigger than this (after a huge file) is dropped rather than kept for the process's lifetime. */
const SPARE_LIMIT = 1 << 20;
function createContext(file, text, dialect) {
    const lexed = lexCFamily(text, dialect, spareTokens);
    spareTokens = lexed.tokens.kinds.length <= SPARE_LIMIT ? lexed.tokens : undefined;
    return { file, text, dialect, lexed, tokens: lexed.tokens, lines: undefined };
}
function lineStarts(context) {
    context.lines ??= indexLines(context.text);
    return context.lines;
}
function findingAt(context, kind, offset, message) {
    const lines = lineStarts(context);
    const finding = {
        kind,
        file: context.file.path,
        line: lineAt(lines, offset),
        column: columnAt(lines, offset),
        message,
    };
    if (context.file.language !== undefined)
        finding.language = context.file.language;
    return finding;
}
/** A finding at the start of token `index`. */
function findingAtToken(context, kind, index, message) {
    return findingAt(context, kind, context.tokens.starts[index] ?? 0, message);
}
/** `todo.comments`: one finding per comment carrying a tag (see `todo-tags.ts`), test code included. */
function collectTodoComments(context) {
    const { text } = context;
    const { commentStarts, commentEnds } = context.lexed;
    const findings = [];
    for (let index = 0; index < commentStarts.length; index++) {
        const start = commentStarts[index] ?? 0;
        const end = commentEnds[index] ?? start;
        const isBlock = text.charCodeAt(start + 1) === 42;
        const bodyEnd = isBlock && text.endsWith('*/', end) && end - start >= 4 ? end - 2 : end;
        const body = text.slice(start + 2, bodyEnd);
        const found = findTodoTag(body);
        if (found !== undefined)
            findings.push(findingAt(context, 'todo.comments', start + 2 + found.index, todoMessage(body, found)));
    }
    return findings;
}
/** The `parse.errors` finding when the lexer lost track, else nothing. */
function collectParseError(context) {
    const lost = context.lexed.lostTrack;
    if (lost === undefined)
        return [];
    const finding = findingAt(context, 'parse.errors', lost.offset, '');
    finding.message =
        `could not follow ${context.dialect.label} syntax after line ${finding.line} (${lost.reason}); ` +
            'counts for this file may be incomplete';
    finding.data = { reason: lost.reason };
    return [finding];
}
/** Collapses whitespace and cuts to `max` characters, so messages stay one readable line. */
function context_shorten(value, max) {
    const flat = value.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
/** Findings in reading order. */
function byPosition(findings) {
    return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

;// CONCATENATED MODULE: ./src/collectors/c-family/catch-clauses.ts


function findCatchClauses(context) {
    const { tokens, text } = context;
    const clauses = [];
    for (const index of tokensSpelled(text, tokens, IDENT, 'catch')) {
        if (!isPunct(tokens, index - 1, CLOSE_BRACE))
            continue;
        const open = isPunct(tokens, index + 1, OPEN_PAREN) ? index + 1 : -1;
        let block = open === -1 ? index + 1 : partnerOf(tokens, open) + 1;
        // C# exception filter: `catch (IOException e) when (e.HResult == 5) { … }`.
        if (block > 0 && isWord(text, tokens, block, 'when') && isPunct(tokens, block + 1, OPEN_PAREN)) {
            block = partnerOf(tokens, block + 1) + 1;
        }
        if (block > 0 && isPunct(tokens, block, OPEN_BRACE))
            clauses.push({ keyword: index, open, block });
    }
    return clauses;
}
/** The clause as written up to its `)`, whitespace collapsed: `catch (Exception e)`. */
function clauseText(context, clause) {
    const { tokens, text } = context;
    if (clause.open === -1)
        return 'catch';
    const close = partnerOf(tokens, clause.open);
    const inside = text.slice(tokens.ends[clause.open] ?? 0, tokens.starts[close] ?? 0).replace(/\s+/g, ' ').trim();
    return `catch (${inside.length > 80 ? `${inside.slice(0, 80)}…` : inside})`;
}
/** `catch.empty`: the clause's block holds no tokens (comments allowed). */
function collectEmptyCatches(context, clauses) {
    const findings = [];
    for (const clause of clauses) {
        if (partnerOf(context.tokens, clause.block) !== clause.block + 1)
            continue;
        const message = `empty \`${clauseText(context, clause)}\` block swallows the error`;
        findings.push(findingAtToken(context, 'catch.empty', clause.keyword, message));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/csharp-catches.ts



const GENERIC_TYPES = new Set(['Exception', 'System.Exception', 'global::System.Exception']);
function collectCSharpGenericCatches(context, clauses) {
    const findings = [];
    for (const clause of clauses) {
        if (clause.open !== -1 && !GENERIC_TYPES.has(caughtType(context, clause.open)))
            continue;
        const written = clause.open === -1 ? 'bare `catch`' : `\`${clauseText(context, clause)}\``;
        const message = `${written} catches every exception; catch the exceptions you expect`;
        findings.push(findingAtToken(context, 'catch.generic', clause.keyword, message));
    }
    return findings;
}
/** The type in `catch (global::System.Exception e)`, as written without spaces. */
function caughtType(context, open) {
    const { tokens, text } = context;
    let type = '';
    let index = open + 1;
    while (isKind(tokens, index, IDENT)) {
        type += tokenText(text, tokens, index++);
        if (!isPunct(tokens, index, DOT) && !isPunct(tokens, index, DOUBLE_COLON))
            break;
        type += tokenText(text, tokens, index++);
    }
    return type;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/csharp-attributes.ts

const MODIFIERS = new Set([
    'public', 'private', 'protected', 'internal', 'static', 'async', 'virtual', 'override', 'sealed', 'abstract',
    'extern', 'unsafe', 'new', 'readonly', 'partial', 'file', 'required', 'volatile',
]);
const TYPE_KEYWORDS = new Set(['class', 'struct', 'record', 'interface', 'enum']);
const HEADER_LIMIT = 256;
/** The attributes of the list opened at `open`, or undefined when it is not an attribute list. */
function attributeListAt(context, open) {
    const { tokens } = context;
    if (!isPunct(tokens, open, OPEN_BRACKET))
        return undefined;
    const before = open - 1;
    const placed = before < 0 || [SEMICOLON, OPEN_BRACE, CLOSE_BRACE, CLOSE_BRACKET].some((value) => isPunct(tokens, before, value));
    const close = partnerOf(tokens, open);
    if (!placed || close < 0)
        return undefined;
    let index = open + 1;
    // A target such as `assembly:` or `return:`.
    if (isKind(tokens, index, IDENT) && isPunct(tokens, index + 1, COLON))
        index += 2;
    const attributes = [];
    while (index < close) {
        const start = index;
        let name = index;
        while (isKind(tokens, index, IDENT)) {
            name = index++;
            if (!isPunct(tokens, index, DOT) && !isPunct(tokens, index, DOUBLE_COLON))
                break;
            index++;
        }
        if (name !== index - 1 || !isKind(tokens, name, IDENT))
            return undefined;
        if (isPunct(tokens, index, LESS))
            index = skipTypeArguments(context, index, close);
        const argumentsOpen = isPunct(tokens, index, OPEN_PAREN) ? index : -1;
        if (argumentsOpen !== -1)
            index = partnerOf(tokens, argumentsOpen) + 1;
        attributes.push({ name: tokenText(context.text, tokens, name).replace(/Attribute$/, ''), start, open: argumentsOpen });
        if (index === close)
            return attributes;
        if (!isPunct(tokens, index, COMMA))
            return undefined;
        index++;
    }
    return attributes.length > 0 ? attributes : undefined;
}
function skipTypeArguments(context, less, close) {
    let depth = 0;
    for (let index = less; index < close; index++) {
        if (isPunct(context.tokens, index, LESS))
            depth++;
        else if (isPunct(context.tokens, index, GREATER) && --depth === 0)
            return index + 1;
    }
    return close;
}
/** Reads the attribute lists starting at `first`, then what they are declared on. */
function declarationAfterAttributes(context, first) {
    const { tokens, text } = context;
    const attributes = [];
    let index = first;
    for (let list = attributeListAt(context, index); list !== undefined; list = attributeListAt(context, index)) {
        attributes.push(...list);
        index = partnerOf(tokens, index) + 1;
    }
    const end = index;
    if (attributes.length === 0)
        return { attributes, kind: 'other', name: -1, end };
    while (isOneOf(text, tokens, index, MODIFIERS))
        index++;
    const limit = Math.min(tokens.count, index + HEADER_LIMIT);
    for (; index < limit; index++) {
        if (isOneOf(text, tokens, index, TYPE_KEYWORDS))
            return { attributes, kind: 'class', name: index + 1, end };
        if (tokens.kinds[index] !== PUNCT)
            continue;
        const value = tokens.values[index] ?? 0;
        if (value === OPEN_PAREN) {
            const name = methodNameBefore(context, index);
            return { attributes, kind: name === -1 ? 'other' : 'method', name, end };
        }
        if (value === OPEN_BRACKET)
            index = Math.max(index, partnerOf(tokens, index));
        else if (value === OPEN_BRACE || value === SEMICOLON || value === EQUALS || value === FAT_ARROW)
            break;
        else if (value === CLOSE_PAREN || value === CLOSE_BRACKET || value === CLOSE_BRACE)
            break;
    }
    return { attributes, kind: 'other', name: -1, end };
}
/** The method name before a parameter list's `(`: `Name(` or `Name<T>(`; -1 otherwise. */
function methodNameBefore(context, open) {
    const { tokens } = context;
    let before = open - 1;
    if (isPunct(tokens, before, GREATER)) {
        let depth = 0;
        for (let steps = 0; before >= 0 && steps < HEADER_LIMIT; steps++, before--) {
            if (isPunct(tokens, before, GREATER))
                depth++;
            else if (isPunct(tokens, before, LESS) && --depth === 0)
                break;
        }
        before--;
    }
    return isKind(tokens, before, IDENT) && !isWord(context.text, tokens, before, 'new') ? before : -1;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/placeholder-bodies.ts

const NOT_IMPLEMENTED = /not.?implemented/i;
/** Enough of a message to find the words; bounds the regex on hostile literals. */
const MESSAGE_WINDOW = 1000;
/**
 * When the tokens from `from` up to `end` (exclusive; a `;` before it is allowed) are exactly one
 * placeholder statement, what it is for the message (`throws \`NotImplementedException\``); else undefined.
 */
function placeholderStatement(context, from, end, kotlin) {
    const { tokens, text } = context;
    const last = isPunct(tokens, end - 1, SEMICOLON) ? end - 1 : end;
    if (kotlin && isWord(text, tokens, from, 'TODO') && isPunct(tokens, from + 1, OPEN_PAREN)) {
        const close = partnerOf(tokens, from + 1);
        return close + 1 === last ? `is only \`TODO(${close === from + 2 ? '' : '…'})\`` : undefined;
    }
    if (!isWord(text, tokens, from, 'throw'))
        return undefined;
    let index = isWord(text, tokens, from + 1, 'new') ? from + 2 : from + 1;
    if (!isKind(tokens, index, IDENT))
        return undefined;
    let name = index;
    while (isPunct(tokens, index + 1, DOT) && isKind(tokens, index + 2, IDENT)) {
        index += 2;
        name = index;
    }
    if (!isPunct(tokens, index + 1, OPEN_PAREN) || partnerOf(tokens, index + 1) + 1 !== last)
        return undefined;
    const type = tokenText(text, tokens, name);
    if (NOT_IMPLEMENTED.test(type) || firstArgumentSaysNotImplemented(context, index + 2))
        return `only throws \`${type}\``;
    return undefined;
}
/**
 * Token indexes where a placeholder statement can start, in order: every `throw`, and in Kotlin every
 * `TODO`. Walking these instead of every body keeps files without placeholders cheap.
 */
function placeholderStarts(context, kotlin) {
    const { tokens, text } = context;
    const throws = tokensSpelled(text, tokens, IDENT, 'throw');
    if (!kotlin)
        return throws;
    return mergeAscending(throws, tokensSpelled(text, tokens, IDENT, 'TODO'));
}
function mergeAscending(first, second) {
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < first.length || j < second.length) {
        if (j === second.length || (i < first.length && (first[i] ?? 0) < (second[j] ?? 0)))
            merged.push(first[i++] ?? 0);
        else
            merged.push(second[j++] ?? 0);
    }
    return merged;
}
function firstArgumentSaysNotImplemented(context, argument) {
    const { tokens, text } = context;
    if (!isKind(tokens, argument, STRING))
        return false;
    const start = tokens.starts[argument] ?? 0;
    const end = Math.min(tokens.ends[argument] ?? start, start + MESSAGE_WINDOW);
    return NOT_IMPLEMENTED.test(text.slice(start, end));
}

;// CONCATENATED MODULE: ./src/collectors/c-family/csharp-stubs.ts




/** Words before `(` that make it a statement, an expression or an anonymous method, not a parameter list. */
const NOT_METHODS = new Set([
    'if', 'for', 'foreach', 'while', 'switch', 'catch', 'using', 'lock', 'fixed', 'when', 'checked', 'unchecked',
    'typeof', 'sizeof', 'nameof', 'default', 'delegate', 'return', 'throw', 'await',
]);
const ACCESSORS = new Set(['get', 'set', 'init', 'add', 'remove']);
/** Words before `name =>` that make it a lambda rather than an expression-bodied property. */
const NOT_TYPES = new Set(['async', 'return', 'await', 'in', 'is', 'as', 'case', 'when', 'throw', 'yield', 'else', 'out', 'ref']);
const MEMBER_LIMIT = 64;
const QUESTION = 63;
function collectCSharpPlaceholders(context) {
    const { tokens } = context;
    const findings = [];
    for (const statement of placeholderStarts(context, false)) {
        const index = statement - 1;
        const block = isPunct(tokens, index, OPEN_BRACE);
        if (!block && !isPunct(tokens, index, FAT_ARROW))
            continue;
        const end = block ? partnerOf(tokens, index) : arrowBodyEnd(context, index);
        if (end < 0)
            continue;
        const what = placeholderStatement(context, index + 1, end, false);
        if (what === undefined)
            continue;
        const name = memberName(context, index);
        if (name !== undefined)
            findings.push(findingAtToken(context, 'stubs.placeholder', index + 1, `\`${name}\` is a placeholder: its body ${what}`));
    }
    return findings;
}
/** `=> throw new X(…);`: the index after the `;`, or -1. */
function arrowBodyEnd(context, arrow) {
    const { tokens } = context;
    let index = arrow + 1;
    const limit = Math.min(tokens.count, arrow + MEMBER_LIMIT);
    while (index < limit && (isKind(tokens, index, IDENT) || isPunct(tokens, index, DOT)))
        index++;
    if (!isPunct(tokens, index, OPEN_PAREN))
        return -1;
    const after = partnerOf(tokens, index) + 1;
    return after > 0 && isPunct(tokens, after, SEMICOLON) ? after + 1 : -1;
}
/** The member whose body starts at `start` (`{` or `=>`), or undefined when it is not a member body. */
function memberName(context, start) {
    const { tokens, text } = context;
    const before = start - 1;
    if (isPunct(tokens, before, CLOSE_PAREN))
        return methodName(context, before);
    if (isOneOf(text, tokens, before, ACCESSORS)) {
        // `Name { get …`, possibly with a modifier: `Name { private set …`.
        let brace = before - 1;
        while (isKind(tokens, brace, IDENT) && brace > before - 3)
            brace--;
        const property = isPunct(tokens, brace, OPEN_BRACE) && isKind(tokens, brace - 1, IDENT) ? tokenText(text, tokens, brace - 1) : '';
        return property === '' ? tokenText(text, tokens, before) : `${property}.${tokenText(text, tokens, before)}`;
    }
    if (!isPunct(tokens, start, FAT_ARROW))
        return undefined;
    if (isPunct(tokens, before, CLOSE_BRACKET) && isWord(text, tokens, partnerOf(tokens, before) - 1, 'this'))
        return 'this[]';
    const typeEnd = before - 1;
    const typed = (isKind(tokens, typeEnd, IDENT) && !isOneOf(text, tokens, typeEnd, NOT_TYPES)) ||
        isPunct(tokens, typeEnd, GREATER) || isPunct(tokens, typeEnd, CLOSE_BRACKET) || isPunct(tokens, typeEnd, QUESTION);
    return isKind(tokens, before, IDENT) && typed ? tokenText(text, tokens, before) : undefined;
}
/** The method or constructor whose parameter list (or `: base(…)` initializer) closes at `close`. */
function methodName(context, close) {
    const { tokens, text } = context;
    let open = partnerOf(tokens, close);
    const initializer = isWord(text, tokens, open - 1, 'base') || isWord(text, tokens, open - 1, 'this');
    if (initializer && isPunct(tokens, open - 2, COLON) && isPunct(tokens, open - 3, CLOSE_PAREN))
        open = partnerOf(tokens, open - 3);
    const name = methodNameBefore(context, open);
    if (name === -1 || isOneOf(text, tokens, name, NOT_METHODS) || isPunct(tokens, name - 1, DOT))
        return undefined;
    return tokenText(text, tokens, name);
}

;// CONCATENATED MODULE: ./src/collectors/c-family/csharp-tests.ts



const TEST_ATTRIBUTES = new Set(['Fact', 'Theory', 'Test', 'TestCase', 'TestCaseSource', 'TestMethod', 'DataTestMethod']);
function collectCSharpTests(context) {
    const { tokens, text } = context;
    const findings = [];
    // Attribute lists read as part of an earlier declaration are not read again.
    let readUpTo = 0;
    for (const index of tokensSpelled(text, tokens, PUNCT, '[')) {
        if (index < readUpTo)
            continue;
        const declaration = declarationAfterAttributes(context, index);
        if (declaration.attributes.length === 0)
            continue;
        readUpTo = declaration.end;
        const { attributes, name } = declaration;
        const declared = tokenText(text, tokens, name);
        const ignore = attributes.find((attribute) => attribute.name === 'Ignore');
        if (declaration.kind === 'class' && ignore !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped-classes', ignore.start, `test class \`${declared}\` is skipped (\`[Ignore]\`)`));
        }
        const tests = attributes.filter((attribute) => TEST_ATTRIBUTES.has(attribute.name));
        if (declaration.kind !== 'method' || tests.length === 0)
            continue;
        findings.push(findingAtToken(context, 'tests.cases', name, `test \`${declared}\``));
        const skip = tests.map((attribute) => skipArgument(context, attribute)).find((at) => at !== -1);
        if (skip !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped', skip, `test \`${declared}\` is skipped (\`Skip = …\`)`));
        }
        else if (ignore !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped', ignore.start, `test \`${declared}\` is skipped (\`[Ignore]\`)`));
        }
    }
    return findings;
}
/** Token index of `Skip` in `[Fact(Skip = "…")]`, -1 when the attribute has no such argument. */
function skipArgument(context, attribute) {
    const { tokens, text } = context;
    if (attribute.open === -1)
        return -1;
    const close = partnerOf(tokens, attribute.open);
    for (let at = attribute.open + 1; at < close; at++) {
        const partner = partnerOf(tokens, at);
        if (partner > at)
            at = partner;
        else if (isWord(text, tokens, at, 'Skip') && isPunct(tokens, at + 1, EQUALS))
            return at;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/dialect.ts
// What differs between the C-family languages at the lexical level. The lexer is one loop; these flags
// decide which string, char and comment forms it knows.
const BASE = {
    label: '',
    nestedBlockComments: false,
    multilineStrings: false,
    lifetimes: false,
    backtick: 'none',
    rustRawStrings: false,
    tripleQuotes: 'none',
    interpolation: 'none',
    dollarInIdentifiers: false,
    preprocessorLines: false,
};
const GO = { ...BASE, label: 'Go', backtick: 'raw-string' };
const RUST = {
    ...BASE,
    label: 'Rust',
    nestedBlockComments: true,
    multilineStrings: true,
    lifetimes: true,
    rustRawStrings: true,
};
const JAVA = { ...BASE, label: 'Java', tripleQuotes: 'java', dollarInIdentifiers: true };
const KOTLIN = {
    ...BASE,
    label: 'Kotlin',
    nestedBlockComments: true,
    backtick: 'identifier',
    tripleQuotes: 'kotlin',
    interpolation: 'kotlin',
};
const CSHARP = {
    ...BASE,
    label: 'C#',
    tripleQuotes: 'csharp',
    interpolation: 'csharp',
    preprocessorLines: true,
};

;// CONCATENATED MODULE: ./src/collectors/csharp-code.ts






function collectCSharpEvidence(file, text) {
    const context = createContext(file, text, CSHARP);
    let findings = collectCSharpTests(context).concat(collectTodoComments(context), collectParseError(context));
    // Test code is excluded from catch and stub counts: swallowing errors or stubbing there is often the point.
    if (!file.isTest) {
        const clauses = findCatchClauses(context);
        findings = findings.concat(collectCSharpGenericCatches(context, clauses), collectEmptyCatches(context, clauses), collectCSharpPlaceholders(context));
    }
    return byPosition(findings);
}
const csharpCode = {
    id: 'csharp-code',
    wants: (file) => file.language === 'csharp',
    collect: collectCSharpEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/dependency-lockfiles.ts
const dependencyLockfiles = {
    id: 'dependency-lockfiles',
    collect(_files, scan) {
        if (scan === undefined)
            return [];
        const manifests = scan.findings
            .filter((finding) => finding.kind === 'deps.manifests' && finding.data !== undefined)
            .map((finding) => ({ file: finding.file, folder: folderOf(finding.file), data: finding.data ?? {} }));
        if (manifests.length === 0)
            return [];
        const paths = pathsNamed(wantedNames(manifests), scan.paths);
        const workspaceRoots = new Set([
            ...manifests.filter((manifest) => manifest.data.workspaceRoot === true).map((manifest) => manifest.folder),
            ...[...paths].filter((path) => basenameOf(path) === 'pnpm-workspace.yaml').map(folderOf),
        ]);
        const findings = [];
        for (const manifest of manifests) {
            if (!expectsLockfile(manifest, paths))
                continue;
            // A workspace member shares its root's lockfile; the root alone reports a missing one.
            if (ancestorsOf(manifest.folder).some((folder) => folder !== manifest.folder && workspaceRoots.has(folder)))
                continue;
            const names = String(manifest.data.lockfiles).split('|');
            const folders = manifest.data.lockInParent === true ? ancestorsOf(manifest.folder) : [manifest.folder];
            if (folders.some((folder) => names.some((name) => paths.has(folder + name))))
                continue;
            const where = manifest.data.lockInParent === true ? 'beside it or in a parent folder' : 'beside it';
            findings.push({
                kind: 'deps.no-lockfile',
                file: manifest.file,
                line: 0,
                message: `no lockfile (${names.join(', ')}) ${where}: installs are not reproducible`,
                data: { ecosystem: String(manifest.data.ecosystem), expected: names.join('|') },
            });
        }
        return findings;
    },
};
/** The file names this collector asks about: the manifests' lockfiles, pnpm workspaces and a Rust binary's entry point. */
function wantedNames(manifests) {
    const names = new Set(['pnpm-workspace.yaml', 'main.rs']);
    for (const manifest of manifests)
        for (const name of String(manifest.data.lockfiles).split('|'))
            names.add(basenameOf(name));
    return names;
}
/**
 * The listed paths named one of `names`, and those inside a `src/bin/` folder: all that is ever looked up. A set
 * of every path cost this collector more than the rest of its work on a repository of 50,000 files.
 */
function pathsNamed(names, paths) {
    const found = new Set();
    for (const path of paths)
        if (names.has(basenameOf(path)) || path.startsWith('src/bin/') || path.includes('/src/bin/'))
            found.add(path);
    return found;
}
function expectsLockfile(manifest, paths) {
    switch (manifest.data.lock) {
        case 'always':
            return true;
        case 'binary-crate':
            return (manifest.data.binaryTarget === true ||
                paths.has(`${manifest.folder}src/main.rs`) ||
                [...paths].some((path) => path.startsWith(`${manifest.folder}src/bin/`)));
        default:
            return false;
    }
}
/** `a/b/package.json` → `a/b/`; a root file → ''. */
function folderOf(path) {
    return path.slice(0, path.lastIndexOf('/') + 1);
}
function basenameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** `a/b/` → [`a/b/`, `a/`, ``]. */
function ancestorsOf(folder) {
    const folders = [folder];
    for (let current = folder; current !== '';) {
        current = folderOf(current.slice(0, -1));
        folders.push(current);
    }
    return folders;
}

;// CONCATENATED MODULE: ./src/collectors/operability/libraries.ts
/** The data key each kind uses for the label (`{ sdk: 'sentry' }`, `{ library: 'pino' }`). */
const LABEL_KEY = {
    'ops.monitoring': 'sdk',
    'ops.structured-logging': 'library',
    'ops.rate-limiting': 'library',
    'ops.security-headers': 'library',
    'api.docs-frameworks': 'framework',
    'ops.health-endpoints': 'framework',
};
const monitoring = (label, packages) => ({ kind: 'ops.monitoring', label, packages });
const logging = (label, packages) => ({ kind: 'ops.structured-logging', label, packages });
const rateLimit = (label, packages) => ({ kind: 'ops.rate-limiting', label, packages });
const headers = (label, packages) => ({ kind: 'ops.security-headers', label, packages });
const libraries_apiDocs = (label, packages) => ({ kind: 'api.docs-frameworks', label, packages });
const LIBRARIES = [
    monitoring('sentry', {
        npm: ['@sentry/*'],
        pypi: ['sentry-sdk'],
        go: ['github.com/getsentry/sentry-go*'],
        maven: ['io.sentry:*'],
        rubygems: ['sentry-ruby', 'sentry-rails', 'sentry-sidekiq'],
        composer: ['sentry/*'],
        cargo: ['sentry', 'sentry-*'],
        nuget: ['Sentry', 'Sentry.*'],
    }),
    monitoring('prometheus', {
        npm: ['prom-client', 'express-prom-bundle', '@willsoto/nestjs-prometheus'],
        pypi: ['prometheus-client', 'prometheus-fastapi-instrumentator', 'django-prometheus', 'prometheus-flask-exporter', 'starlette-exporter'],
        go: ['github.com/prometheus/client_golang*'],
        maven: ['io.micrometer:micrometer-registry-prometheus*', 'io.prometheus:*'],
        rubygems: ['prometheus-client', 'yabeda-prometheus'],
        composer: ['promphp/prometheus_client_php'],
        cargo: ['prometheus', 'prometheus-client', 'metrics-exporter-prometheus'],
        nuget: ['prometheus-net', 'prometheus-net.*', 'OpenTelemetry.Exporter.Prometheus.*'],
    }),
    monitoring('opentelemetry', {
        npm: ['@opentelemetry/*'],
        pypi: ['opentelemetry-*'],
        go: ['go.opentelemetry.io/otel*'],
        maven: ['io.opentelemetry*'],
        rubygems: ['opentelemetry-*'],
        composer: ['open-telemetry/*'],
        cargo: ['opentelemetry', 'opentelemetry-*', 'opentelemetry_*'],
        nuget: ['OpenTelemetry', 'OpenTelemetry.*'],
    }),
    monitoring('datadog', {
        npm: ['dd-trace', 'datadog-metrics', 'hot-shots'],
        pypi: ['ddtrace', 'datadog'],
        go: ['gopkg.in/DataDog/dd-trace-go*', 'github.com/DataDog/dd-trace-go*', 'github.com/DataDog/datadog-go*'],
        maven: ['com.datadoghq:*'],
        rubygems: ['ddtrace', 'datadog'],
        composer: ['datadog/*'],
        nuget: ['Datadog.Trace', 'Datadog.Trace.*'],
    }),
    monitoring('newrelic', {
        npm: ['newrelic'],
        pypi: ['newrelic'],
        go: ['github.com/newrelic/go-agent*'],
        maven: ['com.newrelic.agent.java:*'],
        rubygems: ['newrelic_rpm'],
        nuget: ['NewRelic.Agent', 'NewRelic.Agent.Api'],
    }),
    logging('structlog', { pypi: ['structlog'] }),
    logging('python-json-logger', { pypi: ['python-json-logger'] }),
    logging('pino', { npm: ['pino', 'pino-http', 'nestjs-pino', 'hono-pino'] }),
    logging('winston', { npm: ['winston', 'nest-winston', 'express-winston'] }),
    logging('bunyan', { npm: ['bunyan'] }),
    logging('zap', { go: ['go.uber.org/zap*'] }),
    logging('zerolog', { go: ['github.com/rs/zerolog*'] }),
    logging('logrus', { go: ['github.com/sirupsen/logrus*'] }),
    logging('logstash-logback-encoder', { maven: ['net.logstash.logback:logstash-logback-encoder'] }),
    logging('ecs-logging', { maven: ['co.elastic.logging:*'], pypi: ['ecs-logging'], nuget: ['Elastic.CommonSchema.*'] }),
    logging('serilog', { nuget: ['Serilog', 'Serilog.*'] }),
    logging('lograge', { rubygems: ['lograge'] }),
    logging('semantic_logger', { rubygems: ['semantic_logger', 'rails_semantic_logger'] }),
    logging('slog', { cargo: ['slog', 'slog-json'] }),
    logging('tracing-subscriber', { cargo: ['tracing-subscriber'] }),
    rateLimit('slowapi', { pypi: ['slowapi'] }),
    rateLimit('flask-limiter', { pypi: ['flask-limiter'] }),
    rateLimit('django-ratelimit', { pypi: ['django-ratelimit'] }),
    rateLimit('fastapi-limiter', { pypi: ['fastapi-limiter'] }),
    rateLimit('express-rate-limit', { npm: ['express-rate-limit', 'express-slow-down'] }),
    rateLimit('@nestjs/throttler', { npm: ['@nestjs/throttler'] }),
    rateLimit('rate-limiter-flexible', { npm: ['rate-limiter-flexible'] }),
    rateLimit('@fastify/rate-limit', { npm: ['@fastify/rate-limit', 'fastify-rate-limit'] }),
    rateLimit('hono-rate-limiter', { npm: ['hono-rate-limiter'] }),
    rateLimit('rack-attack', { rubygems: ['rack-attack'] }),
    rateLimit('x/time/rate', { go: ['golang.org/x/time'] }),
    rateLimit('ulule/limiter', { go: ['github.com/ulule/limiter*'] }),
    rateLimit('tollbooth', { go: ['github.com/didip/tollbooth*'] }),
    rateLimit('httprate', { go: ['github.com/go-chi/httprate'] }),
    rateLimit('bucket4j', { maven: ['com.bucket4j:*', 'com.github.vladimir-bukhtoyarov:bucket4j*'] }),
    rateLimit('resilience4j-ratelimiter', { maven: ['io.github.resilience4j:resilience4j-ratelimiter'] }),
    rateLimit('AspNetCoreRateLimit', { nuget: ['AspNetCoreRateLimit'] }),
    rateLimit('governor', { cargo: ['governor', 'tower_governor', 'actix-governor'] }),
    headers('helmet', { npm: ['helmet', '@fastify/helmet', 'fastify-helmet', 'koa-helmet'] }),
    headers('flask-talisman', { pypi: ['flask-talisman', 'talisman'] }),
    headers('secure', { pypi: ['secure'], go: ['github.com/unrolled/secure'] }),
    headers('gin-contrib/secure', { go: ['github.com/gin-contrib/secure'] }),
    headers('secure_headers', { rubygems: ['secure_headers'] }),
    // Spring Security writes HSTS, X-Frame-Options, X-Content-Type-Options and Cache-Control by default.
    headers('spring-security', { maven: ['org.springframework.boot:spring-boot-starter-security'] }),
    headers('NWebsec', { nuget: ['NWebsec.AspNetCore.Middleware'] }),
    headers('NetEscapades.AspNetCore.SecurityHeaders', { nuget: ['NetEscapades.AspNetCore.SecurityHeaders'] }),
    libraries_apiDocs('@nestjs/swagger', { npm: ['@nestjs/swagger'] }),
    libraries_apiDocs('swagger-ui-express', { npm: ['swagger-ui-express'] }),
    libraries_apiDocs('@fastify/swagger', { npm: ['@fastify/swagger', 'fastify-swagger'] }),
    libraries_apiDocs('drf-spectacular', { pypi: ['drf-spectacular'] }),
    libraries_apiDocs('drf-yasg', { pypi: ['drf-yasg'] }),
    libraries_apiDocs('flasgger', { pypi: ['flasgger'] }),
    libraries_apiDocs('flask-smorest', { pypi: ['flask-smorest'] }),
    libraries_apiDocs('springdoc-openapi', { maven: ['org.springdoc:*'] }),
    libraries_apiDocs('springfox', { maven: ['io.springfox:*'] }),
    libraries_apiDocs('swashbuckle', { nuget: ['Swashbuckle.AspNetCore', 'Swashbuckle.AspNetCore.*'] }),
    libraries_apiDocs('nswag', { nuget: ['NSwag.AspNetCore'] }),
    libraries_apiDocs('swaggo', { go: ['github.com/swaggo/*'] }),
    libraries_apiDocs('rswag', { rubygems: ['rswag', 'rswag-api', 'rswag-ui'] }),
    libraries_apiDocs('l5-swagger', { composer: ['darkaonline/l5-swagger'] }),
    libraries_apiDocs('utoipa', { cargo: ['utoipa', 'utoipa-swagger-ui'] }),
    // Actuator serves /actuator/health as soon as it is on the classpath.
    { kind: 'ops.health-endpoints', label: 'spring-boot-actuator', packages: { maven: ['org.springframework.boot:spring-boot-starter-actuator'] } },
];
/** How each ecosystem compares names: PyPI per PEP 503, NuGet case-insensitively. */
function normalisePackageName(ecosystem, name) {
    if (ecosystem === 'pypi')
        return name.toLowerCase().replace(/[-_.]+/g, '-');
    if (ecosystem === 'nuget' || ecosystem === 'composer')
        return name.toLowerCase();
    return name;
}
const INDEX = new Map();
for (const library of LIBRARIES) {
    for (const [ecosystem, names] of Object.entries(library.packages)) {
        const list = INDEX.get(ecosystem) ?? [];
        for (const name of names) {
            const prefix = name.endsWith('*');
            list.push({ library, prefix, text: normalisePackageName(ecosystem, prefix ? name.slice(0, -1) : name) });
        }
        INDEX.set(ecosystem, list);
    }
}
/** The catalogue entry a dependency belongs to, if any. */
function libraryOf(ecosystem, packageName) {
    const name = normalisePackageName(ecosystem, packageName);
    return INDEX.get(ecosystem)?.find((pattern) => (pattern.prefix ? name.startsWith(pattern.text) : name === pattern.text))?.library;
}
/** The normalised names and name prefixes of one kind of library in one ecosystem. */
function catalogueNames(ecosystem, kind) {
    return (INDEX.get(ecosystem) ?? []).filter((pattern) => pattern.library.kind === kind).map((pattern) => pattern.text);
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/manifest.ts
const NPM_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock'];
function emptyFacts(ecosystem) {
    return { ecosystem, dependencies: [], lock: 'none', lockfiles: [], lockInParent: false };
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/json-manifests.ts
// package.json and composer.json. Parsed with the YAML reader (JSON is YAML 1.2 flow syntax) so
// every dependency keeps the line of its key.



const NPM_SECTIONS = {
    dependencies: true,
    optionalDependencies: true,
    peerDependencies: true,
    devDependencies: false,
};
function readPackageJson(text) {
    const facts = emptyFacts('npm');
    const root = parseRoot(text, facts);
    if (root === undefined)
        return facts;
    const { source, node } = root;
    for (const [section, runtime] of Object.entries(NPM_SECTIONS)) {
        facts.dependencies.push(...entriesOf(source, mappingEntry(source, node, section)?.value, runtime));
    }
    facts.workspaceRoot = mappingEntry(source, node, 'workspaces') !== undefined;
    // npm, yarn, pnpm and bun all write a lockfile as soon as there is something to install.
    if (facts.dependencies.length > 0 || facts.workspaceRoot) {
        facts.lock = 'always';
        facts.lockfiles = NPM_LOCKFILES;
        facts.lockInParent = true;
    }
    return facts;
}
function readComposerJson(text) {
    const facts = emptyFacts('composer');
    const root = parseRoot(text, facts);
    if (root === undefined)
        return facts;
    const { source, node } = root;
    const platform = (name) => name === 'php' || name.startsWith('ext-') || name.startsWith('lib-') || name === 'composer-plugin-api';
    for (const [section, runtime] of [['require', true], ['require-dev', false]]) {
        const entries = entriesOf(source, mappingEntry(source, node, section)?.value, runtime);
        facts.dependencies.push(...entries.filter((entry) => !platform(entry.name)));
    }
    // Composer's default type is `library`, whose lockfile is not used by its dependants; a `project` commits one.
    const type = scalarText(mappingEntry(source, node, 'type')?.value ?? null);
    if (type === 'project' && facts.dependencies.length > 0) {
        facts.lock = 'always';
        facts.lockfiles = ['composer.lock'];
    }
    return facts;
}
function parseRoot(text, facts) {
    const parsed = parseYaml(text);
    if (!parsed.ok) {
        facts.problem = { line: parsed.problem.line, message: `invalid JSON: ${parsed.problem.message}` };
        return undefined;
    }
    const document = parsed.source.documents[0];
    const node = document ? rootMapping(parsed.source, document) : null;
    if (!(0,dist/* isMap */.jh)(node)) {
        facts.problem = { line: 1, message: 'invalid JSON: the top level is not an object' };
        return undefined;
    }
    return { source: parsed.source, node };
}
function entriesOf(source, section, runtime) {
    return mappingEntries(source, section).map((entry) => ({ name: entry.key, line: entry.line, runtime }));
}

;// CONCATENATED MODULE: ./src/collectors/operability/code-lines.ts
const C_LIKE = { hash: false, slashes: true, singleQuote: true, backtick: false, tripleQuotes: false };
const SYNTAX = {
    python: { hash: true, slashes: false, singleQuote: true, backtick: false, tripleQuotes: true },
    ruby: { hash: true, slashes: false, singleQuote: true, backtick: false, tripleQuotes: false },
    php: { ...C_LIKE, hash: true },
    javascript: { ...C_LIKE, backtick: true },
    typescript: { ...C_LIKE, backtick: true },
    go: { ...C_LIKE, backtick: true },
    java: { ...C_LIKE, tripleQuotes: true },
    kotlin: { ...C_LIKE, tripleQuotes: true },
    csharp: { ...C_LIKE, tripleQuotes: true },
    rust: { ...C_LIKE, singleQuote: false },
};
/**
 * The text with given ranges replaced by spaces. Blanked ranges never hold a newline, so the output has
 * the input's length and line breaks. Copies unblanked text in slices: no allocation per character.
 */
function makeBlanker(text) {
    const pieces = [];
    let copied = 0;
    return {
        blank(from, to) {
            if (to <= from)
                return;
            if (from > copied)
                pieces.push(text.slice(copied, from));
            pieces.push(' '.repeat(to - from));
            copied = to;
        },
        result() {
            pieces.push(text.slice(copied));
            return pieces.join('');
        },
    };
}
const NEWLINE = 10;
// Characters that can start a comment, a string or an escape in some language, plus the line break; any
// other character in code is copied as it is. The table covers every UTF-16 code: reading past the end of
// a typed array is much slower.
const MAY_START_SOMETHING = new Uint8Array(65536);
for (const char of '\n/#"\'`\\')
    MAY_START_SOMETHING[char.charCodeAt(0)] = 1;
const code_lines_BACKSLASH = 92;
/** The end of the line holding `from`: the index of its `\n`, or the text's length. */
function code_lines_lineEnd(text, from) {
    const end = text.indexOf('\n', from);
    return end === -1 ? text.length : end;
}
/** True when a backslash at `i` escapes the next character (not a line break, not the end of the text). */
function escapesNext(text, i) {
    return i + 1 < text.length && text.charCodeAt(i + 1) !== NEWLINE;
}
/** The file's lines (index 0 is line 1) with every comment character replaced by a space. */
function codeLines(text, language) {
    const syntax = SYNTAX[language];
    const output = makeBlanker(text);
    let mode = language === 'ruby' ? rubyBlockComment(text, 0, 'code') : 'code';
    let quote = '';
    // Where the open block comment ends (`*/`), or -1 when it runs to the end of the text.
    let blockClose = -1;
    let i = 0;
    while (i < text.length) {
        if (text.charCodeAt(i) === NEWLINE) {
            i += 1;
            // Only backtick strings and the block forms continue on the next line.
            if (mode === 'line-comment' || (mode === 'string' && quote !== '`'))
                mode = 'code';
            if (language === 'ruby')
                mode = rubyBlockComment(text, i, mode);
            continue;
        }
        if (mode === 'line-comment' || mode === 'ruby-block') {
            const end = code_lines_lineEnd(text, i);
            output.blank(i, end);
            i = end;
        }
        else if (mode === 'block-comment') {
            const end = code_lines_lineEnd(text, i);
            if (blockClose !== -1 && blockClose < end) {
                output.blank(i, blockClose + 2);
                i = blockClose + 2;
                mode = 'code';
            }
            else {
                output.blank(i, end);
                i = end;
            }
        }
        else if (mode === 'triple') {
            const end = tripleQuoteOrLineEnd(text, i, quote);
            output.blank(i, end);
            i = end;
            if (i < text.length && text.charCodeAt(i) !== NEWLINE) {
                i += 3;
                mode = 'code';
            }
        }
        else if (mode === 'string') {
            const close = code_lines_closingQuote(text, i, quote.charCodeAt(0), !(quote === '`' && language === 'go'));
            if (close === -1)
                i = code_lines_lineEnd(text, i);
            else {
                i = close + 1;
                mode = 'code';
            }
        }
        else if (!MAY_START_SOMETHING[text.charCodeAt(i)]) {
            // Most code characters start nothing: skip the whole run at once.
            i += 1;
            while (i < text.length && !MAY_START_SOMETHING[text.charCodeAt(i)])
                i += 1;
        }
        else {
            const step = codeStep(text, i, language, syntax);
            if (step.blank)
                output.blank(i, i + step.width);
            i += step.width;
            if (step.mode)
                mode = step.mode;
            if (step.quote)
                quote = step.quote;
            if (step.mode === 'block-comment')
                blockClose = text.indexOf('*/', i);
        }
    }
    const lines = output.result().split('\n');
    // A CRLF file keeps no `\r` at line ends, so patterns can anchor on `$`.
    return text.includes('\r') ? lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)) : lines;
}
/**
 * The index of the quote that closes a one-line string opened before `from`, or -1 when the line (or
 * the text) ends first; a backslash escapes the next character when `escapes`.
 */
function code_lines_closingQuote(text, from, quote, escapes) {
    for (let i = from; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === quote)
            return i;
        if (code === NEWLINE)
            return -1;
        if (code === code_lines_BACKSLASH && escapes && escapesNext(text, i))
            i += 1;
    }
    return -1;
}
/** Where the closing triple quote starts, or the line's end when it is not on this line. */
function tripleQuoteOrLineEnd(text, from, quote) {
    const quoteCode = quote.charCodeAt(0);
    let i = from;
    while (i < text.length) {
        const code = text.charCodeAt(i);
        if (code === NEWLINE || (code === quoteCode && text.startsWith(quote, i)))
            return i;
        // An escaped quote (\") does not end a triple-quoted string.
        i += code === code_lines_BACKSLASH && escapesNext(text, i) ? 2 : 1;
    }
    return i;
}
// Shared steps: code opens a string or a comment every few characters.
const COPY_ONE = { width: 1 };
const COPY_TWO = { width: 2 };
const LINE_COMMENT = { width: 2, blank: true, mode: 'line-comment' };
const BLOCK_COMMENT = { width: 2, blank: true, mode: 'block-comment' };
const HASH_COMMENT = { width: 1, blank: true, mode: 'line-comment' };
const OPEN_TRIPLE_DOUBLE = { width: 3, mode: 'triple', quote: '"""' };
const OPEN_TRIPLE_SINGLE = { width: 3, mode: 'triple', quote: "'''" };
const OPEN_STRING = {
    '"': { width: 1, mode: 'string', quote: '"' },
    "'": { width: 1, mode: 'string', quote: "'" },
    '`': { width: 1, mode: 'string', quote: '`' },
};
/** What one position in code starts: a comment, a string, or nothing (the character is copied). */
function codeStep(text, i, language, syntax) {
    const char = text[i];
    if (syntax.tripleQuotes && (char === '"' || char === "'")) {
        if (text.startsWith('"""', i))
            return OPEN_TRIPLE_DOUBLE;
        if (language === 'python' && text.startsWith("'''", i))
            return OPEN_TRIPLE_SINGLE;
    }
    if (syntax.slashes && char === '/') {
        const next = text[i + 1];
        if (next === '/')
            return LINE_COMMENT;
        if (next === '*')
            return BLOCK_COMMENT;
    }
    // PHP 8 attributes start with `#[`; they are code.
    if (syntax.hash && char === '#' && !(language === 'php' && text[i + 1] === '['))
        return HASH_COMMENT;
    if (char === '"' || (char === "'" && syntax.singleQuote) || (char === '`' && syntax.backtick))
        return OPEN_STRING[char];
    // An escaped character outside a string (in a regex literal such as /https?:\/\//) is no marker.
    if (char === '\\' && escapesNext(text, i))
        return COPY_TWO;
    return COPY_ONE;
}
/** Ruby's `=begin` … `=end` block comments start at column 0; the `=end` line is a comment too. */
function rubyBlockComment(text, lineStart, mode) {
    if (mode === 'code' && text.startsWith('=begin', lineStart))
        return 'ruby-block';
    if (mode === 'ruby-block' && text.startsWith('=end', lineStart))
        return 'line-comment';
    return mode;
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/line-manifests.ts
// Manifests read line by line: go.mod, Gemfile and Gradle build scripts.


const GO_REQUIRE_LINE = /^require\s+([^\s(]+)\s+\S+/;
const GO_BLOCK_ITEM = /^([^\s)]+)\s+v\S+/;
/**
 * go.mod `require` lines, single or in a block. `// indirect` requirements are not the module's own
 * choice and are skipped as dependencies, but any requirement at all means go.sum is expected.
 */
function readGoMod(text) {
    const facts = emptyFacts('go');
    let inRequireBlock = false;
    let requirements = 0;
    text.split('\n').forEach((raw, index) => {
        const indirect = /\/\/\s*indirect\b/.test(raw);
        const line = raw.replace(/\/\/.*$/, '').trim();
        let name;
        if (inRequireBlock) {
            if (line.startsWith(')'))
                inRequireBlock = false;
            else
                name = GO_BLOCK_ITEM.exec(line)?.[1];
        }
        else if (/^require\s*\($/.test(line)) {
            inRequireBlock = true;
        }
        else {
            name = GO_REQUIRE_LINE.exec(line)?.[1];
        }
        if (name === undefined)
            return;
        requirements += 1;
        if (!indirect)
            facts.dependencies.push({ name, line: index + 1, runtime: true });
    });
    if (requirements > 0) {
        facts.lock = 'always';
        facts.lockfiles = ['go.sum'];
    }
    return facts;
}
const GEM = /^\s*gem\s*\(?\s*["']([^"']+)["']/;
/** Gemfile `gem "name"` lines. A gem's own Gemfile (`gemspec`) is for development; its lockfile is optional. */
function readGemfile(text) {
    const facts = emptyFacts('rubygems');
    let groupDepth = 0;
    let gemspec = false;
    codeLines(text, 'ruby').forEach((line, index) => {
        if (/^\s*group\b.*\bdo\b/.test(line))
            groupDepth += 1;
        else if (groupDepth > 0 && /^\s*end\b/.test(line))
            groupDepth -= 1;
        if (/^\s*gemspec\b/.test(line))
            gemspec = true;
        const name = GEM.exec(line)?.[1];
        // Gems inside `group :development, :test do` blocks are not shipped; any other group is.
        if (name !== undefined)
            facts.dependencies.push({ name, line: index + 1, runtime: groupDepth === 0 });
    });
    if (!gemspec) {
        facts.lock = 'always';
        facts.lockfiles = ['Gemfile.lock'];
    }
    return facts;
}
const GRADLE_CONFIGURATION = /^\s*(\w+)\s*\(?\s*(?:platform\(\s*)?["']([\w.\-]+):([\w.\-]+)(?::[^"']*)?["']/;
const GRADLE_MAP_NOTATION = /^\s*(\w+)\s*\(?\s*group\s*[:=]\s*["']([\w.\-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.\-]+)["']/;
/** build.gradle / build.gradle.kts dependency declarations in string or map notation. Catalog aliases (`libs.x`) are not resolved. */
function readGradle(text) {
    const facts = emptyFacts('maven');
    codeLines(text, 'kotlin').forEach((line, index) => {
        const match = GRADLE_CONFIGURATION.exec(line) ?? GRADLE_MAP_NOTATION.exec(line);
        if (!match)
            return;
        const configuration = match[1];
        facts.dependencies.push({ name: `${match[2]}:${match[3]}`, line: index + 1, runtime: !/^test/i.test(configuration) });
    });
    return facts;
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/requirements.ts
// pip requirements files. Each requirement line names a package; it is pinned when it has an exact
// `==`/`===` version without a wildcard. Options (-r, -c, -e, --hash…), URLs and local paths are not
// requirements by name and are neither counted nor judged.

// PEP 508 name, optional extras, then the version specifiers up to a marker or comment.
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;#]*)/;
const EXACT_PIN = /^===?\s*[^\s,*]+\s*$/;
function readRequirements(text) {
    const facts = emptyFacts('pypi');
    const unpinned = [];
    let continued = false;
    text.split('\n').forEach((raw, index) => {
        const line = raw.replace(/\r$/, '');
        const wasContinued = continued;
        continued = line.endsWith('\\');
        // A backslash continuation carries `--hash` options of the line before; it names no package.
        if (wasContinued)
            return;
        const content = line.replace(/(^|\s)#.*$/, '').replace(/\\$/, '').trim();
        if (content === '' || content.startsWith('-') || content.includes('://') || /^[./~]/.test(content) || content.includes(' @ '))
            return;
        const match = REQUIREMENT.exec(content);
        if (!match)
            return;
        const dependency = { name: match[1], line: index + 1, runtime: true };
        facts.dependencies.push(dependency);
        const specifier = (match[3] ?? '').replace(/\s--hash\S*/g, '').trim();
        if (!EXACT_PIN.test(specifier))
            unpinned.push(dependency);
    });
    facts.unpinned = unpinned;
    return facts;
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/toml-lines.ts
// Just enough TOML for dependency tables: table headers, `key = value` lines, and the items of arrays
// that span lines. Inline tables and dotted keys are kept as written; strings are read for their
// text. Not a validator: only an unterminated array or multi-line string is reported as a problem.
const HEADER = /^\[(\[)?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/;
const KEY_VALUE = /^("[^"]*"|'[^']*'|[A-Za-z0-9_.\-"']+?)\s*=\s*(.*)$/;
const STRING_ITEM = /"((?:[^"\\]|\\.)*)"|'([^']*)'/g;
function readTomlLines(text) {
    const result = { headers: [], entries: [] };
    const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
    let table = '';
    let openArray;
    let openString;
    lines.forEach((raw, index) => {
        const number = index + 1;
        if (openString) {
            if (raw.includes(openString.quote))
                openString = undefined;
            return;
        }
        if (openArray) {
            addItems(openArray, raw, number);
            if (withoutComment(raw).includes(']'))
                openArray = undefined;
            return;
        }
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const header = HEADER.exec(line);
        if (header) {
            table = unquoteDotted(header[2]);
            result.headers.push({ table, line: number, array: header[1] !== undefined });
            return;
        }
        const pair = KEY_VALUE.exec(line);
        if (!pair)
            return;
        const value = pair[2].trim();
        const entry = { table, key: unquoteDotted(pair[1]), value, line: number };
        result.entries.push(entry);
        const multiline = /^("""|''')/.exec(value);
        if (multiline && !value.slice(3).includes(multiline[1]))
            openString = { line: number, quote: multiline[1] };
        if (value.startsWith('[')) {
            entry.items = [];
            addItems(entry, value.slice(1), number);
            if (!withoutComment(value).includes(']'))
                openArray = entry;
        }
    });
    const unterminated = openArray?.line ?? openString?.line;
    if (unterminated !== undefined)
        result.problem = { line: unterminated, message: 'invalid TOML: an array or string is never closed' };
    return result;
}
function addItems(entry, text, line) {
    for (const match of withoutComment(text).matchAll(STRING_ITEM))
        entry.items?.push({ text: match[1] ?? match[2] ?? '', line });
}
/** Drops a `#` comment that is not inside a string. */
function withoutComment(text) {
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quote !== '') {
            if (char === '\\' && quote === '"')
                i += 1;
            else if (char === quote)
                quote = '';
        }
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === '#')
            return text.slice(0, i);
    }
    return text;
}
/** `tool."poetry".dependencies` → `tool.poetry.dependencies`; `"my-key"` → `my-key`. */
function unquoteDotted(key) {
    return key
        .split('.')
        .map((part) => part.trim().replace(/^["']|["']$/g, ''))
        .join('.');
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/toml-manifests.ts
// pyproject.toml, Pipfile and Cargo.toml, read with toml-lines.ts.


const PEP508_NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;
function readPyproject(text) {
    const facts = emptyFacts('pypi');
    const toml = readTomlLines(text);
    if (toml.problem)
        facts.problem = toml.problem;
    for (const entry of toml.entries) {
        if (entry.table === 'project' && entry.key === 'dependencies')
            facts.dependencies.push(...pep508Items(entry, true));
        else if (entry.table === 'project.optional-dependencies')
            facts.dependencies.push(...pep508Items(entry, true));
        else if (entry.table === 'dependency-groups' || (entry.table === 'tool.uv' && entry.key === 'dev-dependencies')) {
            facts.dependencies.push(...pep508Items(entry, false));
        }
        else if (/^tool\.poetry\.(group\.[^.]+\.)?(dev-)?dependencies$/.test(entry.table) && entry.key !== 'python') {
            facts.dependencies.push({ name: entry.key, line: entry.line, runtime: entry.table === 'tool.poetry.dependencies' });
        }
    }
    // Poetry, uv and PDM write a lockfile; setuptools, hatch and flit do not, so a plain [project] expects none.
    const managed = toml.headers.some((header) => /^tool\.(poetry|uv|pdm)(\.|$)/.test(header.table));
    if (managed && facts.dependencies.length > 0) {
        facts.lock = 'always';
        facts.lockfiles = ['poetry.lock', 'uv.lock', 'pdm.lock'];
    }
    return facts;
}
function readPipfile(text) {
    const facts = emptyFacts('pypi');
    const toml = readTomlLines(text);
    if (toml.problem)
        facts.problem = toml.problem;
    for (const entry of toml.entries) {
        if (entry.table === 'packages' || entry.table === 'dev-packages') {
            facts.dependencies.push({ name: entry.key, line: entry.line, runtime: entry.table === 'packages' });
        }
    }
    facts.lock = 'always';
    facts.lockfiles = ['Pipfile.lock'];
    return facts;
}
const CARGO_SECTION = /^(?:target\..+\.|workspace\.)?(dev-|build-)?dependencies(?:\.(.+))?$/;
function readCargoToml(text) {
    const facts = emptyFacts('cargo');
    const toml = readTomlLines(text);
    if (toml.problem)
        facts.problem = toml.problem;
    for (const header of toml.headers) {
        // `[dependencies.serde]` declares one dependency as a table.
        const section = CARGO_SECTION.exec(header.table);
        if (section?.[2] !== undefined)
            facts.dependencies.push({ name: section[2], line: header.line, runtime: section[1] === undefined });
    }
    for (const entry of toml.entries) {
        const section = CARGO_SECTION.exec(entry.table);
        if (section && section[2] === undefined)
            facts.dependencies.push({ name: entry.key, line: entry.line, runtime: section[1] === undefined });
    }
    facts.dependencies.sort((a, b) => a.line - b.line);
    facts.binaryTarget = toml.headers.some((header) => header.array && header.table === 'bin');
    if (toml.headers.some((header) => header.table === 'package')) {
        facts.lock = 'binary-crate';
        facts.lockfiles = ['Cargo.lock'];
        facts.lockInParent = true;
    }
    return facts;
}
function pep508Items(entry, runtime) {
    const dependencies = [];
    for (const item of entry.items ?? []) {
        const name = PEP508_NAME.exec(item.text)?.[1];
        if (name !== undefined)
            dependencies.push({ name, line: item.line, runtime });
    }
    return dependencies;
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/xml-manifests.ts
// pom.xml and *.csproj dependencies, found by their elements in the text (no XML parser: these two
// layouts are regular, and a regex over comment-free text keeps the line of each declaration).

const DEPENDENCY_BLOCK = /<dependency>([\s\S]*?)<\/dependency>/g;
const PACKAGE_REFERENCE = /<PackageReference\s[^>]*?\bInclude\s*=\s*"([^"]+)"/g;
/** Maven `<dependency>` elements as `groupId:artifactId`, at the artifactId's line; `test` scope is not runtime. */
function readPom(text) {
    const facts = emptyFacts('maven');
    const clean = withoutXmlComments(text);
    const lineAt = lineFinder(clean);
    for (const block of clean.matchAll(DEPENDENCY_BLOCK)) {
        const body = block[1];
        const group = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(body)?.[1];
        const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(body);
        if (group === undefined || !artifact)
            continue;
        const offset = (block.index ?? 0) + '<dependency>'.length + (artifact.index ?? 0);
        const scope = /<scope>\s*([^<\s]+)\s*<\/scope>/.exec(body)?.[1];
        facts.dependencies.push({ name: `${group}:${artifact[1]}`, line: lineAt(offset), runtime: scope !== 'test' });
    }
    return facts;
}
/** NuGet `<PackageReference Include="…">` elements. */
function readCsproj(text) {
    const facts = emptyFacts('nuget');
    const clean = withoutXmlComments(text);
    const lineAt = lineFinder(clean);
    for (const match of clean.matchAll(PACKAGE_REFERENCE)) {
        facts.dependencies.push({ name: match[1], line: lineAt(match.index ?? 0), runtime: true });
    }
    return facts;
}
/** Blanks `<!-- … -->` but keeps its newlines, so offsets and lines stay true. */
function withoutXmlComments(text) {
    return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}
/** Line numbers for offsets given in increasing order, in one pass over the text. */
function lineFinder(text) {
    let line = 1;
    let position = 0;
    return (offset) => {
        for (let newline = text.indexOf('\n', position); newline !== -1 && newline < offset; newline = text.indexOf('\n', position)) {
            line += 1;
            position = newline + 1;
        }
        return line;
    };
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/read-manifest.ts
// Which files are dependency manifests, and the reader for each.





const READERS_BY_NAME = {
    'package.json': readPackageJson,
    'composer.json': readComposerJson,
    'pyproject.toml': readPyproject,
    Pipfile: readPipfile,
    'go.mod': readGoMod,
    'Cargo.toml': readCargoToml,
    Gemfile: readGemfile,
    'pom.xml': readPom,
    'build.gradle': readGradle,
    'build.gradle.kts': readGradle,
};
/** The reader for a manifest path, or undefined when the file is not one. */
function manifestReader(path) {
    const slash = path.lastIndexOf('/');
    const basename = path.slice(slash + 1);
    if (Object.hasOwn(READERS_BY_NAME, basename))
        return READERS_BY_NAME[basename];
    if (basename.endsWith('.csproj'))
        return readCsproj;
    // requirements.txt, requirements-dev.txt, requirements/base.txt; pip-tools' *.in inputs are not pins.
    if (basename.endsWith('.txt')) {
        const folder = path.slice(path.lastIndexOf('/', slash - 1) + 1, Math.max(slash, 0));
        if (basename.startsWith('requirements') || folder === 'requirements')
            return readRequirements;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests.ts


const dependencyManifests = {
    id: 'dependency-manifests',
    wants(file) {
        return !file.isTest && manifestReader(file.path) !== undefined;
    },
    collect(file, text) {
        const read = manifestReader(file.path);
        if (read === undefined)
            return [];
        const facts = read(text);
        const findings = [manifestFinding(file.path, facts)];
        if (facts.problem)
            findings.push({ kind: 'parse.errors', file: file.path, line: facts.problem.line, message: facts.problem.message });
        for (const dependency of facts.unpinned ?? []) {
            findings.push({
                kind: 'deps.unpinned-requirements',
                file: file.path,
                line: dependency.line,
                message: `\`${dependency.name}\` is not pinned to an exact version (\`==\`)`,
                data: { package: dependency.name },
            });
        }
        findings.push(...libraryFindings(file.path, facts));
        return findings;
    },
};
function manifestFinding(file, facts) {
    const data = {
        ecosystem: facts.ecosystem,
        dependencies: facts.dependencies.length,
        lock: facts.lock,
        lockfiles: facts.lockfiles.join('|'),
        lockInParent: facts.lockInParent,
    };
    if (facts.workspaceRoot !== undefined)
        data.workspaceRoot = facts.workspaceRoot;
    if (facts.binaryTarget !== undefined)
        data.binaryTarget = facts.binaryTarget;
    return { kind: 'deps.manifests', file, line: 0, message: `${facts.ecosystem} dependency manifest`, data };
}
/** One finding per library and kind, at the first runtime dependency that belongs to it. */
function libraryFindings(file, facts) {
    const seen = new Set();
    const findings = [];
    for (const dependency of facts.dependencies) {
        if (!dependency.runtime)
            continue;
        const library = libraryOf(facts.ecosystem, dependency.name);
        if (library === undefined || seen.has(`${library.kind} ${library.label}`))
            continue;
        seen.add(`${library.kind} ${library.label}`);
        findings.push({
            kind: library.kind,
            file,
            line: dependency.line,
            message: `${DESCRIPTION[library.kind]} \`${library.label}\` (dependency \`${dependency.name}\`)`,
            data: { [LABEL_KEY[library.kind]]: library.label, source: 'manifest' },
        });
    }
    return findings;
}
const DESCRIPTION = {
    'ops.monitoring': 'monitoring SDK',
    'ops.structured-logging': 'structured logging library',
    'ops.rate-limiting': 'rate limiting library',
    'ops.security-headers': 'security headers library',
    'api.docs-frameworks': 'API docs framework',
    'ops.health-endpoints': 'health endpoint from',
};

;// CONCATENATED MODULE: ./src/collectors/deployment-files.ts
const PLATFORM_FILES = {
    'render.yaml': { platform: 'render', message: 'Render blueprint' },
    Procfile: { platform: 'procfile', message: 'Procfile (Heroku, Dokku, Scalingo and other buildpack platforms)' },
    'fly.toml': { platform: 'fly', message: 'Fly.io app configuration' },
    'vercel.json': { platform: 'vercel', message: 'Vercel project configuration' },
    'netlify.toml': { platform: 'netlify', message: 'Netlify configuration' },
    'heroku.yml': { platform: 'heroku', message: 'Heroku container build manifest' },
    'railway.toml': { platform: 'railway', message: 'Railway configuration' },
    'railway.json': { platform: 'railway', message: 'Railway configuration' },
};
const deploymentFiles = {
    id: 'deployment-files',
    collect(files) {
        const findings = [];
        for (const file of files) {
            if (file.isTest)
                continue;
            const basename = file.path.slice(file.path.lastIndexOf('/') + 1);
            if (basename === 'Chart.yaml') {
                const chart = file.path.slice(0, Math.max(file.path.lastIndexOf('/'), 0)) || '.';
                findings.push({ kind: 'deploy.helm-charts', file: file.path, line: 0, message: `Helm chart \`${chart}\``, data: { chart } });
            }
            else if (basename.endsWith('.tf') && !file.path.split('/').includes('.terraform')) {
                findings.push({ kind: 'deploy.terraform-files', file: file.path, line: 0, message: 'Terraform configuration' });
            }
            else if (Object.hasOwn(PLATFORM_FILES, basename)) {
                const platform = PLATFORM_FILES[basename];
                findings.push({ kind: 'deploy.platform-files', file: file.path, line: 0, message: platform.message, data: { platform: platform.platform } });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/collectors/dockerfile/parse.ts
// Splits a Dockerfile into instructions the way BuildKit's parser does
// (moby/buildkit frontend/dockerfile/parser/parser.go): parser directives, line continuations,
// comments, and heredoc bodies, which are content and never instructions.
// Only these instructions take heredocs (BuildKit's heredocDirectives), also behind ONBUILD.
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);
function parseDockerfile(text) {
    const lines = text.split('\n');
    const instructions = [];
    let escape = '\\';
    let readingDirectives = true;
    let i = 0;
    while (i < lines.length) {
        const lineNumber = i + 1;
        // trimStart also drops a byte-order mark, which JavaScript counts as white space.
        const first = withoutNewline(lines[i]).trimStart();
        i += 1;
        if (readingDirectives) {
            // Directives count only before any other line, comment or instruction.
            const directive = parserDirective(first);
            if (directive === undefined)
                readingDirectives = false;
            else if (directive.key === 'escape' && (directive.value === '`' || directive.value === '\\'))
                escape = directive.value;
        }
        if (first.startsWith('#'))
            continue;
        let { text: joined, continues } = trimContinuation(first, escape);
        if (!continues && joined.trim() === '')
            continue;
        while (continues && i < lines.length) {
            const next = withoutNewline(lines[i]);
            i += 1;
            const trimmed = next.trimStart();
            // Comment and blank lines inside a continuation are dropped, not joined.
            if (trimmed.startsWith('#') || trimmed === '')
                continue;
            const part = trimContinuation(next, escape);
            joined += part.text;
            continues = part.continues;
        }
        const instruction = splitInstruction(joined, lineNumber);
        instructions.push(instruction);
        for (const delimiter of heredocDelimiters(instruction)) {
            const end = heredocEnd(lines, i, delimiter);
            if (end === undefined) {
                return { instructions, problem: { message: `heredoc \`${delimiter.name}\` is never closed`, line: lineNumber } };
            }
            i = end;
        }
    }
    return { instructions };
}
function withoutNewline(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
/** `# escape=\`` → { key: 'escape', value: '`' }; undefined when the line is not a directive. */
function parserDirective(line) {
    if (!line.startsWith('#'))
        return undefined;
    const equals = line.indexOf('=');
    if (equals === -1)
        return undefined;
    const key = line.slice(1, equals).trim().toLowerCase();
    const value = line.slice(equals + 1).trim();
    if (value === '' || (key !== 'escape' && key !== 'syntax') || !/^[a-z][a-z0-9]*$/.test(key))
        return undefined;
    return { key, value };
}
/** An escape character ending a line (after spaces) continues it, unless it is itself escaped. */
function trimContinuation(line, escape) {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t'))
        end -= 1;
    if (end === 0 || line[end - 1] !== escape)
        return { text: line, continues: false };
    if (end >= 2 && line[end - 2] === escape)
        return { text: line, continues: false };
    return { text: line.slice(0, end - 1), continues: true };
}
function splitInstruction(joined, line) {
    const text = joined.trim();
    const space = text.search(/\s/);
    if (space === -1)
        return { keyword: text.toUpperCase(), args: '', line };
    return { keyword: text.slice(0, space).toUpperCase(), args: text.slice(space + 1).trim(), line };
}
/** The heredocs an instruction opens, in order: `<<EOF`, `<<-EOT`, `<<"EOF"`, `3<<EOF`. */
function heredocDelimiters(instruction) {
    let keyword = instruction.keyword;
    let args = instruction.args;
    if (keyword === 'ONBUILD') {
        const inner = splitInstruction(args, instruction.line);
        keyword = inner.keyword;
        args = inner.args;
    }
    if (!HEREDOC_INSTRUCTIONS.has(keyword) || isJsonArray(args))
        return [];
    const delimiters = [];
    for (const word of args.split(/[ \t]+/)) {
        const match = /^\d*<<(-?)([^<]+)$/.exec(word);
        if (!match)
            continue;
        const name = match[2].replace(/["']/g, '');
        if (name !== '')
            delimiters.push({ name, stripTabs: match[1] === '-' });
    }
    return delimiters;
}
function isJsonArray(args) {
    if (!args.startsWith('['))
        return false;
    try {
        const value = JSON.parse(args);
        return Array.isArray(value) && value.every((item) => typeof item === 'string');
    }
    catch {
        // Not JSON, so BuildKit reads it as a shell command, which may hold heredocs.
        return false;
    }
}
/** The index of the line after the heredoc's closing delimiter, undefined when it never closes. */
function heredocEnd(lines, start, delimiter) {
    for (let i = start; i < lines.length; i++) {
        let line = withoutNewline(lines[i]);
        if (delimiter.stripTabs)
            line = line.replace(/^\t+/, '');
        if (line === delimiter.name)
            return i + 1;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/dockerfiles.ts

const dockerfiles = {
    id: 'dockerfiles',
    wants(file) {
        return isDockerfileName(file.path.slice(file.path.lastIndexOf('/') + 1));
    },
    collect(file, text) {
        const parsed = parseDockerfile(text);
        const stages = stagesOf(parsed.instructions);
        const findings = [
            { kind: 'docker.files', file: file.path, line: 1, message: 'Dockerfile', data: { stages: stages.length } },
        ];
        if (parsed.problem) {
            findings.push({ kind: 'parse.errors', file: file.path, line: parsed.problem.line, message: `Dockerfile ${parsed.problem.message}` });
        }
        const final = stages[stages.length - 1];
        if (final === undefined) {
            findings.push({ kind: 'parse.errors', file: file.path, line: 0, message: 'Dockerfile has no FROM instruction' });
            return findings;
        }
        const second = stages[1];
        if (second) {
            findings.push({ kind: 'docker.multistage', file: file.path, line: second.line, message: `multi-stage build with ${stages.length} stages` });
        }
        findings.push(userFinding(file.path, stages, final), healthcheckFinding(file.path, stages, final));
        for (const stage of stages) {
            if (isUnpinned(stage)) {
                findings.push({
                    kind: 'docker.unpinned-base',
                    file: file.path,
                    line: stage.line,
                    message: `base image \`${stage.image}\` is not pinned: use a version tag or a digest`,
                    data: { image: stage.image },
                });
            }
        }
        return findings;
    },
};
/** `Dockerfile`, `Dockerfile.dev`, `Dockerfile-dev`, `api.Dockerfile`, `Containerfile`… */
function isDockerfileName(basename) {
    if (basename === 'Dockerfile' || basename === 'Containerfile')
        return true;
    // `Dockerfile.dockerignore` is the ignore file BuildKit pairs with a Dockerfile, not a Dockerfile.
    if (basename.endsWith('.dockerignore'))
        return false;
    return (basename.startsWith('Dockerfile.') ||
        basename.startsWith('Dockerfile-') ||
        basename.startsWith('Containerfile.') ||
        basename.endsWith('.Dockerfile') ||
        basename.endsWith('.dockerfile'));
}
function stagesOf(instructions) {
    const stages = [];
    for (const instruction of instructions) {
        const current = stages[stages.length - 1];
        if (instruction.keyword === 'FROM') {
            stages.push(parseFrom(instruction, stages));
        }
        else if (current === undefined) {
            // ARG before the first FROM only feeds FROM lines; nothing else can come before one.
            continue;
        }
        else if (instruction.keyword === 'USER') {
            const value = firstWord(instruction.args);
            if (value !== '')
                current.lastUser = { value, line: instruction.line };
        }
        else if (instruction.keyword === 'HEALTHCHECK' && instruction.args !== '') {
            const none = firstWord(withoutFlags(instruction.args)).toUpperCase() === 'NONE';
            current.lastHealthcheck = { none, line: instruction.line };
        }
    }
    return stages;
}
/** `FROM [--platform=…] image[:tag|@digest] [AS name]`. */
function parseFrom(instruction, earlier) {
    const words = withoutFlags(instruction.args).split(/\s+/).filter((word) => word !== '');
    const image = words[0] ?? '';
    const name = words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined;
    const reference = image.toLowerCase();
    let parent = earlier.findIndex((stage) => stage.name !== undefined && stage.name === reference);
    if (parent === -1 && /^\d+$/.test(reference) && Number(reference) < earlier.length)
        parent = Number(reference);
    const stage = { line: instruction.line, image };
    if (name !== undefined)
        stage.name = name;
    if (parent !== -1)
        stage.parent = parent;
    return stage;
}
function userFinding(file, stages, final) {
    const user = inherited(stages, final, (stage) => stage.lastUser);
    if (user && !isRoot(user.value)) {
        return { kind: 'docker.nonroot', file, line: user.line, message: `the final stage runs as \`${user.value}\``, data: { user: user.value } };
    }
    // Distroless `:nonroot` tags (also `:debug-nonroot`, `:latest-nonroot`) set a non-root USER in the image
    // itself; without a USER line of our own, the base image's user is what runs.
    const base = baseStage(stages, final);
    if (user === undefined && /(^|[-_.])nonroot($|[-_.])/.test(tagOf(base.image))) {
        return {
            kind: 'docker.nonroot',
            file,
            line: base.line,
            message: `the final stage's base image \`${base.image}\` runs as a non-root user`,
            data: { user: 'nonroot' },
        };
    }
    return { kind: 'docker.root-user', file, line: final.line, message: 'the final stage runs as root: add a `USER` that is not root' };
}
/** The stage at the start of `stage`'s chain of `FROM <earlier stage>`, whose image is a real base image. */
function baseStage(stages, stage) {
    let current = stage;
    for (let hops = 0; current.parent !== undefined && hops <= stages.length; hops++) {
        current = stages[current.parent] ?? current;
    }
    return current;
}
/** The tag of `registry/name:tag`, '' when there is none (a digest is not a tag). */
function tagOf(image) {
    const lastPart = image.slice(image.lastIndexOf('/') + 1).split('@')[0] ?? '';
    const colon = lastPart.indexOf(':');
    return colon === -1 ? '' : lastPart.slice(colon + 1);
}
function healthcheckFinding(file, stages, final) {
    const healthcheck = inherited(stages, final, (stage) => stage.lastHealthcheck);
    if (healthcheck && !healthcheck.none) {
        return { kind: 'docker.healthcheck', file, line: healthcheck.line, message: 'the final stage has a `HEALTHCHECK`' };
    }
    return { kind: 'docker.no-healthcheck', file, line: final.line, message: 'no `HEALTHCHECK` in the final stage' };
}
/** A stage's own setting, else the one of the stage it starts from, and so on. */
function inherited(stages, stage, setting) {
    let current = stage;
    // Parents always come earlier, so this walk ends; the bound is only a guard.
    for (let hops = 0; current !== undefined && hops <= stages.length; hops++) {
        const value = setting(current);
        if (value !== undefined)
            return value;
        current = current.parent === undefined ? undefined : stages[current.parent];
    }
    return undefined;
}
/** `root`, `0`, `root:group` and `0:group` are root; any other name, id or `$VARIABLE` is not. */
function isRoot(user) {
    const name = user.split(':')[0]?.toLowerCase();
    return name === 'root' || name === '0';
}
function isUnpinned(stage) {
    const image = stage.image;
    if (image === '' || stage.parent !== undefined || image.toLowerCase() === 'scratch')
        return false;
    if (image.includes('$') || image.includes('@'))
        return false;
    const lastPart = image.slice(image.lastIndexOf('/') + 1);
    const colon = lastPart.indexOf(':');
    return colon === -1 || lastPart.slice(colon + 1) === 'latest';
}
/** Drops leading `--flag=value` options, e.g. `--platform=$BUILDPLATFORM` or `--interval=30s`. */
function withoutFlags(args) {
    let rest = args.trimStart();
    while (rest.startsWith('--')) {
        const space = rest.search(/\s/);
        rest = space === -1 ? '' : rest.slice(space).trimStart();
    }
    return rest;
}
function firstWord(text) {
    return text.trim().split(/\s+/)[0] ?? '';
}

;// CONCATENATED MODULE: ./src/collectors/env-files.ts
const TEMPLATE_SUFFIXES = new Set(['example', 'sample', 'template', 'dist']);
function isCommittedEnvFileName(basename) {
    const lower = basename.toLowerCase();
    if (lower !== '.env' && !lower.startsWith('.env.'))
        return false;
    return !TEMPLATE_SUFFIXES.has(lower.slice(lower.lastIndexOf('.') + 1));
}
const envFiles = {
    id: 'env-files',
    collect(files) {
        return files
            .filter((file) => !file.isTest && isCommittedEnvFileName(file.path.slice(file.path.lastIndexOf('/') + 1)))
            .map((file) => ({
            kind: 'secrets.env-files',
            file: file.path,
            line: 0,
            message: 'environment file committed: keep real settings out of git and commit a `.env.example` instead',
        }));
    },
};

;// CONCATENATED MODULE: ./src/collectors/c-family/go-panics.ts


function collectGoPanics(context) {
    if (context.file.isTest)
        return [];
    const { tokens, text } = context;
    const findings = [];
    for (const index of tokensSpelled(text, tokens, IDENT, 'panic')) {
        if (!isPunct(tokens, index + 1, OPEN_PAREN) || isPunct(tokens, index - 1, DOT) || isWord(text, tokens, index - 1, 'func'))
            continue;
        findings.push(findingAtToken(context, 'code.panics', index, '`panic(…)` call'));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/go-tests.ts


const TEST_KINDS = [
    { prefix: 'Test', metric: 'tests.cases', noun: 'test', parameterType: 'T' },
    { prefix: 'Benchmark', metric: 'tests.benchmarks', noun: 'benchmark', parameterType: 'B' },
    { prefix: 'Fuzz', metric: 'tests.fuzz', noun: 'fuzz test', parameterType: 'F' },
    { prefix: 'Example', metric: 'tests.examples', noun: 'example', parameterType: undefined },
];
const SKIP_METHODS = new Set(['Skip', 'Skipf', 'SkipNow']);
function collectGoTests(context) {
    if (!context.file.isTestFile)
        return [];
    const { tokens, text } = context;
    const testingT = testingTNames(context);
    const findings = [];
    let depth = 0;
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] === PUNCT) {
            const value = tokens.values[index];
            if (value === OPEN_BRACE)
                depth++;
            else if (value === CLOSE_BRACE && depth > 0)
                depth--;
            continue;
        }
        if (tokens.kinds[index] !== IDENT)
            continue;
        if (depth === 0 && isWord(text, tokens, index, 'func')) {
            const finding = testFunction(context, index + 1);
            if (finding !== undefined)
                findings.push(finding);
        }
        else if (isPunct(tokens, index - 1, DOT) && isPunct(tokens, index + 1, OPEN_PAREN)) {
            const method = tokenText(text, tokens, index);
            const receiver = index - 2;
            if (SKIP_METHODS.has(method)) {
                const call = `${tokenText(text, tokens, receiver)}.${method}`;
                findings.push(findingAtToken(context, 'tests.skip-calls', receiver, `\`${call}\` skips the test`));
            }
            else if (method === 'Run' && isPlainVariable(context, receiver) && testingT.has(tokenText(text, tokens, receiver))) {
                const call = `${tokenText(text, tokens, receiver)}.Run`;
                findings.push(findingAtToken(context, 'tests.subtests', receiver, `subtest \`${call}(…)\``));
            }
        }
    }
    return findings;
}
/** `TestXxx(t *testing.T) {` and friends, with `name` at the token after `func`. */
function testFunction(context, name) {
    const { tokens, text } = context;
    if (!isKind(tokens, name, IDENT) || !isPunct(tokens, name + 1, OPEN_PAREN))
        return undefined;
    const functionName = tokenText(text, tokens, name);
    const kind = TEST_KINDS.find((candidate) => hasTestName(functionName, candidate.prefix));
    if (kind === undefined)
        return undefined;
    const close = kind.parameterType === undefined ? name + 2 : testingParameterEnd(context, name + 2, kind.parameterType);
    if (!isPunct(tokens, close, CLOSE_PAREN) || !isPunct(tokens, close + 1, OPEN_BRACE))
        return undefined;
    return findingAtToken(context, kind.metric, name, `${kind.noun} \`${functionName}\``);
}
/** Go's rule (`testing`'s isTest): the prefix alone, or followed by a character that is not lower-case. */
function hasTestName(name, prefix) {
    if (!name.startsWith(prefix))
        return false;
    if (name.length === prefix.length)
        return true;
    const next = String.fromCodePoint(name.codePointAt(prefix.length) ?? 0);
    return next === next.toUpperCase() || next.toLowerCase() !== next;
}
/** Index of the `)` after `[name] *testing.<type>` starting at `from`, or -1. */
function testingParameterEnd(context, from, type) {
    const { tokens, text } = context;
    const star = isKind(tokens, from, IDENT) ? from + 1 : from;
    const matches = isPunct(tokens, star, STAR) &&
        isWord(text, tokens, star + 1, 'testing') &&
        isPunct(tokens, star + 2, DOT) &&
        isWord(text, tokens, star + 3, type);
    return matches ? star + 4 : -1;
}
/** Names declared anywhere in the file as a `*testing.T` parameter: `(t *testing.T`, `, t *testing.T`. */
function testingTNames(context) {
    const { tokens, text } = context;
    const names = new Set();
    for (const index of tokensSpelled(text, tokens, IDENT, 'testing')) {
        if (index < 1 || index + 4 >= tokens.count || !isPunct(tokens, index - 1, STAR))
            continue;
        if (!isPunct(tokens, index + 1, DOT) || !isWord(text, tokens, index + 2, 'T'))
            continue;
        const name = index - 2;
        if (isKind(tokens, name, IDENT) && (isPunct(tokens, name - 1, OPEN_PAREN) || isPunct(tokens, name - 1, COMMA))) {
            names.add(tokenText(text, tokens, name));
        }
    }
    return names;
}
/** An identifier that is not itself a field (`x.t.Run` is not a call on a variable `t`). */
function isPlainVariable(context, index) {
    return isKind(context.tokens, index, IDENT) && !isPunct(context.tokens, index - 1, DOT);
}

;// CONCATENATED MODULE: ./src/collectors/go-code.ts




function collectGoEvidence(file, text) {
    const context = createContext(file, text, GO);
    return byPosition(collectGoTests(context).concat(collectGoPanics(context), collectTodoComments(context), collectParseError(context)));
}
const goCode = {
    id: 'go-code',
    wants: (file) => file.language === 'go',
    collect: collectGoEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/javascript/chars.ts
// Character classes by char code. Non-ASCII characters count as identifier characters unless they
// are Unicode spaces: exact ID_Start tables are not worth their cost for counting evidence.
// ASCII goes through a lookup table because the lexer asks about every character of every file.
const OTHER_CHAR = 0;
const SPACE_CHAR = 1;
const IDENTIFIER_CHAR = 2;
const DIGIT_CHAR = 3;
/** Class of each ASCII character: letters, `$`, `_` and `\` (an escape) start identifiers. */
const ASCII_CLASSES = (() => {
    const classes = new Uint8Array(128);
    for (let code = 0; code < 128; code++) {
        if (code === 32 || (code >= 9 && code <= 13))
            classes[code] = SPACE_CHAR;
        else if (code >= 48 && code <= 57)
            classes[code] = DIGIT_CHAR;
        else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 36 || code === 95 || code === 92) {
            classes[code] = IDENTIFIER_CHAR;
        }
    }
    return classes;
})();
function chars_isUnicodeSpace(code) {
    return (code === 0xa0 ||
        code === 0xfeff ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000);
}
/** SPACE_CHAR, IDENTIFIER_CHAR, DIGIT_CHAR or OTHER_CHAR; OTHER_CHAR past the end of the text (NaN). */
function charClass(code) {
    if (code < 128)
        return ASCII_CLASSES[code] ?? OTHER_CHAR;
    if (code >= 128)
        return chars_isUnicodeSpace(code) ? SPACE_CHAR : IDENTIFIER_CHAR;
    return OTHER_CHAR;
}
function chars_isWhitespace(code) {
    return charClass(code) === SPACE_CHAR;
}
function chars_isDigit(code) {
    return code >= 48 && code <= 57;
}
function chars_isIdentifierStart(code) {
    return charClass(code) === IDENTIFIER_CHAR;
}
function chars_isIdentifierPart(code) {
    const kind = charClass(code);
    return kind === IDENTIFIER_CHAR || kind === DIGIT_CHAR;
}
/** Index of the first character at or after `from` that is not an identifier character. */
function chars_skipIdentifier(text, from) {
    let pos = from;
    while (pos < text.length) {
        const kind = charClass(text.charCodeAt(pos));
        if (kind !== IDENTIFIER_CHAR && kind !== DIGIT_CHAR)
            break;
        pos++;
    }
    return pos;
}
function skipWhitespace(text, from) {
    let pos = from;
    while (pos < text.length && chars_isWhitespace(text.charCodeAt(pos)))
        pos++;
    return pos;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/lex-state.ts
// Shared state of one lexing run. Nesting (brackets, `${`, JSX) lives in an explicit stack so that
// files nested 10,000 deep never grow the call stack.

const PAREN_FRAME = 1;
const BRACKET_FRAME = 2;
const BRACE_FRAME = 3;
/** Inside `${ … }` of a template literal. */
const TEMPLATE_FRAME = 4;
/** Inside `{ … }` among a JSX tag's attributes. */
const JSX_ATTRIBUTE_FRAME = 5;
/** Inside `{ … }` among a JSX element's children. */
const JSX_CHILD_FRAME = 6;
/** Inside a JSX element: its opening tag's attributes, then its children. */
const JSX_ELEMENT_FRAME = 7;
/**
 * Every run lexes into this one buffer and hands out an exact-size copy (`takeTokens`): allocating and
 * growing fresh typed arrays for each of thousands of small files cost more than lexing them.
 */
const scratchTokens = createTokenBuffer(1 << 16);
function lex_state_createLexState(text, jsx, tsx) {
    clearTokens(scratchTokens);
    return {
        text,
        pos: 0,
        jsx,
        tsx,
        tokens: scratchTokens,
        commentStarts: [],
        commentEnds: [],
        frameKinds: [],
        frameTokens: [],
        frameOffsets: [],
        lostTrack: undefined,
        closingTags: new Map(),
    };
}
/**
 * Results are carved out of shared slabs: one ArrayBuffer per file cost as much as lexing a small file.
 * A slab is freed once no result viewing it is reachable.
 */
const SLAB_BYTES = 1 << 22;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;
/** Bytes for `count` tokens, kept a multiple of 4 so the next result's Int32Arrays stay aligned. */
function tokenBytes(count) {
    return (count * 17 + 3) & ~3;
}
/** Where the next result's columns go: its own buffer for a huge file, else the current slab. */
function reserveTokenMemory(bytes) {
    if (bytes > SLAB_BYTES)
        return { memory: new ArrayBuffer(bytes), offset: 0 };
    if (slabUsed + bytes > SLAB_BYTES) {
        slab = new ArrayBuffer(SLAB_BYTES);
        slabUsed = 0;
    }
    const offset = slabUsed;
    slabUsed += bytes;
    return { memory: slab, offset };
}
/** A copy of the run's tokens at the exact size, so the result outlives the next run. */
function takeTokens(state) {
    const { tokens } = state;
    const count = tokens.count;
    const { memory, offset } = reserveTokenMemory(tokenBytes(count));
    const starts = new Int32Array(memory, offset, count);
    const ends = new Int32Array(memory, offset + count * 4, count);
    const values = new Int32Array(memory, offset + count * 8, count);
    const partners = new Int32Array(memory, offset + count * 12, count);
    const kinds = new Uint8Array(memory, offset + count * 16, count);
    starts.set(tokens.starts.subarray(0, count));
    ends.set(tokens.ends.subarray(0, count));
    values.set(tokens.values.subarray(0, count));
    partners.set(tokens.partners.subarray(0, count));
    kinds.set(tokens.kinds.subarray(0, count));
    return { count, kinds, starts, ends, values, partners };
}
/** Records the first place the lexer lost track; later problems are usually its consequences. */
function lex_state_loseTrack(state, offset, reason) {
    if (state.lostTrack === undefined)
        state.lostTrack = { offset, reason };
}
function pushFrame(state, kind, token, offset) {
    state.frameKinds.push(kind);
    state.frameTokens.push(token);
    state.frameOffsets.push(offset);
}
function popFrame(state) {
    state.frameKinds.pop();
    state.frameTokens.pop();
    state.frameOffsets.pop();
}
function topFrame(state) {
    return state.frameKinds[state.frameKinds.length - 1] ?? 0;
}
function topFrameOffset(state) {
    return state.frameOffsets[state.frameOffsets.length - 1] ?? 0;
}
function addComment(state, start, end) {
    state.commentStarts.push(start);
    state.commentEnds.push(end);
}
/** Reads a `//` or `/*` comment starting at `state.pos`. */
function lex_state_scanComment(state) {
    const { text } = state;
    const start = state.pos;
    if (text.charCodeAt(start + 1) === 47) {
        const newline = text.indexOf('\n', start + 2);
        state.pos = newline === -1 ? text.length : newline;
    }
    else {
        const close = text.indexOf('*/', start + 2);
        if (close === -1) {
            lex_state_loseTrack(state, start, 'unterminated block comment');
            state.pos = text.length;
        }
        else {
            state.pos = close + 2;
        }
    }
    addComment(state, start, state.pos);
}

;// CONCATENATED MODULE: ./src/collectors/javascript/tokens.ts
// The token stream the lexer produces: parallel typed arrays rather than one object per token,
// because a 10 MB minified bundle holds millions of tokens.

const tokens_IDENT = 1;
const tokens_NUMBER = 2;
const tokens_STRING = 3;
/** A template literal without substitutions. */
const TEMPLATE = 4;
const TEMPLATE_HEAD = 5;
const TEMPLATE_MIDDLE = 6;
const TEMPLATE_TAIL = 7;
const REGEX = 8;
const tokens_PUNCT = 9;
/** A whole JSX element; the expressions inside it are emitted as ordinary tokens before it. */
const JSX = 10;
// Punctuator values: single characters use their char code; these are the multi-character ones
// the analysis tells apart. Every other multi-character operator is OTHER_OPERATOR.
const ARROW = 256;
const OPTIONAL_CHAIN = 257;
const ELLIPSIS = 258;
const INCREMENT = 259;
const OTHER_OPERATOR = 260;
const tokens_OPEN_PAREN = 40;
const tokens_CLOSE_PAREN = 41;
const tokens_STAR = 42;
const tokens_COMMA = 44;
const tokens_DOT = 46;
const tokens_COLON = 58;
const tokens_SEMICOLON = 59;
const tokens_LESS = 60;
const tokens_EQUALS = 61;
const tokens_GREATER = 62;
const tokens_QUESTION = 63;
const tokens_OPEN_BRACKET = 91;
const tokens_CLOSE_BRACKET = 93;
const tokens_OPEN_BRACE = 123;
const tokens_CLOSE_BRACE = 125;

function tokens_isPunct(buffer, index, value) {
    return index >= 0 && index < buffer.count && buffer.kinds[index] === tokens_PUNCT && buffer.values[index] === value;
}
/** True when the token is the identifier `word` (keywords are identifiers here). */
function tokens_isWord(text, buffer, index, word) {
    if (!isKind(buffer, index, tokens_IDENT))
        return false;
    const start = buffer.starts[index] ?? 0;
    return (buffer.ends[index] ?? 0) - start === word.length && text.startsWith(word, start);
}
/**
 * Indices of the identifier tokens spelled `word`, in order. Searching the text and mapping each hit back
 * to its token is much cheaper than walking every token when the word is rare.
 */
function wordTokens(text, buffer, word) {
    const found = [];
    let index = 0;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        index = firstTokenFrom(buffer, at, index);
        // A zero-width JSX token may share its start with the token after it.
        for (let candidate = index; candidate < buffer.count && buffer.starts[candidate] === at; candidate++) {
            if (tokens_isWord(text, buffer, candidate, word))
                found.push(candidate);
        }
    }
    return found;
}
/** True when the token follows `.` or `?.`, i.e. it names a property rather than a variable or keyword. */
function isPropertyName(buffer, index) {
    return tokens_isPunct(buffer, index - 1, tokens_DOT) || tokens_isPunct(buffer, index - 1, OPTIONAL_CHAIN);
}

;// CONCATENATED MODULE: ./src/collectors/javascript/jsx.ts
// JSX elements. Tag names, attribute strings and text children are not code: an apostrophe in
// `Don't` or a `// …` in text is just text. Only `{ … }` containers hand control back to the code lexer.



const JSX_TAG = 1;
const JSX_CHILDREN = 2;
/** Distinct tag names whose closing tag is searched for; beyond this, `<Name>(` is taken as generics. */
const CLOSING_TAG_SEARCH_LIMIT = 32;
/**
 * In .tsx, `<T,>(x) => …`, `<T extends X>(x) => …` and `<T = X>` are type parameters, not elements.
 * So is `<T>(` in a type (`fn: <T>(x: T) => T`), unless the file also has `</T>`: then it is an
 * element whose text starts with `(`. `pos` is just after the `<`.
 */
function looksLikeTypeParameters(state, pos) {
    const { text } = state;
    const nameStart = skipWhitespace(text, pos);
    const nameEnd = chars_skipIdentifier(text, nameStart);
    const next = skipWhitespace(text, nameEnd);
    const code = text.charCodeAt(next);
    if (code === 44 || code === 61)
        return true;
    if (code === 62)
        return text.charCodeAt(next + 1) === 40 && !hasClosingTag(state, text.slice(nameStart, nameEnd));
    return next > nameEnd && text.startsWith('extends', next) && !chars_isIdentifierPart(text.charCodeAt(next + 7));
}
function hasClosingTag(state, name) {
    const known = state.closingTags.get(name);
    if (known !== undefined)
        return known;
    if (state.closingTags.size >= CLOSING_TAG_SEARCH_LIMIT)
        return false;
    const found = state.text.includes(`</${name}>`);
    state.closingTags.set(name, found);
    return found;
}
/** Starts a JSX element at the `<` at `state.pos`. */
function startJsx(state) {
    state.pos++;
    enterTag(state, state.pos - 1);
}
/** After `<`: a fragment `<>` goes straight to children, otherwise read the tag's attributes. */
function enterTag(state, tagStart) {
    pushFrame(state, JSX_ELEMENT_FRAME, -1, tagStart);
    if (state.text.charCodeAt(state.pos) === 62) {
        state.pos++;
        continueJsx(state, JSX_CHILDREN);
        return;
    }
    state.pos = skipTagName(state.text, state.pos);
    continueJsx(state, JSX_TAG);
}
/**
 * Reads JSX from `state.pos` in the given mode until a `{` container opens (control returns to the
 * code lexer) or the outermost element closes.
 */
function continueJsx(state, startMode) {
    const { text } = state;
    let mode = startMode;
    while (state.pos < text.length) {
        if (mode === JSX_TAG) {
            const outcome = readTag(state);
            if (outcome === TAG_CONTAINER)
                return;
            if (outcome === TAG_OPENED) {
                mode = JSX_CHILDREN;
                continue;
            }
            if (outcome === TAG_SELF_CLOSED && !closeElement(state))
                return;
            if (outcome === TAG_EOF)
                break;
            mode = JSX_CHILDREN;
            continue;
        }
        const outcome = readChildren(state);
        if (outcome === CHILD_CONTAINER)
            return;
        if (outcome === CHILD_NESTED_TAG) {
            mode = JSX_TAG;
            continue;
        }
        if (outcome === CHILD_CLOSED && !closeElement(state))
            return;
        if (outcome === CHILD_EOF)
            break;
    }
    lex_state_loseTrack(state, state.frameOffsets[state.frameOffsets.length - 1] ?? state.pos, 'unterminated JSX element');
}
/**
 * Pops the element that just closed. Returns true when its parent element's children continue,
 * false when it was the outermost element and code resumes.
 */
function closeElement(state) {
    if (topFrame(state) === JSX_ELEMENT_FRAME)
        popFrame(state);
    if (topFrame(state) === JSX_ELEMENT_FRAME)
        return true;
    pushToken(state.tokens, JSX, state.pos, state.pos);
    return false;
}
const TAG_CONTAINER = 1;
const TAG_OPENED = 2;
const TAG_SELF_CLOSED = 3;
const TAG_EOF = 4;
/** Reads attributes until `>`, `/>`, a `{` container, or the end of the text. */
function readTag(state) {
    const { text } = state;
    while (state.pos < text.length) {
        const code = text.charCodeAt(state.pos);
        if (code === 62) {
            state.pos++;
            return TAG_OPENED;
        }
        if (code === 47) {
            const next = text.charCodeAt(state.pos + 1);
            if (next === 62) {
                state.pos += 2;
                return TAG_SELF_CLOSED;
            }
            if (next === 47 || next === 42) {
                lex_state_scanComment(state);
                continue;
            }
        }
        else if (code === tokens_OPEN_BRACE) {
            const index = pushToken(state.tokens, tokens_PUNCT, state.pos, state.pos + 1, tokens_OPEN_BRACE);
            pushFrame(state, JSX_ATTRIBUTE_FRAME, index, state.pos);
            state.pos++;
            return TAG_CONTAINER;
        }
        else if (code === 34 || code === 39) {
            const close = text.indexOf(code === 34 ? '"' : "'", state.pos + 1);
            if (close === -1) {
                lex_state_loseTrack(state, state.pos, 'unterminated string');
                state.pos = text.length;
                return TAG_EOF;
            }
            state.pos = close + 1;
            continue;
        }
        state.pos++;
    }
    return TAG_EOF;
}
const CHILD_CONTAINER = 1;
const CHILD_NESTED_TAG = 2;
const CHILD_CLOSED = 3;
const CHILD_EOF = 4;
/** Skips text children until a `{` container, a nested tag, or the element's closing tag. */
function readChildren(state) {
    const { text } = state;
    let pos = state.pos;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === tokens_OPEN_BRACE) {
            const index = pushToken(state.tokens, tokens_PUNCT, pos, pos + 1, tokens_OPEN_BRACE);
            pushFrame(state, JSX_CHILD_FRAME, index, pos);
            state.pos = pos + 1;
            return CHILD_CONTAINER;
        }
        if (code === 60) {
            const next = text.charCodeAt(pos + 1);
            if (next === 47) {
                const close = text.indexOf('>', pos + 2);
                state.pos = close === -1 ? text.length : close + 1;
                return close === -1 ? CHILD_EOF : CHILD_CLOSED;
            }
            if (next === 62 || chars_isIdentifierStart(next)) {
                state.pos = pos + 1;
                if (next === 62) {
                    state.pos++;
                    pushFrame(state, JSX_ELEMENT_FRAME, -1, pos);
                    pos = state.pos;
                    continue;
                }
                state.pos = skipTagName(text, state.pos);
                pushFrame(state, JSX_ELEMENT_FRAME, -1, pos);
                return CHILD_NESTED_TAG;
            }
        }
        pos++;
    }
    state.pos = text.length;
    return CHILD_EOF;
}
function skipTagName(text, from) {
    let pos = from;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (!chars_isIdentifierPart(code) && code !== 46 && code !== 58 && code !== 45)
            break;
        pos++;
    }
    return pos;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/literals.ts
// String, template and regular-expression literals. Their contents never count for anything, so
// the scanners only find where each literal ends.



const literals_BACKSLASH = 92;
const literals_BACKTICK = 96;
const literals_DOLLAR = 36;
const literals_LINE_FEED = 10;
const literals_CARRIAGE_RETURN = 13;
/** Length of the escape starting at `pos`, so that an escaped CRLF line continuation is one unit. */
function escapeLength(text, pos) {
    return text.charCodeAt(pos + 1) === literals_CARRIAGE_RETURN && text.charCodeAt(pos + 2) === literals_LINE_FEED ? 3 : 2;
}
/** Reads a `'` or `"` string starting at `state.pos`. */
function scanString(state) {
    const { text } = state;
    const start = state.pos;
    const quote = text.charCodeAt(start);
    let pos = start + 1;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        // Only quotes, backslashes and line breaks end or bend a string; all but the backslash sort below 40.
        if (code > 39 && code !== literals_BACKSLASH) {
            pos++;
            continue;
        }
        if (code === quote) {
            pushToken(state.tokens, tokens_STRING, start, pos + 1);
            state.pos = pos + 1;
            return;
        }
        if (code === literals_BACKSLASH) {
            pos += escapeLength(text, pos);
            continue;
        }
        if (code === literals_LINE_FEED || code === literals_CARRIAGE_RETURN)
            break;
        pos++;
    }
    lex_state_loseTrack(state, start, 'unterminated string');
    pushToken(state.tokens, tokens_STRING, start, Math.min(pos, text.length));
    state.pos = Math.min(pos, text.length);
}
/**
 * Reads template text from `state.pos` (just after the opening backtick, or after the `}` that closed
 * a substitution) up to the closing backtick or the next `${`.
 * `head` is the token index of the template's head, or -1 when this is the template's first part.
 */
function scanTemplateText(state, tokenStart, head, templateStart) {
    const { text, tokens } = state;
    let pos = state.pos;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === literals_BACKTICK) {
            const index = pushToken(tokens, head === -1 ? TEMPLATE : TEMPLATE_TAIL, tokenStart, pos + 1);
            if (head !== -1)
                pair(tokens, head, index);
            state.pos = pos + 1;
            return;
        }
        if (code === literals_BACKSLASH) {
            pos += escapeLength(text, pos);
            continue;
        }
        if (code === literals_DOLLAR && text.charCodeAt(pos + 1) === 123) {
            const index = pushToken(tokens, head === -1 ? TEMPLATE_HEAD : TEMPLATE_MIDDLE, tokenStart, pos + 2);
            pushFrame(state, TEMPLATE_FRAME, head === -1 ? index : head, templateStart);
            state.pos = pos + 2;
            return;
        }
        pos++;
    }
    lex_state_loseTrack(state, templateStart, 'unterminated template literal');
    pushToken(tokens, head === -1 ? TEMPLATE : TEMPLATE_TAIL, tokenStart, text.length);
    state.pos = text.length;
}
/**
 * Reads a regular expression literal at `state.pos`. Returns false, consuming nothing, when it does not
 * close on its line: then the `/` was most likely a division the heuristic misjudged.
 */
function scanRegex(state) {
    const { text } = state;
    const start = state.pos;
    let pos = start + 1;
    let inClass = false;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === literals_BACKSLASH) {
            pos += 2;
            continue;
        }
        if (code === literals_LINE_FEED || code === literals_CARRIAGE_RETURN || code === 0x2028 || code === 0x2029)
            return false;
        if (code === 91)
            inClass = true;
        else if (code === 93)
            inClass = false;
        else if (code === 47 && !inClass) {
            pos++;
            while (pos < text.length && chars_isIdentifierPart(text.charCodeAt(pos)))
                pos++;
            pushToken(state.tokens, REGEX, start, pos);
            state.pos = pos;
            return true;
        }
        pos++;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/brackets.ts
// Brackets, and the `}` that may instead end a template substitution or a JSX container.
// Every opener is paired with its closer so the analyses can jump over whole groups.




function openBracket(state, code) {
    const index = pushToken(state.tokens, tokens_PUNCT, state.pos, state.pos + 1, code);
    const frame = code === tokens_OPEN_PAREN ? PAREN_FRAME : code === tokens_OPEN_BRACKET ? BRACKET_FRAME : BRACE_FRAME;
    pushFrame(state, frame, index, state.pos);
    state.pos++;
}
const FRAME_FOR_CLOSER = {
    [tokens_CLOSE_PAREN]: PAREN_FRAME,
    [tokens_CLOSE_BRACKET]: BRACKET_FRAME,
    [tokens_CLOSE_BRACE]: BRACE_FRAME,
};
function brackets_closeBracket(state, code) {
    const frame = topFrame(state);
    const expected = FRAME_FOR_CLOSER[code] ?? 0;
    if (frame === expected) {
        pairWithTopFrame(state, pushCloser(state, code));
        return;
    }
    if (code === tokens_CLOSE_BRACE && frame === TEMPLATE_FRAME) {
        const start = state.pos;
        const head = state.frameTokens[state.frameTokens.length - 1] ?? -1;
        const templateStart = topFrameOffset(state);
        popFrame(state);
        state.pos++;
        scanTemplateText(state, start, head, templateStart);
        return;
    }
    if (code === tokens_CLOSE_BRACE && (frame === JSX_ATTRIBUTE_FRAME || frame === JSX_CHILD_FRAME)) {
        pairWithTopFrame(state, pushCloser(state, code));
        continueJsx(state, frame === JSX_ATTRIBUTE_FRAME ? JSX_TAG : JSX_CHILDREN);
        return;
    }
    lex_state_loseTrack(state, state.pos, `unbalanced \`${String.fromCharCode(code)}\``);
    const index = pushCloser(state, code);
    if (unwindTo(state, expected))
        pairWithTopFrame(state, index);
}
function pushCloser(state, code) {
    const index = pushToken(state.tokens, tokens_PUNCT, state.pos, state.pos + 1, code);
    state.pos++;
    return index;
}
/** Pairs the closer at token `index` with the innermost frame's opener and leaves that frame. */
function pairWithTopFrame(state, index) {
    pair(state.tokens, state.frameTokens[state.frameTokens.length - 1] ?? -1, index);
    popFrame(state);
}
/** Recovers from a stray closer by dropping unclosed brackets above a matching one, if there is one. */
function unwindTo(state, expected) {
    const kinds = state.frameKinds;
    let depth = kinds.length - 1;
    while (depth >= 0 && kinds[depth] !== expected) {
        const kind = kinds[depth];
        if (kind !== PAREN_FRAME && kind !== BRACKET_FRAME && kind !== BRACE_FRAME)
            return false;
        depth--;
    }
    if (depth < 0)
        return false;
    while (state.frameKinds.length - 1 > depth)
        popFrame(state);
    return true;
}
const UNCLOSED_REASON = {
    [PAREN_FRAME]: 'unclosed `(`',
    [BRACKET_FRAME]: 'unclosed `[`',
    [BRACE_FRAME]: 'unclosed `{`',
    [TEMPLATE_FRAME]: 'unterminated template literal',
    [JSX_ATTRIBUTE_FRAME]: 'unclosed `{`',
    [JSX_CHILD_FRAME]: 'unclosed `{`',
};
function brackets_reportUnclosed(state) {
    const frame = topFrame(state);
    if (frame === 0)
        return;
    lex_state_loseTrack(state, topFrameOffset(state), UNCLOSED_REASON[frame] ?? 'unterminated JSX element');
}

;// CONCATENATED MODULE: ./src/collectors/javascript/lexer.ts
// One pass over JavaScript/TypeScript text producing significant tokens and comment ranges.
// It is a lexer, not a parser: regex-vs-division and JSX are decided by the previous token.






/** Keywords after which an expression starts, so `/` begins a regex and `<` may begin JSX. */
const EXPRESSION_KEYWORDS = new Set([
    'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await',
]);
/**
 * javascript-code and mock-data both lex every JavaScript/TypeScript file, one right after the other on
 * the same string with the same flavour, so the last result is kept and handed out again. Safe because
 * no consumer mutates a LexResult.
 */
let lastLex;
function lexJavaScript(text, flavour) {
    if (lastLex !== undefined && lastLex.text === text && lastLex.jsx === flavour.jsx && lastLex.tsx === flavour.tsx) {
        return lastLex.result;
    }
    const result = lex(text, flavour);
    lastLex = { text, jsx: flavour.jsx, tsx: flavour.tsx, result };
    return result;
}
function lex(text, flavour) {
    const state = lex_state_createLexState(text, flavour.jsx, flavour.tsx);
    skipHashbang(state);
    lexCode(state);
    brackets_reportUnclosed(state);
    return {
        tokens: takeTokens(state),
        commentStarts: state.commentStarts,
        commentEnds: state.commentEnds,
        lostTrack: state.lostTrack,
    };
}
/** The main loop keeps the position in a local; only symbols go through `state.pos`. */
function lexCode(state) {
    const { text, tokens } = state;
    let pos = state.pos;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const kind = charClass(code);
        if (kind === SPACE_CHAR) {
            pos++;
        }
        else if (kind === IDENTIFIER_CHAR) {
            const start = pos;
            pos = chars_skipIdentifier(text, pos + 1);
            pushToken(tokens, tokens_IDENT, start, pos);
        }
        else if (kind === DIGIT_CHAR || (code === 46 && chars_isDigit(text.charCodeAt(pos + 1)))) {
            pos = scanNumber(state, pos);
        }
        else {
            state.pos = pos;
            lexer_readSymbol(state, code);
            pos = state.pos;
        }
    }
    state.pos = pos;
}
function skipHashbang(state) {
    const { text } = state;
    if (text.charCodeAt(0) === 0xfeff)
        state.pos = 1;
    if (text.startsWith('#!', state.pos)) {
        const newline = text.indexOf('\n', state.pos);
        state.pos = newline === -1 ? text.length : newline;
    }
}
/** Reads the number starting at `start` and returns the offset after it. */
function scanNumber(state, start) {
    const { text } = state;
    const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
    let pos = start + 1;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(pos - 1) | 32) === 101;
        if (!exponentSign && code !== 46 && !chars_isIdentifierStart(code) && !chars_isDigit(code))
            break;
        pos++;
    }
    pushToken(state.tokens, tokens_NUMBER, start, pos);
    return pos;
}
/**
 * TypeScript's `value!` ends an operand, so a `/` after it divides (`value! / 2`). A `!` right after an
 * operand on the same line can only be that; on a new line it may be a prefix `!` after automatic
 * semicolon insertion (`a\n!/re/.test(s)`).
 */
function isNonNullAssertion(state, bang) {
    const { tokens } = state;
    const previous = bang - 1;
    if (previous < 0)
        return false;
    const between = state.text.slice(tokens.ends[previous] ?? 0, tokens.starts[bang] ?? 0);
    if (between.includes('\n'))
        return false;
    const kind = tokens.kinds[previous];
    if (kind === tokens_NUMBER || kind === tokens_STRING || kind === TEMPLATE || kind === TEMPLATE_TAIL || kind === REGEX)
        return true;
    if (kind === tokens_PUNCT) {
        const value = tokens.values[previous];
        return value === tokens_CLOSE_PAREN || value === tokens_CLOSE_BRACKET;
    }
    if (kind !== tokens_IDENT)
        return false;
    const start = tokens.starts[previous] ?? 0;
    return !EXPRESSION_KEYWORDS.has(state.text.slice(start, tokens.ends[previous] ?? 0));
}
/** True when the previous token ends where an expression may begin. */
function atExpressionStart(state) {
    const { tokens } = state;
    const last = tokens.count - 1;
    if (last < 0)
        return true;
    const kind = tokens.kinds[last];
    if (kind === tokens_PUNCT) {
        const value = tokens.values[last];
        if (value === 33 && isNonNullAssertion(state, last))
            return false;
        return value !== tokens_CLOSE_PAREN && value !== tokens_CLOSE_BRACKET && value !== INCREMENT;
    }
    if (kind === tokens_IDENT) {
        const start = tokens.starts[last] ?? 0;
        const end = tokens.ends[last] ?? 0;
        return end - start <= 10 && !isPropertyName(tokens, last) && EXPRESSION_KEYWORDS.has(state.text.slice(start, end));
    }
    return kind === TEMPLATE_HEAD || kind === TEMPLATE_MIDDLE;
}
function lexer_readSymbol(state, code) {
    const { text } = state;
    const pos = state.pos;
    switch (code) {
        case 34:
        case 39:
            scanString(state);
            return;
        case 96:
            state.pos++;
            scanTemplateText(state, pos, -1, pos);
            return;
        case 40:
        case 91:
        case 123:
            openBracket(state, code);
            return;
        case tokens_CLOSE_PAREN:
        case tokens_CLOSE_BRACKET:
        case tokens_CLOSE_BRACE:
            brackets_closeBracket(state, code);
            return;
        case 47:
            readSlash(state);
            return;
        case 60:
            if (state.jsx && startsJsx(state)) {
                startJsx(state);
                return;
            }
            break;
        case 35:
            if (chars_isIdentifierStart(text.charCodeAt(pos + 1))) {
                state.pos = chars_skipIdentifier(text, pos + 1);
                pushToken(state.tokens, tokens_IDENT, pos, state.pos);
                return;
            }
            break;
    }
    lexer_readPunctuator(state, code);
}
function startsJsx(state) {
    const { text } = state;
    const next = text.charCodeAt(state.pos + 1);
    if (next !== 62 && !chars_isIdentifierStart(next))
        return false;
    if (!atExpressionStart(state))
        return false;
    return !(state.tsx && looksLikeTypeParameters(state, state.pos + 1));
}
function readSlash(state) {
    const { text } = state;
    const pos = state.pos;
    const next = text.charCodeAt(pos + 1);
    if (next === 47 || next === 42) {
        lex_state_scanComment(state);
        return;
    }
    if (atExpressionStart(state)) {
        if (scanRegex(state))
            return;
        lex_state_loseTrack(state, pos, 'unterminated regular expression');
    }
    const length = next === 61 ? 2 : 1;
    pushToken(state.tokens, tokens_PUNCT, pos, pos + length, length === 2 ? OTHER_OPERATOR : 47);
    state.pos += length;
}
/** Operators the analysis tells apart get their own value; `>` stays single so `A<B<C>>` closes. */
function lexer_readPunctuator(state, code) {
    const { text } = state;
    const pos = state.pos;
    const next = text.charCodeAt(pos + 1);
    // Every longer operator continues with punctuation; most symbols are followed by a name or a space.
    if (charClass(next) !== OTHER_CHAR) {
        pushToken(state.tokens, tokens_PUNCT, pos, pos + 1, code);
        state.pos++;
        return;
    }
    const third = text.charCodeAt(pos + 2);
    let length = 1;
    let value = code;
    if (code === 61 && next === 62) {
        length = 2;
        value = ARROW;
    }
    else if (code === 63 && next === 46 && !chars_isDigit(third)) {
        length = 2;
        value = OPTIONAL_CHAIN;
    }
    else if (code === 46 && next === 46 && third === 46) {
        length = 3;
        value = ELLIPSIS;
    }
    else if ((code === 43 || code === 45) && next === code) {
        length = 2;
        value = INCREMENT;
    }
    else if (next === 61 && isOperatorCharacter(code)) {
        length = (code === 61 || code === 33) && third === 61 ? 3 : 2;
        value = OTHER_OPERATOR;
    }
    else if (next === code && (code === 38 || code === 124 || code === 42 || code === 63 || code === 60)) {
        // `<<` is one operator so its second `<` is never mistaken for the start of JSX.
        length = third === 61 ? 3 : 2;
        value = OTHER_OPERATOR;
    }
    pushToken(state.tokens, tokens_PUNCT, pos, pos + length, value);
    state.pos += length;
}
function isOperatorCharacter(code) {
    // = ! + - * % & | ^ ?
    return code === 61 || code === 33 || code === 43 || code === 45 || code === 42 || code === 37 ||
        code === 38 || code === 124 || code === 94 || code === 63;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/context.ts


/** In .ts/.mts/.cts `<T>x` is a type assertion, so only these extensions may hold JSX. */
const JSX_EXTENSIONS = new Set(['js', 'jsx', 'mjs', 'cjs', 'tsx']);
function flavourOf(path) {
    const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    return { jsx: JSX_EXTENSIONS.has(extension), tsx: extension === 'tsx' };
}
/** Lexes a JavaScript or TypeScript file (JSX by its extension) into what the analyses read. */
function createScanContext(file, text) {
    const lexed = lexJavaScript(text, flavourOf(file.path));
    let lines;
    return {
        file,
        text,
        lexed,
        tokens: lexed.tokens,
        // Line starts are only needed to place a finding, and many files have none: index them on first use.
        get lines() {
            return (lines ??= indexLines(text));
        },
    };
}
function context_findingAt(context, kind, offset, message, data) {
    const finding = {
        kind,
        file: context.file.path,
        line: lineAt(context.lines, offset),
        column: columnAt(context.lines, offset),
        message,
    };
    if (context.file.language !== undefined)
        finding.language = context.file.language;
    if (data !== undefined)
        finding.data = data;
    return finding;
}
/** Collapses whitespace and cuts to `max` characters, so messages stay one readable line. */
function javascript_context_shorten(value, max) {
    const flat = value.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/catches.ts


function catches_collectEmptyCatches(context) {
    if (context.file.isTest)
        return [];
    const { tokens, text } = context;
    const findings = [];
    for (const index of wordTokens(text, tokens, 'catch')) {
        // A catch clause always follows its try block; this rules out `promise.catch(…)` and methods named catch.
        if (!tokens_isPunct(tokens, index - 1, tokens_CLOSE_BRACE))
            continue;
        if (!tokens_isWord(text, tokens, partnerOf(tokens, index - 1) - 1, 'try'))
            continue;
        let block = index + 1;
        if (tokens_isPunct(tokens, block, tokens_OPEN_PAREN))
            block = partnerOf(tokens, block) + 1;
        if (block > 0 && tokens_isPunct(tokens, block, tokens_OPEN_BRACE) && partnerOf(tokens, block) === block + 1) {
            findings.push(context_findingAt(context, 'catch.empty', tokens.starts[index] ?? 0, 'empty `catch` block swallows the error'));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/function-bodies.ts
// Deciding from tokens alone whether a `{` opens a function body (declaration, expression, arrow,
// method, accessor, constructor) rather than an if/for/while/switch/catch/with block, a plain block,
// a class body or an object literal. TypeScript return types sit between `)` and `{`.

const CONTROL_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with']);
/** Words inside a type after which another type must follow. */
const TYPE_OPERATORS = new Set(['keyof', 'typeof', 'infer', 'is', 'extends', 'asserts', 'readonly', 'unique', 'new']);
/** Return types are short; a bound keeps hostile input linear. */
const TYPE_SCAN_LIMIT = 256;
/** True when the `(` at `open` starts a parameter list rather than a condition or a call. */
function opensParameters(context, open) {
    const { tokens, text } = context;
    const before = open - 1;
    if (before < 0)
        return false;
    const kind = tokens.kinds[before];
    if (kind === tokens_IDENT) {
        const word = tokenText(text, tokens, before);
        if (CONTROL_KEYWORDS.has(word))
            return false;
        // `for await (…)`
        return !(word === 'await' && tokens_isWord(text, tokens, before - 1, 'for'));
    }
    if (kind === tokens_STRING || kind === tokens_NUMBER)
        return true;
    return tokens_isPunct(tokens, before, tokens_GREATER) || tokens_isPunct(tokens, before, tokens_STAR) || tokens_isPunct(tokens, before, tokens_CLOSE_BRACKET);
}
/** The `)` closing the parameters of the function whose body starts at `brace`, or -1. */
function parametersCloseOf(context, brace) {
    const { tokens } = context;
    const before = brace - 1;
    if (tokens_isPunct(tokens, before, tokens_CLOSE_PAREN)) {
        return opensParameters(context, partnerOf(tokens, before)) ? before : -1;
    }
    for (const colon of returnTypeColons(tokens, before)) {
        if (opensParameters(context, partnerOf(tokens, colon - 1)) && bodyAfterReturnType(context, colon) === brace) {
            return colon - 1;
        }
    }
    return -1;
}
function isFunctionBody(context, brace) {
    return tokens_isPunct(context.tokens, brace - 1, ARROW) || parametersCloseOf(context, brace) !== -1;
}
/**
 * Walks back from the last token of a possible return type, yielding each `:` that directly follows
 * a `)`, nearest first. Stops on leaving the enclosing brackets or reaching a statement boundary.
 */
function* returnTypeColons(tokens, last) {
    let index = last;
    for (let steps = 0; index > 0 && steps < TYPE_SCAN_LIMIT; steps++) {
        if (tokens.kinds[index] === tokens_PUNCT) {
            const value = tokens.values[index];
            if (value === tokens_CLOSE_PAREN || value === tokens_CLOSE_BRACKET || value === tokens_CLOSE_BRACE) {
                const partner = partnerOf(tokens, index);
                if (partner < 0)
                    return;
                index = partner - 1;
                continue;
            }
            if (value === tokens_OPEN_PAREN || value === tokens_OPEN_BRACKET || value === tokens_OPEN_BRACE)
                return;
            if (value === tokens_SEMICOLON || value === tokens_EQUALS || value === tokens_COMMA)
                return;
            if (value === tokens_COLON && tokens_isPunct(tokens, index - 1, tokens_CLOSE_PAREN))
                yield index;
        }
        index--;
    }
}
/**
 * Reads the return type after the `:` at `colon` and returns the index of the body `{` that follows
 * it, or -1 when the type ends without one (an overload, an abstract member, a conditional expression).
 * A `{` where a type is expected is an object type; one after a complete type is the body.
 */
function bodyAfterReturnType(context, colon) {
    const { tokens, text } = context;
    let expectingType = true;
    let angleDepth = 0;
    let index = colon + 1;
    for (let steps = 0; index < tokens.count && steps < TYPE_SCAN_LIMIT; steps++) {
        const kind = tokens.kinds[index];
        if (kind === tokens_IDENT) {
            expectingType = TYPE_OPERATORS.has(tokenText(text, tokens, index));
            index++;
            continue;
        }
        if (kind !== tokens_PUNCT) {
            expectingType = false;
            index = kind === TEMPLATE_HEAD ? skipTemplate(tokens, index) : index + 1;
            continue;
        }
        const value = tokens.values[index];
        if (value === tokens_OPEN_BRACE) {
            if (!expectingType && angleDepth === 0)
                return index;
        }
        if (value === tokens_OPEN_BRACE || value === tokens_OPEN_PAREN || value === tokens_OPEN_BRACKET) {
            const partner = partnerOf(tokens, index);
            if (partner < 0)
                return -1;
            index = partner + 1;
            expectingType = false;
            continue;
        }
        if (value === tokens_LESS)
            angleDepth++;
        else if (value === tokens_GREATER)
            angleDepth--;
        else if (value === tokens_SEMICOLON || value === tokens_EQUALS || value === tokens_CLOSE_PAREN || value === tokens_CLOSE_BRACE)
            return -1;
        else if (value === tokens_COMMA && angleDepth === 0)
            return -1;
        if (angleDepth < 0)
            return -1;
        expectingType = value !== tokens_GREATER;
        index++;
    }
    return -1;
}
/** Skips a template with substitutions (a template literal type) to the token after its tail. */
function skipTemplate(tokens, head) {
    const tail = partnerOf(tokens, head);
    return tail < 0 ? head + 1 : tail + 1;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/stubs.ts



const stubs_NOT_IMPLEMENTED = /not.?implemented/i;
/** Enough of a message to find the words; bounds the regex on hostile literals. */
const stubs_MESSAGE_WINDOW = 1000;
const NAME_SCAN_LIMIT = 64;
function collectPlaceholders(context) {
    if (context.file.isTest)
        return [];
    const { tokens, text } = context;
    const findings = [];
    for (const index of wordTokens(text, tokens, 'throw')) {
        if (!tokens_isPunct(tokens, index - 1, tokens_OPEN_BRACE))
            continue;
        const brace = index - 1;
        if (!throwsNotImplementedOnly(context, brace) || !isFunctionBody(context, brace))
            continue;
        const name = functionName(context, brace);
        findings.push(context_findingAt(context, 'stubs.placeholder', tokens.starts[index] ?? 0, `\`${name}\` is a placeholder: it only throws "Not implemented"`));
    }
    return findings;
}
/** `{ throw new X(…); }` where X's name or the first argument's literal says "not implemented". */
function throwsNotImplementedOnly(context, brace) {
    const { tokens, text } = context;
    let index = brace + 2;
    const constructed = tokens_isWord(text, tokens, index, 'new');
    if (constructed)
        index++;
    if (!isKind(tokens, index, tokens_IDENT))
        return false;
    let nameToken = index++;
    while (tokens_isPunct(tokens, index, tokens_DOT) && isKind(tokens, index + 1, tokens_IDENT)) {
        nameToken = index + 1;
        index += 2;
    }
    let messageSaysSo = false;
    if (tokens_isPunct(tokens, index, tokens_OPEN_PAREN)) {
        const close = partnerOf(tokens, index);
        if (close < 0)
            return false;
        messageSaysSo = stubs_firstArgumentSaysNotImplemented(context, index + 1);
        index = close + 1;
    }
    else if (!constructed) {
        return false;
    }
    if (tokens_isPunct(tokens, index, tokens_SEMICOLON))
        index++;
    if (partnerOf(tokens, brace) !== index)
        return false;
    return messageSaysSo || stubs_NOT_IMPLEMENTED.test(tokenText(text, tokens, nameToken));
}
function stubs_firstArgumentSaysNotImplemented(context, argument) {
    const { tokens, text } = context;
    const kind = tokens.kinds[argument];
    if (argument >= tokens.count || (kind !== tokens_STRING && kind !== TEMPLATE && kind !== TEMPLATE_HEAD))
        return false;
    const start = tokens.starts[argument] ?? 0;
    const last = kind === TEMPLATE_HEAD ? partnerOf(tokens, argument) : argument;
    const end = tokens.ends[last < 0 ? argument : last] ?? start;
    return stubs_NOT_IMPLEMENTED.test(text.slice(start, Math.min(end, start + stubs_MESSAGE_WINDOW)));
}
/** The declaration or method name, else the variable or property the function is assigned to. */
function functionName(context, brace) {
    const { tokens, text } = context;
    if (tokens_isPunct(tokens, brace - 1, ARROW))
        return nameFromSurroundings(context, arrowStart(context, brace - 1));
    const open = partnerOf(tokens, parametersCloseOf(context, brace));
    let before = open - 1;
    if (tokens_isPunct(tokens, before, tokens_GREATER))
        before = matchingLess(context, before) - 1;
    if (tokens_isWord(text, tokens, before, 'function'))
        return nameFromSurroundings(context, withAsync(context, before));
    if (tokens_isPunct(tokens, before, tokens_STAR)) {
        return tokens_isWord(text, tokens, before - 1, 'function')
            ? nameFromSurroundings(context, withAsync(context, before - 1))
            : 'function';
    }
    return propertyKey(context, before) ?? 'function';
}
/** An identifier, a quoted key, or a short computed key `[Symbol.iterator]`. */
function propertyKey(context, index) {
    const { tokens, text } = context;
    if (isKind(tokens, index, tokens_IDENT))
        return tokenText(text, tokens, index);
    if (isKind(tokens, index, tokens_STRING))
        return tokenText(text, tokens, index).slice(1, -1);
    if (tokens_isPunct(tokens, index, tokens_CLOSE_BRACKET)) {
        const key = text.slice(tokens.starts[partnerOf(tokens, index)] ?? 0, tokens.ends[index] ?? 0);
        return key.length <= 60 ? key : undefined;
    }
    return undefined;
}
function withAsync(context, start) {
    return tokens_isWord(context.text, context.tokens, start - 1, 'async') ? start - 1 : start;
}
/** First token of the arrow function whose `=>` is at `arrow`, or -1. */
function arrowStart(context, arrow) {
    const { tokens } = context;
    const last = arrow - 1;
    let start = -1;
    if (tokens_isPunct(tokens, last, tokens_CLOSE_PAREN))
        start = partnerOf(tokens, last);
    else if (isKind(tokens, last, tokens_IDENT) && !tokens_isPunct(tokens, last - 1, tokens_COLON))
        start = last;
    else {
        for (const colon of returnTypeColons(tokens, last)) {
            start = partnerOf(tokens, colon - 1);
            break;
        }
    }
    if (start < 0)
        return -1;
    if (tokens_isPunct(tokens, start - 1, tokens_GREATER))
        start = matchingLess(context, start - 1);
    return start < 0 ? -1 : withAsync(context, start);
}
/** `const name = …`, `this.name = …`, `name: …` in an object literal, `name: Type = …` in a class. */
function nameFromSurroundings(context, start) {
    const { tokens, text } = context;
    if (start < 1)
        return 'function';
    const before = start - 1;
    if (tokens_isPunct(tokens, before, tokens_EQUALS)) {
        const target = before - 1;
        if (isKind(tokens, target, tokens_IDENT) && !tokens_isPunct(tokens, target - 1, tokens_COLON))
            return tokenText(text, tokens, target);
        return annotatedName(context, target) ?? 'function';
    }
    if (tokens_isPunct(tokens, before, tokens_COLON))
        return propertyKey(context, before - 1) ?? 'function';
    return 'function';
}
/** Walks back over a type annotation `name?: Type` ending at `last` to the annotated name. */
function annotatedName(context, last) {
    const { tokens, text } = context;
    let index = last;
    for (let steps = 0; index > 0 && steps < NAME_SCAN_LIMIT; steps++) {
        if (tokens.kinds[index] === tokens_PUNCT) {
            const value = tokens.values[index];
            const partner = partnerOf(tokens, index);
            if (partner >= 0 && partner < index) {
                index = partner - 1;
                continue;
            }
            if (value === tokens_COLON) {
                const name = tokens_isPunct(tokens, index - 1, tokens_QUESTION) ? index - 2 : index - 1;
                return isKind(tokens, name, tokens_IDENT) ? tokenText(text, tokens, name) : undefined;
            }
            if (value === tokens_SEMICOLON || value === tokens_EQUALS || value === tokens_OPEN_BRACE || value === tokens_OPEN_PAREN)
                return undefined;
        }
        index--;
    }
    return undefined;
}
/** Index of the `<` matching the `>` at `greater`, or -1. */
function matchingLess(context, greater) {
    const { tokens } = context;
    let depth = 0;
    let index = greater;
    for (let steps = 0; index >= 0 && steps < NAME_SCAN_LIMIT; steps++) {
        const partner = partnerOf(tokens, index);
        if (partner >= 0 && partner < index) {
            index = partner - 1;
            continue;
        }
        if (tokens_isPunct(tokens, index, tokens_GREATER))
            depth++;
        else if (tokens_isPunct(tokens, index, tokens_LESS) && --depth === 0)
            return index;
        index--;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/tests.ts


const TEST_FUNCTIONS = new Set(['it', 'test', 'specify', 'xit', 'xtest', 'xspecify', 'fit']);
/** First letters of the test functions, checked before an identifier's text is sliced out. */
const TEST_FUNCTION_INITIALS = new Set([...TEST_FUNCTIONS].map((name) => name.charCodeAt(0)));
const SKIPPED_FUNCTIONS = new Set(['xit', 'xtest', 'xspecify']);
const CHAIN_MEMBERS = new Set([
    'only', 'skip', 'todo', 'each', 'concurrent', 'failing', 'fails', 'fixme', 'sequential', 'skipIf', 'runIf', 'for',
]);
const SKIPPING_MEMBERS = new Set(['skip', 'todo', 'fixme']);
const NAME_LIMIT = 80;
const TYPE_ARGUMENTS_LIMIT = 256;
function collectTests(context) {
    if (!context.file.isTestFile)
        return [];
    const { tokens, text } = context;
    const findings = [];
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] !== tokens_IDENT)
            continue;
        const start = tokens.starts[index] ?? 0;
        const length = (tokens.ends[index] ?? 0) - start;
        if (length < 2 || length > 8 || !TEST_FUNCTION_INITIALS.has(text.charCodeAt(start)))
            continue;
        const root = tokenText(text, tokens, index);
        if (!TEST_FUNCTIONS.has(root) || isPropertyName(tokens, index) || followsFunctionKeyword(context, index))
            continue;
        const call = readTestCall(context, index);
        if (call === undefined || call.close === call.open + 1 || isMethodDeclaration(context, index, call.close))
            continue;
        const offset = tokens.starts[index] ?? 0;
        const name = testName(context, call.open);
        findings.push(context_findingAt(context, 'tests.cases', offset, name === undefined ? 'test (computed name)' : `test \`${name}\``));
        if (SKIPPED_FUNCTIONS.has(root) || call.members.some((member) => SKIPPING_MEMBERS.has(member))) {
            const form = [root, ...call.members].join('.');
            const label = name === undefined ? '(computed name)' : `\`${name}\``;
            findings.push(context_findingAt(context, 'tests.skipped', offset, `skipped test ${label} (${form})`));
        }
        // Tests nested in this call's arguments belong to it and are not counted again.
        index = call.close;
    }
    return findings;
}
function followsFunctionKeyword(context, index) {
    const { text, tokens } = context;
    return (tokens_isWord(text, tokens, index - 1, 'function') ||
        (tokens_isPunct(tokens, index - 1, tokens_STAR) && tokens_isWord(text, tokens, index - 2, 'function')));
}
/** Follows `.member`, `(args)` and tagged templates after the root; undefined when nothing is called. */
function readTestCall(context, root) {
    const { text, tokens } = context;
    const members = [];
    let open = -1;
    let close = -1;
    let index = root + 1;
    while (index < tokens.count) {
        if (tokens_isPunct(tokens, index, tokens_DOT) && isKind(tokens, index + 1, tokens_IDENT)) {
            const member = tokenText(text, tokens, index + 1);
            if (!CHAIN_MEMBERS.has(member))
                break;
            members.push(member);
            index += 2;
        }
        else if (tokens_isPunct(tokens, index, tokens_OPEN_PAREN)) {
            const partner = partnerOf(tokens, index);
            if (partner < 0)
                break;
            open = index;
            close = partner;
            index = partner + 1;
        }
        else if (tokens_isPunct(tokens, index, tokens_LESS)) {
            // Type arguments: `test<Context>('name', fn)`, ``test.each<Row>`table` ``.
            const after = tests_skipTypeArguments(context, index);
            if (!tokens_isPunct(tokens, after, tokens_OPEN_PAREN) && !isKind(tokens, after, TEMPLATE) && !isKind(tokens, after, TEMPLATE_HEAD)) {
                break;
            }
            index = after;
        }
        else if (isKind(tokens, index, TEMPLATE)) {
            index++;
        }
        else if (isKind(tokens, index, TEMPLATE_HEAD)) {
            const tail = partnerOf(tokens, index);
            if (tail < 0)
                break;
            index = tail + 1;
        }
        else {
            break;
        }
    }
    return open === -1 ? undefined : { members, open, close };
}
/** Index of the token after the `>` closing the `<` at `less`, or -1. */
function tests_skipTypeArguments(context, less) {
    const { tokens } = context;
    let depth = 0;
    let index = less;
    for (let steps = 0; index < tokens.count && steps < TYPE_ARGUMENTS_LIMIT; steps++) {
        if (tokens_isPunct(tokens, index, tokens_LESS))
            depth++;
        else if (tokens_isPunct(tokens, index, tokens_GREATER) && --depth === 0)
            return index + 1;
        else if (tokens_isPunct(tokens, index, tokens_SEMICOLON))
            return -1;
        const partner = partnerOf(tokens, index);
        if (partner >= 0 && partner < index)
            return -1;
        index = partner > index ? partner + 1 : index + 1;
    }
    return -1;
}
/**
 * `test(a) { … }` and `it(x): void` are method shorthands or signatures, not calls. A `)` followed by
 * `:` is a call only inside a conditional (`c ? it('a', f) : …`).
 */
function isMethodDeclaration(context, root, close) {
    const { tokens, text } = context;
    if (tokens_isPunct(tokens, close + 1, tokens_OPEN_BRACE))
        return true;
    if (!tokens_isPunct(tokens, close + 1, tokens_COLON))
        return false;
    return !tokens_isPunct(tokens, root - 1, tokens_QUESTION) && !tokens_isWord(text, tokens, root - 1, 'case');
}
/** The first argument's text when it is a plain string or a template without substitutions. */
function testName(context, open) {
    const { tokens, text } = context;
    const argument = open + 1;
    const kind = tokens.kinds[argument];
    if (kind !== tokens_STRING && kind !== TEMPLATE)
        return undefined;
    if (!tokens_isPunct(tokens, argument + 1, tokens_COMMA) && !tokens_isPunct(tokens, argument + 1, tokens_CLOSE_PAREN))
        return undefined;
    const start = (tokens.starts[argument] ?? 0) + 1;
    const end = Math.max(start, (tokens.ends[argument] ?? 0) - 1);
    return javascript_context_shorten(text.slice(start, Math.min(end, start + NAME_LIMIT * 4)), NAME_LIMIT);
}

;// CONCATENATED MODULE: ./src/collectors/javascript/todos.ts


/** A comment holds a tag only if the whole text does; most files hold none, so their comments are skipped. */
function mayHoldTags(text) {
    return text.includes('TODO') || text.includes('FIXME') || text.includes('XXX') || text.includes('HACK');
}
function todos_collectTodoComments(context) {
    const { text } = context;
    if (!mayHoldTags(text))
        return [];
    const { commentStarts, commentEnds } = context.lexed;
    const findings = [];
    for (let index = 0; index < commentStarts.length; index++) {
        const start = commentStarts[index] ?? 0;
        const end = commentEnds[index] ?? start;
        const isBlock = text.charCodeAt(start + 1) === 42;
        const bodyEnd = isBlock && text.endsWith('*/', end) && end - start >= 4 ? end - 2 : end;
        const body = text.slice(start + 2, bodyEnd);
        const found = findTodoTag(body);
        if (found === undefined)
            continue;
        findings.push(context_findingAt(context, 'todo.comments', start + 2 + found.index, todoMessage(body, found)));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/javascript-code.ts





function collectJavaScriptEvidence(file, text) {
    const context = createScanContext(file, text);
    const { lexed } = context;
    const findings = [
        ...collectTests(context),
        ...catches_collectEmptyCatches(context),
        ...todos_collectTodoComments(context),
        ...collectPlaceholders(context),
    ];
    if (lexed.lostTrack !== undefined) {
        const finding = context_findingAt(context, 'parse.errors', lexed.lostTrack.offset, '');
        const language = file.language === 'typescript' ? 'TypeScript' : 'JavaScript';
        finding.message =
            `could not follow ${language} syntax after line ${finding.line} (${lexed.lostTrack.reason}); ` +
                'counts for this file may be incomplete';
        findings.push(finding);
    }
    return findings;
}
const javascriptCode = {
    id: 'javascript-code',
    wants: (file) => file.language === 'javascript' || file.language === 'typescript',
    collect: collectJavaScriptEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/c-family/jvm-declarations.ts

const JAVA_MODIFIERS = new Set([
    'public', 'protected', 'private', 'static', 'final', 'abstract', 'synchronized', 'native', 'strictfp',
    'default', 'transient', 'volatile', 'sealed', 'non',
]);
const KOTLIN_MODIFIERS = new Set([
    'public', 'protected', 'private', 'internal', 'open', 'final', 'abstract', 'override', 'sealed', 'data',
    'inner', 'enum', 'annotation', 'companion', 'inline', 'value', 'lateinit', 'const', 'suspend', 'tailrec',
    'operator', 'infix', 'external', 'expect', 'actual',
]);
const CLOSERS = new Set([CLOSE_PAREN, CLOSE_BRACKET, CLOSE_BRACE]);
const JAVA_TYPE_KEYWORDS = new Set(['class', 'interface', 'enum', 'record']);
const KOTLIN_TYPE_KEYWORDS = new Set(['class', 'interface', 'object']);
const MINUS = 45;
/** Declaration headers are short; a bound keeps hostile input linear. */
const jvm_declarations_HEADER_LIMIT = 256;
/** The annotation whose `@` is at `at`, or undefined (Kotlin labels like `return@forEach` are not annotations). */
function annotationAt(context, at) {
    const { tokens, text } = context;
    if (!isPunct(tokens, at, AT) || !isKind(tokens, at + 1, IDENT) || isWord(text, tokens, at + 1, 'interface'))
        return undefined;
    if (isKind(tokens, at - 1, IDENT) && tokens.ends[at - 1] === tokens.starts[at])
        return undefined;
    let index = at + 1;
    // Kotlin use-site targets: `@get:Rule`, `@field:JvmField`.
    if (isPunct(tokens, index + 1, COLON) && isKind(tokens, index + 2, IDENT))
        index += 2;
    while (isPunct(tokens, index + 1, DOT) && isKind(tokens, index + 2, IDENT))
        index += 2;
    const name = tokenText(text, tokens, index);
    const last = isPunct(tokens, index + 1, OPEN_PAREN) ? partnerOf(tokens, index + 1) : index;
    return last < 0 ? undefined : { name, at, last };
}
/** Reads the annotations and modifiers starting at the `@` at `first`, then what they are declared on. */
function declarationAt(context, first, kotlin) {
    const { tokens, text } = context;
    const modifiers = kotlin ? KOTLIN_MODIFIERS : JAVA_MODIFIERS;
    const annotations = [];
    let index = first;
    for (;;) {
        const annotation = annotationAt(context, index);
        if (annotation !== undefined) {
            annotations.push(annotation);
            index = annotation.last + 1;
        }
        else if (isOneOf(text, tokens, index, modifiers)) {
            index++;
            // Java's `non-sealed`.
            if (isPunct(tokens, index, MINUS) && isWord(text, tokens, index + 1, 'sealed'))
                index += 2;
        }
        else {
            break;
        }
    }
    if (annotations.length === 0)
        return { annotations, kind: 'other', name: -1, end: index };
    const target = kotlin ? kotlinTarget(context, index) : javaTarget(context, index);
    return { annotations, ...target, end: index };
}
function kotlinTarget(context, start) {
    const { tokens, text } = context;
    if (isOneOf(text, tokens, start, KOTLIN_TYPE_KEYWORDS))
        return { kind: 'class', name: start + 1 };
    if (!isWord(text, tokens, start, 'fun'))
        return { kind: 'other', name: -1 };
    const open = parametersOpen(context, start + 1);
    return open === -1 ? { kind: 'other', name: -1 } : { kind: 'method', name: open - 1 };
}
function javaTarget(context, start) {
    const { tokens, text } = context;
    const limit = Math.min(tokens.count, start + jvm_declarations_HEADER_LIMIT);
    for (let index = start; index < limit; index++) {
        if (isOneOf(text, tokens, index, JAVA_TYPE_KEYWORDS))
            return { kind: 'class', name: index + 1 };
        if (isPunct(tokens, index, AT)) {
            if (isWord(text, tokens, index + 1, 'interface'))
                return { kind: 'class', name: index + 2 };
            // A type annotation in the return type, `@NonNull String name()`.
            const annotation = annotationAt(context, index);
            if (annotation !== undefined)
                index = annotation.last;
            continue;
        }
        if (tokens.kinds[index] !== PUNCT)
            continue;
        const value = tokens.values[index] ?? 0;
        if (value === OPEN_PAREN) {
            return isKind(tokens, index - 1, IDENT) && index > start ? { kind: 'method', name: index - 1 } : { kind: 'other', name: -1 };
        }
        if (value === OPEN_BRACKET)
            index = Math.max(index, partnerOf(tokens, index));
        else if (value === OPEN_BRACE || value === SEMICOLON || value === EQUALS || CLOSERS.has(value))
            break;
    }
    return { kind: 'other', name: -1 };
}
/** The `(` of a Kotlin function's parameters, after optional type parameters and a receiver type. */
function parametersOpen(context, from) {
    const { tokens } = context;
    const limit = Math.min(tokens.count, from + jvm_declarations_HEADER_LIMIT);
    let angles = 0;
    for (let index = from; index < limit; index++) {
        if (tokens.kinds[index] !== PUNCT)
            continue;
        const value = tokens.values[index];
        if (value === LESS)
            angles++;
        else if (value === GREATER)
            angles--;
        else if (value === OPEN_PAREN && angles <= 0)
            return isKind(tokens, index - 1, IDENT) ? index : -1;
        else if (value === OPEN_BRACE || value === SEMICOLON || value === EQUALS)
            return -1;
        else if (partnerOf(tokens, index) > index)
            index = partnerOf(tokens, index);
    }
    return -1;
}
/** A declared name for messages: Kotlin's `` `a test name` `` loses its backticks. */
function declaredName(context, index) {
    const name = tokenText(context.text, context.tokens, index);
    return name.startsWith('`') && name.endsWith('`') && name.length >= 2 ? name.slice(1, -1) : name;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/jvm-catches.ts




/** What each generic type catches, for the message. */
const jvm_catches_GENERIC_TYPES = new Map([
    ['Exception', 'every exception'],
    ['Throwable', 'every error and exception'],
    ['RuntimeException', 'every unchecked exception'],
]);
const QUALIFIERS = new Set(['java.lang.', 'kotlin.']);
function collectJvmGenericCatches(context, clauses, kotlin) {
    const findings = [];
    for (const clause of clauses) {
        if (clause.open === -1)
            continue;
        const types = kotlin ? kotlinCaughtTypes(context, clause.open) : javaCaughtTypes(context, clause.open);
        const caught = types.map(genericMeaning).find((meaning) => meaning !== undefined);
        if (caught === undefined)
            continue;
        const message = `\`${clauseText(context, clause)}\` catches ${caught}; catch the exceptions you expect`;
        findings.push(findingAtToken(context, 'catch.generic', clause.keyword, message));
    }
    return findings;
}
function genericMeaning(type) {
    const dot = type.lastIndexOf('.');
    const simple = type.slice(dot + 1);
    const qualifier = type.slice(0, dot + 1);
    return qualifier === '' || QUALIFIERS.has(qualifier) ? jvm_catches_GENERIC_TYPES.get(simple) : undefined;
}
/** A dotted name starting at `from`: its text and the index after it. */
function dottedName(context, from) {
    const { tokens, text } = context;
    let name = '';
    let index = from;
    while (isKind(tokens, index, IDENT)) {
        name += tokenText(text, tokens, index++);
        if (!isPunct(tokens, index, DOT))
            break;
        name += '.';
        index++;
    }
    return { name, next: index };
}
/** `catch (final @A IOException | Exception e)` → the alternatives' names. */
function javaCaughtTypes(context, open) {
    const { tokens, text } = context;
    const close = partnerOf(tokens, open);
    let index = open + 1;
    for (;;) {
        const annotation = annotationAt(context, index);
        if (annotation !== undefined)
            index = annotation.last + 1;
        else if (isWord(text, tokens, index, 'final'))
            index++;
        else
            break;
    }
    const types = [];
    while (index < close) {
        const type = dottedName(context, index);
        if (type.name === '')
            break;
        types.push(type.name);
        if (!isPunct(tokens, type.next, PIPE))
            break;
        index = type.next + 1;
    }
    return types;
}
/** `catch (e: Exception)` → `[Exception]`. */
function kotlinCaughtTypes(context, open) {
    const { tokens } = context;
    if (!isKind(tokens, open + 1, IDENT) || !isPunct(tokens, open + 2, COLON))
        return [];
    const type = dottedName(context, open + 3);
    return type.name === '' ? [] : [type.name];
}

;// CONCATENATED MODULE: ./src/collectors/c-family/jvm-stubs.ts




const JAVA_NOT_METHODS = new Set(['if', 'for', 'while', 'switch', 'catch', 'synchronized', 'try', 'return', 'new', 'throw']);
/** Words that end a backwards walk: the body belongs to something other than a function. */
const KOTLIN_NOT_FUNCTIONS = new Set(['val', 'var', 'class', 'object', 'interface', 'init', 'constructor', 'get', 'set']);
const WALK_LIMIT = 256;
const jvm_stubs_QUESTION = 63;
function collectJvmPlaceholders(context, kotlin) {
    const { tokens } = context;
    const findings = [];
    for (const statement of placeholderStarts(context, kotlin)) {
        const index = statement - 1;
        const braceBody = isPunct(tokens, index, OPEN_BRACE);
        if (!braceBody && !(kotlin && isPunct(tokens, index, EQUALS)))
            continue;
        const end = braceBody ? partnerOf(tokens, index) : expressionEnd(context, index);
        if (end < 0)
            continue;
        const what = placeholderStatement(context, index + 1, end, kotlin);
        if (what === undefined)
            continue;
        const name = kotlin ? kotlinFunctionName(context, index) : javaMethodName(context, index);
        if (name >= 0)
            findings.push(findingAtToken(context, 'stubs.placeholder', index + 1, `\`${declaredName(context, name)}\` is a placeholder: its body ${what}`));
    }
    return findings;
}
/** Kotlin `= TODO(…)` / `= throw X(…)`: the token after the call, which must end the line or the block; else -1. */
function expressionEnd(context, equals) {
    const { tokens, text } = context;
    let index = equals + 1;
    const limit = Math.min(tokens.count, equals + WALK_LIMIT);
    while (index < limit && (isKind(tokens, index, IDENT) || isPunct(tokens, index, DOT)))
        index++;
    if (!isPunct(tokens, index, OPEN_PAREN))
        return -1;
    const after = partnerOf(tokens, index) + 1;
    if (after <= 0)
        return -1;
    if (after >= tokens.count || isPunct(tokens, after, CLOSE_BRACE) || isPunct(tokens, after, SEMICOLON))
        return after;
    const lineBreak = text.slice(tokens.ends[after - 1] ?? 0, tokens.starts[after] ?? 0).includes('\n');
    const continues = isPunct(tokens, after, DOT) || isPunct(tokens, after, jvm_stubs_QUESTION);
    return lineBreak && !continues ? after : -1;
}
/** The method or constructor name when the `{` at `brace` opens its body, else -1. */
function javaMethodName(context, brace) {
    const { tokens, text } = context;
    let before = brace - 1;
    // `throws A, b.B` between the parameters and the body.
    let walked = 0;
    while (isKind(tokens, before, IDENT) && walked++ < WALK_LIMIT) {
        if (isWord(text, tokens, before, 'throws')) {
            before--;
            break;
        }
        before--;
        if (isPunct(tokens, before, DOT) || isPunct(tokens, before, COMMA))
            before--;
    }
    if (!isPunct(tokens, before, CLOSE_PAREN))
        return -1;
    const name = partnerOf(tokens, before) - 1;
    if (!isKind(tokens, name, IDENT) || isOneOf(text, tokens, name, JAVA_NOT_METHODS))
        return -1;
    return isWord(text, tokens, name - 1, 'new') || isPunct(tokens, name - 1, DOT) ? -1 : name;
}
/** The function name when the `{` or `=` at `start` begins a `fun`'s body, else -1. */
function kotlinFunctionName(context, start) {
    const { tokens, text } = context;
    let index = start - 1;
    for (let steps = 0; index >= 0 && steps < WALK_LIMIT; steps++, index--) {
        if (isWord(text, tokens, index, 'fun')) {
            const open = parametersOpen(context, index + 1);
            return open === -1 ? -1 : open - 1;
        }
        if (isOneOf(text, tokens, index, KOTLIN_NOT_FUNCTIONS))
            return -1;
        if (tokens.kinds[index] !== PUNCT)
            continue;
        const partner = partnerOf(tokens, index);
        if (partner >= 0 && partner < index)
            index = partner;
        else if (partner > index || isPunct(tokens, index, SEMICOLON) || isPunct(tokens, index, EQUALS) || isPunct(tokens, index, CLOSE_BRACE))
            return -1;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/jvm-tests.ts



const CASE_ANNOTATIONS = new Set(['Test', 'ParameterizedTest']);
const TEMPLATE_ANNOTATIONS = new Set(['RepeatedTest', 'TestFactory', 'TestTemplate']);
function isSkip(annotation) {
    return annotation.name === 'Ignore' || annotation.name.startsWith('Disabled');
}
function collectJvmTests(context, kotlin) {
    const { tokens, text } = context;
    const findings = [];
    // Annotations read as part of an earlier declaration are not read again.
    let readUpTo = 0;
    for (const index of tokensSpelled(text, tokens, PUNCT, '@')) {
        if (index < readUpTo)
            continue;
        const declaration = declarationAt(context, index, kotlin);
        if (declaration.annotations.length === 0)
            continue;
        readUpTo = declaration.end;
        const { annotations, name } = declaration;
        const skip = annotations.find(isSkip);
        const declared = declaredName(context, name);
        if (declaration.kind === 'class' && skip !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped-classes', skip.at, `test class \`${declared}\` is skipped (\`@${skip.name}\`)`));
        }
        if (declaration.kind !== 'method')
            continue;
        const isCase = annotations.some((annotation) => CASE_ANNOTATIONS.has(annotation.name));
        const isTemplate = !isCase && annotations.some((annotation) => TEMPLATE_ANNOTATIONS.has(annotation.name));
        if (isCase)
            findings.push(findingAtToken(context, 'tests.cases', name, `test \`${declared}\``));
        if (isTemplate)
            findings.push(findingAtToken(context, 'tests.templates', name, `test template \`${declared}\``));
        if ((isCase || isTemplate) && skip !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped', skip.at, `test \`${declared}\` is skipped (\`@${skip.name}\`)`));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/jvm-code.ts






function collectJvmEvidence(file, text) {
    const kotlin = file.language === 'kotlin';
    const context = createContext(file, text, kotlin ? KOTLIN : JAVA);
    let findings = collectJvmTests(context, kotlin).concat(collectTodoComments(context), collectParseError(context));
    // Test code is excluded from catch and stub counts: swallowing errors or stubbing there is often the point.
    if (!file.isTest) {
        const clauses = findCatchClauses(context);
        findings = findings.concat(collectJvmGenericCatches(context, clauses, kotlin), collectEmptyCatches(context, clauses), collectJvmPlaceholders(context, kotlin));
    }
    return byPosition(findings);
}
const jvmCode = {
    id: 'jvm-code',
    wants: (file) => file.language === 'java' || file.language === 'kotlin',
    collect: collectJvmEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/kubernetes.ts
// Kubernetes workloads in YAML or JSON manifests (multi-document files and `kind: List` included), each
// workload's containers, and the containers without a liveness probe, a readiness probe or a memory limit.
//
// - Workloads: Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, Pod.
// - Containers are `containers`, not `initContainers` (those run to completion before the app starts;
//   native sidecars declared there are not counted either).
// - Probes are not expected of Job and CronJob containers: they run to completion and serve no traffic.
// - "Resource limits" means `resources.limits.memory`. A CPU limit is not required: it throttles
//   rather than protects, and much guidance advises against it; a memory limit bounds a leak.
// - A workload none of whose containers has an `image` is a Kustomize patch, not a manifest; it is skipped.
// - Templates (`{{ … }}`, e.g. Helm) are not read; see structured-files.ts.



const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Pod']);
const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);
// Both keys present (YAML: at a line start; JSON: quoted, anywhere): a cheap test before parsing every
// YAML and JSON file in a repository.
const YAML_KEYS = [/^\s*-?\s*["']?apiVersion["']?\s*:/m, /^\s*-?\s*["']?kind["']?\s*:/m];
const JSON_KEYS = [/"apiVersion"\s*:/, /"kind"\s*:/];
const TOP_LEVEL_API_VERSION = /^apiVersion:/m;
const TOP_LEVEL_KIND = /^kind:/m;
const kubernetes = {
    id: 'kubernetes',
    wants: isStructuredFile,
    collect(file, text) {
        const keys = isJsonPath(file.path) ? JSON_KEYS : YAML_KEYS;
        if (!keys.every((key) => key.test(text)) || isTemplate(text))
            return [];
        const parsed = parseYaml(text);
        if (!parsed.ok) {
            // Both keys at column 0 is a manifest's layout, not a workflow's or a compose file's (whose own
            // collectors report their errors), so only then is the broken file reported here.
            if (!TOP_LEVEL_API_VERSION.test(text) || !TOP_LEVEL_KIND.test(text))
                return [];
            const message = `invalid ${isJsonPath(file.path) ? 'JSON' : 'YAML'} in a Kubernetes manifest: ${parsed.problem.message}`;
            return [{ kind: 'parse.errors', file: file.path, line: parsed.problem.line, message }];
        }
        const { source } = parsed;
        const findings = [];
        for (const document of source.documents) {
            for (const object of objectsOf(source, rootMapping(source, document)))
                findings.push(...workloadFindings(file.path, source, object));
        }
        return findings;
    },
};
/** The document's object, or the items of a `kind: List`. */
function objectsOf(source, root) {
    if (scalarText(mappingEntry(source, root, 'kind')?.value ?? null) !== 'List')
        return [root];
    const items = mappingEntry(source, root, 'items')?.value;
    return (0,dist/* isSeq */.oP)(items) ? items.items.map((item) => resolved(source, item)) : [];
}
function workloadFindings(file, source, object) {
    const apiVersion = scalarText(mappingEntry(source, object, 'apiVersion')?.value ?? null);
    const kindEntry = mappingEntry(source, object, 'kind');
    const kind = scalarText(kindEntry?.value ?? null);
    if (apiVersion === undefined || kind === undefined || kindEntry === undefined || !WORKLOAD_KINDS.has(kind))
        return [];
    const name = scalarText(mappingEntry(source, mappingEntry(source, object, 'metadata')?.value, 'name')?.value ?? null) ?? '(unnamed)';
    const containers = containersOf(source, object, kind);
    if (containers.length > 0 && containers.every((container) => mappingEntry(source, container, 'image') === undefined))
        return [];
    const workload = `${kind}/${name}`;
    const findings = [
        { kind: 'k8s.workloads', file, line: kindEntry.line, message: `${kind} \`${name}\``, data: { workload, kind, name } },
    ];
    for (const container of containers) {
        const containerName = scalarText(mappingEntry(source, container, 'name')?.value ?? null) ?? '(unnamed)';
        const line = lineOf(source, resolved(source, container));
        const data = { workload, container: containerName };
        const at = (kindName, message) => ({ kind: kindName, file, line, message, data });
        findings.push(at('k8s.containers', `container \`${containerName}\` in ${kind} \`${name}\``));
        if (!RUN_TO_COMPLETION.has(kind)) {
            if (mappingEntry(source, container, 'livenessProbe') === undefined) {
                findings.push(at('k8s.no-liveness-probe', `container \`${containerName}\` in ${kind} \`${name}\` has no livenessProbe`));
            }
            if (mappingEntry(source, container, 'readinessProbe') === undefined) {
                findings.push(at('k8s.no-readiness-probe', `container \`${containerName}\` in ${kind} \`${name}\` has no readinessProbe`));
            }
        }
        const limits = mappingEntry(source, mappingEntry(source, container, 'resources')?.value, 'limits')?.value;
        if (mappingEntry(source, limits, 'memory') === undefined) {
            findings.push(at('k8s.no-resource-limits', `container \`${containerName}\` in ${kind} \`${name}\` has no memory limit (resources.limits.memory)`));
        }
    }
    return findings;
}
/** The `containers` of the workload's pod spec. */
function containersOf(source, object, kind) {
    let podSpec = mappingEntry(source, object, 'spec')?.value ?? null;
    if (kind === 'CronJob')
        podSpec = mappingEntry(source, mappingEntry(source, podSpec, 'jobTemplate')?.value, 'spec')?.value ?? null;
    if (kind !== 'Pod')
        podSpec = mappingEntry(source, mappingEntry(source, podSpec, 'template')?.value, 'spec')?.value ?? null;
    const containers = mappingEntry(source, podSpec, 'containers')?.value;
    return (0,dist/* isSeq */.oP)(containers) ? containers.items.map((item) => resolved(source, item)) : [];
}

;// CONCATENATED MODULE: ./src/collectors/migrations.ts
// Checked in this order; a file counts once, for the first framework that matches.
const FRAMEWORKS = [
    {
        framework: 'alembic',
        message: 'Alembic migration',
        // `<dir>/versions/*.py` beside the `<dir>/env.py` Alembic (and Flask-Migrate) generate.
        matches: (parts, paths) => migrations_parent(parts) === 'versions' &&
            basename(parts).endsWith('.py') &&
            basename(parts) !== '__init__.py' &&
            paths.has([...parts.slice(0, -2), 'env.py'].join('/')),
    },
    {
        framework: 'django',
        message: 'Django migration',
        // Django names migrations `0001_initial.py`, `0002_…`; `__init__.py` sits beside them.
        matches: (parts) => migrations_parent(parts) === 'migrations' && /^0.*\.py$/.test(basename(parts)),
    },
    {
        framework: 'prisma',
        message: 'Prisma migration',
        matches: (parts) => basename(parts) === 'migration.sql' && parts[parts.length - 3] === 'migrations' && parts[parts.length - 4] === 'prisma',
    },
    {
        framework: 'rails',
        message: 'Rails migration',
        matches: (parts) => migrations_parent(parts) === 'migrate' && parts[parts.length - 3] === 'db' && basename(parts).endsWith('.rb'),
    },
    {
        framework: 'flyway',
        message: 'Flyway migration',
        // Flyway's versioned migrations: `V1__init.sql`, `V1.2__add_index.sql`, `V2024_01_05__seed.sql`.
        matches: (parts) => /^V\d[\d._]*__[^/]*\.sql$/.test(basename(parts)),
    },
    {
        framework: 'knex/typeorm/sequelize',
        message: 'Knex/TypeORM/Sequelize migration',
        // These three share the layout, so the path cannot tell them apart.
        matches: (parts) => migrations_parent(parts) === 'migrations' && /\.(js|ts|mjs|cjs)$/.test(basename(parts)) && !basename(parts).endsWith('.d.ts'),
    },
    {
        framework: 'golang-migrate',
        message: 'golang-migrate migration',
        matches: (parts) => basename(parts).endsWith('.up.sql'),
    },
];
// Every layout above puts the file in a `versions`, `migrations` or `migrate` folder or names it `*.sql`: a
// file that is neither is passed over without splitting its path, as almost every file of a large repository is.
const MAYBE_MIGRATION = /(?:^|\/)(?:versions|migrations|migrate)\/[^/]*$|\.sql$/;
const migrations = {
    id: 'migrations',
    collect(files, scan) {
        let paths;
        const findings = [];
        for (const file of files) {
            if (file.isTest || !MAYBE_MIGRATION.test(file.path))
                continue;
            paths ??= new Set(scan?.paths ?? files.map((each) => each.path));
            const parts = file.path.split('/');
            const match = FRAMEWORKS.find((framework) => framework.matches(parts, paths));
            if (match) {
                findings.push({ kind: 'migrations.files', file: file.path, line: 0, message: match.message, data: { framework: match.framework } });
            }
        }
        return findings;
    },
};
function basename(parts) {
    return parts[parts.length - 1] ?? '';
}
function migrations_parent(parts) {
    return parts[parts.length - 2];
}

;// CONCATENATED MODULE: ./src/collectors/mock-data/dev-only-files.ts
// Files that are expected to hold sample data, so definitions in them are not "mock data in production":
// seeds, fixtures, mock folders, stories, examples, demos, docs and benchmarks; and generated code, which nobody edits.
const DEV_ONLY_FOLDERS = new Set([
    'seed', 'seeds', 'seeders', 'fixtures', '__fixtures__', 'mock', 'mocks', '__mocks__', 'fakes',
    'stories', 'storybook', '.storybook', 'example', 'examples', 'demo', 'demos', 'sample', 'samples',
    'doc', 'docs', 'docs_src', 'e2e', 'cypress', 'playwright', 'bench', 'benchmark', 'benchmarks',
]);
/** `Button.stories.tsx`, `user.story.ts`, `api.mock.ts`, `users.fixtures.js`. */
const DEV_ONLY_SUFFIX = /\.(stories|story|mock|mocks|fixture|fixtures)\.[^.]+$/i;
/** `seed.py`, `seed_db.py`, `seed-users.ts`, `seeder.js`. */
const SEED_FILE = /^(seed|seeds|seeder|seeders)([-_.]|$)/i;
/** Only the top of a file is read: generators put their banner there. */
const HEADER_LENGTH = 1000;
// `@generated` (Meta, protobuf-es), Go's `Code generated … DO NOT EDIT.`, protoc's Python banner.
const GENERATED_BANNER = /@generated\b|\bDO NOT EDIT\b|Generated by the protocol buffer compiler/;
function isDevOnlyPath(path) {
    const parts = path.split('/');
    const basename = parts[parts.length - 1] ?? '';
    for (let i = 0; i < parts.length - 1; i++)
        if (DEV_ONLY_FOLDERS.has(parts[i]))
            return true;
    return DEV_ONLY_SUFFIX.test(basename) || SEED_FILE.test(basename);
}
function hasGeneratedBanner(text) {
    return GENERATED_BANNER.test(text.slice(0, HEADER_LENGTH));
}

;// CONCATENATED MODULE: ./src/collectors/mock-data/messages.ts
// The words of `stubs.mock-data` findings, shared by both languages so they read the same everywhere.
function definitionMessage(name) {
    return `\`${name}\` holds hard-coded mock data in production code`;
}
function functionMessage(name) {
    return `\`${name}\` returns hard-coded mock data in production code`;
}
function importMessage(module) {
    return `imports the test or mock module \`${module}\` into production code`;
}

;// CONCATENATED MODULE: ./src/collectors/mock-data/names.ts
// Which identifiers name mock data, and which module paths are test or mock modules. Decided on whole
// words, so `mockingbird`, `mockup` and `stubborn` never match.
/**
 * Words that say a value stands in for real data. `sample` is left out: sample payloads are often a
 * feature (documenso's "send a test webhook" payload), and `sample_data` in Python is mostly demo input.
 */
const MARKER_WORDS = new Set(['mock', 'mocked', 'fake', 'faked', 'dummy', 'stub', 'stubbed']);
/**
 * Nouns for collections of records or one record. The name must END in one of them, because the last word
 * of an English compound is what the thing is: `mockUsers` is users, while `mockDataSource` is a source,
 * `MOCK_DATA_ENABLED` a flag and `SAMPLE_DATA_DIR` a folder.
 */
const DATA_WORDS = new Set([
    'data', 'dataset', 'json', 'payload', 'payloads', 'response', 'responses', 'result', 'results',
    'record', 'records', 'row', 'rows', 'entry', 'entries', 'item', 'items', 'list', 'db', 'database',
    'user', 'users', 'product', 'products', 'order', 'orders', 'post', 'posts', 'customer', 'customers',
    'account', 'accounts', 'profile', 'profiles', 'comment', 'comments', 'message', 'messages',
    'transaction', 'transactions', 'todos', 'tasks', 'projects', 'articles', 'invoices', 'employees',
]);
/**
 * Folders that hold tests or test doubles: a module under one is never production code. Singular `mock`
 * is left out: mocking libraries keep their feature there (undici's `lib/mock`, vitest's `integrations/mock`).
 */
const TEST_OR_MOCK_FOLDERS = new Set([
    'test', 'tests', '__tests__', 'mocks', '__mocks__', 'fakes', 'stubs', 'fixtures', '__fixtures__',
]);
/**
 * Module names that are collections of test doubles. Singular `mock`, `dummy`, `test` or `stub` modules
 * are left out: in libraries they are null objects and public testing APIs (prompt_toolkit's `dummy`,
 * werkzeug's `test`, trio's `_mock_clock`), not data.
 */
const MOCK_MODULE_NAMES = new Set(['mocks', '__mocks__', 'fakes', 'fixtures', '__fixtures__']);
/** The `users.mock.ts` / `users.fixtures.json` naming convention. */
const MOCK_FILE_SUFFIXES = new Set(['mock', 'mocks', 'fixture', 'fixtures']);
/**
 * The spellings `wordsOf` can turn into a marker word: `mock`, `Mock` or `MOCK` (`mocked` and the rest
 * start so). Every mock-data name holds one, so this cheap test may go before splitting into words.
 */
const MARKER_SPELLING = /[Mm]ock|MOCK|[Ff]ake|FAKE|[Dd]ummy|DUMMY|[Ss]tub|STUB/;
const names_WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g;
/** camelCase, PascalCase, snake_case, SCREAMING_CASE and kebab-case parts, lower-cased; digits separate words. */
function wordsOf(name) {
    return (name.match(names_WORD) ?? []).map((word) => word.toLowerCase());
}
/** A marker word anywhere before a data word that ends the name: `MOCK_USERS`, `getFakeApiResponse`. */
function isMockDataName(name) {
    if (!MARKER_SPELLING.test(name))
        return false;
    const words = wordsOf(name);
    const last = words[words.length - 1];
    if (last === undefined || !DATA_WORDS.has(last))
        return false;
    for (let i = 0; i < words.length - 1; i++)
        if (MARKER_WORDS.has(words[i]))
            return true;
    return false;
}
// The whole-file pre-check below follows from the sets above and must change with them: names and import
// paths are raw slices of the text, so every finding needs one of these spellings in it.
/**
 * A marker word (for mock-data names, including data files named so), or a test-double folder, module or
 * suffix from the lower-case sets: `__mocks__`, `fakes`, `stubs` and `mock` hold a marker spelling.
 */
const MARKER_OR_FIXTURE = new RegExp(`${MARKER_SPELLING.source}|fixture`);
/** A `test`, `tests` or `__tests__` path segment: it opens the specifier string or follows a `/`. */
const JAVASCRIPT_TEST_SEGMENT = /[/'"](?:__)?test/;
/** A `test`, `tests` or `__tests__` module name: a whole Python name, so no word character touches it. */
const PYTHON_TEST_NAME = /(?<!\w)(?:tests?|__tests__)(?!\w)/;
/**
 * False only when no name or import in the file can be reported, so the file need not be lexed. Marker
 * words in strings and comments pass too: this is a necessary condition, the tokens decide.
 */
function mayHoldMockData(text, python) {
    if (MARKER_OR_FIXTURE.test(text))
        return true;
    return python ? PYTHON_TEST_NAME.test(text) : JAVASCRIPT_TEST_SEGMENT.test(text);
}
// A data file named as mock data is mock data; a code module so named may be code *about* mock data
// (this project's own `./mock-data.js` collector), so only data extensions count for the name rule.
const DATA_EXTENSIONS = new Set(['json', 'json5', 'yaml', 'yml', 'csv', 'tsv', 'xml', 'toml']);
/**
 * True when a project module path (split into segments, relative markers removed) is a test or mock
 * module: a folder on it holds tests or test doubles, the module is a mock module (`users.mock.ts`,
 * `mocks`), or it is a data file named as mock data (`mock-data.json`, `fake_users.yaml`).
 */
function isMockModulePath(segments) {
    const last = segments[segments.length - 1];
    if (last === undefined)
        return false;
    for (let i = 0; i < segments.length - 1; i++)
        if (TEST_OR_MOCK_FOLDERS.has(segments[i]))
            return true;
    const [stem = '', ...suffixes] = last.split('.');
    const extension = suffixes[suffixes.length - 1];
    const isDataFile = extension !== undefined && DATA_EXTENSIONS.has(extension.toLowerCase());
    return MOCK_MODULE_NAMES.has(stem) || suffixes.some((suffix) => MOCK_FILE_SUFFIXES.has(suffix)) || (isDataFile && isMockDataName(stem));
}

;// CONCATENATED MODULE: ./src/collectors/mock-data/javascript.ts





/** Type annotations and arrow heads are short; a bound keeps hostile input linear. */
const LOOKAHEAD_LIMIT = 64;
const DECLARATION_KEYWORDS = new Set(['const', 'let', 'var']);
/** Bare specifiers that can only be the project's own test folders: no npm package is named so. */
const TEST_ROOTS = new Set(['tests', '__tests__', '__mocks__', '__fixtures__']);
/** Bracket depth of every token: 0 is the module's top level. */
function depthsOf(tokens) {
    const depths = new Int32Array(tokens.count);
    let depth = 0;
    for (let i = 0; i < tokens.count; i++) {
        const value = tokens.kinds[i] === tokens_PUNCT ? tokens.values[i] : 0;
        if (value === tokens_CLOSE_PAREN || value === tokens_CLOSE_BRACKET || value === tokens_CLOSE_BRACE)
            depth = Math.max(0, depth - 1);
        depths[i] = depth;
        if (value === tokens_OPEN_PAREN || value === tokens_OPEN_BRACKET || value === tokens_OPEN_BRACE)
            depth++;
    }
    return depths;
}
function isNonEmptyLiteral(tokens, index) {
    if (!tokens_isPunct(tokens, index, tokens_OPEN_BRACKET) && !tokens_isPunct(tokens, index, tokens_OPEN_BRACE))
        return false;
    return partnerOf(tokens, index) > index + 1;
}
/** A literal array or object, or a call building one from a literal: `Object.freeze({…})`, `new Map([…])`. */
function isDataValue(context, index) {
    const { tokens, text } = context;
    if (isNonEmptyLiteral(tokens, index))
        return true;
    let i = tokens_isWord(text, tokens, index, 'new') ? index + 1 : index;
    if (!isKind(tokens, i, tokens_IDENT))
        return false;
    while (tokens_isPunct(tokens, i + 1, tokens_DOT) && isKind(tokens, i + 2, tokens_IDENT))
        i += 2;
    return tokens_isPunct(tokens, i + 1, tokens_OPEN_PAREN) && isNonEmptyLiteral(tokens, i + 2);
}
/** Index of the first `target` punctuator after `from` outside nested brackets, within the lookahead bound. */
function findAhead(tokens, from, target) {
    let i = from;
    for (let steps = 0; steps < LOOKAHEAD_LIMIT && i < tokens.count; steps++) {
        if (tokens_isPunct(tokens, i, target))
            return i;
        if (tokens_isPunct(tokens, i, tokens_SEMICOLON))
            return -1;
        const partner = partnerOf(tokens, i);
        i = partner > i ? partner + 1 : i + 1;
    }
    return -1;
}
/** The `{` of the body of a function whose parameter list opens at `open`, or -1. */
function bodyAfterParameters(context, open) {
    const close = partnerOf(context.tokens, open);
    if (close < 0)
        return -1;
    const next = close + 1;
    if (tokens_isPunct(context.tokens, next, tokens_COLON))
        return bodyAfterReturnType(context, next);
    return tokens_isPunct(context.tokens, next, tokens_OPEN_BRACE) && isFunctionBody(context, next) ? next : -1;
}
/** True when a `return <literal>` lies inside the brace group at `brace`; `returns` is sorted. */
function bodyReturnsData(context, brace, returns) {
    const close = partnerOf(context.tokens, brace);
    let low = 0;
    let high = returns.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((returns[middle] ?? 0) <= brace)
            low = middle + 1;
        else
            high = middle;
    }
    return low < returns.length && (returns[low] ?? 0) < close;
}
/** Whether the function expression or arrow starting at `index` gives back a literal. */
function functionValueReturnsData(context, index, returns) {
    const { tokens, text } = context;
    let i = tokens_isWord(text, tokens, index, 'async') ? index + 1 : index;
    if (tokens_isWord(text, tokens, i, 'function')) {
        i++;
        if (tokens_isPunct(tokens, i, tokens_STAR))
            i++;
        if (isKind(tokens, i, tokens_IDENT))
            i++;
        const body = tokens_isPunct(tokens, i, tokens_OPEN_PAREN) ? bodyAfterParameters(context, i) : -1;
        return body >= 0 && bodyReturnsData(context, body, returns);
    }
    if (!tokens_isPunct(tokens, i, tokens_OPEN_PAREN) && !isKind(tokens, i, tokens_IDENT) && !tokens_isPunct(tokens, i, tokens_LESS))
        return false;
    const arrow = findAhead(tokens, i, ARROW);
    if (arrow < 0)
        return false;
    const body = arrow + 1;
    if (tokens_isPunct(tokens, body, tokens_OPEN_BRACE))
        return bodyReturnsData(context, body, returns);
    // `=> ({ … })` returns an object; `=> [ … ]` an array.
    if (tokens_isPunct(tokens, body, tokens_OPEN_PAREN))
        return isDataValue(context, body + 1);
    return isDataValue(context, body);
}
/** Indices of `return` keywords followed by a literal, in order. */
function dataReturns(context) {
    const { tokens, text } = context;
    const returns = [];
    for (let i = 0; i < tokens.count; i++) {
        if (!tokens_isWord(text, tokens, i, 'return') || isPropertyName(tokens, i))
            continue;
        const value = tokens_isPunct(tokens, i + 1, tokens_OPEN_PAREN) ? i + 2 : i + 1;
        if (isDataValue(context, value))
            returns.push(i);
    }
    return returns;
}
/** The string token of a static `import … from 'x'` / `import 'x'` at `index`; -1 for type-only imports. */
function importedModule(context, index) {
    const { tokens, text } = context;
    const next = index + 1;
    if (isKind(tokens, next, tokens_STRING))
        return next;
    if (tokens_isWord(text, tokens, next, 'type') && !tokens_isWord(text, tokens, next + 1, 'from'))
        return -1;
    return specifierAfterFrom(context, next);
}
/** `… from 'x'` within the lookahead bound: the index of the string, or -1. */
function specifierAfterFrom(context, from) {
    const { tokens, text } = context;
    let i = from;
    for (let steps = 0; steps < LOOKAHEAD_LIMIT && i < tokens.count; steps++) {
        if (tokens_isWord(text, tokens, i, 'from') && isKind(tokens, i + 1, tokens_STRING))
            return i + 1;
        if (tokens_isPunct(tokens, i, tokens_SEMICOLON) || isKind(tokens, i, tokens_STRING))
            return -1;
        const partner = partnerOf(tokens, i);
        i = partner > i ? partner + 1 : i + 1;
    }
    return -1;
}
/** Relative paths and the `@/` / `~/` project-root aliases are the project's own modules. */
function isMockSpecifier(specifier) {
    const relative = specifier.startsWith('.') || specifier.startsWith('@/') || specifier.startsWith('~/');
    const segments = specifier.split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
    if (relative)
        return isMockModulePath(specifier.startsWith('.') ? segments : segments.slice(1));
    return TEST_ROOTS.has(segments[0] ?? '');
}
function collectJavaScriptMockData(context) {
    const { tokens, text } = context;
    const depths = depthsOf(tokens);
    const returns = dataReturns(context);
    const findings = [];
    const report = (token, rule, name, message) => {
        findings.push(context_findingAt(context, 'stubs.mock-data', tokens.starts[token] ?? 0, message, { rule, name }));
    };
    const reportImport = (keyword, specifierToken) => {
        if (specifierToken < 0)
            return;
        const specifier = tokenText(text, tokens, specifierToken).slice(1, -1);
        if (isMockSpecifier(specifier))
            report(keyword, 'import', specifier, importMessage(specifier));
    };
    for (let i = 0; i < tokens.count; i++) {
        if (tokens.kinds[i] !== tokens_IDENT)
            continue;
        const word = tokenText(text, tokens, i);
        // Property names are never keywords, but `exports.mockUsers` still names a module member.
        const topLevelKeyword = depths[i] === 0 && !isPropertyName(tokens, i);
        if (topLevelKeyword && word === 'import' && !tokens_isPunct(tokens, i + 1, tokens_OPEN_PAREN) && !tokens_isPunct(tokens, i + 1, tokens_DOT)) {
            reportImport(i, importedModule(context, i));
        }
        else if (topLevelKeyword && word === 'export' && (tokens_isPunct(tokens, i + 1, tokens_STAR) || tokens_isPunct(tokens, i + 1, tokens_OPEN_BRACE))) {
            reportImport(i, specifierAfterFrom(context, i + 1));
        }
        else if (topLevelKeyword && word === 'require' && tokens_isPunct(tokens, i + 1, tokens_OPEN_PAREN) && isKind(tokens, i + 2, tokens_STRING)) {
            if (tokens_isPunct(tokens, i + 3, tokens_CLOSE_PAREN))
                reportImport(i, i + 2);
        }
        else if (isMockDataName(word) && (!isPropertyName(tokens, i) || tokens_isWord(text, tokens, i - 2, 'exports'))) {
            collectNamed(context, i, depths[i] === 0, returns, report);
        }
    }
    return findings;
}
/** A mock-data name: a declaration with a literal value, or a function returning one. */
function collectNamed(context, name, topLevel, returns, report) {
    const { tokens, text } = context;
    const word = tokenText(text, tokens, name);
    const before = name - 1;
    const declared = isKind(tokens, before, tokens_IDENT) && DECLARATION_KEYWORDS.has(tokenText(text, tokens, before));
    // `exports.mockUsers = […]` and `module.exports.mockUsers = […]` define module members too.
    const exported = tokens_isPunct(tokens, before, tokens_DOT) && tokens_isWord(text, tokens, before - 1, 'exports');
    if (declared || exported) {
        const equals = tokens_isPunct(tokens, name + 1, tokens_EQUALS) ? name + 1 : tokens_isPunct(tokens, name + 1, tokens_COLON) ? findAhead(tokens, name + 1, tokens_EQUALS) : -1;
        if (equals < 0)
            return;
        const value = equals + 1;
        // Only module-level values: locals named so were library internals in every case measured
        // (zod's `fakePayload`, jest-mock's `mockResult`), never data an app renders.
        if (topLevel && isDataValue(context, value))
            report(name, 'definition', word, definitionMessage(word));
        else if (functionValueReturnsData(context, value, returns))
            report(name, 'function', word, functionMessage(word));
        return;
    }
    // `function getMockUsers(…) {…}`, or a method `getMockUsers(…) {…}` in a class or object literal.
    if (!tokens_isPunct(tokens, name + 1, tokens_OPEN_PAREN))
        return;
    const body = bodyAfterParameters(context, name + 1);
    if (body >= 0 && bodyReturnsData(context, body, returns))
        report(name, 'function', word, functionMessage(word));
}

;// CONCATENATED MODULE: ./src/collectors/remember-last.ts
// Collectors that read the same file one right after the other (mock-data, then the language's own) ask for
// the same lexing or parse of it. Their readers never change the result, so the second asker gets the first.
/** `compute`, answering a call with the same argument as the call before with that call's result. */
function rememberLast(compute) {
    let lastArgument;
    let lastResult;
    return (argument) => {
        if (argument === lastArgument && lastResult !== undefined)
            return lastResult;
        const result = compute(argument);
        lastArgument = argument;
        lastResult = result;
        return result;
    };
}

;// CONCATENATED MODULE: ./src/collectors/python/scan-state.ts
// The cursor and character classes shared by the Python lexer and its string scanners.
const CR = 13;
const LF = 10;
/** Consumes one line break (`\r\n`, `\n` or a lone `\r`) at `state.pos`. */
function consumeNewline(state) {
    const { text } = state;
    if (text.charCodeAt(state.pos) === CR && text.charCodeAt(state.pos + 1) === LF)
        state.pos += 2;
    else
        state.pos += 1;
    state.line += 1;
    state.lineStart = state.pos;
}
function recordError(state, line, reason) {
    state.error ??= { line, reason };
}
const NAME_START = 1;
const NAME_PART = 2;
// Classes of ASCII codes, looked up because name scanning is the lexer's hottest loop.
const scan_state_ASCII_CLASSES = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
    const digit = code >= 48 && code <= 57;
    scan_state_ASCII_CLASSES[code] = (letter ? NAME_START | NAME_PART : 0) | (digit ? NAME_PART : 0);
}
/** Identifier characters; anything non-ASCII is taken as a letter, as Python mostly does. */
function isNameStart(code) {
    return code >= 128 || ((scan_state_ASCII_CLASSES[code] ?? 0) & NAME_START) !== 0;
}
function isNameChar(code) {
    return code >= 128 || ((scan_state_ASCII_CLASSES[code] ?? 0) & NAME_PART) !== 0;
}

;// CONCATENATED MODULE: ./src/collectors/python/strings.ts
// String literal scanners. Plain strings are one loop; f- and t-strings follow PEP 701
// (Python 3.12): replacement fields hold full expressions, including strings that reuse the
// outer quote and nested f-strings, so they are walked with an explicit stack (no recursion).

const strings_CR = 13;
const strings_LF = 10;
const TAB = 9;
const FORM_FEED = 12;
const strings_SPACE = 32;
const strings_HASH = 35;
const strings_BACKSLASH = 92;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const strings_OPEN_BRACE = 123;
const strings_CLOSE_BRACE = 125;
const strings_COLON = 58;
const UPPER_N = 78;
function unterminated(triple) {
    return triple ? 'unterminated triple-quoted string' : 'unterminated string';
}
function isNewline(code) {
    return code === strings_LF || code === strings_CR;
}
/** True when a `quote` (tripled when `triple`) starts at `pos`. */
function closesAt(text, pos, quote, triple) {
    if (text.charCodeAt(pos) !== quote)
        return false;
    return !triple || (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote);
}
function skipEscape(state) {
    state.pos += 1;
    if (state.pos >= state.text.length)
        return;
    if (isNewline(state.text.charCodeAt(state.pos)))
        consumeNewline(state);
    else
        state.pos += 1;
}
/**
 * Scans a string without replacement fields; `state.pos` is at its opening quote.
 * Backslash always protects the next character, raw or not (`r"\"` is unterminated).
 * Returns false (error recorded) when the string does not end.
 */
function scanPlainString(state, quote, triple) {
    const { text } = state;
    const length = text.length;
    // Docstrings make this a hot loop, so the cursor lives in locals and goes back to `state` at the end.
    let pos = state.pos + (triple ? 3 : 1);
    let line = state.line;
    let lineStart = state.lineStart;
    let closed = false;
    while (pos < length) {
        const code = text.charCodeAt(pos);
        // Lower-case letters and most punctuation sort after the backslash: nothing to look at.
        if (code > strings_BACKSLASH)
            pos += 1;
        else if (code === strings_BACKSLASH) {
            pos += 1;
            if (pos >= length)
                break;
            const escaped = text.charCodeAt(pos);
            pos += escaped === strings_CR && text.charCodeAt(pos + 1) === strings_LF ? 2 : 1;
            if (isNewline(escaped)) {
                line += 1;
                lineStart = pos;
            }
        }
        else if (code === quote) {
            if (closesAt(text, pos, quote, triple)) {
                pos += triple ? 3 : 1;
                closed = true;
                break;
            }
            pos += 1;
        }
        else if (isNewline(code)) {
            if (!triple)
                break;
            pos += code === strings_CR && text.charCodeAt(pos + 1) === strings_LF ? 2 : 1;
            line += 1;
            lineStart = pos;
        }
        else
            pos += 1;
    }
    const startLine = state.line;
    state.pos = pos;
    state.line = line;
    state.lineStart = lineStart;
    if (!closed)
        recordError(state, startLine, unterminated(triple));
    return closed;
}
function literalFrame(state, quote, triple, raw) {
    state.pos += triple ? 3 : 1;
    return { kind: 'literal', quote, triple, raw };
}
function stepLiteral(state, frames, frame) {
    const { text } = state;
    const { quote } = frame;
    let pos = state.pos;
    const length = text.length;
    let code = text.charCodeAt(pos);
    while (pos < length && code !== strings_BACKSLASH && code !== strings_OPEN_BRACE && code !== strings_CLOSE_BRACE &&
        code !== quote && code !== strings_LF && code !== strings_CR) {
        pos += 1;
        code = text.charCodeAt(pos);
    }
    state.pos = pos;
    if (pos >= length)
        return true;
    if (code === strings_BACKSLASH) {
        // `\N{NAME}` is a character escape in non-raw strings, not a replacement field.
        if (!frame.raw && text.charCodeAt(pos + 1) === UPPER_N && text.charCodeAt(pos + 2) === strings_OPEN_BRACE) {
            let end = pos + 3;
            while (end < length && !isNewline(text.charCodeAt(end)) && text.charCodeAt(end) !== strings_CLOSE_BRACE) {
                end += 1;
            }
            state.pos = text.charCodeAt(end) === strings_CLOSE_BRACE ? end + 1 : end;
        }
        else if (text.charCodeAt(pos + 1) === strings_OPEN_BRACE || text.charCodeAt(pos + 1) === strings_CLOSE_BRACE) {
            // A backslash does not escape braces: `fr'\{{'` is a backslash and a literal brace.
            state.pos += 1;
        }
        else
            skipEscape(state);
    }
    else if (code === strings_OPEN_BRACE) {
        if (text.charCodeAt(pos + 1) === strings_OPEN_BRACE)
            state.pos += 2;
        else {
            state.pos += 1;
            frames.push({ kind: 'field', depth: 0 });
        }
    }
    else if (code === strings_CLOSE_BRACE) {
        state.pos += text.charCodeAt(pos + 1) === strings_CLOSE_BRACE ? 2 : 1;
    }
    else if (code === quote) {
        if (closesAt(text, pos, quote, frame.triple)) {
            state.pos += frame.triple ? 3 : 1;
            frames.pop();
        }
        else
            state.pos += 1;
    }
    else if (frame.triple)
        consumeNewline(state);
    else
        return false;
    return true;
}
function stepField(state, frames, frame) {
    const { text } = state;
    const code = text.charCodeAt(state.pos);
    if (code === strings_SPACE || code === TAB || code === FORM_FEED)
        state.pos += 1;
    else if (isNewline(code))
        consumeNewline(state);
    else if (code === strings_HASH) {
        while (state.pos < text.length && !isNewline(text.charCodeAt(state.pos)))
            state.pos += 1;
    }
    else if (code === strings_BACKSLASH)
        skipEscape(state);
    else if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
        return scanPlainString(state, code, closesAt(text, state.pos, code, true));
    }
    else if (isNameChar(code)) {
        let end = state.pos + 1;
        while (end < text.length && isNameChar(text.charCodeAt(end)))
            end += 1;
        const next = text.charCodeAt(end);
        const prefix = text.slice(state.pos, end).toLowerCase();
        state.pos = end;
        if ((next === SINGLE_QUOTE || next === DOUBLE_QUOTE) && isStringPrefix(prefix)) {
            const triple = closesAt(text, end, next, true);
            if (!prefix.includes('f') && !prefix.includes('t'))
                return scanPlainString(state, next, triple);
            frames.push(literalFrame(state, next, triple, prefix.includes('r')));
        }
    }
    else if (code === 40 || code === 91 || code === strings_OPEN_BRACE) {
        frame.depth += 1;
        state.pos += 1;
    }
    else if (code === 41 || code === 93) {
        if (frame.depth > 0)
            frame.depth -= 1;
        state.pos += 1;
    }
    else if (code === strings_CLOSE_BRACE) {
        state.pos += 1;
        if (frame.depth > 0)
            frame.depth -= 1;
        else
            frames.pop();
    }
    else if (code === strings_COLON && frame.depth === 0) {
        state.pos += 1;
        const literal = enclosingLiteral(frames);
        frames[frames.length - 1] = { kind: 'spec', literal };
    }
    else
        state.pos += 1;
    return true;
}
function stepSpec(state, frames, frame) {
    const { text } = state;
    const code = text.charCodeAt(state.pos);
    const { literal } = frame;
    if (code === strings_OPEN_BRACE) {
        state.pos += 1;
        frames.push({ kind: 'field', depth: 0 });
    }
    else if (code === strings_CLOSE_BRACE) {
        state.pos += 1;
        frames.pop();
    }
    else if (closesAt(text, state.pos, literal.quote, literal.triple)) {
        // The string ends inside a format spec: let the literal close it.
        frames.pop();
    }
    else if (code === strings_BACKSLASH)
        skipEscape(state);
    else if (isNewline(code)) {
        if (!literal.triple)
            return false;
        consumeNewline(state);
    }
    else
        state.pos += 1;
    return true;
}
function enclosingLiteral(frames) {
    for (let i = frames.length - 1; i >= 0; i--) {
        const frame = frames[i];
        if (frame?.kind === 'literal')
            return frame;
    }
    // The outermost frame is always a literal; this is only reached if that invariant breaks.
    return { kind: 'literal', quote: DOUBLE_QUOTE, triple: false, raw: false };
}
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf', 't', 'tr', 'rt']);
/** `prefix` must be lower-cased. */
function isStringPrefix(prefix) {
    return STRING_PREFIXES.has(prefix);
}
/**
 * Scans an f-string or t-string; `state.pos` is at its opening quote. Returns false (error
 * recorded at the line where the string opened) when it does not end.
 */
function scanFString(state, quote, triple, raw) {
    const startLine = state.line;
    const frames = [literalFrame(state, quote, triple, raw)];
    const length = state.text.length;
    while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        if (frame === undefined || state.pos >= length)
            break;
        const ok = frame.kind === 'literal' ? stepLiteral(state, frames, frame)
            : frame.kind === 'field' ? stepField(state, frames, frame)
                : stepSpec(state, frames, frame);
        if (!ok)
            break;
    }
    if (frames.length === 0)
        return true;
    recordError(state, startLine, unterminated(triple));
    return false;
}

;// CONCATENATED MODULE: ./src/collectors/python/lexer.ts
// A single-pass Python tokenizer over char codes. It keeps only what the collector needs:
// names, operators, numbers and strings grouped into logical lines, plus every comment.
// It never throws; when it cannot follow the file it records the first place it lost track.



/** Token type codes in a TokenTable, in the order of TYPE_NAMES. */
const NAME = 0;
const OP = 1;
const lexer_NUMBER = 2;
const lexer_STRING = 3;
const TYPE_NAMES = ['name', 'op', 'number', 'string'];
/** Numbers kept per token in TokenTable: type code, start, end, line, column. */
const FIELDS = 5;
/**
 * A file's tokens as numbers in one flat typed array. Most tokens (deep inside function bodies) are
 * never read one by one, so Token objects and their text are only made on request: one object per
 * token made most of the lexing time go to allocation and garbage collection.
 */
class TokenTable {
    source;
    count = 0;
    data;
    constructor(source) {
        this.source = source;
        // Python averages about one token per five characters; the table grows when that is short.
        this.data = new Int32Array((64 + (source.length >> 2)) * FIELDS);
    }
    add(type, start, end, line, column) {
        let at = this.count * FIELDS;
        if (at === this.data.length)
            this.grow();
        const { data } = this;
        data[at++] = type;
        data[at++] = start;
        data[at++] = end;
        data[at++] = line;
        data[at] = column;
        this.count += 1;
    }
    type(index) {
        return this.data[index * FIELDS] ?? -1;
    }
    start(index) {
        return this.data[index * FIELDS + 1] ?? 0;
    }
    end(index) {
        return this.data[index * FIELDS + 2] ?? 0;
    }
    line(index) {
        return this.data[index * FIELDS + 3] ?? 0;
    }
    column(index) {
        return this.data[index * FIELDS + 4] ?? 0;
    }
    text(index) {
        return this.source.slice(this.start(index), this.end(index));
    }
    /** True when the token is the operator `op`, a single character given by its code. */
    isOp(index, op) {
        const start = this.start(index);
        return this.type(index) === OP && this.end(index) - start === 1 && this.source.charCodeAt(start) === op;
    }
    isName(index, word) {
        const start = this.start(index);
        return this.type(index) === NAME && this.end(index) - start === word.length && this.source.startsWith(word, start);
    }
    /** Tokens `from` up to (not including) `to` as objects. */
    tokens(from, to) {
        const tokens = [];
        for (let index = from; index < to; index++) {
            tokens.push({
                type: TYPE_NAMES[this.type(index)] ?? 'op',
                text: this.text(index),
                line: this.line(index),
                column: this.column(index),
                start: this.start(index),
                end: this.end(index),
            });
        }
        return tokens;
    }
    grow() {
        const larger = new Int32Array(this.data.length * 2);
        larger.set(this.data);
        this.data = larger;
    }
}
/** Index after the last token of logical line `index`. */
function lexer_lineEnd(lines, index) {
    return lines.firsts[index + 1] ?? lines.tokens.count;
}
const lexer_CR = 13;
const lexer_LF = 10;
const lexer_TAB = 9;
const lexer_FORM_FEED = 12;
const lexer_SPACE = 32;
const lexer_HASH = 35;
const lexer_BACKSLASH = 92;
const lexer_SINGLE_QUOTE = 39;
const lexer_DOUBLE_QUOTE = 34;
const lexer_DOT = 46;
const lexer_EQUALS = 61;
const lexer_SEMICOLON = 59;
const BOM = 0xfeff;
/** Length of the operator at `pos`: `...`, `**=`, `->`, `:=`, `==`, `+=` and the like, else 1. */
function operatorLength(text, pos) {
    const code = text.charCodeAt(pos);
    const next = text.charCodeAt(pos + 1);
    if (code === lexer_DOT)
        return next === lexer_DOT && text.charCodeAt(pos + 2) === lexer_DOT ? 3 : 1;
    // `**`, `//`, `<<`, `>>` and their augmented forms.
    if ((code === 42 || code === 47 || code === 60 || code === 62) && next === code) {
        return text.charCodeAt(pos + 2) === lexer_EQUALS ? 3 : 2;
    }
    if (code === 45 && next === 62)
        return 2;
    if (next !== lexer_EQUALS)
        return 1;
    // `==`, `!=`, `<=`, `>=`, `:=` and augmented assignments.
    return code === 61 || code === 33 || code === 60 || code === 62 || code === 58 || code === 43 ||
        code === 45 || code === 42 || code === 47 || code === 37 || code === 38 || code === 124 ||
        code === 94 || code === 64
        ? 2
        : 1;
}
/** True when the name `text[start..end)` is a string prefix directly followed by a quote (`rb"…"`). */
function isStringPrefixAt(text, start, end) {
    const next = text.charCodeAt(end);
    return (next === lexer_SINGLE_QUOTE || next === lexer_DOUBLE_QUOTE) && end - start <= 2 &&
        isStringPrefix(text.slice(start, end).toLowerCase());
}
function indexOrLength(text, search, from) {
    const index = text.indexOf(search, from);
    return index < 0 ? text.length : index;
}
function lexer_isDigit(code) {
    return code >= 48 && code <= 57;
}
function indentWidth(text, from, to) {
    let width = 0;
    for (let i = from; i < to; i++) {
        const code = text.charCodeAt(i);
        if (code === lexer_SPACE)
            width += 1;
        else if (code === lexer_TAB)
            width = width - (width % 8) + 8;
        else if (code === lexer_FORM_FEED)
            width = 0;
        else
            break;
    }
    return width;
}
/**
 * Scans the string whose opening quote is at `state.pos` (its prefix already consumed).
 * An unterminated string records the error and ends where scanning stopped.
 */
function lexer_scanString(state, prefix) {
    const quote = state.text.charCodeAt(state.pos);
    const triple = state.text.charCodeAt(state.pos + 1) === quote && state.text.charCodeAt(state.pos + 2) === quote;
    const lowered = prefix.toLowerCase();
    const raw = lowered.includes('r');
    if (lowered.includes('f') || lowered.includes('t'))
        scanFString(state, quote, triple, raw);
    else
        scanPlainString(state, quote, triple);
}
// mock-data and python-code both lex a Python file, one right after the other in the same thread.
const lexPython = rememberLast(lexer_lex);
function lexer_lex(text) {
    const state = { text, pos: 0, line: 1, lineStart: 0 };
    const length = text.length;
    const table = new TokenTable(text);
    const lines = { tokens: table, firsts: [], indents: [], semicolons: [] };
    const comments = [];
    // The scan position lives in locals (no closures over them); `state` is synced only around string scans.
    let pos = text.charCodeAt(0) === BOM ? 1 : 0;
    let line = 1;
    let lineStart = pos;
    let lineFirst = 0;
    let indent = 0;
    let depth = 0;
    let outermostBracketLine = 0;
    // Where the next `\r` is, for finding where comments end: kept, so a file without any is searched once.
    let nextCr = -1;
    while (pos < length) {
        const code = text.charCodeAt(pos);
        if (code === lexer_SPACE || code === lexer_TAB || code === lexer_FORM_FEED) {
            pos += 1;
            continue;
        }
        if (code === lexer_LF || code === lexer_CR) {
            pos += code === lexer_CR && text.charCodeAt(pos + 1) === lexer_LF ? 2 : 1;
            line += 1;
            lineStart = pos;
            if (depth === 0 && table.count > lineFirst) {
                lines.firsts.push(lineFirst);
                lines.indents.push(indent);
                lineFirst = table.count;
            }
            continue;
        }
        const start = pos;
        // Taken before scanning, since a string token may span several lines.
        const startLine = line;
        const startLineStart = lineStart;
        if (code === lexer_HASH) {
            if (nextCr < start)
                nextCr = indexOrLength(text, '\r', start);
            const end = Math.min(indexOrLength(text, '\n', start), nextCr);
            comments.push({ line, column: start - lineStart + 1, text: text.slice(start, end) });
            pos = end;
            continue;
        }
        if (code === lexer_BACKSLASH) {
            const next = text.charCodeAt(start + 1);
            pos += 1;
            if (next === lexer_LF || next === lexer_CR) {
                pos += next === lexer_CR && text.charCodeAt(pos + 1) === lexer_LF ? 2 : 1;
                line += 1;
                lineStart = pos;
            }
            continue;
        }
        let type;
        if (code === lexer_SINGLE_QUOTE || code === lexer_DOUBLE_QUOTE)
            type = lexer_STRING;
        else if (isNameStart(code)) {
            let end = start + 1;
            while (end < length && isNameChar(text.charCodeAt(end)))
                end += 1;
            pos = end;
            type = isStringPrefixAt(text, start, end) ? lexer_STRING : NAME;
        }
        else if (lexer_isDigit(code) || (code === lexer_DOT && lexer_isDigit(text.charCodeAt(start + 1)))) {
            let end = start + 1;
            while (end < length) {
                const c = text.charCodeAt(end);
                if (!(isNameChar(c) || c === lexer_DOT))
                    break;
                end += 1;
            }
            pos = end;
            type = lexer_NUMBER;
        }
        else {
            pos += operatorLength(text, start);
            if (code === 40 || code === 91 || code === 123) {
                if (depth === 0)
                    outermostBracketLine = line;
                depth += 1;
            }
            else if (code === 41 || code === 93 || code === 125) {
                if (depth === 0)
                    recordError(state, line, 'unmatched closing bracket');
                else
                    depth -= 1;
            }
            else if (code === lexer_SEMICOLON)
                lines.semicolons.push(table.count);
            type = OP;
        }
        if (type === lexer_STRING) {
            state.pos = pos;
            state.line = line;
            state.lineStart = lineStart;
            lexer_scanString(state, text.slice(start, pos));
            pos = state.pos;
            line = state.line;
            lineStart = state.lineStart;
        }
        if (table.count === lineFirst)
            indent = indentWidth(text, startLineStart, start);
        table.add(type, start, pos, startLine, start - startLineStart + 1);
    }
    if (table.count > lineFirst) {
        lines.firsts.push(lineFirst);
        lines.indents.push(indent);
    }
    if (depth > 0)
        recordError(state, outermostBracketLine, 'unclosed bracket');
    return state.error ? { lines, comments, error: state.error } : { lines, comments };
}

;// CONCATENATED MODULE: ./src/collectors/python/structure.ts
// Turns logical lines into a statement tree using indentation, the way Python's parser sees
// blocks: a compound statement owns the more-indented lines that follow it, plus any body
// written after its `:` on the same line. Decorators are attached to their def or class.



const MAX_NESTING = 100;
const COMPOUND_KEYWORDS = new Set([
    'def', 'class', 'if', 'elif', 'else', 'try', 'except', 'finally', 'with', 'for', 'while',
]);
const ASYNC_KEYWORDS = new Set(['def', 'for', 'with']);
// Tokens after `match`/`case` that show it is a plain name (`match = 1`, `case.x()`), not a soft keyword.
const NOT_SOFT_KEYWORD_FOLLOWERS = new Set([
    '=', '.', ':', ',', ')', ']', '}', ';', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
    '**=', '//=', '>>=', '<<=', '==', '!=', '<', '>', '<=', '>=',
]);
/** The longest keyword that starts a compound statement, `finally`; longer names are never one. */
const LONGEST_KEYWORD = 7;
// Frozen and shared: simple statements have no body and most statements no decorators.
const NO_STATEMENTS = Object.freeze([]);
const structure_AT = 64;
const structure_COLON = 58;
/** A statement over a run of the token table; its Token objects are made the first time they are read. */
class TableStatement {
    kind;
    line;
    column;
    body;
    decorators;
    table;
    from;
    to;
    made;
    constructor(kind, line, column, body, decorators, table, from, to) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.body = body;
        this.decorators = decorators;
        this.table = table;
        this.from = from;
        this.to = to;
    }
    get tokens() {
        this.made ??= this.table.tokens(this.from, this.to);
        return this.made;
    }
    startsWithName(word) {
        return this.from < this.to && this.table.isName(this.from, word);
    }
}
/** Index of the `:` ending a compound header: the first at bracket depth 0 not owned by a lambda. */
function headerColon(table, from, to) {
    let depth = 0;
    let lambdas = 0;
    for (let i = from; i < to; i++) {
        if (table.type(i) === NAME) {
            if (depth === 0 && table.isName(i, 'lambda'))
                lambdas += 1;
        }
        else if (table.isOp(i, 40) || table.isOp(i, 91) || table.isOp(i, 123))
            depth += 1;
        else if (table.isOp(i, 41) || table.isOp(i, 93) || table.isOp(i, 125))
            depth = Math.max(0, depth - 1);
        else if (depth === 0 && table.isOp(i, structure_COLON)) {
            if (lambdas === 0)
                return i;
            lambdas -= 1;
        }
    }
    return -1;
}
/** The kind of compound statement logical line `from..to` opens, if any. */
function compoundKind(table, from, to) {
    if (table.type(from) !== NAME)
        return undefined;
    const first = table.text(from);
    if (first.length > LONGEST_KEYWORD)
        return undefined;
    const second = from + 1 < to ? from + 1 : -1;
    if (first === 'async' && second >= 0 && table.type(second) === NAME) {
        const keyword = table.text(second);
        return ASYNC_KEYWORDS.has(keyword) ? keyword : undefined;
    }
    if (COMPOUND_KEYWORDS.has(first))
        return first;
    if ((first === 'match' || first === 'case') && second >= 0) {
        if (table.type(second) === OP && NOT_SOFT_KEYWORD_FOLLOWERS.has(table.text(second)))
            return undefined;
        if (headerColon(table, from + 1, to) < 0)
            return undefined;
        return first;
    }
    return undefined;
}
/** Splits tokens `from..to` at the line's semicolons into simple statements and decorators. */
function splitSimpleStatements(lines, from, to, into) {
    const table = lines.tokens;
    let start = from;
    for (let next = firstAtLeast(lines.semicolons, from); start <= to; next++) {
        const semicolon = Math.min(lines.semicolons[next] ?? to, to);
        if (semicolon > start) {
            const kind = table.isOp(start, structure_AT) ? 'decorator' : 'simple';
            into.push(new TableStatement(kind, table.line(start), table.column(start), NO_STATEMENTS, NO_STATEMENTS, table, start, semicolon));
        }
        start = semicolon + 1;
    }
}
/** The decorators just before a def or class, taken out of the body they were appended to. */
function takeDecorators(body) {
    let firstDecorator = body.length;
    while (firstDecorator > 0 && body[firstDecorator - 1]?.kind === 'decorator')
        firstDecorator -= 1;
    return firstDecorator === body.length ? NO_STATEMENTS : body.splice(firstDecorator);
}
// mock-data and python-code both build the tree of the same lexed lines (cached by lexPython), one right
// after the other.
const buildStatementTree = rememberLast(buildTree);
function buildTree(lines) {
    const table = lines.tokens;
    const moduleBody = [];
    const module = new TableStatement('module', 0, 0, moduleBody, NO_STATEMENTS, table, 0, 0);
    const tree = { module };
    // The open blocks, innermost last: each one's indentation and the body its lines go to.
    const openIndents = [-1];
    const openBodies = [moduleBody];
    for (let index = 0; index < lines.firsts.length; index++) {
        const from = lines.firsts[index] ?? 0;
        const to = lexer_lineEnd(lines, index);
        const indent = lines.indents[index] ?? 0;
        while (openIndents.length > 1 && (openIndents[openIndents.length - 1] ?? -1) >= indent) {
            openIndents.pop();
            openBodies.pop();
        }
        const parentBody = openBodies[openBodies.length - 1] ?? moduleBody;
        const kind = compoundKind(table, from, to);
        if (kind === undefined) {
            splitSimpleStatements(lines, from, to, parentBody);
            continue;
        }
        // The header leaves out `async`, but the statement starts at it.
        const headerStart = table.isName(from, 'async') ? from + 1 : from;
        const colon = headerColon(table, headerStart + 1, to);
        const body = [];
        if (colon >= 0)
            splitSimpleStatements(lines, colon + 1, to, body);
        const decorators = kind === 'def' || kind === 'class' ? takeDecorators(parentBody) : NO_STATEMENTS;
        const line = table.line(from);
        parentBody.push(new TableStatement(kind, line, table.column(from), body, decorators, table, headerStart, colon < 0 ? to : colon));
        if (openIndents.length > MAX_NESTING) {
            tree.tooDeepLine ??= line;
            continue;
        }
        openIndents.push(indent);
        openBodies.push(body);
    }
    return tree;
}
/**
 * Calls `visit` for every statement below `root` (decorators excluded), with its owner: the
 * nearest enclosing def, class or module. Depth is bounded by MAX_NESTING, so recursion is safe.
 */
function walkStatements(root, visit) {
    const walk = (body, owner) => {
        for (const statement of body) {
            visit(statement, owner);
            walk(statement.body, statement.kind === 'def' || statement.kind === 'class' ? statement : owner);
        }
    };
    walk(root.body, root);
}

;// CONCATENATED MODULE: ./src/collectors/python/syntax.ts
/** `a.b.c` starting at `from`, as its parts; empty when no name starts there. */
function dottedNameAt(tokens, from) {
    const parts = [];
    let i = from;
    while (tokens[i]?.type === 'name') {
        parts.push(tokens[i]?.text ?? '');
        if (tokens[i + 1]?.text !== '.')
            break;
        i += 2;
    }
    return parts;
}
/** The dotted name a decorator applies, without its call arguments: `@pytest.mark.skip(…)` → pytest.mark.skip. */
function decoratorName(decorator) {
    return dottedNameAt(decorator.tokens, 1);
}
function lastPart(parts) {
    return parts[parts.length - 1] ?? '';
}
/** The name after `def` or `class`. */
function definedName(statement) {
    const token = statement.tokens[1];
    return token?.type === 'name' ? token.text : '';
}
/** Index of the bracket closing the one at `open`, or -1. */
function closingBracket(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        const text = tokens[i]?.type === 'op' ? tokens[i]?.text : undefined;
        if (text === '(' || text === '[' || text === '{')
            depth += 1;
        else if (text === ')' || text === ']' || text === '}') {
            depth -= 1;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
function classHeader(statement) {
    const { tokens } = statement;
    const header = { name: definedName(statement), bases: [], keywords: new Map() };
    let open = 2;
    if (tokens[open]?.text === '[')
        open = closingBracket(tokens, open) + 1;
    if (tokens[open]?.text !== '(')
        return header;
    const closing = closingBracket(tokens, open);
    const close = closing < 0 ? tokens.length : closing;
    let argumentStart = open + 1;
    let depth = 0;
    for (let i = open + 1; i <= close; i++) {
        const text = tokens[i]?.type === 'op' ? tokens[i]?.text : undefined;
        if (text === '(' || text === '[' || text === '{')
            depth += 1;
        else if ((text === ')' || text === ']' || text === '}') && i < close)
            depth -= 1;
        else if ((text === ',' && depth === 0) || i === close) {
            if (tokens[argumentStart + 1]?.text === '=' && tokens[argumentStart]?.type === 'name') {
                header.keywords.set(tokens[argumentStart]?.text ?? '', dottedNameAt(tokens, argumentStart + 2));
            }
            else {
                const base = dottedNameAt(tokens, argumentStart);
                if (base.length > 0)
                    header.bases.push(base);
            }
            argumentStart = i + 1;
        }
    }
    return header;
}
/** True when the statement is exactly one of `words`, e.g. `pass` or `...`. */
function isSingleToken(statement, words) {
    const token = statement.tokens[0];
    return statement.kind === 'simple' && statement.tokens.length === 1 && token !== undefined &&
        token.type !== 'string' && words.has(token.text);
}
/** A docstring-like statement: only string literals (implicitly joined). */
function isStringOnly(statement) {
    return statement.kind === 'simple' && statement.tokens.every((token) => token.type === 'string');
}
/** Whitespace-collapsed source of `tokens[from..to)`, cut to `max` characters. */
function sourceOf(text, tokens, from, to, max = 80) {
    const first = tokens[from];
    const last = tokens[to - 1];
    if (first === undefined || last === undefined || to <= from)
        return '';
    const source = text.slice(first.start, Math.min(last.end, first.start + max * 4)).replace(/\s+/g, ' ');
    return source.length > max ? `${source.slice(0, max - 1)}…` : source;
}

;// CONCATENATED MODULE: ./src/collectors/mock-data/python.ts




/** Blocks whose assignments still define module attributes (the module namespace). */
const NAMESPACE_BLOCKS = new Set(['if', 'elif', 'else', 'try', 'except', 'finally', 'with']);
/**
 * Blocks whose imports always run. `if` is left out on purpose: `if settings.DEBUG: from .mocks import …`
 * and `if TYPE_CHECKING:` are the guarded, intended forms.
 */
const UNCONDITIONAL_BLOCKS = new Set(['try', 'except', 'finally']);
/** `if __name__ == "__main__":` holds demo code that runs only as a script. */
function isMainGuard(statement) {
    return statement.kind === 'if' && statement.tokens.some((token) => token.type === 'name' && token.text === '__name__') &&
        statement.tokens.some((token) => token.type === 'string' && /^['"]__main__['"]$/.test(token.text));
}
function isOp(token, text) {
    return token?.type === 'op' && token.text === text;
}
/** A non-empty `[…]` or `{…}` at `from`. */
function python_isNonEmptyLiteral(tokens, from) {
    if (!isOp(tokens[from], '[') && !isOp(tokens[from], '{'))
        return false;
    const close = closingBracket(tokens, from);
    return close > from + 1;
}
/** A literal list or dict, or a call building one from a literal: `dict({…})`, `pd.DataFrame([…])`. */
function python_isDataValue(tokens, from) {
    if (python_isNonEmptyLiteral(tokens, from))
        return true;
    const callee = dottedNameAt(tokens, from);
    if (callee.length === 0)
        return false;
    const open = from + callee.length * 2 - 1;
    return isOp(tokens[open], '(') && python_isNonEmptyLiteral(tokens, open + 1);
}
/** Names assigned by `A = B = value` or `A: T = value`, with the index of the value. */
function assignment(tokens) {
    const first = tokens[0];
    if (first?.type !== 'name')
        return undefined;
    if (isOp(tokens[1], ':')) {
        for (let i = 2; i < tokens.length; i++) {
            const token = tokens[i];
            if (isOp(token, '[') || isOp(token, '(') || isOp(token, '{'))
                i = Math.max(i, closingBracket(tokens, i));
            else if (isOp(token, '='))
                return { targets: [first], value: i + 1 };
        }
        return undefined;
    }
    const targets = [];
    let i = 0;
    while (tokens[i]?.type === 'name' && isOp(tokens[i + 1], '=')) {
        targets.push(tokens[i]);
        i += 2;
    }
    return targets.length > 0 ? { targets, value: i } : undefined;
}
/** The module path of an import statement that brings in a test or mock module, else undefined. */
function mockImport(tokens) {
    const keyword = tokens[0]?.text;
    if (keyword === 'from') {
        let i = 1;
        let dots = '';
        while (isOp(tokens[i], '.') || isOp(tokens[i], '...'))
            dots += tokens[i++]?.text ?? '';
        // In `from . import x` the keyword follows the dots directly; it is no module name.
        const path = tokens[i]?.text === 'import' ? [] : dottedNameAt(tokens, i);
        if (dots.length > 0 && path.length === 0) {
            // `from . import mock_data`: the imported names are sibling modules or their attributes.
            const sibling = importedNames(tokens, i + 1).find((name) => isMockModulePath([name]));
            return sibling === undefined ? undefined : dots + sibling;
        }
        return isMockModule(dots.length > 0, path) ? dots + path.join('.') : undefined;
    }
    if (keyword !== 'import')
        return undefined;
    // `import a.b as x, c`: each comma-separated part starts with a dotted module name.
    for (let start = 1; start < tokens.length;) {
        const path = dottedNameAt(tokens, start);
        if (isMockModule(false, path))
            return path.join('.');
        let next = start;
        while (next < tokens.length && !isOp(tokens[next], ','))
            next += 1;
        start = next + 1;
    }
    return undefined;
}
/** In `from . import a, b as c`, the names after `import`, aliases left out. */
function importedNames(tokens, from) {
    const names = [];
    for (let i = from; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.type === 'name' && token.text !== 'import' && token.text !== 'as' && tokens[i - 1]?.text !== 'as') {
            names.push(token.text);
        }
    }
    return names;
}
/**
 * Relative imports are the project's own modules. Absolute ones could be any library (`unittest.mock`,
 * `django.test`, `mock`, `fixtures` on PyPI), so only a first segment `tests` or `test` counts.
 */
function isMockModule(relative, path) {
    if (relative)
        return isMockModulePath(path);
    return path[0] === 'tests' || path[0] === 'test';
}
/** Whether a `return` in the function's own body (not a nested def or class) gives back a literal. */
function returnsData(body) {
    for (const statement of body) {
        if (statement.kind === 'def' || statement.kind === 'class')
            continue;
        if (statement.kind === 'simple' && statement.tokens[0]?.text === 'return' && python_isDataValue(statement.tokens, 1))
            return true;
        if (returnsData(statement.body))
            return true;
    }
    return false;
}
function finding(file, token, rule, name, message) {
    return { kind: 'stubs.mock-data', file: file.path, line: token.line, column: token.column, language: 'python', message, data: { rule, name } };
}
function collectModuleLevel(body, file, importsRun, findings) {
    for (const statement of body) {
        if (statement.kind === 'simple') {
            const module = importsRun ? mockImport(statement.tokens) : undefined;
            if (module !== undefined)
                findings.push(finding(file, statement, 'import', module, importMessage(module)));
            const assigned = assignment(statement.tokens);
            if (assigned === undefined || !python_isDataValue(statement.tokens, assigned.value))
                continue;
            for (const target of assigned.targets) {
                if (isMockDataName(target.text))
                    findings.push(finding(file, target, 'definition', target.text, definitionMessage(target.text)));
            }
        }
        else if (NAMESPACE_BLOCKS.has(statement.kind) && !isMainGuard(statement)) {
            collectModuleLevel(statement.body, file, importsRun && UNCONDITIONAL_BLOCKS.has(statement.kind), findings);
        }
    }
}
function collectPythonMockData(module, file) {
    const findings = [];
    collectModuleLevel(module.body, file, true, findings);
    walkStatements(module, (statement) => {
        if (statement.kind !== 'def')
            return;
        const name = definedName(statement);
        if (isMockDataName(name) && returnsData(statement.body)) {
            findings.push(finding(file, statement, 'function', name, functionMessage(name)));
        }
    });
    return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

;// CONCATENATED MODULE: ./src/collectors/mock-data.ts







/** Parse problems are reported once, by the python-code and javascript-code collectors, not here. */
function collectMockData(file, text) {
    const python = file.language === 'python';
    // Nearly no file names mock data, and lexing is nearly all the cost: a plain text search goes first.
    if (!mayHoldMockData(text, python) || hasGeneratedBanner(text))
        return [];
    if (python)
        return collectPythonMockData(buildStatementTree(lexPython(text).lines).module, file);
    return collectJavaScriptMockData(createScanContext(file, text));
}
const mockDataCollector = {
    id: 'mock-data',
    wants: (file) => !file.isTest &&
        (file.language === 'python' || file.language === 'javascript' || file.language === 'typescript') &&
        !isDevOnlyPath(file.path),
    collect: collectMockData,
};

;// CONCATENATED MODULE: ./src/collectors/operability/call-text.ts
/**
 * The text of a call from its opening parenthesis to the matching close, across at most `maxLines`
 * comment-free lines (parentheses inside strings are counted too; good enough for keyword checks).
 */
function callText(lines, index, openParen, maxLines = 30) {
    let depth = 0;
    let text = '';
    for (let current = index; current < Math.min(lines.length, index + maxLines); current++) {
        const line = lines[current].slice(current === index ? openParen : 0);
        for (let i = 0; i < line.length; i++) {
            const char = line[i];
            if (char === '(')
                depth += 1;
            else if (char === ')')
                depth -= 1;
            if (depth === 0)
                return text + line.slice(0, i + 1);
        }
        text += `${line}\n`;
    }
    return text;
}

;// CONCATENATED MODULE: ./src/collectors/operability/source-text.ts

function sourceText(raw, language) {
    let lines;
    return {
        raw,
        lines: () => (lines ??= codeLines(raw, language)),
    };
}
/** True when the text holds at least one of the literals. */
function includesAny(text, literals) {
    return literals.some((literal) => text.includes(literal));
}
/** One regex that finds any of the literals: a single pass over a text instead of one per literal. */
function anyLiteral(literals) {
    // An empty pattern would match every text; no literals must match none.
    if (literals.length === 0)
        return /(?!)/;
    return new RegExp([...new Set(literals)].map((literal) => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
}
/** Per language, a regex that finds any of the literals `literalsOf` gives for it (built on first use). */
function literalSignal(literalsOf) {
    const signals = new Map();
    return (language) => {
        let signal = signals.get(language);
        if (signal === undefined) {
            signal = anyLiteral(literalsOf(language));
            signals.set(language, signal);
        }
        return signal;
    };
}

;// CONCATENATED MODULE: ./src/collectors/operability/framework-settings.ts
// Evidence that lives in a framework's own setup code rather than in a dependency.


const FASTAPI_APP = /(?<![\w])(?:fastapi\.)?FastAPI\(/;
// Either setting turns the interactive docs off (no schema means no /docs); `redoc_url=None` alone does not.
const DOCS_OFF = /\b(?:docs_url|openapi_url)\s*=\s*None\b/;
const DJANGO_SECURITY_MIDDLEWARE = /["']django\.middleware\.security\.SecurityMiddleware["']/;
/** Literals one of which a Python file needs for findPythonSettings to find anything. */
const PYTHON_SETTING_LITERALS = ['FastAPI(', 'django.middleware.security.SecurityMiddleware'];
/** Python: FastAPI apps that serve /docs (the default), and Django's SecurityMiddleware in settings. */
function findPythonSettings(source) {
    if (!includesAny(source.raw, PYTHON_SETTING_LITERALS))
        return [];
    const lines = source.lines();
    const found = [];
    lines.forEach((text, index) => {
        const app = FASTAPI_APP.exec(text);
        if (app && !/^\s*(?:class|def)\b/.test(text) && !DOCS_OFF.test(callText(lines, index, text.indexOf('(', app.index)))) {
            found.push({ kind: 'api.docs-frameworks', line: index + 1, label: 'fastapi', message: 'FastAPI app serving OpenAPI docs at /docs' });
        }
        if (DJANGO_SECURITY_MIDDLEWARE.test(text)) {
            found.push({
                kind: 'ops.security-headers',
                line: index + 1,
                label: 'django-security-middleware',
                message: "Django's SecurityMiddleware (X-Content-Type-Options, Referrer-Policy, HSTS when configured)",
            });
        }
    });
    return found;
}

;// CONCATENATED MODULE: ./src/collectors/operability/health-paths.ts
// Which route paths are health endpoints. A path is compared segment by segment, so `/healthcheck-ui`
// or `/healthy-recipes` never match `health`, and `/api/v1/healthz` does.
//
// `/ping` and `/status` are left out on purpose: `r.GET("/ping")` is the hello-world of Gin and many
// tutorials, and `/status` often reports business state; neither says "this process is healthy".
/** A final segment that names a health endpoint under any prefix: `/health`, `/api/v1/healthz`. */
const HEALTH_SEGMENTS = new Set(['health', 'healthz', 'healthcheck', 'health-check', 'health_check', 'livez', 'readyz']);
/** Probe names that are health endpoints on their own (`/ready`), not under other prefixes (`/orders/ready`). */
const PROBE_SEGMENTS = new Set(['live', 'liveness', 'ready', 'readiness', 'startup', 'up']);
/**
 * Normalises a route as written: drops a Go 1.22 method (`GET /healthz`), Django/Rails regex anchors
 * (`^health/?$`), a query string and surrounding slashes. Returns undefined for URLs (`http://…/health`
 * is a client call, not a route) and for paths built from variables.
 */
function routeSegments(route) {
    if (route.includes('://') || route.includes('${') || route.includes('{{'))
        return undefined;
    let path = route.trim().replace(/^[A-Z]+\s+(?=\/)/, '');
    path = path.replace(/^\^/, '').replace(/\$$/, '').replace(/\/\?$/, '/');
    const query = path.indexOf('?');
    if (query !== -1)
        path = path.slice(0, query);
    return path.split('/').filter((segment) => segment !== '');
}
function isHealthPath(route) {
    const segments = routeSegments(route);
    if (segments === undefined || segments.length === 0)
        return false;
    const last = segments[segments.length - 1].toLowerCase();
    if (HEALTH_SEGMENTS.has(last))
        return true;
    if (segments.length === 1)
        return PROBE_SEGMENTS.has(last);
    // Any one segment under `health`/`healthz` is a check of its own: /health/live, /health/db.
    const parent = segments[segments.length - 2].toLowerCase();
    return parent === 'health' || parent === 'healthz';
}
/** Joins a controller prefix and a method route the way Nest and Spring do. */
function joinRoutes(prefix, route) {
    return `${prefix.replace(/\/+$/, '')}/${route.replace(/^\/+/, '')}`;
}

;// CONCATENATED MODULE: ./src/collectors/operability/line-matches.ts
/**
 * The matches of a global regex in one line, as `line.matchAll(regex)` gives them, without the copy of the
 * regex that matchAll makes on every call: run on every line of every source file, those copies were the
 * operability collector's largest cost (see scripts/bench.mjs).
 */
function lineMatches(regex, line) {
    const matches = [];
    regex.lastIndex = 0;
    for (let match = regex.exec(line); match !== null; match = regex.exec(line)) {
        matches.push(match);
        // As matchAll does, step over an empty match so the search moves on.
        if (match[0] === '')
            regex.lastIndex += 1;
    }
    return matches;
}

;// CONCATENATED MODULE: ./src/collectors/operability/health-routes.ts



// A quoted string with no quote inside (named groups, so fragments combine with other groups).
// Python may prefix r/u/b/f.
const PY = String.raw `[rRuUbBfF]{0,2}(?<q>["'])(?<route>[^"'\n]*)\k<q>`;
const JS = String.raw `(?<q>["'\x60])(?<route>[^"'\x60\n]*)\k<q>`;
const DQ = String.raw `"(?<route>[^"\n]*)"`;
const RB = String.raw `(?<q>["'])(?<route>[^"'\n]*)\k<q>`;
// JS receivers that are HTTP clients, not routers: `axios.get('/health', cfg)`, `this.http.get(…)`.
const JS_CLIENTS = new Set(['axios', 'http', 'https', 'got', 'ky', 'request', 'superagent', 'client', 'httpClient', '$http', 'fetch', 'agent', 'api', 'instance']);
const PATTERNS = {
    python: [
        // FastAPI/Flask/Starlette decorators: @app.get, @router.get, @bp.route, @app.api_route.
        {
            regex: new RegExp(String.raw `@\s*[\w.]+\.(?:get|head|route|api_route)\(\s*${PY}`, 'g'),
            role: 'route',
            literals: ['.get(', '.head(', '.route(', '.api_route('],
        },
        {
            regex: new RegExp(String.raw `\b(?:add_api_route|add_route|add_url_rule|Route)\(\s*${PY}`, 'g'),
            role: 'route',
            literals: ['add_api_route(', 'add_route(', 'add_url_rule(', 'Route('],
        },
        // Django URLconf.
        { regex: new RegExp(String.raw `(?<![\w.])(?:path|re_path|url)\(\s*${PY}`, 'g'), role: 'route', literals: ['path(', 'url('] },
    ],
    javascript: jsPatterns(),
    typescript: jsPatterns(),
    go: [
        // net/http, gorilla/mux, chi, gin, echo, fiber: mux.HandleFunc("/healthz", h), r.GET("/health", h).
        {
            regex: new RegExp(String.raw `(?<!\w)(?<recv>[A-Za-z_]\w*)\.(?<method>HandleFunc|Handle|GET|Get|HEAD|Head|Any)\(\s*${JS}\s*,`, 'g'),
            role: 'route',
            literals: ['.Handle', '.GET(', '.Get(', '.HEAD(', '.Head(', '.Any('],
        },
    ],
    java: jvmPatterns(),
    kotlin: [
        ...jvmPatterns(),
        // Ktor routing DSL: get("/health") { … }.
        { regex: new RegExp(String.raw `^\s*(?:get|head)\(\s*${DQ}\s*\)`, 'g'), role: 'route', literals: ['get(', 'head('] },
    ],
    csharp: [
        { regex: new RegExp(String.raw `\.(?:MapHealthChecks|UseHealthChecks|MapGet|Map)\(\s*@?${DQ}`, 'g'), role: 'route', literals: ['.Map', '.UseHealthChecks('] },
        { regex: new RegExp(String.raw `\[\s*(?:HttpGet|HttpHead)(?:\(\s*${DQ})?`, 'g'), role: 'member', literals: ['HttpGet', 'HttpHead'] },
        { regex: new RegExp(String.raw `\[\s*Route\(\s*${DQ}`, 'g'), role: 'prefix-if-class', literals: ['Route('] },
    ],
    ruby: [
        // Rails routes and Sinatra: get "up" => "rails/health#show", get '/health' do.
        { regex: new RegExp(String.raw `^\s*(?:get|match)\s*\(?\s*${RB}`, 'g'), role: 'route', literals: ['get', 'match'] },
    ],
    php: [
        { regex: new RegExp(String.raw `Route::(?:get|any|match)\(\s*${RB}`, 'g'), role: 'route', literals: ['Route::'] },
        { regex: new RegExp(String.raw `->(?:get|any)\(\s*${RB}\s*,`, 'g'), role: 'route', literals: ['->get(', '->any('] },
        // Laravel 11 bootstrap/app.php: ->withRouting(health: '/up').
        { regex: new RegExp(String.raw `\bhealth:\s*${RB}`, 'g'), role: 'route', literals: ['health:'] },
    ],
    rust: [
        // axum and actix-web: .route("/health", get(h)); actix/rocket attributes: #[get("/health")].
        { regex: new RegExp(String.raw `(?:\.route|web::resource)\(\s*${DQ}`, 'g'), role: 'route', literals: ['.route(', 'web::resource('] },
        { regex: new RegExp(String.raw `#\[\s*(?:get|head)\(\s*${DQ}`, 'g'), role: 'route', literals: ['get(', 'head('] },
    ],
};
function jsPatterns() {
    return [
        // Express, Koa router, Fastify, Hono: app.get('/healthz', handler), router.use('/health', r).
        {
            regex: new RegExp(String.raw `(?<![\w$])(?<recv>[A-Za-z_$][\w$]*)\.(?:get|head|all|use)\(\s*${JS}\s*,`, 'g'),
            role: 'route',
            literals: ['.get(', '.head(', '.all(', '.use('],
        },
        { regex: new RegExp(String.raw `(?<![\w$])(?<recv>[A-Za-z_$][\w$]*)\.route\(\s*${JS}\s*\)`, 'g'), role: 'route', literals: ['.route('] },
        // NestJS.
        {
            regex: /@Controller\(\s*(?:(?<q>["'\x60])(?<route>[^"'\x60\n]*)\k<q>|\{[^}]*\bpath:\s*(?<q2>["'\x60])(?<route2>[^"'\x60\n]*)\k<q2>)?/g,
            role: 'prefix',
            literals: ['@Controller('],
        },
        { regex: new RegExp(String.raw `@(?:Get|Head|All)\(\s*(?:${JS})?\s*\)`, 'g'), role: 'member', literals: ['@Get(', '@Head(', '@All('] },
    ];
}
function jvmPatterns() {
    // The path is the first argument or the `value =`/`path =` argument, optionally in `{ … }`.
    const argument = String.raw `(?:\(\s*(?:[^")]*?\b(?:value|path)\s*=\s*)?\{?\s*${DQ})?`;
    return [
        { regex: new RegExp(String.raw `@GetMapping\b${argument}`, 'g'), role: 'member', literals: ['@GetMapping'] },
        { regex: new RegExp(String.raw `@(?:RequestMapping|Path)\b${argument}`, 'g'), role: 'prefix-if-class', literals: ['@RequestMapping', '@Path'] },
    ];
}
// Every route isHealthPath accepts has one of these names, in any case, as a whole path segment. In the raw
// text such a segment has on its left a quote, slash, whitespace or `^` (or nothing) and on its right a
// quote, slash, whitespace, `?`, `$` or `#`: what routeSegments trims and splits at, plus the first or last
// character of a comment blanked beside it. `health` is matched anywhere, which also covers its longer forms.
const HEALTH_NAME = /health|(?<![^\s/"'`^])(?:live(?:ness|z)?|ready(?:ness|z)?|startup|up)(?![^\s/"'`?$#])/i;
// Mounted health checks whose route is whatever path includes them.
const RAILS_HEALTH = 'rails/health#show';
const DJANGO_HEALTH_CHECK = 'health_check.urls';
/** Literals one of which a file needs for findHealthRoutes to find anything. */
function healthRouteLiterals(language) {
    const mounted = language === 'ruby' ? [RAILS_HEALTH] : language === 'python' ? [DJANGO_HEALTH_CHECK] : [];
    return [...(PATTERNS[language] ?? []).flatMap((pattern) => pattern.literals), ...mounted];
}
const routeSignal = literalSignal(healthRouteLiterals);
/** Health routes in a source file, found on its comment-free lines. */
function findHealthRoutes(source, language) {
    if (!routeSignal(language).test(source.raw) || !HEALTH_NAME.test(source.raw))
        return [];
    const patterns = (PATTERNS[language] ?? []).filter((pattern) => includesAny(source.raw, pattern.literals));
    const railsHealth = language === 'ruby' && source.raw.includes(RAILS_HEALTH);
    const djangoHealthCheck = language === 'python' && source.raw.includes(DJANGO_HEALTH_CHECK);
    const lines = source.lines();
    const routes = [];
    let prefix = '';
    lines.forEach((text, index) => {
        // Rails' built-in health controller, whatever path it is mounted on.
        if (railsHealth && text.includes(RAILS_HEALTH)) {
            routes.push({ line: index + 1, route: quotedRoute(text) ?? RAILS_HEALTH });
            return;
        }
        if (djangoHealthCheck && /\binclude\(\s*["']health_check\.urls["']/.test(text)) {
            // django-health-check's URLconf, under whatever path includes it.
            routes.push({ line: index + 1, route: quotedRoute(text) ?? DJANGO_HEALTH_CHECK });
            return;
        }
        for (const pattern of patterns) {
            for (const match of lineMatches(pattern.regex, text)) {
                if (isClientCall(language, match.groups?.recv, match.groups?.method))
                    continue;
                const route = match.groups?.route ?? match.groups?.route2;
                const end = (match.index ?? 0) + match[0].length;
                const role = pattern.role === 'prefix-if-class' ? (classFollows(lines, index, end) ? 'prefix' : 'member') : pattern.role;
                if (role === 'prefix') {
                    prefix = route ?? '';
                    continue;
                }
                const full = role === 'member' ? joinRoutes(prefix, route ?? '') : (route ?? '');
                if (isHealthPath(full))
                    routes.push({ line: index + 1, route: full });
            }
        }
    });
    return routes;
}
/** `axios.get('/health', cfg)` and Go's `http.Get(url, …)` call a server; they define no route. */
function isClientCall(language, recv, method) {
    if (recv === undefined)
        return false;
    if (language === 'go')
        return recv === 'http' && (method === 'Get' || method === 'Head');
    return JS_CLIENTS.has(recv);
}
function quotedRoute(text) {
    return /["']([^"']*)["']/.exec(text)?.[1];
}
const ANNOTATION_LINE = /^\s*(?:@|\[|$)/;
const CLASS_DECLARATION = /\bclass\s/;
// Annotations seldom stack deeper than this between a class-level mapping and its class.
const LOOKAHEAD_LINES = 12;
/** True when the next line that is not blank, an annotation or an attribute declares a class. */
function classFollows(lines, index, matchEnd) {
    if (CLASS_DECLARATION.test((lines[index] ?? '').slice(matchEnd)))
        return true;
    for (let next = index + 1; next < Math.min(lines.length, index + 1 + LOOKAHEAD_LINES); next++) {
        const line = lines[next];
        if (ANNOTATION_LINE.test(line))
            continue;
        return CLASS_DECLARATION.test(line);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/collectors/operability/monitoring-imports.ts



const lookup = (find, literals) => Object.assign(find, { literals });
const monitoring_imports_monitoring = (label) => ({ kind: 'ops.monitoring', label });
/** Dotted namespaces (Python modules, Java packages, C# namespaces) and what they are. */
function byNamespace(table) {
    return lookup((module) => {
        for (const [namespace, label] of Object.entries(table)) {
            if (module === namespace || module.startsWith(`${namespace}.`))
                return monitoring_imports_monitoring(label);
        }
        return undefined;
    }, Object.keys(table));
}
const PYTHON = byNamespace({ sentry_sdk: 'sentry', prometheus_client: 'prometheus', opentelemetry: 'opentelemetry', ddtrace: 'datadog', datadog: 'datadog', newrelic: 'newrelic' });
const JVM = byNamespace({
    'io.sentry': 'sentry',
    'io.prometheus': 'prometheus',
    'io.micrometer.prometheus': 'prometheus',
    'io.micrometer.prometheusmetrics': 'prometheus',
    'io.opentelemetry': 'opentelemetry',
    'datadog.trace': 'datadog',
    'com.newrelic': 'newrelic',
});
const monitoring_imports_CSHARP = byNamespace({ Sentry: 'sentry', Prometheus: 'prometheus', OpenTelemetry: 'opentelemetry', 'Datadog.Trace': 'datadog', NewRelic: 'newrelic' });
const RUBY = { 'sentry-ruby': 'sentry', sentry: 'sentry', 'prometheus/client': 'prometheus', ddtrace: 'datadog', datadog: 'datadog', newrelic_rpm: 'newrelic' };
/** A module name right after its opening quote, as the JS, Go and Ruby import patterns read it. */
const quoted = (names, quotes) => names.flatMap((name) => quotes.map((quote) => quote + name));
// npm and Go names are compared as written, and `name` keeps a prefix of the module, so a module that
// matches starts with the catalogue name.
const fromCatalogue = (ecosystem, name, quotes) => lookup((module) => {
    if (ecosystem === 'go' && module === 'log/slog')
        return { kind: 'ops.structured-logging', label: 'slog' };
    const library = libraryOf(ecosystem, name(module));
    return library?.kind === 'ops.monitoring' ? library : undefined;
}, quoted([...catalogueNames(ecosystem, 'ops.monitoring'), ...(ecosystem === 'go' ? ['log/slog'] : [])], quotes));
/** `@sentry/node/tracing` → `@sentry/node`; `pino/file` → `pino`. */
const npmPackage = (module) => module.split('/').slice(0, module.startsWith('@') ? 2 : 1).join('/');
const monitoring_imports_JS = { regex: /(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*|^\s*import\s+)(["'])([^"'\n]+)\1/g, lookup: fromCatalogue('npm', npmPackage, ['"', "'"]) };
const monitoring_imports_SYNTAX = {
    python: { regex: /^\s*(?:import|from)\s+([\w.]+)()/g, lookup: PYTHON },
    javascript: monitoring_imports_JS,
    typescript: monitoring_imports_JS,
    // Single imports and the lines of an import block: `"go.uber.org/zap"`, `otelhttp "go.opentelemetry.io/…"`.
    go: { regex: /^\s*(?:import\s+)?(?:[\w.]+\s+)?"([^"\n]+)"()\s*$/g, lookup: fromCatalogue('go', (module) => module, ['"']) },
    java: { regex: /^\s*import\s+(?:static\s+)?([\w.]+)()/g, lookup: JVM },
    kotlin: { regex: /^\s*import\s+([\w.]+)()/g, lookup: JVM },
    csharp: { regex: /^\s*(?:global\s+)?using\s+(?:static\s+)?([\w.]+)\s*;()/g, lookup: monitoring_imports_CSHARP },
    ruby: {
        regex: /^\s*require\s*\(?\s*["']([^"'\n]+)["']()/g,
        // Object.hasOwn: `require 'constructor'` must not find Object.prototype's members.
        lookup: lookup((module) => (Object.hasOwn(RUBY, module) ? monitoring_imports_monitoring(RUBY[module]) : undefined), quoted(Object.keys(RUBY), ['"', "'"])),
    },
};
/** Literals one of which a file needs for findImportedLibraries to find anything. */
function importLiterals(language) {
    return monitoring_imports_SYNTAX[language]?.lookup.literals ?? [];
}
const importSignal = literalSignal(importLiterals);
/** The first import of each library in a file, from comment-free lines. */
function findImportedLibraries(source, language) {
    const syntax = monitoring_imports_SYNTAX[language];
    if (syntax === undefined || !importSignal(language).test(source.raw))
        return [];
    const found = new Map();
    source.lines().forEach((text, index) => {
        for (const match of lineMatches(syntax.regex, text)) {
            // JS puts the quote in group 1 and the module in 2; the others put the module in group 1.
            const module = (language === 'javascript' || language === 'typescript' ? match[2] : match[1]) ?? '';
            const library = syntax.lookup(module);
            const key = library && `${library.kind} ${library.label}`;
            if (library && key && !found.has(key))
                found.set(key, { ...library, module, line: index + 1 });
        }
    });
    return [...found.values()];
}

;// CONCATENATED MODULE: ./src/collectors/operability/shutdown-hooks.ts


const shutdown_hooks_JS = [
    { regex: /\bprocess\.(?:on|once|addListener|prependListener)\(\s*["'`]SIGTERM["'`]/, hook: "process.on('SIGTERM')", literals: ['SIGTERM'] },
    { regex: /\.enableShutdownHooks\(/, hook: 'enableShutdownHooks()', literals: ['.enableShutdownHooks('] },
    { regex: /\bcreateTerminus\(/, hook: 'createTerminus()', literals: ['createTerminus('] },
];
const shutdown_hooks_JVM = [{ regex: /\.addShutdownHook\(/, hook: 'Runtime.addShutdownHook()', literals: ['.addShutdownHook('] }];
const shutdown_hooks_PATTERNS = {
    javascript: shutdown_hooks_JS,
    typescript: shutdown_hooks_JS,
    python: [
        { regex: /\bsignal\.signal\(\s*(?:signal\.)?SIGTERM\b/, hook: 'signal.signal(SIGTERM)', literals: ['SIGTERM'] },
        { regex: /\.add_signal_handler\(\s*(?:signal\.)?SIGTERM\b/, hook: 'loop.add_signal_handler(SIGTERM)', literals: ['SIGTERM'] },
        { regex: /\.on_event\(\s*["']shutdown["']/, hook: 'on_event("shutdown")', literals: ['.on_event('] },
    ],
    go: [
        { regex: /\bsignal\.(?:Notify|NotifyContext)\(/, hook: 'signal.Notify(SIGTERM)', needsSigterm: true, literals: ['SIGTERM'] },
        { regex: /\b\w*(?:srv|server|Server)\.Shutdown\(/, hook: 'http.Server.Shutdown()', literals: ['.Shutdown('] },
        { regex: /\.GracefulStop\(\)/, hook: 'grpc.Server.GracefulStop()', literals: ['.GracefulStop()'] },
    ],
    java: shutdown_hooks_JVM,
    kotlin: shutdown_hooks_JVM,
    csharp: [{ regex: /\bApplicationStopping\.Register\(/, hook: 'ApplicationStopping.Register()', literals: ['ApplicationStopping.Register('] }],
    ruby: [{ regex: /\b(?:Signal\.)?trap\(\s*["'](?:SIG)?TERM["']/, hook: 'trap("TERM")', literals: ['trap('] }],
    php: [{ regex: /\bpcntl_signal\(\s*SIGTERM\b/, hook: 'pcntl_signal(SIGTERM)', literals: ['pcntl_signal('] }],
    rust: [
        { regex: /\bSignalKind::terminate\(\)/, hook: 'signal(SignalKind::terminate())', literals: ['SignalKind::terminate()'] },
        { regex: /\.with_graceful_shutdown\(/, hook: 'with_graceful_shutdown()', literals: ['.with_graceful_shutdown('] },
    ],
};
/** Literals one of which a file needs for findShutdownHooks to find anything. */
function shutdownLiterals(language) {
    return (shutdown_hooks_PATTERNS[language] ?? []).flatMap((pattern) => pattern.literals);
}
const shutdownSignal = literalSignal(shutdownLiterals);
function findShutdownHooks(source, language) {
    if (!shutdownSignal(language).test(source.raw))
        return [];
    const patterns = (shutdown_hooks_PATTERNS[language] ?? []).filter((pattern) => includesAny(source.raw, pattern.literals));
    const lines = source.lines();
    const hooks = [];
    lines.forEach((text, index) => {
        for (const pattern of patterns) {
            const match = pattern.regex.exec(text);
            if (!match)
                continue;
            if (pattern.needsSigterm && !/\bSIGTERM\b/.test(callText(lines, index, text.indexOf('(', match.index))))
                continue;
            hooks.push({ line: index + 1, hook: pattern.hook });
            break;
        }
    });
    return hooks;
}
/** Spring Boot's `server.shutdown=graceful` in application*.properties / application*.yml. */
function findSpringGracefulShutdown(text, yaml) {
    const pattern = yaml ? /^\s+shutdown:\s*["']?graceful\b/ : /^\s*server\.shutdown\s*[=:]\s*graceful\b/;
    const hooks = [];
    text.split('\n').forEach((line, index) => {
        if (pattern.test(line))
            hooks.push({ line: index + 1, hook: 'server.shutdown=graceful' });
    });
    return hooks;
}

;// CONCATENATED MODULE: ./src/collectors/operability.ts






const SPRING_CONFIG = /^application(?:-[\w.-]+)?\.(properties|ya?ml)$/;
/**
 * Finds any literal that some detector needs in a file of the language. Nearly every file has none,
 * and this one pass over it then stands for all the detectors' searches.
 */
const signalOf = literalSignal((language) => [
    ...healthRouteLiterals(language),
    ...importLiterals(language),
    ...shutdownLiterals(language),
    ...(language === 'python' ? PYTHON_SETTING_LITERALS : []),
]);
const operability = {
    id: 'operability',
    wants(file) {
        if (file.isTest)
            return false;
        return file.language !== undefined || SPRING_CONFIG.test(file.path.slice(file.path.lastIndexOf('/') + 1));
    },
    collect(file, text) {
        const at = (kind, line, message, data) => {
            const finding = { kind, file: file.path, line, message, data };
            if (file.language !== undefined)
                finding.language = file.language;
            return finding;
        };
        if (file.language === undefined) {
            const config = SPRING_CONFIG.exec(file.path.slice(file.path.lastIndexOf('/') + 1));
            return findSpringGracefulShutdown(text, config?.[1] !== 'properties').map((hook) => at('ops.graceful-shutdown', hook.line, `graceful shutdown: \`${hook.hook}\``, { hook: hook.hook }));
        }
        if (!signalOf(file.language).test(text))
            return [];
        const source = sourceText(text, file.language);
        const findings = [];
        for (const route of findHealthRoutes(source, file.language)) {
            findings.push(at('ops.health-endpoints', route.line, `health endpoint \`${route.route}\``, { route: route.route }));
        }
        for (const library of findImportedLibraries(source, file.language)) {
            const what = library.kind === 'ops.monitoring' ? 'monitoring SDK' : 'structured logging library';
            findings.push(at(library.kind, library.line, `${what} \`${library.label}\` imported (\`${library.module}\`)`, {
                [LABEL_KEY[library.kind]]: library.label,
                source: 'import',
            }));
        }
        for (const hook of findShutdownHooks(source, file.language)) {
            findings.push(at('ops.graceful-shutdown', hook.line, `graceful shutdown: \`${hook.hook}\``, { hook: hook.hook }));
        }
        if (file.language === 'python') {
            for (const setting of findPythonSettings(source)) {
                findings.push(at(setting.kind, setting.line, setting.message, { [LABEL_KEY[setting.kind]]: setting.label, source: 'code' }));
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/collectors/php/context.ts

function php_context_findingAt(scan, kind, offset, message) {
    return {
        kind,
        file: scan.file.path,
        line: lineAt(scan.lines, offset),
        column: columnAt(scan.lines, offset),
        message,
        language: 'php',
    };
}
/** Source text from `start` to `end`, whitespace collapsed, cut to `max` characters. */
function excerpt(text, start, end, max = 80) {
    const flat = text.slice(start, Math.min(end, start + max * 4)).replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

;// CONCATENATED MODULE: ./src/collectors/php/tokens.ts
// The token stream of one PHP file's code islands: parallel arrays rather than one object per token.
// A string, heredoc or nowdoc (with everything interpolated into it) is one STRING token.
/** An identifier, keyword or qualified name (`\Foo\Bar`); keywords are matched case-insensitively. */
const tokens_NAME = 1;
/** `$name`. */
const VARIABLE = 2;
const php_tokens_NUMBER = 3;
const php_tokens_STRING = 4;
const php_tokens_PUNCT = 5;
/** Output outside `<?php … ?>` (non-empty inline HTML) or a `<?=` echo tag: a statement of its own. */
const OUTPUT = 6;
// PUNCT values: single characters use their char code; these multi-character ones get their own.
/** `#[`, opening an attribute group; closed by a `]`. */
const ATTRIBUTE_OPEN = 256;
/** `->` and `?->`. */
const OBJECT_OPERATOR = 257;
const SCOPE = 258;
const tokens_OTHER_OPERATOR = 259;
const php_tokens_OPEN_PAREN = 40;
const php_tokens_CLOSE_PAREN = 41;
const AMPERSAND = 38;
const php_tokens_COMMA = 44;
const php_tokens_COLON = 58;
const php_tokens_SEMICOLON = 59;
const php_tokens_OPEN_BRACKET = 91;
const php_tokens_CLOSE_BRACKET = 93;
const php_tokens_OPEN_BRACE = 123;
const tokens_PIPE = 124;
const php_tokens_CLOSE_BRACE = 125;
function tokens_createTokenBuffer() {
    return { count: 0, kinds: [], starts: [], ends: [], values: [], partners: [] };
}
function tokens_pushToken(tokens, kind, start, end, value = 0) {
    tokens.kinds.push(kind);
    tokens.starts.push(start);
    tokens.ends.push(end);
    tokens.values.push(value);
    tokens.partners.push(-1);
    tokens.count++;
}
function php_tokens_isPunct(tokens, index, value) {
    return tokens.kinds[index] === php_tokens_PUNCT && tokens.values[index] === value;
}
function tokens_tokenText(text, tokens, index) {
    return text.slice(tokens.starts[index] ?? 0, tokens.ends[index] ?? 0);
}
/** A NAME spelled `word` in any case, as PHP keywords and function names are. */
function isKeyword(text, tokens, index, word) {
    if (tokens.kinds[index] !== tokens_NAME)
        return false;
    const start = tokens.starts[index] ?? 0;
    if ((tokens.ends[index] ?? 0) - start !== word.length)
        return false;
    return text.slice(start, start + word.length).toLowerCase() === word;
}
/** True after `->`, `?->` or `::`, where a name is a member (`$x->function`, `Foo::class`). */
function isMemberName(tokens, index) {
    return php_tokens_isPunct(tokens, index - 1, OBJECT_OPERATOR) || php_tokens_isPunct(tokens, index - 1, SCOPE);
}
function tokens_partnerOf(tokens, index) {
    return tokens.partners[index] ?? -1;
}
/** The last segment of a qualified name: `\PHPUnit\Framework\Attributes\Test` → `Test`. */
function lastSegment(name) {
    return name.slice(name.lastIndexOf('\\') + 1);
}

;// CONCATENATED MODULE: ./src/collectors/php/catches.ts


/** Lowercase, as PHP class names are case-insensitive. */
const CATCH_ALL = new Set(['exception', 'throwable']);
function collectCatches(scan) {
    if (scan.file.isTest)
        return [];
    const { tokens, text } = scan;
    const findings = [];
    for (let index = 0; index < tokens.count; index++) {
        if (!isKeyword(text, tokens, index, 'catch') || isMemberName(tokens, index) || !php_tokens_isPunct(tokens, index + 1, php_tokens_OPEN_PAREN))
            continue;
        const close = tokens_partnerOf(tokens, index + 1);
        if (close < 0)
            continue;
        const offset = tokens.starts[index] ?? 0;
        const clause = excerpt(text, offset, tokens.ends[close] ?? offset);
        const widest = catchAllType(scan, index + 2, close);
        if (widest !== undefined) {
            const what = widest === 'throwable' ? 'every error and exception' : 'every exception';
            findings.push(php_context_findingAt(scan, 'catch.generic', offset, `\`${clause}\` catches ${what}; catch the exceptions you expect`));
        }
        const block = close + 1;
        if (php_tokens_isPunct(tokens, block, php_tokens_OPEN_BRACE) && tokens_partnerOf(tokens, block) === block + 1) {
            findings.push(php_context_findingAt(scan, 'catch.empty', offset, `empty \`${clause}\` block swallows the error`));
        }
    }
    return findings;
}
/** `throwable` or `exception` when a type of the union (`A | \Exception`) is one, plain or `\`-rooted. */
function catchAllType(scan, from, to) {
    const { tokens, text } = scan;
    let found;
    for (let index = from; index < to; index++) {
        if (tokens.kinds[index] !== tokens_NAME)
            continue;
        const name = tokens_tokenText(text, tokens, index);
        const type = (name.startsWith('\\') && lastSegment(name) === name.slice(1) ? name.slice(1) : name).toLowerCase();
        if (CATCH_ALL.has(type) && found !== 'throwable')
            found = type;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/collectors/php/declarations.ts

const declarations_MODIFIERS = new Set(['public', 'protected', 'private', 'static', 'final', 'abstract']);
/** Return types are short; this bounds the look for the body's `{` on broken input. */
const RETURN_TYPE_LIMIT = 64;
function findFunctions(scan) {
    const { tokens, text } = scan;
    const declarations = [];
    const classBodies = new Set();
    const openBraces = [];
    let classPending = false;
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] === tokens_NAME && !isMemberName(tokens, index)) {
            if (isKeyword(text, tokens, index, 'class') || isKeyword(text, tokens, index, 'trait'))
                classPending = true;
            else if (isKeyword(text, tokens, index, 'function')) {
                const enclosing = openBraces.length === 0 ? undefined : openBraces[openBraces.length - 1];
                const declaration = readFunction(scan, index, enclosing !== undefined && classBodies.has(enclosing));
                if (declaration !== undefined)
                    declarations.push(declaration);
            }
        }
        else if (php_tokens_isPunct(tokens, index, php_tokens_OPEN_BRACE)) {
            if (classPending)
                classBodies.add(index);
            classPending = false;
            openBraces.push(index);
        }
        else if (php_tokens_isPunct(tokens, index, php_tokens_CLOSE_BRACE)) {
            openBraces.pop();
        }
        else if (php_tokens_isPunct(tokens, index, php_tokens_SEMICOLON)) {
            classPending = false;
        }
    }
    return declarations;
}
function readFunction(scan, keyword, isMethod) {
    const { tokens, text } = scan;
    let index = keyword + 1;
    if (php_tokens_isPunct(tokens, index, AMPERSAND))
        index++;
    let name = '';
    if (tokens.kinds[index] === tokens_NAME)
        name = tokens_tokenText(text, tokens, index++);
    if (!php_tokens_isPunct(tokens, index, php_tokens_OPEN_PAREN))
        return undefined;
    index = tokens_partnerOf(tokens, index) + 1;
    if (index === 0)
        return undefined;
    if (isKeyword(text, tokens, index, 'use') && php_tokens_isPunct(tokens, index + 1, php_tokens_OPEN_PAREN)) {
        index = tokens_partnerOf(tokens, index + 1) + 1;
        if (index === 0)
            return undefined;
    }
    let bodyOpen = -1;
    for (let steps = 0; index < tokens.count && steps < RETURN_TYPE_LIMIT; steps++, index++) {
        if (php_tokens_isPunct(tokens, index, php_tokens_SEMICOLON))
            break;
        if (php_tokens_isPunct(tokens, index, php_tokens_OPEN_BRACE)) {
            bodyOpen = index;
            break;
        }
    }
    const bodyClose = bodyOpen === -1 ? -1 : tokens_partnerOf(tokens, bodyOpen);
    if (bodyOpen !== -1 && bodyClose === -1)
        return undefined;
    const declaration = {
        keyword, name, bodyOpen, bodyClose, isMethod, modifiers: [], attributes: [], docBlock: undefined,
    };
    return isMethod ? readPreamble(scan, declaration) : declaration;
}
/** Walks back from `function` over modifiers and attribute groups, then takes the docblock before them. */
function readPreamble(scan, declaration) {
    const { tokens, text } = scan;
    let first = declaration.keyword;
    for (let index = first - 1; index >= 0; index--) {
        const word = tokens.kinds[index] === tokens_NAME ? tokens_tokenText(text, tokens, index).toLowerCase() : '';
        if (declarations_MODIFIERS.has(word)) {
            declaration.modifiers.push(word);
        }
        else if (php_tokens_isPunct(tokens, index, php_tokens_CLOSE_BRACKET) && php_tokens_isPunct(tokens, tokens_partnerOf(tokens, index), ATTRIBUTE_OPEN)) {
            const open = tokens_partnerOf(tokens, index);
            declaration.attributes.push(...attributeNames(scan, open, index));
            index = open;
        }
        else {
            break;
        }
        first = index;
    }
    declaration.docBlock = docBlockBefore(scan, tokens.starts[first] ?? 0, tokens.ends[first - 1] ?? 0);
    return declaration;
}
/** The names in `#[A, B(…), \C\D]`: the first token of each element at the group's own level. */
function attributeNames(scan, open, close) {
    const { tokens, text } = scan;
    const names = [];
    let expectName = true;
    for (let index = open + 1; index < close; index++) {
        if (expectName && tokens.kinds[index] === tokens_NAME)
            names.push(tokens_tokenText(text, tokens, index));
        expectName = php_tokens_isPunct(tokens, index, php_tokens_COMMA);
        const partner = tokens_partnerOf(tokens, index);
        if (partner > index)
            index = partner;
    }
    return names;
}
/** The last `/**` comment between `from` (the previous token's end) and `to` (the declaration). */
function docBlockBefore(scan, to, from) {
    const { commentStarts, commentEnds } = scan.lexed;
    let low = 0;
    let high = commentStarts.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((commentStarts[middle] ?? 0) < to)
            low = middle + 1;
        else
            high = middle;
    }
    for (let index = low - 1; index >= 0 && (commentStarts[index] ?? 0) >= from; index--) {
        const start = commentStarts[index] ?? 0;
        if (scan.text.startsWith('/**', start))
            return scan.text.slice(start, commentEnds[index] ?? start);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/php/chars.ts
// Character classes by char code. PHP names may hold any byte from 0x80 up.
function isSpace(code) {
    return code === 32 || (code >= 9 && code <= 13);
}
function php_chars_isDigit(code) {
    return code >= 48 && code <= 57;
}
function php_chars_isIdentifierStart(code) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code >= 0x80;
}
function php_chars_isIdentifierPart(code) {
    return php_chars_isIdentifierStart(code) || php_chars_isDigit(code);
}
/** Index of the first character at or after `from` that is not white space (line breaks included). */
function skipSpaces(text, from) {
    let pos = from;
    while (isSpace(text.charCodeAt(pos)))
        pos++;
    return pos;
}

;// CONCATENATED MODULE: ./src/collectors/php/strings.ts
// PHP string literals. Each returns the offset just past the literal, or -1 when it never ends.
// Interpolation (`{$a["k"]}`, `${expr}`) nests through an explicit stack, never the call stack.

/** `'…'`: only `\\` and `\'` are escapes, and skipping any escaped character is the same here. */
function skipSingleQuoted(text, start) {
    let pos = start + 1;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === 92)
            pos += 2;
        else if (code === 39)
            return pos + 1;
        else
            pos++;
    }
    return -1;
}
/** `"…"` or a backtick command, whose `{$…}` and `${…}` parts may hold strings of their own. */
function skipInterpolated(text, start) {
    // Each entry is the closing quote of a string (34 or 96), or -1 - braces for code inside `{$ … }`.
    const stack = [text.charCodeAt(start)];
    let pos = start + 1;
    while (pos < text.length) {
        const top = stack[stack.length - 1] ?? 0;
        const code = text.charCodeAt(pos);
        const next = text.charCodeAt(pos + 1);
        if (top >= 0) {
            if (code === 92)
                pos++;
            else if (code === top) {
                stack.pop();
                if (stack.length === 0)
                    return pos + 1;
            }
            else if ((code === 123 && next === 36) || (code === 36 && next === 123)) {
                stack.push(-1);
                pos++;
            }
        }
        else if (code === 34 || code === 96) {
            stack.push(code);
        }
        else if (code === 39) {
            const end = skipSingleQuoted(text, pos);
            if (end === -1)
                return -1;
            pos = end - 1;
        }
        else if (code === 123) {
            stack[stack.length - 1] = top - 1;
        }
        else if (code === 125) {
            if (top === -1)
                stack.pop();
            else
                stack[stack.length - 1] = top + 1;
        }
        pos++;
    }
    return -1;
}
/**
 * `<<<ID`, `<<<"ID"` or `<<<'ID'` at `start`, or undefined when this is not one. The body ends at
 * the first line holding only indentation and ID followed by a non-identifier character (PHP 7.3+
 * allows an indented closing marker and code after it, such as `ID;` or `ID, $x]`).
 */
function readHeredoc(text, start) {
    let pos = start + 3;
    while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)
        pos++;
    const quote = text.charCodeAt(pos);
    const quoted = quote === 34 || quote === 39;
    if (quoted)
        pos++;
    if (!php_chars_isIdentifierStart(text.charCodeAt(pos)))
        return undefined;
    const labelStart = pos;
    while (php_chars_isIdentifierPart(text.charCodeAt(pos)))
        pos++;
    const label = text.slice(labelStart, pos);
    if (quoted && text.charCodeAt(pos++) !== quote)
        return undefined;
    if (text.charCodeAt(pos) === 13)
        pos++;
    if (text.charCodeAt(pos) !== 10)
        return undefined;
    const nowdoc = quote === 39;
    let lineStart = pos + 1;
    while (lineStart <= text.length) {
        let at = lineStart;
        while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)
            at++;
        if (text.startsWith(label, at) && !php_chars_isIdentifierPart(text.charCodeAt(at + label.length))) {
            return { end: at + label.length, nowdoc, label };
        }
        const newline = text.indexOf('\n', lineStart);
        if (newline === -1)
            break;
        lineStart = newline + 1;
    }
    return { end: -1, nowdoc, label };
}

;// CONCATENATED MODULE: ./src/collectors/php/lexer.ts
// One pass over a PHP file: inline HTML is skipped, and inside each `<?php … ?>` / `<?= … ?>` island
// the significant tokens and the comments are recorded. Brackets pair across islands, as in
// `<?php if ($x) { ?> <p>…</p> <?php } ?>`.



function lexPhp(text) {
    const state = {
        text,
        pos: 0,
        tokens: tokens_createTokenBuffer(),
        commentStarts: [],
        commentEnds: [],
        openBrackets: [],
        lostTrack: undefined,
    };
    skipHtml(state, true);
    while (state.pos < text.length)
        readCode(state);
    const open = state.openBrackets[0];
    if (open !== undefined) {
        const offset = state.tokens.starts[open] ?? 0;
        lexer_loseTrack(state, offset, `unclosed \`${text.slice(offset, state.tokens.ends[open] ?? offset + 1)}\``);
    }
    return { tokens: state.tokens, commentStarts: state.commentStarts, commentEnds: state.commentEnds, lostTrack: state.lostTrack };
}
function lexer_loseTrack(state, offset, reason) {
    if (state.lostTrack === undefined)
        state.lostTrack = { offset, reason };
}
/** Moves past inline HTML to the next `<?php` or `<?=`, recording the HTML as output when it is any. */
function skipHtml(state, atFileStart) {
    const { text } = state;
    // A newline right after `?>` belongs to the closing tag, so `?>\n<?php` outputs nothing.
    let htmlStart = state.pos;
    if (text.charCodeAt(htmlStart) === 13)
        htmlStart++;
    if (text.charCodeAt(htmlStart) === 10)
        htmlStart++;
    let search = htmlStart;
    while (search < text.length) {
        const tag = text.indexOf('<?', search);
        if (tag === -1)
            break;
        const echo = text.charCodeAt(tag + 2) === 61;
        const php = text.slice(tag + 2, tag + 5).toLowerCase() === 'php' && (tag + 5 >= text.length || isSpace(text.charCodeAt(tag + 5)));
        if (echo || php) {
            if (tag > htmlStart && !atFileStart)
                tokens_pushToken(state.tokens, OUTPUT, htmlStart, tag);
            if (echo)
                tokens_pushToken(state.tokens, OUTPUT, tag, tag + 3);
            state.pos = tag + (echo ? 3 : 5);
            return;
        }
        search = tag + 2;
    }
    state.pos = text.length;
}
function readCode(state) {
    const { text } = state;
    const pos = state.pos;
    const code = text.charCodeAt(pos);
    const next = text.charCodeAt(pos + 1);
    if (isSpace(code))
        state.pos = skipSpaces(text, pos + 1);
    else if (code === 63 && next === 62) {
        state.pos += 2;
        skipHtml(state, false);
    }
    else if (code === 35 && next === 91)
        lexer_openBracket(state, 2, ATTRIBUTE_OPEN);
    else if (code === 35 || (code === 47 && next === 47))
        readLineComment(state, code === 35 ? 1 : 2);
    else if (code === 47 && next === 42)
        readBlockComment(state);
    else if (php_chars_isIdentifierStart(code) || (code === 92 && php_chars_isIdentifierStart(next)))
        readName(state);
    else if (code === 36 && php_chars_isIdentifierStart(next)) {
        let end = pos + 2;
        while (php_chars_isIdentifierPart(text.charCodeAt(end)))
            end++;
        push(state, VARIABLE, end - pos);
    }
    else if (php_chars_isDigit(code) || (code === 46 && php_chars_isDigit(next)))
        readNumber(state);
    else if (code === 39)
        readString(state, skipSingleQuoted(text, pos), 'string');
    else if (code === 34 || code === 96)
        readString(state, skipInterpolated(text, pos), code === 34 ? 'string' : 'backtick command');
    else if (code === 60 && text.startsWith('<<<', pos))
        readHeredocLiteral(state);
    else
        readPunctuation(state, code, next);
}
function push(state, kind, length, value = 0) {
    tokens_pushToken(state.tokens, kind, state.pos, state.pos + length, value);
    state.pos += length;
}
/** `//` and `#` comments end at the line's end or at a `?>`, which closes the code island. */
function readLineComment(state, markerLength) {
    const { text } = state;
    const start = state.pos;
    let end = start + markerLength;
    while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === 10 || (code === 63 && text.charCodeAt(end + 1) === 62))
            break;
        end++;
    }
    state.commentStarts.push(start);
    state.commentEnds.push(end);
    state.pos = end;
}
function readBlockComment(state) {
    const { text } = state;
    const start = state.pos;
    const close = text.indexOf('*/', start + 2);
    if (close === -1)
        lexer_loseTrack(state, start, 'unterminated block comment');
    state.pos = close === -1 ? text.length : close + 2;
    state.commentStarts.push(start);
    state.commentEnds.push(state.pos);
}
/** A name, qualified or not: `function`, `Exception`, `\Foo\Bar`, `namespace\Baz`. */
function readName(state) {
    const { text } = state;
    let end = state.pos;
    do {
        if (text.charCodeAt(end) === 92)
            end++;
        while (php_chars_isIdentifierPart(text.charCodeAt(end)))
            end++;
    } while (text.charCodeAt(end) === 92 && php_chars_isIdentifierStart(text.charCodeAt(end + 1)));
    push(state, tokens_NAME, end - state.pos);
}
function readNumber(state) {
    const { text } = state;
    const start = state.pos;
    const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
    let end = start + 1;
    while (end < text.length) {
        const code = text.charCodeAt(end);
        const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(end - 1) | 32) === 101;
        if (!exponentSign && code !== 46 && !php_chars_isIdentifierPart(code))
            break;
        end++;
    }
    push(state, php_tokens_NUMBER, end - start);
}
function readString(state, end, what) {
    if (end === -1) {
        lexer_loseTrack(state, state.pos, `unterminated ${what}`);
        end = state.text.length;
    }
    push(state, php_tokens_STRING, end - state.pos);
}
function readHeredocLiteral(state) {
    const heredoc = readHeredoc(state.text, state.pos);
    if (heredoc === undefined) {
        push(state, php_tokens_PUNCT, 3, tokens_OTHER_OPERATOR);
        return;
    }
    readString(state, heredoc.end, `${heredoc.nowdoc ? 'nowdoc' : 'heredoc'} <<<${heredoc.label}`);
}
function readPunctuation(state, code, next) {
    const third = state.text.charCodeAt(state.pos + 2);
    if (code === 40 || code === 91 || code === 123)
        lexer_openBracket(state, 1, code);
    else if (code === 41 || code === 93 || code === 125)
        lexer_closeBracket(state, code);
    else if (code === 45 && next === 62)
        push(state, php_tokens_PUNCT, 2, OBJECT_OPERATOR);
    else if (code === 63 && next === 45 && third === 62)
        push(state, php_tokens_PUNCT, 3, OBJECT_OPERATOR);
    else if (code === 58 && next === 58)
        push(state, php_tokens_PUNCT, 2, SCOPE);
    else
        push(state, php_tokens_PUNCT, 1, code);
}
function lexer_openBracket(state, length, value) {
    state.openBrackets.push(state.tokens.count);
    push(state, php_tokens_PUNCT, length, value);
}
function lexer_closeBracket(state, code) {
    const { tokens } = state;
    const depth = state.openBrackets.length;
    // Never index -1 on an empty stack: that is a slow named-property lookup, not an array read.
    const open = depth === 0 ? undefined : state.openBrackets[depth - 1];
    const openValue = open === undefined ? -1 : tokens.values[open];
    const matches = code === 41 ? openValue === 40 : code === 125 ? openValue === 123 : openValue === 91 || openValue === ATTRIBUTE_OPEN;
    if (open === undefined || !matches) {
        lexer_loseTrack(state, state.pos, `unmatched \`${String.fromCharCode(code)}\``);
        push(state, php_tokens_PUNCT, 1, code);
        return;
    }
    state.openBrackets.pop();
    tokens.partners[open] = tokens.count;
    push(state, php_tokens_PUNCT, 1, code);
    tokens.partners[tokens.count - 1] = open;
}

;// CONCATENATED MODULE: ./src/collectors/php/stubs.ts


const php_stubs_NOT_IMPLEMENTED = /not.?implemented/i;
/** Enough of a message to find the words; bounds the regex on hostile literals. */
const php_stubs_MESSAGE_WINDOW = 1000;
function stubs_collectPlaceholders(scan, functions) {
    if (scan.file.isTest)
        return [];
    const findings = [];
    for (const declaration of functions) {
        if (declaration.bodyOpen === -1 || !stubs_throwsNotImplementedOnly(scan, declaration))
            continue;
        const name = declaration.name === '' ? 'function' : declaration.name;
        const offset = scan.tokens.starts[declaration.bodyOpen + 1] ?? 0;
        findings.push(php_context_findingAt(scan, 'stubs.placeholder', offset, `\`${name}\` is a placeholder: it only throws "Not implemented"`));
    }
    return findings;
}
function stubs_throwsNotImplementedOnly(scan, declaration) {
    const { tokens, text } = scan;
    let index = declaration.bodyOpen + 1;
    if (!isKeyword(text, tokens, index, 'throw') || !isKeyword(text, tokens, index + 1, 'new'))
        return false;
    index += 2;
    if (tokens.kinds[index] !== tokens_NAME)
        return false;
    const className = lastSegment(tokens_tokenText(text, tokens, index++));
    let messageSaysSo = false;
    if (php_tokens_isPunct(tokens, index, php_tokens_OPEN_PAREN)) {
        const argument = index + 1;
        if (tokens.kinds[argument] === php_tokens_STRING) {
            const start = tokens.starts[argument] ?? 0;
            messageSaysSo = php_stubs_NOT_IMPLEMENTED.test(text.slice(start, Math.min(tokens.ends[argument] ?? start, start + php_stubs_MESSAGE_WINDOW)));
        }
        index = tokens_partnerOf(tokens, index) + 1;
        if (index === 0)
            return false;
    }
    if (php_tokens_isPunct(tokens, index, php_tokens_SEMICOLON))
        index++;
    return index === declaration.bodyClose && (messageSaysSo || php_stubs_NOT_IMPLEMENTED.test(className));
}

;// CONCATENATED MODULE: ./src/collectors/php/tests.ts


/** `@test` as a whole annotation: not `@testdox` or `@testWith`. */
const TEST_ANNOTATION = /@test(?![A-Za-z0-9_-])/;
const SKIP_CALLS = new Set(['marktestskipped', 'marktestincomplete']);
function tests_collectTests(scan, functions) {
    if (!scan.file.isTestFile)
        return [];
    const findings = [];
    for (const method of functions) {
        if (!isTestMethod(method))
            continue;
        const offset = scan.tokens.starts[method.keyword] ?? 0;
        findings.push(php_context_findingAt(scan, 'tests.cases', offset, `test \`${method.name}\``));
        const skip = skipCall(scan, method);
        if (skip !== undefined)
            findings.push(php_context_findingAt(scan, 'tests.skipped', offset, `skipped test \`${method.name}\` (${skip})`));
    }
    return findings;
}
/**
 * A public method with a body, in a class or trait, named `test…` or marked `@test` in its docblock
 * or with a `#[Test]` attribute (any namespace ending in `\Test`).
 */
function isTestMethod(method) {
    if (!method.isMethod || method.bodyOpen === -1)
        return false;
    if (method.modifiers.includes('private') || method.modifiers.includes('protected'))
        return false;
    if (method.name.startsWith('test'))
        return true;
    if (method.attributes.some((attribute) => lastSegment(attribute) === 'Test'))
        return true;
    return method.docBlock !== undefined && TEST_ANNOTATION.test(method.docBlock);
}
/** The first `->markTestSkipped(` / `::markTestIncomplete(`… call in the method's body. */
function skipCall(scan, method) {
    const { tokens, text } = scan;
    for (let index = method.bodyOpen + 1; index < method.bodyClose; index++) {
        if (tokens.kinds[index] !== tokens_NAME || !isMemberName(tokens, index) || !php_tokens_isPunct(tokens, index + 1, php_tokens_OPEN_PAREN))
            continue;
        const name = tokens_tokenText(text, tokens, index);
        if (SKIP_CALLS.has(name.toLowerCase()))
            return name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/php/todos.ts


function php_todos_collectTodoComments(scan) {
    const { text } = scan;
    const { commentStarts, commentEnds } = scan.lexed;
    const findings = [];
    for (let index = 0; index < commentStarts.length; index++) {
        const start = commentStarts[index] ?? 0;
        const end = commentEnds[index] ?? start;
        const markerLength = text.charCodeAt(start) === 35 ? 1 : 2;
        const isBlock = text.charCodeAt(start + 1) === 42;
        const bodyEnd = isBlock && text.endsWith('*/', end) && end - start >= 4 ? end - 2 : end;
        const body = text.slice(start + markerLength, bodyEnd);
        const found = findTodoTag(body);
        if (found === undefined)
            continue;
        const finding = php_context_findingAt(scan, 'todo.comments', start + markerLength + found.index, todoMessage(body, found));
        finding.data = { tag: found.tag };
        findings.push(finding);
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/php-code.ts








function collectPhpEvidence(file, text) {
    const lexed = lexPhp(text);
    const scan = { file, text, lexed, tokens: lexed.tokens, lines: indexLines(text) };
    const functions = findFunctions(scan);
    // concat, not push(...spread): a generated file can hold more findings than a call takes arguments.
    const findings = tests_collectTests(scan, functions).concat(collectCatches(scan), php_todos_collectTodoComments(scan), stubs_collectPlaceholders(scan, functions));
    if (lexed.lostTrack !== undefined) {
        const finding = php_context_findingAt(scan, 'parse.errors', lexed.lostTrack.offset, '');
        finding.message =
            `could not follow PHP syntax after line ${finding.line} (${lexed.lostTrack.reason}); ` +
                'counts for this file may be incomplete';
        finding.data = { reason: lexed.lostTrack.reason };
        findings.push(finding);
    }
    return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
const phpCode = {
    id: 'php-code',
    wants: (file) => file.language === 'php',
    collect: collectPhpEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/project-docs.ts
const DOCUMENTS = [
    { kind: 'docs.readme', message: 'README', stems: ['readme'], folders: ['', '.github/', 'docs/'] },
    { kind: 'docs.security-policy', message: 'security policy', stems: ['security'], folders: ['', '.github/', 'docs/'] },
    { kind: 'docs.changelog', message: 'changelog', stems: ['changelog', 'changes', 'history', 'news'], folders: [''] },
    { kind: 'docs.license', message: 'license', stems: ['license', 'licence', 'copying', 'unlicense'], folders: [''], variants: true },
];
const DOCUMENT_FOLDER_LENGTH = Math.max(...DOCUMENTS.flatMap((document) => document.folders.map((folder) => folder.length)));
// A folder named `runbooks` or `runbook` anywhere on the path, or a file name starting with `runbook`.
const RUNBOOK_PATH = /(?:^|\/)runbooks?\/|(?:^|\/)runbook[^/]*$/i;
const projectDocs = {
    id: 'project-docs',
    collect(files) {
        const findings = [];
        for (const file of files) {
            const slash = file.path.lastIndexOf('/');
            // Documents live at most one folder deep (.github/, docs/): deeper files need no closer look.
            if (slash < DOCUMENT_FOLDER_LENGTH) {
                const folder = file.path.slice(0, slash + 1).toLowerCase();
                const name = file.path.slice(slash + 1).replace(PROSE_EXTENSION, '').toLowerCase();
                const document = DOCUMENTS.find((entry) => entry.folders.includes(folder) && namesDocument(entry, name));
                if (document)
                    findings.push({ kind: document.kind, file: file.path, line: 0, message: document.message });
            }
            if (RUNBOOK_PATH.test(file.path))
                findings.push({ kind: 'docs.runbooks', file: file.path, line: 0, message: 'runbook' });
        }
        return findings;
    },
};
const PROSE_EXTENSION = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc|org|textile)$/i;
function namesDocument(document, name) {
    return document.stems.some((stem) => name === stem || (document.variants === true && new RegExp(`^${stem}[-._][a-z0-9.-]+$`).test(name)));
}

;// CONCATENATED MODULE: ./src/collectors/python/handlers.ts


const handlers_CATCH_ALL = new Set(['Exception', 'BaseException']);
const SWALLOWING = new Set(['pass', '...', 'continue']);
/** The handler's type expression: tokens after `except` / `except*`, up to `as`. */
function typeRange(tokens) {
    const from = tokens[1]?.type === 'op' && tokens[1].text === '*' ? 2 : 1;
    let to = tokens.length;
    for (let i = from; i < tokens.length; i++) {
        if (tokens[i]?.type === 'name' && tokens[i]?.text === 'as') {
            to = i;
            break;
        }
    }
    return { from, to };
}
/** True when some element of the type (a name or a tuple of names) is Exception or BaseException. */
function catchesAll(tokens, from, to) {
    let depth = 0;
    let elementStart = true;
    for (let i = from; i < to; i++) {
        const token = tokens[i];
        if (token === undefined)
            break;
        if (token.type === 'op') {
            if (token.text === '(' || token.text === '[' || token.text === '{')
                depth += 1;
            else if (token.text === ')' || token.text === ']' || token.text === '}')
                depth -= 1;
            // Elements start after `(` or `,` of the outer tuple (or of `except A, B:` in Python 3.14).
            elementStart = depth <= 1 && (token.text === ',' || (token.text === '(' && depth === 1));
            continue;
        }
        if (elementStart && token.type === 'name') {
            const parts = dottedNameAt(tokens, i);
            const after = tokens[i + parts.length * 2 - 1];
            const endsElement = i + parts.length * 2 - 1 >= to || after?.text === ',' || after?.text === ')';
            if (endsElement && handlers_CATCH_ALL.has(lastPart(parts)))
                return true;
        }
        elementStart = false;
    }
    return false;
}
function swallowedBy(body) {
    if (body.length === 0 || !body.every((statement) => isSingleToken(statement, SWALLOWING)))
        return undefined;
    const words = [...new Set(body.map((statement) => statement.tokens[0]?.text ?? ''))];
    return words.map((word) => `\`${word}\``).join(' and ');
}
function collectHandlers(module, file, text) {
    const findings = [];
    walkStatements(module, (statement) => {
        if (statement.kind !== 'except')
            return;
        const { tokens } = statement;
        const { from, to } = typeRange(tokens);
        const bare = to <= from;
        const clause = bare ? 'except:' : sourceOf(text, tokens, 0, to);
        const base = { file: file.path, line: statement.line, column: statement.column, language: 'python' };
        if (bare) {
            findings.push({
                ...base,
                kind: 'catch.generic',
                message: 'bare `except:` catches every error, even KeyboardInterrupt; catch the exceptions you expect',
            });
        }
        else if (catchesAll(tokens, from, to)) {
            findings.push({
                ...base,
                kind: 'catch.generic',
                message: `\`${clause}\` catches every error; catch the exceptions you expect`,
            });
        }
        const swallowed = swallowedBy(statement.body);
        if (swallowed !== undefined) {
            findings.push({
                ...base,
                kind: 'catch.empty',
                message: `\`${clause}\` swallows the error: its body is only ${swallowed}`,
            });
        }
    });
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/python/stubs.ts


// Declarations whose body is meant to be empty: abstract methods and typing overloads.
const DECLARATION_DECORATORS = new Set([
    'abstractmethod', 'abstractproperty', 'abstractclassmethod', 'abstractstaticmethod', 'overload',
]);
const INTERFACE_BASES = new Set(['Protocol', 'ABC']);
const PLACEHOLDER_WORDS = new Set(['pass', '...']);
function isInterfaceClass(statement) {
    const header = classHeader(statement);
    if (header.bases.some((base) => INTERFACE_BASES.has(lastPart(base))))
        return true;
    return lastPart(header.keywords.get('metaclass') ?? []) === 'ABCMeta';
}
/** `raise NotImplementedError`, `raise NotImplementedError(…)`, also wrapped in parentheses. */
function raisesNotImplemented(tokens) {
    let from = 1;
    let to = tokens.length;
    while (tokens[from]?.text === '(' && closingBracket(tokens, from) === to - 1) {
        from += 1;
        to -= 1;
    }
    const name = tokens[from];
    if (name?.type !== 'name' || name.text !== 'NotImplementedError')
        return false;
    return to === from + 1 || (tokens[from + 1]?.text === '(' && closingBracket(tokens, from + 1) === to - 1);
}
/** `pass`, `...` or `raise NotImplementedError`, as shown to the user. */
function placeholderOf(statement) {
    if (isSingleToken(statement, PLACEHOLDER_WORDS))
        return statement.tokens[0]?.text;
    const { tokens } = statement;
    const raises = statement.kind === 'simple' && tokens[0]?.type === 'name' && tokens[0].text === 'raise';
    return raises && raisesNotImplemented(tokens) ? 'raise NotImplementedError' : undefined;
}
function collectStubs(module, file) {
    const findings = [];
    const interfaceClasses = new Map();
    walkStatements(module, (statement, owner) => {
        if (statement.kind !== 'def')
            return;
        if (statement.decorators.some((decorator) => DECLARATION_DECORATORS.has(lastPart(decoratorName(decorator))))) {
            return;
        }
        if (owner.kind === 'class') {
            let isInterface = interfaceClasses.get(owner);
            if (isInterface === undefined) {
                isInterface = isInterfaceClass(owner);
                interfaceClasses.set(owner, isInterface);
            }
            if (isInterface)
                return;
        }
        const { body } = statement;
        const rest = body[0] !== undefined && isStringOnly(body[0]) ? body.slice(1) : body;
        const only = rest.length === 1 && rest[0] !== undefined ? placeholderOf(rest[0]) : undefined;
        if (only === undefined)
            return;
        const name = owner.kind === 'class' ? `${definedName(owner)}.${definedName(statement)}` : definedName(statement);
        findings.push({
            kind: 'stubs.placeholder',
            file: file.path,
            line: statement.line,
            column: statement.column,
            language: 'python',
            message: `\`${name}\` is a placeholder: its body is only \`${only}\``,
        });
    });
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/python/tests.ts

// Blocks whose definitions still land in the enclosing module or class namespace.
const tests_NAMESPACE_BLOCKS = new Set(['if', 'elif', 'else', 'try', 'except', 'finally', 'with']);
const PYTEST_SKIP_MARKS = new Set(['skip', 'skipif', 'xfail']);
const UNITTEST_SKIP_DECORATORS = new Set(['skip', 'skipIf', 'skipUnless']);
/** Statements defined in a namespace: its body, looking through if/try/with blocks. */
function namespaceMembers(body, into = []) {
    for (const statement of body) {
        into.push(statement);
        if (tests_NAMESPACE_BLOCKS.has(statement.kind))
            namespaceMembers(statement.body, into);
    }
    return into;
}
function isPytestSkipMark(parts) {
    return parts.length >= 2 && parts[parts.length - 2] === 'mark' && PYTEST_SKIP_MARKS.has(lastPart(parts));
}
function isUnittestSkip(parts) {
    return UNITTEST_SKIP_DECORATORS.has(lastPart(parts)) &&
        (parts.length === 1 || parts[parts.length - 2] === 'unittest');
}
function skipDecorator(decorators) {
    for (const decorator of decorators) {
        const parts = decoratorName(decorator);
        if (isPytestSkipMark(parts) || isUnittestSkip(parts))
            return parts.join('.');
    }
    return undefined;
}
/** The first skip mark in a `pytestmark = …` (or `pytestmark: T = …`) assigned in this namespace. */
function pytestmarkSkip(body) {
    for (const statement of namespaceMembers(body)) {
        if (statement.kind !== 'simple' || !statement.startsWithName('pytestmark'))
            continue;
        const { tokens } = statement;
        const assign = tokens.findIndex((token) => token.type === 'op' && token.text === '=');
        if (assign < 0)
            continue;
        for (let i = assign + 1; i < tokens.length; i++) {
            if (tokens[i - 1]?.text === '.')
                continue;
            const parts = dottedNameAt(tokens, i);
            if (isPytestSkipMark(parts))
                return `${parts.join('.')} via pytestmark`;
        }
    }
    return undefined;
}
function isTestFunction(statement) {
    return statement.kind === 'def' && definedName(statement).startsWith('test');
}
function definesInit(body) {
    return namespaceMembers(body).some((member) => member.kind === 'def' && definedName(member) === '__init__');
}
function python_tests_collectTests(module, file) {
    const findings = [];
    const counted = new Set();
    const moduleSkip = pytestmarkSkip(module.body);
    // Read once per class: a class may hold thousands of tests.
    const classSkips = new Map();
    const classSkip = (statement) => {
        if (!classSkips.has(statement)) {
            classSkips.set(statement, skipDecorator(statement.decorators) ?? pytestmarkSkip(statement.body));
        }
        return classSkips.get(statement);
    };
    const addTest = (def, classes) => {
        if (counted.has(def))
            return;
        counted.add(def);
        const name = [...classes.map((enclosing) => enclosing.header.name), definedName(def)].join('.');
        const base = { file: file.path, line: def.line, column: def.column, language: 'python' };
        findings.push({ ...base, kind: 'tests.cases', message: `test \`${name}\`` });
        let mark = skipDecorator(def.decorators);
        for (let i = classes.length - 1; i >= 0 && mark === undefined; i--) {
            const enclosing = classes[i];
            if (enclosing === undefined)
                continue;
            mark = classSkip(enclosing.statement);
        }
        mark ??= moduleSkip;
        if (mark !== undefined) {
            findings.push({ ...base, kind: 'tests.skipped', message: `skipped test \`${name}\` (${mark})`, data: { mark } });
        }
    };
    const visitClasses = (body, classes, pytestScope) => {
        for (const statement of namespaceMembers(body)) {
            if (statement.kind !== 'class')
                continue;
            const header = classHeader(statement);
            const chain = [...classes, { statement, header }];
            const pytestClass = pytestScope && header.name.startsWith('Test') && !definesInit(statement.body);
            const unittestClass = header.bases.some((base) => lastPart(base).endsWith('TestCase'));
            if (pytestClass || unittestClass) {
                for (const member of namespaceMembers(statement.body))
                    if (isTestFunction(member))
                        addTest(member, chain);
            }
            visitClasses(statement.body, chain, pytestClass);
        }
    };
    if (file.isTestFile) {
        for (const statement of namespaceMembers(module.body))
            if (isTestFunction(statement))
                addTest(statement, []);
    }
    visitClasses(module.body, [], file.isTestFile);
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/python/todo.ts

function collectTodos(comments, file) {
    const findings = [];
    for (const comment of comments) {
        const body = comment.text.replace(/^#+/, '');
        const found = findTodoTag(body);
        if (found === undefined)
            continue;
        findings.push({
            kind: 'todo.comments',
            file: file.path,
            line: comment.line,
            column: comment.column,
            language: 'python',
            message: todoMessage(body, found),
            data: { tag: found.tag },
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/python-code.ts






function parseError(file, line, reason) {
    return {
        kind: 'parse.errors',
        file: file.path,
        line,
        language: 'python',
        message: `could not follow Python syntax after line ${line} (${reason}); counts for this file may be incomplete`,
        data: { reason },
    };
}
function collectPython(file, text) {
    const lexed = lexPython(text);
    const tree = buildStatementTree(lexed.lines);
    // concat, not push(...spread): a generated file can hold more findings than a call takes arguments.
    let findings = python_tests_collectTests(tree.module, file).concat(collectTodos(lexed.comments, file));
    // Test code is excluded from catch and stub counts: swallowing errors or stubbing there is often the point.
    if (!file.isTest) {
        findings = findings.concat(collectHandlers(tree.module, file, text), collectStubs(tree.module, file));
    }
    if (lexed.error !== undefined)
        findings.push(parseError(file, lexed.error.line, lexed.error.reason));
    else if (tree.tooDeepLine !== undefined) {
        findings.push(parseError(file, tree.tooDeepLine, 'too many levels of indentation'));
    }
    return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
const pythonCode = {
    id: 'python-code',
    wants: (file) => file.language === 'python',
    collect: collectPython,
};

;// CONCATENATED MODULE: ./src/collectors/ruby/context.ts

function context_lineStarts(scan) {
    scan.lines ??= indexLines(scan.text);
    return scan.lines;
}
function ruby_context_findingAt(scan, kind, offset, message) {
    const lines = context_lineStarts(scan);
    return {
        kind,
        file: scan.file.path,
        line: lineAt(lines, offset),
        column: columnAt(lines, offset),
        message,
        language: 'ruby',
    };
}
/** Source text from `start` to `end` on one line, whitespace collapsed, cut to `max` characters. */
function context_excerpt(text, start, end, max = 80) {
    const flat = text.slice(start, Math.min(end, start + max * 4)).replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/tokens.ts
// The token stream of one Ruby file: parallel typed arrays rather than one object per token. Only code
// outside strings is here; a string (with everything interpolated into it) is one STRING token.

/** An identifier or keyword; `value` is MEMBER when it names a method (after `.`, `::` or `def`). */
const ruby_tokens_IDENT = 1;
/** An identifier starting with an uppercase letter. */
const CONST = 2;
/** `name:` in a hash or argument list. */
const LABEL = 3;
const ruby_tokens_NUMBER = 4;
/** A literal whose content never counts; `value` says which (QUOTED, REGEX, SYMBOL…). */
const ruby_tokens_STRING = 5;
/** `@x`, `@@x`, `$x`. */
const tokens_VARIABLE = 6;
const ruby_tokens_PUNCT = 7;
/** A line break that ends a statement (never one after an operator or a comma). */
const tokens_NEWLINE = 8;
// STRING values.
/** `'…'`, `"…"`, `%q`, `%Q`, `%()` and heredocs: what a test description may be. */
const QUOTED = 1;
const tokens_REGEX = 2;
const tokens_SYMBOL = 3;
/** `%w`, `%W`, `%i`, `%I`. */
const WORDS = 4;
/** Backticks and `%x`. */
const COMMAND = 5;
/** `?a`. */
const CHARACTER = 6;
const MEMBER = 1;
// PUNCT values: single characters use their char code; multi-character ones the analysis reads
// get their own value, every other one is OTHER_OPERATOR.
const tokens_SCOPE = 256;
const SAFE_NAVIGATION = 257;
const HASH_ROCKET = 258;
const ruby_tokens_OTHER_OPERATOR = 259;
/** The `|` closing a block's parameters, after which a statement starts. */
const BLOCK_PARAMETERS_END = 260;
const ruby_tokens_OPEN_PAREN = 40;
const ruby_tokens_CLOSE_PAREN = 41;
const ruby_tokens_COMMA = 44;
const ruby_tokens_DOT = 46;
const ruby_tokens_SEMICOLON = 59;
const ruby_tokens_EQUALS = 61;
const ruby_tokens_OPEN_BRACKET = 91;
const ruby_tokens_CLOSE_BRACKET = 93;
const ruby_tokens_OPEN_BRACE = 123;
const ruby_tokens_PIPE = 124;
const ruby_tokens_CLOSE_BRACE = 125;

/**
 * The buffer cut to its tokens. Views, not copies: reading past the last token gives undefined, as
 * the analyses expect, instead of the buffer's unused capacity.
 */
function trimmedTokens(tokens) {
    const { count } = tokens;
    return {
        count,
        kinds: tokens.kinds.subarray(0, count),
        starts: tokens.starts.subarray(0, count),
        ends: tokens.ends.subarray(0, count),
        values: tokens.values.subarray(0, count),
        partners: tokens.partners.subarray(0, count),
    };
}
function ruby_tokens_isPunct(tokens, index, value) {
    return tokens.kinds[index] === ruby_tokens_PUNCT && tokens.values[index] === value;
}
function ruby_tokens_tokenText(text, tokens, index) {
    return text.slice(tokens.starts[index] ?? 0, tokens.ends[index] ?? 0);
}
/** An identifier that is not a method name, spelled `word`: a keyword or a bare call such as `it`. */
function ruby_tokens_isWord(text, tokens, index, word) {
    if (tokens.kinds[index] !== ruby_tokens_IDENT || tokens.values[index] === MEMBER)
        return false;
    const start = tokens.starts[index] ?? 0;
    return (tokens.ends[index] ?? 0) - start === word.length && text.startsWith(word, start);
}
/** True for a NEWLINE or `;` token: the end of a statement. */
function endsStatement(tokens, index) {
    return tokens.kinds[index] === tokens_NEWLINE || ruby_tokens_isPunct(tokens, index, ruby_tokens_SEMICOLON);
}
function ruby_tokens_partnerOf(tokens, index) {
    return tokens.partners[index] ?? -1;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/statements.ts
// Statement boundaries in the token stream. A NEWLINE token only exists where a line break ends a
// statement (the lexer drops those after operators and commas), so a statement ends at the first
// NEWLINE or `;` outside brackets.

/** Keywords after which a new statement begins on the same line (`begin; x`, `do skip end`). */
const STATEMENT_OPENERS = ['do', 'then', 'else', 'begin', 'ensure'];
/** True when the token at `index` is the first of a statement. */
function startsStatement(text, tokens, index) {
    const previous = index - 1;
    if (previous < 0 || endsStatement(tokens, previous))
        return true;
    if (ruby_tokens_isPunct(tokens, previous, ruby_tokens_OPEN_BRACE) || ruby_tokens_isPunct(tokens, previous, BLOCK_PARAMETERS_END))
        return true;
    return STATEMENT_OPENERS.some((word) => ruby_tokens_isWord(text, tokens, previous, word));
}
/**
 * Index of the NEWLINE or `;` ending the statement that starts at `from` (the token count at the end
 * of the file); with `inBlock`, also a bracket closing around it, as in `{ skip "why" }`.
 */
function statementEnd(tokens, from, inBlock = false) {
    let index = from;
    while (index < tokens.count) {
        if (endsStatement(tokens, index))
            return index;
        const partner = ruby_tokens_partnerOf(tokens, index);
        if (inBlock && partner >= 0 && partner < index)
            return index;
        index = partner > index ? partner + 1 : index + 1;
    }
    return tokens.count;
}
/** Index of the first token at or after `from` that is not a NEWLINE or `;`. */
function skipSeparators(tokens, from) {
    let index = from;
    while (index < tokens.count && endsStatement(tokens, index))
        index++;
    return index;
}
/** True when a bare word from `words` appears in `from`…`to` outside brackets. */
function hasWordOutsideBrackets(text, tokens, from, to, words) {
    let index = from;
    while (index < to) {
        const partner = ruby_tokens_partnerOf(tokens, index);
        if (partner > index) {
            index = partner + 1;
            continue;
        }
        for (const word of words)
            if (ruby_tokens_isWord(text, tokens, index, word))
                return true;
        index++;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/catches.ts



const CLAUSE_ENDS = ['rescue', 'else', 'ensure', 'end'];
const EVERY_EXCEPTION = 'Exception';
const EVERY_STANDARD_ERROR = 'StandardError';
function collectRescues(scan) {
    if (scan.file.isTest)
        return [];
    const { tokens, text } = scan;
    const findings = [];
    // Every `rescue` token starts where the text spells `rescue`: look only there, not at every token.
    for (let offset = text.indexOf('rescue'); offset !== -1; offset = text.indexOf('rescue', offset + 1)) {
        const index = firstTokenFrom(tokens, offset);
        if (tokens.starts[index] !== offset || !ruby_tokens_isWord(text, tokens, index, 'rescue'))
            continue;
        if (!startsStatement(text, tokens, index)) {
            const rest = context_excerpt(text, offset, tokens.starts[statementEnd(tokens, index, true)] ?? text.length, 60);
            findings.push(ruby_context_findingAt(scan, 'catch.rescue-modifier', offset, `\`${rest}\` modifier rescues every StandardError the statement raises`));
            continue;
        }
        const headerEnd = clauseHeaderEnd(scan, index + 1);
        const clause = context_excerpt(text, offset, tokens.ends[headerEnd - 1] ?? offset);
        const generic = genericMessage(scan, index + 1, headerEnd, clause);
        if (generic !== undefined)
            findings.push(ruby_context_findingAt(scan, 'catch.generic', offset, generic));
        const next = skipSeparators(tokens, ruby_tokens_isWord(text, tokens, headerEnd, 'then') ? headerEnd + 1 : headerEnd);
        if (CLAUSE_ENDS.some((word) => ruby_tokens_isWord(text, tokens, next, word))) {
            findings.push(ruby_context_findingAt(scan, 'catch.empty', offset, `\`${clause}\` swallows the error: its body is empty`));
        }
    }
    return findings;
}
/** The token after `rescue A, B => e`: a NEWLINE, `;` or `then` outside brackets. */
function clauseHeaderEnd(scan, from) {
    const { tokens, text } = scan;
    let index = from;
    while (index < tokens.count && !endsStatement(tokens, index) && !ruby_tokens_isWord(text, tokens, index, 'then')) {
        const partner = ruby_tokens_partnerOf(tokens, index);
        index = partner > index ? partner + 1 : index + 1;
    }
    return index;
}
function genericMessage(scan, from, to, clause) {
    const { tokens } = scan;
    let listEnd = from;
    while (listEnd < to && !ruby_tokens_isPunct(tokens, listEnd, HASH_ROCKET))
        listEnd++;
    if (listEnd === from) {
        const what = to === from ? 'bare `rescue`' : `\`${clause}\``;
        return `${what} catches every StandardError; rescue the exceptions you expect`;
    }
    let elementStart = from;
    let widest;
    for (let index = from; index <= listEnd; index++) {
        if (index < listEnd && !ruby_tokens_isPunct(tokens, index, ruby_tokens_COMMA))
            continue;
        const name = catchAllName(scan, elementStart, index);
        if (name === EVERY_EXCEPTION || (name === EVERY_STANDARD_ERROR && widest === undefined))
            widest = name;
        elementStart = index + 1;
    }
    if (widest === EVERY_EXCEPTION) {
        return `\`${clause}\` catches every exception, even Interrupt and SystemExit; rescue the exceptions you expect`;
    }
    return widest === undefined ? undefined : `\`${clause}\` catches every StandardError; rescue the exceptions you expect`;
}
/** `Exception` or `StandardError` when the element `from`…`to` is one of them, plain or `::`-rooted. */
function catchAllName(scan, from, to) {
    const { tokens, text } = scan;
    const name = ruby_tokens_isPunct(tokens, from, tokens_SCOPE) ? from + 1 : from;
    if (name !== to - 1 || tokens.kinds[name] !== CONST)
        return undefined;
    const word = ruby_tokens_tokenText(text, tokens, name);
    return word === EVERY_EXCEPTION || word === EVERY_STANDARD_ERROR ? word : undefined;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/chars.ts
// Character classes by char code. Non-ASCII characters are identifier characters, as in Ruby.
function chars_isSpace(code) {
    return code === 32 || code === 9 || code === 13 || code === 11 || code === 12;
}
function ruby_chars_isDigit(code) {
    return code >= 48 && code <= 57;
}
function isUpper(code) {
    return code >= 65 && code <= 90;
}
function ruby_chars_isIdentifierStart(code) {
    return (code >= 97 && code <= 122) || isUpper(code) || code === 95 || code >= 0x80;
}
/** 1 for each ASCII identifier character: one load per character where identifiers are scanned. */
const ASCII_IDENTIFIER_PARTS = new Uint8Array(128).map((_, code) => (ruby_chars_isIdentifierStart(code) || ruby_chars_isDigit(code) ? 1 : 0));
function ruby_chars_isIdentifierPart(code) {
    // Past the end of the text `code` is NaN, and both comparisons are false.
    return code < 128 ? ASCII_IDENTIFIER_PARTS[code] === 1 : code >= 0x80;
}
/** Index of the first character at or after `from` that is not a space; a line break is not one. */
function chars_skipSpaces(text, from) {
    let pos = from;
    while (chars_isSpace(text.charCodeAt(pos)))
        pos++;
    return pos;
}
/** Index of the first character at or after `from` that is not an identifier character. */
function ruby_chars_skipIdentifier(text, from) {
    let pos = from;
    while (ruby_chars_isIdentifierPart(text.charCodeAt(pos)))
        pos++;
    return pos;
}
/** `?` or `!` ending a method name (`empty?`, `save!`), but not the `!=` or `?=`… that may follow a name. */
function skipPredicateSuffix(text, pos) {
    const code = text.charCodeAt(pos);
    if (code !== 63 && code !== 33)
        return pos;
    const next = text.charCodeAt(pos + 1);
    if (next === 61 && text.charCodeAt(pos + 2) !== 61 && text.charCodeAt(pos + 2) !== 126)
        return pos;
    // `a ?b :c`, a ternary without spaces after a variable, is read as `a?` too: far rarer than `x.empty?`.
    return pos + 1;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/lex-state.ts
// Shared state of one Ruby lexing run. Strings and the code interpolated into them nest through an
// explicit frame stack, so deeply nested input never grows the call stack.

/** What the previous token lets the next `/`, `%`, `<<`, `?` or `:` be. */
const EXPECT_VALUE = 0;
/** After a value (`)`, a literal, a variable…): `/` divides, `?` is the ternary operator. */
const AFTER_VALUE = 1;
/** After a bare identifier, which may be a method called without parentheses (`puts /x/`). */
const AFTER_IDENTIFIER = 2;
function ruby_lex_state_createLexState(text, tokens) {
    return {
        text,
        pos: text.charCodeAt(0) === 0xfeff ? 1 : 0,
        tokens,
        commentStarts: [],
        bodyStarts: [],
        bodyEnds: [],
        frames: [],
        openBrackets: [],
        heredocs: [],
        expect: EXPECT_VALUE,
        lastKind: 0,
        lastValue: 0,
        lastKeyword: '',
        inBlockParameters: false,
        lostTrack: undefined,
    };
}
/** Records the first place the lexer lost track; later problems are usually its consequences. */
function ruby_lex_state_loseTrack(state, offset, reason) {
    if (state.lostTrack === undefined)
        state.lostTrack = { offset, reason };
}
/**
 * Records a token. Tokens inside `#{}` only steer the lexer: the string they belong to becomes one
 * token when it closes, so analyses never see code that is part of a string.
 */
function emit(state, kind, start, end, value, expect) {
    if (state.frames.length === 0)
        pushToken(state.tokens, kind, start, end, value);
    state.expect = expect;
    state.lastKind = kind;
    state.lastValue = value;
    state.lastKeyword = '';
}
function lex_state_addComment(state, start, bodyStart, bodyEnd) {
    state.commentStarts.push(start);
    state.bodyStarts.push(bodyStart);
    state.bodyEnds.push(bodyEnd);
}
/** A `.method` on the next line continues the statement, so the line break before it is taken back. */
function dropTrailingNewline(state) {
    const { tokens } = state;
    // A NEWLINE never has a partner, so the next token pushed here overwrites all that it set.
    if (state.frames.length === 0 && tokens.count > 0 && tokens.kinds[tokens.count - 1] === tokens_NEWLINE)
        tokens.count--;
}
/**
 * The innermost string or interpolation, or undefined in top-level code. Never `frames[length - 1]`
 * on an empty stack: reading index -1 is a slow named-property lookup, and this runs once per token.
 */
function innermostFrame(state) {
    const depth = state.frames.length;
    return depth === 0 ? undefined : state.frames[depth - 1];
}
function isLineStart(text, pos) {
    return pos === 0 || text.charCodeAt(pos - 1) === 10;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/keywords.ts
// The keywords that steer the lexer, found without slicing every identifier out of the text: most
// identifiers are ruled out by their length and first letter alone, the rest by one or two compares.

/** Keywords after which an expression starts, so `/` begins a regex and `?a` is a character. */
const keywords_EXPRESSION_KEYWORDS = [
    'if', 'unless', 'while', 'until', 'and', 'or', 'not', 'return', 'when', 'case', 'in', 'then', 'else',
    'elsif', 'do', 'begin', 'rescue', 'ensure', 'yield', 'break', 'next', 'module',
];
/** Keywords that are values, so `/` after them divides. `class` too: `class << self` is not a heredoc. */
const VALUE_KEYWORDS = [
    'end', 'self', 'nil', 'true', 'false', 'redo', 'retry', 'class', '__FILE__', '__LINE__', '__ENCODING__', '__method__',
];
/** Words the lexer acts on that leave the next token as after any identifier: a method definition and the end of code. */
const OTHER_KEYWORDS = ['def', '__END__'];
const KEYWORDS = [
    ...keywords_EXPRESSION_KEYWORDS.map((word) => ({ word, expect: EXPECT_VALUE })),
    ...VALUE_KEYWORDS.map((word) => ({ word, expect: AFTER_VALUE })),
    ...OTHER_KEYWORDS.map((word) => ({ word, expect: AFTER_IDENTIFIER })),
];
const LONGEST = Math.max(...KEYWORDS.map(({ word }) => word.length));
/** A letter's slot: its low five bits, the same for both cases, which `startsWith` then tells apart. */
function letterSlot(code) {
    return code & 31;
}
/** Per length, a bit for each first letter some keyword of that length has: most words stop here. */
const FIRST_LETTERS = new Int32Array(LONGEST + 1);
/** Keywords by `length * 32 + letterSlot(first letter)`. */
const CANDIDATES = Array.from({ length: (LONGEST + 1) * 32 }, () => []);
for (const keyword of KEYWORDS) {
    const { length } = keyword.word;
    const slot = letterSlot(keyword.word.charCodeAt(0));
    FIRST_LETTERS[length] = (FIRST_LETTERS[length] ?? 0) | (1 << slot);
    CANDIDATES[length * 32 + slot]?.push(keyword);
}
/** The keyword spelled by `start`…`end`, or undefined for any other word. */
function keywordAt(text, start, end) {
    const length = end - start;
    if (length > LONGEST)
        return undefined;
    const first = text.charCodeAt(start);
    const slot = letterSlot(first);
    if (first >= 128 || ((FIRST_LETTERS[length] ?? 0) & (1 << slot)) === 0)
        return undefined;
    const candidates = CANDIDATES[length * 32 + slot] ?? [];
    for (let index = 0; index < candidates.length; index++) {
        const keyword = candidates[index];
        if (keyword !== undefined && text.startsWith(keyword.word, start))
            return keyword;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/literals.ts
// Ruby literals whose content never counts: quoted and percent strings, regexes, heredocs,
// symbols and `?a` characters. A string's content is scanned by `scanStringContent` one frame at a
// time; `#{` pushes a code frame that the main lexer reads until its balancing `}`.



/** Operator method names that may follow `:` in a symbol (`:<=>`, `:[]=`), longest first. */
const OPERATOR_NAMES = [
    '[]=', '<=>', '===', '[]', '==', '=~', '!=', '!~', '**', '+@', '-@', '<<', '>>', '<=', '>=',
    '+', '-', '*', '/', '%', '<', '>', '!', '&', '|', '^', '~', '`',
];
function operatorNameAt(text, pos) {
    return OPERATOR_NAMES.find((name) => text.startsWith(name, pos));
}
function openString(state, start, contentStart, delimiter, interpolates, value, what) {
    const close = closingDelimiter(delimiter);
    state.frames.push({
        type: 'string',
        start,
        close,
        open: close === delimiter ? -1 : delimiter,
        depth: 0,
        interpolates,
        value,
        what,
    });
    state.pos = contentStart;
}
function closingDelimiter(open) {
    if (open === 40)
        return 41;
    if (open === 91)
        return 93;
    if (open === 123)
        return 125;
    if (open === 60)
        return 62;
    return open;
}
/** Reads string content up to its end (then emits the literal) or up to a `#{`. */
function scanStringContent(state, frame) {
    const { text } = state;
    let pos = state.pos;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === 92) {
            pos += 2;
        }
        else if (code === 35 && frame.interpolates && text.charCodeAt(pos + 1) === 123) {
            state.frames.push({ type: 'code', start: pos, braces: 0 });
            state.pos = pos + 2;
            state.expect = EXPECT_VALUE;
            return;
        }
        else if (code === frame.open) {
            frame.depth++;
            pos++;
        }
        else if (code === frame.close && frame.depth > 0) {
            frame.depth--;
            pos++;
        }
        else if (code === frame.close) {
            pos++;
            // Regex options: /…/imxo and the encodings n, e, s, u.
            if (frame.value === tokens_REGEX)
                while (pos < text.length && ruby_chars_isIdentifierPart(text.charCodeAt(pos)))
                    pos++;
            state.frames.pop();
            emit(state, ruby_tokens_STRING, frame.start, pos, frame.value, AFTER_VALUE);
            state.pos = pos;
            return;
        }
        else {
            pos++;
        }
    }
    state.pos = text.length;
}
/** True when a regex from `pos` closes on its own line: required where `/` could also divide. */
function regexClosesOnLine(text, pos) {
    for (let at = pos + 1; at < text.length; at++) {
        const code = text.charCodeAt(at);
        if (code === 10)
            return false;
        if (code === 92)
            at++;
        else if (code === 47)
            return true;
    }
    return false;
}
const PERCENT_TYPES = {
    q: { value: QUOTED, interpolates: false, what: '%q string' },
    Q: { value: QUOTED, interpolates: true, what: '%Q string' },
    w: { value: WORDS, interpolates: false, what: '%w array' },
    W: { value: WORDS, interpolates: true, what: '%W array' },
    i: { value: WORDS, interpolates: false, what: '%i array' },
    I: { value: WORDS, interpolates: true, what: '%I array' },
    r: { value: tokens_REGEX, interpolates: true, what: '%r regex' },
    s: { value: tokens_SYMBOL, interpolates: false, what: '%s symbol' },
    x: { value: COMMAND, interpolates: true, what: '%x command' },
};
function isPercentDelimiter(code) {
    return code > 32 && code < 127 && !ruby_chars_isIdentifierPart(code);
}
/** `%q(…)`, `%w[…]`, `%(…)`… at `state.pos`; false when the `%` is the modulo operator. */
function readPercentLiteral(state) {
    const { text } = state;
    const start = state.pos;
    const letter = text.charAt(start + 1);
    const typed = PERCENT_TYPES[letter];
    if (typed !== undefined && isPercentDelimiter(text.charCodeAt(start + 2))) {
        openString(state, start, start + 3, text.charCodeAt(start + 2), typed.interpolates, typed.value, typed.what);
        return true;
    }
    if (!isPercentDelimiter(text.charCodeAt(start + 1)))
        return false;
    openString(state, start, start + 2, text.charCodeAt(start + 1), true, QUOTED, '%() string');
    return true;
}
/**
 * `<<~ID`, `<<-ID`, `<<ID` or a quoted ID. Where `<<` could also append (after a bare identifier),
 * only `<<~`/`<<-` forms and uppercase IDs are heredocs, as in `puts <<~EOS` or `p <<EOS`.
 */
function readHeredocStart(state, ambiguous) {
    const { text } = state;
    const start = state.pos;
    let pos = start + 2;
    const flag = text.charCodeAt(pos);
    const indented = flag === 126 || flag === 45;
    if (indented)
        pos++;
    const quote = text.charCodeAt(pos);
    let terminator;
    let end;
    if (quote === 39 || quote === 34 || quote === 96) {
        const close = text.indexOf(text.charAt(pos), pos + 1);
        const newline = text.indexOf('\n', pos + 1);
        if (close === -1 || (newline !== -1 && newline < close) || (ambiguous && !indented))
            return false;
        terminator = text.slice(pos + 1, close);
        end = close + 1;
    }
    else if (ruby_chars_isIdentifierStart(quote) && (!ambiguous || indented || isUpper(quote))) {
        end = ruby_chars_skipIdentifier(text, pos + 1);
        terminator = text.slice(pos, end);
    }
    else {
        return false;
    }
    state.heredocs.push({ start, terminator, indented });
    emit(state, ruby_tokens_STRING, start, end, QUOTED, AFTER_VALUE);
    state.pos = end;
    return true;
}
/** At the start of the line after heredoc starts: skips each body, in order, past its terminator. */
function literals_skipHeredocBodies(state) {
    const { text } = state;
    for (const heredoc of state.heredocs) {
        let found = false;
        while (state.pos < text.length && !found) {
            const newline = text.indexOf('\n', state.pos);
            const lineEnd = newline === -1 ? text.length : newline;
            let from = state.pos;
            if (heredoc.indented)
                while (from < lineEnd && chars_isSpace(text.charCodeAt(from)))
                    from++;
            let to = lineEnd;
            if (text.charCodeAt(to - 1) === 13)
                to--;
            found = to - from === heredoc.terminator.length && text.startsWith(heredoc.terminator, from);
            state.pos = newline === -1 ? text.length : newline + 1;
        }
        if (!found)
            ruby_lex_state_loseTrack(state, heredoc.start, `unterminated heredoc <<${heredoc.terminator}`);
    }
    state.heredocs.length = 0;
}
/** `?a`, `?\n`, `?\u{1F600}`: the end of a character literal at `pos`, or -1 when `?` is an operator. */
function characterLiteralEnd(text, pos) {
    const first = text.charCodeAt(pos + 1);
    if (Number.isNaN(first) || chars_isSpace(first) || first === 10)
        return -1;
    let end = pos + 2;
    if (first === 92) {
        // \C-x, \M-x, \M-\C-x, \cx, \uXXXX, \u{…}: control prefixes, then one escaped character.
        let at = pos + 1;
        for (let steps = 0; steps < 4 && text.charCodeAt(at) === 92; steps++) {
            const kind = text.charAt(at + 1);
            if ((kind === 'C' || kind === 'M') && text.charCodeAt(at + 2) === 45)
                at += 3;
            else if (kind === 'c')
                at += 2;
            else
                break;
        }
        if (text.charCodeAt(at) !== 92)
            return at + 1;
        const kind = text.charAt(at + 1);
        if (kind === 'u' && text.charCodeAt(at + 2) === 123) {
            const close = text.indexOf('}', at);
            return close === -1 ? -1 : close + 1;
        }
        end = at + 2;
        if (kind === 'u')
            while (end < at + 6 && ruby_chars_isIdentifierPart(text.charCodeAt(end)))
                end++;
        return end;
    }
    if (first >= 0xd800 && first <= 0xdbff)
        end++;
    if (ruby_chars_isIdentifierPart(first) && ruby_chars_isIdentifierPart(text.charCodeAt(end)))
        return -1;
    return end;
}
/** `:name`, `:"…"`, `:'…'`, `:@x`, `:$x`, `:<=>` at `state.pos`; false for a plain `:`. */
function literals_readSymbol(state) {
    const { text } = state;
    const start = state.pos;
    const next = text.charCodeAt(start + 1);
    if (next === 34 || next === 39) {
        openString(state, start, start + 2, next, next === 34, tokens_SYMBOL, 'quoted symbol');
        return true;
    }
    let end = -1;
    if (ruby_chars_isIdentifierStart(next)) {
        end = skipPredicateSuffix(text, ruby_chars_skipIdentifier(text, start + 2));
        const after = text.charCodeAt(end + 1);
        if (text.charCodeAt(end) === 61 && after !== 61 && after !== 126 && after !== 62)
            end++;
    }
    else if (next === 64 || next === 36) {
        let at = start + 2;
        if (text.charCodeAt(at) === 64)
            at++;
        if (ruby_chars_isIdentifierStart(text.charCodeAt(at)) || (next === 36 && ruby_chars_isDigit(text.charCodeAt(at))))
            end = ruby_chars_skipIdentifier(text, at + 1);
    }
    else {
        const operator = operatorNameAt(text, start + 1);
        if (operator !== undefined)
            end = start + 1 + operator.length;
    }
    if (end === -1)
        return false;
    emit(state, ruby_tokens_STRING, start, end, tokens_SYMBOL, AFTER_VALUE);
    state.pos = end;
    return true;
}
function readCharacterLiteral(state) {
    const end = characterLiteralEnd(state.text, state.pos);
    if (end === -1)
        return false;
    emit(state, ruby_tokens_STRING, state.pos, end, CHARACTER, AFTER_VALUE);
    state.pos = end;
    return true;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/punctuation.ts
// Operators and brackets, and the characters that start a literal only where a value may begin:
// `/` (regex), `%` (percent literal), `<<` (heredoc), `?` (character) and `:` (symbol).




function punctuation_readPunctuation(state, code) {
    const { text } = state;
    const pos = state.pos;
    const next = text.charCodeAt(pos + 1);
    switch (code) {
        case 34:
            openString(state, pos, pos + 1, code, true, QUOTED, 'string');
            return;
        case 39:
            openString(state, pos, pos + 1, code, false, QUOTED, 'string');
            return;
        case 96:
            openString(state, pos, pos + 1, code, true, COMMAND, 'backtick command');
            return;
        case 40:
        case 91:
        case 123:
            punctuation_openBracket(state, code);
            return;
        case 41:
        case 93:
        case 125:
            punctuation_closeBracket(state, code);
            return;
        case 47:
            if (startsLiteral(state, next) && (state.expect === EXPECT_VALUE || regexClosesOnLine(text, pos))) {
                openString(state, pos, pos + 1, code, true, tokens_REGEX, 'regex');
                return;
            }
            break;
        case 37:
            if (startsLiteral(state, next) && readPercentLiteral(state))
                return;
            break;
        case 60:
            if (next === 60) {
                if (startsLiteral(state, text.charCodeAt(pos + 2)) && readHeredocStart(state, state.expect !== EXPECT_VALUE))
                    return;
                punct(state, 2, ruby_tokens_OTHER_OPERATOR);
                return;
            }
            break;
        case 63:
            if (startsLiteral(state, next) && readCharacterLiteral(state))
                return;
            break;
        case 58:
            if (next === 58) {
                punct(state, 2, tokens_SCOPE);
                return;
            }
            if (literals_readSymbol(state))
                return;
            break;
        case 124:
            readPipe(state, next);
            return;
        case 46:
            if (next === 46) {
                punct(state, text.charCodeAt(pos + 2) === 46 ? 3 : 2, ruby_tokens_OTHER_OPERATOR);
                return;
            }
            dropTrailingNewline(state);
            punct(state, 1, ruby_tokens_DOT);
            return;
        case 38:
            if (next === 46) {
                dropTrailingNewline(state);
                punct(state, 2, SAFE_NAVIGATION);
                return;
            }
            if (next === 38) {
                punct(state, 2, ruby_tokens_OTHER_OPERATOR);
                return;
            }
            break;
        case 61:
            if (next === 62) {
                punct(state, 2, HASH_ROCKET);
                return;
            }
            // `==`, `===` and `=~` are comparisons; a lone `=` assigns (or starts an endless method body).
            if (next === 61 || next === 126) {
                punct(state, next === 61 && text.charCodeAt(pos + 2) === 61 ? 3 : 2, ruby_tokens_OTHER_OPERATOR);
                return;
            }
            break;
        case 33:
            if (next === 61 || next === 126) {
                punct(state, 2, ruby_tokens_OTHER_OPERATOR);
                return;
            }
            break;
    }
    punct(state, 1, code);
}
/**
 * Whether a literal may start here: wherever a value is expected, or after a bare identifier and a
 * space when the next character is not a space or `=` (`puts /x/`, `p %w[a]`, but `a / b`, `a /= 2`).
 */
function startsLiteral(state, next) {
    if (state.expect === EXPECT_VALUE)
        return true;
    if (state.expect !== AFTER_IDENTIFIER || !chars_isSpace(state.text.charCodeAt(state.pos - 1)))
        return false;
    return !Number.isNaN(next) && next !== 10 && next !== 61 && !chars_isSpace(next);
}
function punct(state, length, value) {
    emit(state, ruby_tokens_PUNCT, state.pos, state.pos + length, value, EXPECT_VALUE);
    state.pos += length;
}
function punctuation_openBracket(state, code) {
    const frame = innermostFrame(state);
    if (frame?.type === 'code') {
        if (code === ruby_tokens_OPEN_BRACE)
            frame.braces++;
    }
    else {
        state.openBrackets.push(state.tokens.count);
    }
    punct(state, 1, code);
}
function punctuation_closeBracket(state, code) {
    const frame = innermostFrame(state);
    if (frame?.type === 'code') {
        if (code === ruby_tokens_CLOSE_BRACE) {
            if (frame.braces === 0) {
                // The `}` ending `#{ … }`: back to the string around it.
                state.frames.pop();
                state.pos++;
                return;
            }
            frame.braces--;
        }
        emit(state, ruby_tokens_PUNCT, state.pos, state.pos + 1, code, AFTER_VALUE);
        state.pos++;
        return;
    }
    const { tokens } = state;
    const depth = state.openBrackets.length;
    const open = depth === 0 ? -1 : (state.openBrackets[depth - 1] ?? -1);
    const opener = code === 41 ? 40 : code - 2;
    if (open !== -1 && tokens.values[open] === opener) {
        state.openBrackets.pop();
        tokens.partners[open] = tokens.count;
        emit(state, ruby_tokens_PUNCT, state.pos, state.pos + 1, code, AFTER_VALUE);
        tokens.partners[tokens.count - 1] = open;
    }
    else {
        ruby_lex_state_loseTrack(state, state.pos, `unmatched \`${String.fromCharCode(code)}\``);
        emit(state, ruby_tokens_PUNCT, state.pos, state.pos + 1, code, AFTER_VALUE);
    }
    state.pos++;
}
/** `|` opening or closing a block's parameters (`do |a, b|`, `{ |x| }`), else the operator. */
function readPipe(state, next) {
    if (state.inBlockParameters) {
        state.inBlockParameters = false;
        punct(state, 1, BLOCK_PARAMETERS_END);
        return;
    }
    const opensBlock = (state.lastKind === ruby_tokens_PUNCT && state.lastValue === ruby_tokens_OPEN_BRACE) ||
        (state.lastKind === ruby_tokens_IDENT && state.lastKeyword === 'do');
    if (opensBlock && next === 124) {
        punct(state, 2, BLOCK_PARAMETERS_END);
    }
    else if (opensBlock) {
        state.inBlockParameters = true;
        punct(state, 1, ruby_tokens_PIPE);
    }
    else {
        punct(state, next === 124 ? 2 : 1, next === 124 ? ruby_tokens_OTHER_OPERATOR : ruby_tokens_PIPE);
    }
}

;// CONCATENATED MODULE: ./src/collectors/ruby/lexer.ts
// One pass over Ruby text producing the significant tokens outside strings and the comments. It is
// a lexer, not a parser: whether `/`, `%`, `<<`, `?` or `:` starts a literal is decided by the
// previous token, as Ruby's own lexer does, except that it cannot know local variable names.






const CONTINUING_KEYWORDS = new Set(['and', 'or', 'not']);
/**
 * Lexes `text`. With `reuse`, tokens go into that buffer, overwriting what an earlier call put there:
 * for a caller that is done with the previous result before lexing the next file.
 */
function lexRuby(text, reuse) {
    let tokens = reuse;
    if (tokens === undefined)
        tokens = createTokenBuffer();
    else
        clearTokens(tokens);
    const state = ruby_lex_state_createLexState(text, tokens);
    while (state.pos < text.length) {
        const frame = innermostFrame(state);
        if (frame?.type === 'string')
            scanStringContent(state, frame);
        else if (!lexer_readCode(state))
            break;
    }
    lexer_reportUnclosed(state);
    return {
        tokens: trimmedTokens(state.tokens),
        commentStarts: state.commentStarts,
        bodyStarts: state.bodyStarts,
        bodyEnds: state.bodyEnds,
        lostTrack: state.lostTrack,
    };
}
/** Reads the spaces before one token or comment and that token; false at `__END__`, after which the file is data. */
function lexer_readCode(state) {
    const { text } = state;
    state.pos = chars_skipSpaces(text, state.pos);
    if (state.pos >= text.length)
        return true;
    const code = text.charCodeAt(state.pos);
    if (code === 10)
        readNewline(state);
    else if (code === 92 && (text.charCodeAt(state.pos + 1) === 10 || text.startsWith('\r\n', state.pos + 1))) {
        // A backslash at the end of a line joins the next line to this statement.
        state.pos = text.indexOf('\n', state.pos) + 1;
    }
    else if (code === 35)
        lexer_readLineComment(state);
    else if (code === 61 && isLineStart(text, state.pos) && startsLineWord(text, state.pos, '=begin'))
        lexer_readBlockComment(state);
    else if (ruby_chars_isIdentifierStart(code))
        return lexer_readWord(state);
    else if (ruby_chars_isDigit(code))
        lexer_readNumber(state);
    else if (code === 64 || code === 36)
        readVariable(state, code);
    else
        punctuation_readPunctuation(state, code);
    return true;
}
/** `word` at `pos` followed by a space, a line break or the end of the text. */
function startsLineWord(text, pos, word) {
    if (!text.startsWith(word, pos))
        return false;
    const after = text.charCodeAt(pos + word.length);
    return Number.isNaN(after) || after === 10 || chars_isSpace(after);
}
function readNewline(state) {
    const { tokens } = state;
    const start = state.pos;
    state.pos++;
    if (state.frames.length === 0 && !continuesStatement(state)) {
        pushToken(tokens, tokens_NEWLINE, start, start + 1);
    }
    state.expect = EXPECT_VALUE;
    state.lastKind = tokens_NEWLINE;
    state.lastKeyword = '';
    if (state.heredocs.length > 0)
        literals_skipHeredocBodies(state);
}
/** After an operator, a comma, a label or `and`/`or`/`not`, the statement goes on on the next line. */
function continuesStatement(state) {
    const { tokens } = state;
    const last = tokens.count - 1;
    if (last < 0)
        return true;
    const kind = tokens.kinds[last];
    if (kind === tokens_NEWLINE || kind === LABEL)
        return true;
    if (kind === ruby_tokens_PUNCT) {
        const value = tokens.values[last];
        return value !== ruby_tokens_CLOSE_PAREN && value !== ruby_tokens_CLOSE_BRACKET && value !== ruby_tokens_CLOSE_BRACE && value !== BLOCK_PARAMETERS_END;
    }
    return kind === ruby_tokens_IDENT && tokens.values[last] !== MEMBER && CONTINUING_KEYWORDS.has(state.lastKeyword);
}
function lexer_readLineComment(state) {
    const { text } = state;
    const start = state.pos;
    const newline = text.indexOf('\n', start);
    state.pos = newline === -1 ? text.length : newline;
    if (state.frames.length === 0)
        lex_state_addComment(state, start, start + 1, state.pos);
}
/** `=begin` … `=end`, each at the start of a line: one comment. */
function lexer_readBlockComment(state) {
    const { text } = state;
    const start = state.pos;
    const firstLineEnd = text.indexOf('\n', start);
    let search = firstLineEnd;
    while (search !== -1 && !startsLineWord(text, search + 1, '=end'))
        search = text.indexOf('\n', search + 1);
    if (search === -1 || firstLineEnd === -1) {
        ruby_lex_state_loseTrack(state, start, 'unterminated =begin comment');
        state.pos = text.length;
        lex_state_addComment(state, start, start + 6, text.length);
        return;
    }
    const endLine = text.indexOf('\n', search + 1);
    state.pos = endLine === -1 ? text.length : endLine;
    lex_state_addComment(state, start, firstLineEnd + 1, search + 1);
}
function followsMemberAccess(state) {
    if (state.lastKind !== ruby_tokens_PUNCT)
        return false;
    return state.lastValue === ruby_tokens_DOT || state.lastValue === SAFE_NAVIGATION || state.lastValue === tokens_SCOPE;
}
function lexer_readWord(state) {
    const { text } = state;
    const start = state.pos;
    const nameEnd = ruby_chars_skipIdentifier(text, start + 1);
    if (text.charCodeAt(nameEnd) === 58 && text.charCodeAt(nameEnd + 1) !== 58 && !followsMemberAccess(state)) {
        emit(state, LABEL, start, nameEnd + 1, 0, EXPECT_VALUE);
        state.pos = nameEnd + 1;
        return true;
    }
    const end = skipPredicateSuffix(text, nameEnd);
    state.pos = end;
    const constant = isUpper(text.charCodeAt(start));
    if (followsMemberAccess(state)) {
        emit(state, constant ? CONST : ruby_tokens_IDENT, start, end, MEMBER, AFTER_IDENTIFIER);
        return true;
    }
    if (constant) {
        // A constant may be a method called without parentheses too: Cucumber's `Given /^a step$/ do`.
        emit(state, CONST, start, end, 0, AFTER_IDENTIFIER);
        return true;
    }
    const keyword = keywordAt(text, start, end);
    if (keyword === undefined) {
        emit(state, ruby_tokens_IDENT, start, end, 0, AFTER_IDENTIFIER);
        return true;
    }
    const { word } = keyword;
    if (word === '__END__' && state.frames.length === 0 && isLineStart(text, start) && endsLine(text, end))
        return false;
    emit(state, ruby_tokens_IDENT, start, end, 0, keyword.expect);
    state.lastKeyword = word;
    if (word === 'def')
        readMethodName(state);
    return true;
}
function endsLine(text, pos) {
    return pos >= text.length || text.charCodeAt(pos) === 10 || text.startsWith('\r\n', pos);
}
/**
 * The name after `def`, which may be a keyword or an operator (`def end`, `def /(other)`), with an
 * optional receiver (`def self.call`): one MEMBER token, so no analysis mistakes it for a call.
 */
function readMethodName(state) {
    const { text } = state;
    const start = chars_skipSpaces(text, state.pos);
    let end = nameEnd(text, start);
    if (end === -1)
        return;
    if (text.charCodeAt(end) === 46 && ruby_chars_isIdentifierStart(text.charCodeAt(start))) {
        const singleton = nameEnd(text, end + 1);
        if (singleton !== -1)
            end = singleton;
    }
    emit(state, ruby_tokens_IDENT, start, end, MEMBER, AFTER_VALUE);
    state.pos = end;
}
function nameEnd(text, start) {
    const first = text.charCodeAt(start);
    if (ruby_chars_isIdentifierStart(first)) {
        const end = skipPredicateSuffix(text, ruby_chars_skipIdentifier(text, start + 1));
        // A setter: `def name=(value)`; `def name = expr` (with a space) is an endless method.
        return text.charCodeAt(end) === 61 && text.charCodeAt(end + 1) === 40 ? end + 1 : end;
    }
    const operator = operatorNameAt(text, start);
    return operator === undefined ? -1 : start + operator.length;
}
function lexer_readNumber(state) {
    const { text } = state;
    const start = state.pos;
    const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
    let pos = start + 1;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(pos - 1) | 32) === 101;
        const decimalPoint = code === 46 && ruby_chars_isDigit(text.charCodeAt(pos + 1));
        if (!exponentSign && !decimalPoint && !ruby_chars_isDigit(code) && !(ruby_chars_isIdentifierStart(code) && code < 0x80))
            break;
        pos++;
    }
    emit(state, ruby_tokens_NUMBER, start, pos, 0, AFTER_VALUE);
    state.pos = pos;
}
/** `@x`, `@@x`, `$x`, `$1`, `$-w` and the punctuation globals (`$/`, `$"`, `$'`…), which are not quotes. */
function readVariable(state, sigil) {
    const { text } = state;
    const start = state.pos;
    let pos = start + 1;
    if (sigil === 64) {
        if (text.charCodeAt(pos) === 64)
            pos++;
        if (!ruby_chars_isIdentifierStart(text.charCodeAt(pos))) {
            emit(state, ruby_tokens_PUNCT, start, start + 1, sigil, EXPECT_VALUE);
            state.pos = start + 1;
            return;
        }
        pos = ruby_chars_skipIdentifier(text, pos + 1);
    }
    else {
        const next = text.charCodeAt(pos);
        if (ruby_chars_isIdentifierStart(next) || ruby_chars_isDigit(next))
            pos = ruby_chars_skipIdentifier(text, pos + 1);
        else if (next === 45)
            pos += 2;
        else if (pos < text.length && next !== 10)
            pos++;
    }
    emit(state, tokens_VARIABLE, start, pos, 0, AFTER_VALUE);
    state.pos = pos;
}
function lexer_reportUnclosed(state) {
    const frame = state.frames[0];
    if (frame !== undefined) {
        ruby_lex_state_loseTrack(state, frame.start, frame.type === 'string' ? `unterminated ${frame.what}` : 'unterminated #{ interpolation');
    }
    const heredoc = state.heredocs[0];
    if (heredoc !== undefined)
        ruby_lex_state_loseTrack(state, heredoc.start, `unterminated heredoc <<${heredoc.terminator}`);
    const open = state.openBrackets[0];
    if (open !== undefined) {
        const offset = state.tokens.starts[open] ?? 0;
        ruby_lex_state_loseTrack(state, offset, `unclosed \`${state.text.charAt(offset)}\``);
    }
}

;// CONCATENATED MODULE: ./src/collectors/ruby/stubs.ts



/** Words that make a `raise` conditional or part of a longer expression. */
const stubs_MODIFIERS = new Set(['if', 'unless', 'while', 'until', 'rescue', 'and', 'or']);
function ruby_stubs_collectPlaceholders(scan) {
    // Every placeholder names NotImplementedError: without it, no `def` needs a look.
    if (scan.file.isTest || !scan.text.includes('NotImplementedError'))
        return [];
    const { tokens, text } = scan;
    const findings = [];
    for (let index = 0; index < tokens.count - 1; index++) {
        if (!ruby_tokens_isWord(text, tokens, index, 'def'))
            continue;
        const name = index + 1;
        if (tokens.kinds[name] !== ruby_tokens_IDENT || tokens.values[name] !== MEMBER)
            continue;
        if (!bodyOnlyRaises(scan, name))
            continue;
        const method = ruby_tokens_tokenText(text, tokens, name);
        findings.push(ruby_context_findingAt(scan, 'stubs.placeholder', tokens.starts[index] ?? 0, `\`${method}\` is a placeholder: its body is only \`raise NotImplementedError\``));
    }
    return findings;
}
/** `def name(…)` … `raise NotImplementedError…` … `end`, or the endless `def name = raise NotImplementedError`. */
function bodyOnlyRaises(scan, name) {
    const { tokens, text } = scan;
    let index = name + 1;
    if (ruby_tokens_isPunct(tokens, index, ruby_tokens_OPEN_PAREN) && tokens.starts[index] === tokens.ends[name]) {
        const close = ruby_tokens_partnerOf(tokens, index);
        if (close < 0)
            return false;
        index = close + 1;
    }
    if (ruby_tokens_isPunct(tokens, index, ruby_tokens_EQUALS))
        return stubs_raisesNotImplemented(scan, index + 1, statementEnd(tokens, index + 1));
    const bodyStart = skipSeparators(tokens, statementEnd(tokens, index));
    const bodyEnd = statementEnd(tokens, bodyStart);
    return stubs_raisesNotImplemented(scan, bodyStart, bodyEnd) && ruby_tokens_isWord(text, tokens, skipSeparators(tokens, bodyEnd), 'end');
}
/** `raise NotImplementedError`, with `, "message"`, `.new(…)` or in `raise(…)`, unconditionally. */
function stubs_raisesNotImplemented(scan, from, to) {
    const { tokens, text } = scan;
    if (!ruby_tokens_isWord(text, tokens, from, 'raise') && !ruby_tokens_isWord(text, tokens, from, 'fail'))
        return false;
    let index = from + 1;
    if (ruby_tokens_isPunct(tokens, index, ruby_tokens_OPEN_PAREN) && ruby_tokens_partnerOf(tokens, index) === to - 1)
        index++;
    if (ruby_tokens_isPunct(tokens, index, tokens_SCOPE))
        index++;
    if (tokens.kinds[index] !== CONST || ruby_tokens_tokenText(text, tokens, index) !== 'NotImplementedError')
        return false;
    if (ruby_tokens_isPunct(tokens, index + 1, tokens_SCOPE))
        return false;
    return !hasWordOutsideBrackets(text, tokens, index + 1, to, stubs_MODIFIERS);
}

;// CONCATENATED MODULE: ./src/collectors/ruby/tests.ts



/** Example methods that count when called with a string description (f-prefixed: focused, still tests). */
const DESCRIBED_EXAMPLES = new Set([
    'it', 'specify', 'scenario', 'example', 'test', 'xit', 'xspecify', 'xscenario', 'xexample', 'fit', 'fspecify', 'fscenario', 'fexample',
]);
/**
 * Example methods that also count with a block and no description: `it { is_expected.to … }`.
 * RSpec defines `example` and Capybara `scenario` exactly as `it`; `test` always takes a name.
 */
const UNDESCRIBED_EXAMPLES = new Set([
    'it', 'specify', 'scenario', 'example', 'xit', 'xspecify', 'xscenario', 'xexample', 'fit', 'fspecify', 'fscenario', 'fexample',
]);
const PENDING_CALLS = new Set(['skip', 'pending']);
const tests_NAME_LIMIT = 80;
const LONGEST_WORD = Math.max(...[...DESCRIBED_EXAMPLES, ...PENDING_CALLS, 'def'].map((word) => word.length));
function ruby_tests_collectTests(scan) {
    if (!scan.file.isTestFile)
        return [];
    const { tokens, text } = scan;
    const findings = [];
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] !== ruby_tokens_IDENT || tokens.values[index] === MEMBER)
            continue;
        // Longer words are none of the calls below; not slicing them out saves most of the walk.
        if ((tokens.ends[index] ?? 0) - (tokens.starts[index] ?? 0) > LONGEST_WORD)
            continue;
        const word = ruby_tokens_tokenText(text, tokens, index);
        const offset = tokens.starts[index] ?? 0;
        if (word === 'def') {
            const name = minitestName(scan, index + 1);
            if (name !== undefined)
                findings.push(ruby_context_findingAt(scan, 'tests.cases', offset, `test \`${name}\``));
        }
        else if (DESCRIBED_EXAMPLES.has(word)) {
            const label = exampleLabel(scan, index, word);
            if (label === undefined)
                continue;
            findings.push(ruby_context_findingAt(scan, 'tests.cases', offset, `test ${label}`));
            if (word.startsWith('x'))
                findings.push(ruby_context_findingAt(scan, 'tests.skipped', offset, `skipped test ${label} (${word})`));
        }
        else if (PENDING_CALLS.has(word) && isPendingStatement(scan, index)) {
            const statement = context_excerpt(text, offset, tokens.starts[statementEnd(tokens, index, true)] ?? text.length);
            findings.push(ruby_context_findingAt(scan, 'tests.pending', offset, `pending test: \`${statement}\``));
        }
    }
    return findings;
}
/** `def test_something`: what minitest runs (instance methods whose name starts with `test_`). */
function minitestName(scan, index) {
    const { tokens, text } = scan;
    if (tokens.kinds[index] !== ruby_tokens_IDENT || tokens.values[index] !== MEMBER)
        return undefined;
    const name = ruby_tokens_tokenText(text, tokens, index);
    return name.startsWith('test_') ? name : undefined;
}
/** "`description`" or "(no description)" when `word` at `index` calls an example, else undefined. */
function exampleLabel(scan, index, word) {
    const { tokens, text } = scan;
    const argument = ruby_tokens_isPunct(tokens, index + 1, ruby_tokens_OPEN_PAREN) ? index + 2 : index + 1;
    if (tokens.kinds[argument] === ruby_tokens_STRING && tokens.values[argument] === QUOTED) {
        return `\`${description(ruby_tokens_tokenText(text, tokens, argument))}\``;
    }
    const block = ruby_tokens_isPunct(tokens, index + 1, ruby_tokens_OPEN_BRACE) || ruby_tokens_isWord(text, tokens, index + 1, 'do');
    return block && UNDESCRIBED_EXAMPLES.has(word) ? '(no description)' : undefined;
}
/** The words of a string literal without its quotes (`'a'`, `"a"`, `%q(a)`, `%(a)`); a heredoc as written. */
function description(literal) {
    let body = literal;
    if (literal.startsWith('%'))
        body = literal.slice(/[qQ]/.test(literal.charAt(1)) ? 3 : 2, -1);
    else if (literal.startsWith('"') || literal.startsWith("'"))
        body = literal.slice(1, -1);
    return context_excerpt(body, 0, body.length, tests_NAME_LIMIT);
}
/** `skip`, `skip "reason"`, `pending("reason")`, `skip if …`, `{ pending }` as a statement of its own. */
function isPendingStatement(scan, index) {
    const { tokens, text } = scan;
    if (!startsStatement(text, tokens, index))
        return false;
    const next = index + 1;
    if (next >= tokens.count || tokens.kinds[next] !== ruby_tokens_PUNCT)
        return true;
    return ruby_tokens_isPunct(tokens, next, ruby_tokens_OPEN_PAREN) || ruby_tokens_isPunct(tokens, next, ruby_tokens_OPEN_BRACE) || ruby_tokens_isPunct(tokens, next, ruby_tokens_CLOSE_BRACE) ||
        ruby_tokens_isPunct(tokens, next, ruby_tokens_SEMICOLON);
}

;// CONCATENATED MODULE: ./src/collectors/ruby/todos.ts


function ruby_todos_collectTodoComments(scan) {
    const { text } = scan;
    const { commentStarts, bodyStarts, bodyEnds } = scan.lexed;
    const findings = [];
    for (let index = 0; index < commentStarts.length; index++) {
        const start = bodyStarts[index] ?? 0;
        const body = text.slice(start, bodyEnds[index] ?? start);
        const found = findTodoTag(body);
        if (found === undefined)
            continue;
        const finding = ruby_context_findingAt(scan, 'todo.comments', start + found.index, todoMessage(body, found));
        finding.data = { tag: found.tag };
        findings.push(finding);
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/ruby-code.ts







/**
 * The token buffer every file is lexed into. Collecting is synchronous and nothing keeps the tokens
 * past it, so one buffer serves all files; allocating its typed arrays anew cost more than lexing a small file.
 */
const tokenBuffer = createTokenBuffer();
function collectRubyEvidence(file, text) {
    const lexed = lexRuby(text, tokenBuffer);
    const scan = { file, text, lexed, tokens: lexed.tokens, lines: undefined };
    // concat, not push(...spread): a generated file can hold more findings than a call takes arguments.
    const findings = ruby_tests_collectTests(scan).concat(collectRescues(scan), ruby_todos_collectTodoComments(scan), ruby_stubs_collectPlaceholders(scan));
    if (lexed.lostTrack !== undefined) {
        const finding = ruby_context_findingAt(scan, 'parse.errors', lexed.lostTrack.offset, '');
        finding.message =
            `could not follow Ruby syntax after line ${finding.line} (${lexed.lostTrack.reason}); ` +
                'counts for this file may be incomplete';
        finding.data = { reason: lexed.lostTrack.reason };
        findings.push(finding);
    }
    return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
const rubyCode = {
    id: 'ruby-code',
    wants: (file) => file.language === 'ruby',
    collect: collectRubyEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/c-family/rust-items.ts

/** Attributes whose function is a test, besides `test` and any `<path>::test` (tokio, async_std, sqlx…). */
const rust_items_TEST_ATTRIBUTES = new Set(['rstest', 'test_case', 'wasm_bindgen_test']);
/** Words that may stand between the attributes and the item keyword. */
const rust_items_QUALIFIERS = new Set(['pub', 'async', 'const', 'unsafe', 'extern', 'default', 'safe']);
/** Function headers are short; a bound keeps hostile input linear. */
const rust_items_HEADER_LIMIT = 512;
/** The attribute `#[…]` (outer) or `#![…]` (inner) whose `#` is at `hash`, or undefined. */
function attributeAt(context, hash) {
    const { tokens, text } = context;
    if (!isPunct(tokens, hash, HASH))
        return undefined;
    const open = isPunct(tokens, hash + 1, BANG) ? hash + 2 : hash + 1;
    if (!isPunct(tokens, open, OPEN_BRACKET))
        return undefined;
    const close = partnerOf(tokens, open);
    if (close < 0)
        return undefined;
    let index = open + 1;
    if (isPunct(tokens, index, DOUBLE_COLON))
        index++;
    let path = '';
    while (isKind(tokens, index, IDENT)) {
        path += tokenText(text, tokens, index++);
        if (!isPunct(tokens, index, DOUBLE_COLON))
            break;
        path += '::';
        index++;
    }
    return path === '' ? undefined : { path, hash, afterPath: index, close };
}
function isInnerAttribute(context, attribute) {
    return isPunct(context.tokens, attribute.hash + 1, BANG);
}
function isTestAttribute(attribute) {
    return attribute.path === 'test' || attribute.path.endsWith('::test') || rust_items_TEST_ATTRIBUTES.has(attribute.path);
}
/** `cfg(test)` or `cfg(all(test, …))`: the item exists only in test builds. */
function isCfgTest(context, attribute) {
    const { tokens, text } = context;
    if (attribute.path !== 'cfg' || !isPunct(tokens, attribute.afterPath, OPEN_PAREN))
        return false;
    const open = attribute.afterPath;
    if (isWord(text, tokens, open + 1, 'test') && partnerOf(tokens, open) === open + 2)
        return true;
    if (!isWord(text, tokens, open + 1, 'all') || !isPunct(tokens, open + 2, OPEN_PAREN))
        return false;
    const end = partnerOf(tokens, open + 2);
    for (let index = open + 3; index < end; index++) {
        const partner = partnerOf(tokens, index);
        if (partner > index)
            index = partner;
        else if (isWord(text, tokens, index, 'test'))
            return true;
    }
    return false;
}
/** The item after the attribute run that ends at `next` (the token after the last `]`). */
function itemAfter(context, next) {
    const { tokens, text } = context;
    let index = next;
    while (isKind(tokens, index, IDENT) && rust_items_QUALIFIERS.has(tokenText(text, tokens, index))) {
        index++;
        if (isPunct(tokens, index, OPEN_PAREN))
            index = partnerOf(tokens, index) + 1; // pub(crate)
        if (isKind(tokens, index, STRING))
            index++; // extern "C"
    }
    if (index <= 0 || !isKind(tokens, index, IDENT))
        return { keyword: -1, body: -1 };
    return { keyword: index, body: bodyAfter(context, index + 1) };
}
/** The `{` that opens the body of the item whose header starts at `from`, or -1 at a `;` or a stray closer. */
function bodyAfter(context, from) {
    const { tokens } = context;
    const limit = Math.min(tokens.count, from + rust_items_HEADER_LIMIT);
    for (let index = from; index < limit; index++) {
        if (tokens.kinds[index] !== PUNCT)
            continue;
        const value = tokens.values[index];
        if (value === OPEN_BRACE)
            return index;
        if (value === SEMICOLON || value === CLOSE_BRACKET || value === CLOSE_BRACE || value === CLOSE_PAREN)
            return -1;
        const partner = partnerOf(tokens, index);
        if (partner > index)
            index = partner;
    }
    return -1;
}
/** The name after `fn`, `mod`…: an identifier, or `$name` inside a macro. */
function itemName(context, keyword) {
    const { tokens, text } = context;
    const name = keyword + 1;
    if (isKind(tokens, name, IDENT))
        return tokenText(text, tokens, name);
    if (isPunct(tokens, name, 36) && isKind(tokens, name + 1, IDENT))
        return `$${tokenText(text, tokens, name + 1)}`;
    return '';
}

;// CONCATENATED MODULE: ./src/collectors/c-family/rust-evidence.ts



const PLACEHOLDER_MACROS = new Set(['todo', 'unimplemented']);
function collectRustEvidence(context) {
    const testCode = new Int32Array(context.tokens.count + 1);
    const findings = rust_evidence_collectTests(context, testCode);
    if (context.file.isTest)
        return findings;
    // Prefix sums turn the +1/-1 marks at region edges into "inside a test region" per token.
    for (let index = 1; index < testCode.length; index++)
        testCode[index] = (testCode[index] ?? 0) + (testCode[index - 1] ?? 0);
    return findings.concat(collectPlaceholdersAndPanics(context, testCode));
}
function markTestRegion(testCode, from, to) {
    if (from < 0 || to < from)
        return;
    testCode[from] = (testCode[from] ?? 0) + 1;
    testCode[to + 1] = (testCode[to + 1] ?? 0) - 1;
}
function rust_evidence_collectTests(context, testCode) {
    const { tokens, text } = context;
    const findings = [];
    const openBraces = [];
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] !== PUNCT)
            continue;
        if (isPunct(tokens, index, OPEN_BRACE))
            openBraces.push(index);
        else if (isPunct(tokens, index, CLOSE_BRACE))
            openBraces.pop();
        if (!isPunct(tokens, index, HASH))
            continue;
        const first = attributeAt(context, index);
        if (first === undefined)
            continue;
        if (isInnerAttribute(context, first)) {
            if (isCfgTest(context, first)) {
                const enclosing = openBraces[openBraces.length - 1] ?? -1;
                if (enclosing === -1)
                    markTestRegion(testCode, 0, tokens.count - 1);
                else
                    markTestRegion(testCode, enclosing, partnerOf(tokens, enclosing));
            }
            index = first.close;
            continue;
        }
        const attributes = [first];
        let next = first.close + 1;
        for (let more = attributeAt(context, next); more !== undefined && !isInnerAttribute(context, more); more = attributeAt(context, next)) {
            attributes.push(more);
            next = more.close + 1;
        }
        const item = itemAfter(context, next);
        const isFunction = isWord(text, tokens, item.keyword, 'fn');
        const isTest = isFunction && attributes.some(isTestAttribute);
        if (item.body !== -1 && (isTest || attributes.some((attribute) => isCfgTest(context, attribute)))) {
            markTestRegion(testCode, first.hash, partnerOf(tokens, item.body));
        }
        if (isFunction)
            findings.push(...testFindings(context, attributes, item.keyword, isTest));
        index = next - 1;
    }
    return findings;
}
function testFindings(context, attributes, keyword, isTest) {
    const name = itemName(context, keyword);
    const findings = [];
    if (isTest) {
        findings.push(findingAtToken(context, 'tests.cases', keyword + 1, `test \`${name}\``));
        const ignore = attributes.find((attribute) => attribute.path === 'ignore');
        if (ignore !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped', ignore.hash, `test \`${name}\` is skipped (\`#[ignore]\`)`));
        }
    }
    if (attributes.some((attribute) => attribute.path === 'bench')) {
        findings.push(findingAtToken(context, 'tests.benchmarks', keyword + 1, `benchmark \`${name}\``));
    }
    return findings;
}
function collectPlaceholdersAndPanics(context, testCode) {
    const { tokens, text } = context;
    const findings = [];
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] !== IDENT || (testCode[index] ?? 0) > 0)
            continue;
        if (isWord(text, tokens, index, 'panic') && isPunct(tokens, index + 1, BANG) && opensMacroArguments(context, index + 2)) {
            findings.push(findingAtToken(context, 'code.panics', index, '`panic!(…)` call'));
        }
        else if (isWord(text, tokens, index, 'fn') && isKind(tokens, index + 1, IDENT)) {
            const body = bodyAfter(context, index + 2);
            const macro = body === -1 ? undefined : placeholderMacro(context, body);
            if (macro === undefined)
                continue;
            const message = `\`${itemName(context, index)}\` is a placeholder: its body is only \`${macro}\``;
            findings.push(findingAtToken(context, 'stubs.placeholder', body + 1, message));
        }
    }
    return findings;
}
function opensMacroArguments(context, index) {
    const { tokens } = context;
    return isPunct(tokens, index, OPEN_PAREN) || isPunct(tokens, index, OPEN_BRACKET) || isPunct(tokens, index, OPEN_BRACE);
}
/** `todo!(…)` or `unimplemented!(…)` (optionally `std::`/`core::` qualified) when it is the body's only content. */
function placeholderMacro(context, body) {
    const { tokens, text } = context;
    let index = body + 1;
    while (isKind(tokens, index, IDENT) && isPunct(tokens, index + 1, DOUBLE_COLON))
        index += 2;
    const word = tokenText(text, tokens, index);
    if (!isKind(tokens, index, IDENT) || !PLACEHOLDER_MACROS.has(word) || !isPunct(tokens, index + 1, BANG))
        return undefined;
    if (!opensMacroArguments(context, index + 2))
        return undefined;
    const argumentsEnd = partnerOf(tokens, index + 2);
    if (argumentsEnd < 0)
        return undefined;
    let end = argumentsEnd + 1;
    if (isPunct(tokens, end, SEMICOLON))
        end++;
    if (partnerOf(tokens, body) !== end)
        return undefined;
    return argumentsEnd === index + 3 ? `${word}!()` : `${word}!(…)`;
}

;// CONCATENATED MODULE: ./src/collectors/rust-code.ts



function collectRust(file, text) {
    const context = createContext(file, text, RUST);
    return byPosition(collectRustEvidence(context).concat(collectTodoComments(context), collectParseError(context)));
}
const rustCode = {
    id: 'rust-code',
    wants: (file) => file.language === 'rust',
    collect: collectRust,
};

;// CONCATENATED MODULE: ./src/collectors/secrets.ts
const SECRET_KINDS = [
    {
        id: 'private-key',
        label: 'private key',
        pattern: /-----BEGIN ((?:RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----/g,
        prefixLength: 0,
        confirm: (match, text) => /[A-Za-z0-9+/]{40,}/.test(text.slice(match.index + match[0].length, match.index + 1000).replace(/\\[nr]/g, '\n')),
    },
    {
        id: 'aws-access-key',
        label: 'AWS access key id',
        pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g,
        prefixLength: 4,
        confirm: (match, text, lines) => hasAwsSecretNear(text, lines, lines.lineOf(match.index)),
    },
    { id: 'github-token', label: 'GitHub token', pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, prefixLength: 4 },
    { id: 'github-token', label: 'GitHub token', pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/g, prefixLength: 11 },
    { id: 'stripe-live-key', label: 'Stripe live key', pattern: /(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{24,}(?![A-Za-z0-9_])/g, prefixLength: 8 },
    { id: 'slack-token', label: 'Slack token', pattern: /(?<![A-Za-z0-9_-])xox[baprs]-\d{8,}-[A-Za-z0-9-]{20,}/g, prefixLength: 5 },
    { id: 'google-api-key', label: 'Google API key', pattern: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g, prefixLength: 4 },
    {
        id: 'jwt',
        label: 'signed JWT',
        pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g,
        prefixLength: 0,
        confirm: (match) => isSignedJwt(match[0]),
    },
];
// Any of these strings somewhere in the text means a kind may be present; most files have none.
const QUICK_CHECK = /PRIVATE KEY|AKIA|ASIA|gh[pousr]_|github_pat_|k_live_|xox[baprs]-|AIza|eyJ/;
// Every string QUICK_CHECK matches contains one of these (or is a `gh[pousr]_` prefix). Each starts with a
// character that is rare in source, so `includes` skips through a file several times faster than the
// alternation regex does, and QUICK_CHECK itself only runs on the few files that hold one.
const QUICK_CHECK_MARKERS = ['VATE KEY', 'AKIA', 'ASIA', 'AIza', 'yJ', '_live_', '_pat_', 'xox'];
const FIXTURE_FOLDERS = new Set(['fixtures', '__fixtures__', '__mocks__', 'testdata']);
const LOCK_FILES = new Set([
    'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'Cargo.lock', 'poetry.lock',
    'Pipfile.lock', 'uv.lock', 'Gemfile.lock', 'composer.lock', 'go.sum', 'packages.lock.json', 'mix.lock', 'pubspec.lock',
]);
const secrets = {
    id: 'secrets',
    wants(file) {
        const parts = file.path.split('/');
        const basename = parts[parts.length - 1] ?? '';
        return !file.isTest && !LOCK_FILES.has(basename) && !parts.slice(0, -1).some((folder) => FIXTURE_FOLDERS.has(folder));
    },
    collect(file, text) {
        if (!mayHoldSecret(text))
            return [];
        const lines = new LineIndex(text);
        const findings = [];
        for (const kind of SECRET_KINDS) {
            for (const match of text.matchAll(kind.pattern)) {
                const value = match[0];
                if (isPlaceholder(value.slice(kind.prefixLength)))
                    continue;
                if (kind.confirm && !kind.confirm(match, text, lines))
                    continue;
                const line = lines.lineOf(match.index);
                findings.push({
                    kind: 'secrets.exposed',
                    file: file.path,
                    line,
                    column: match.index - lines.startOf(line) + 1,
                    message: messageFor(kind, value),
                    data: { secret: kind.id },
                });
            }
        }
        return findings;
    },
};
/** Exactly `QUICK_CHECK.test(text)`, faster on the files that have none of its strings. */
function mayHoldSecret(text) {
    return (QUICK_CHECK_MARKERS.some((marker) => text.includes(marker)) || hasGitHubTokenPrefix(text)) && QUICK_CHECK.test(text);
}
const UNDERSCORE = 0x5f;
// `gh` is common in prose (`right`, `high`), so each hit is checked for the rest of the prefix in place.
function hasGitHubTokenPrefix(text) {
    for (let i = text.indexOf('gh'); i !== -1; i = text.indexOf('gh', i + 2)) {
        if ('pousr'.includes(text[i + 2] ?? '-') && text.charCodeAt(i + 3) === UNDERSCORE)
            return true;
    }
    return false;
}
function messageFor(kind, value) {
    if (kind.id === 'private-key')
        return `\`${value}\` block committed in source`;
    return `${kind.label} \`${value.slice(0, 4)}…\` (${value.length} characters) committed in source`;
}
const secrets_PLACEHOLDER_WORDS = /example|sample|placeholder|dummy|fake|redacted|changeme|your|insert|replace/i;
function isPlaceholder(value) {
    if (secrets_PLACEHOLDER_WORDS.test(value))
        return true;
    let repeated = 1;
    let ascending = 1;
    for (let i = 1; i < value.length; i++) {
        const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
        repeated = step === 0 ? repeated + 1 : 1;
        ascending = step === 1 && /[A-Za-z0-9]/.test(value[i]) ? ascending + 1 : 1;
        if (repeated >= 6 || ascending >= 6)
            return true;
    }
    return false;
}
const AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const AWS_WINDOW_LINES = 5;
function hasAwsSecretNear(text, lines, line) {
    const window = text.slice(lines.startOf(Math.max(1, line - AWS_WINDOW_LINES)), lines.startOf(line + AWS_WINDOW_LINES + 1));
    for (const match of window.matchAll(AWS_SECRET)) {
        const secret = match[0];
        if (/[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret) && !isPlaceholder(secret))
            return true;
    }
    return false;
}
function isSignedJwt(token) {
    const [header, claims] = token.split('.');
    const decodedHeader = parseJsonObject(Buffer.from(header ?? '', 'base64url').toString('utf8'));
    const alg = decodedHeader?.alg;
    if (typeof alg !== 'string' || alg.toLowerCase() === 'none')
        return false;
    return !isPlaceholder(Buffer.from(claims ?? '', 'base64url').toString('utf8'));
}
function parseJsonObject(text) {
    if (!text.startsWith('{'))
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null ? value : undefined;
    }
    catch {
        // Not JSON, so not a JWT header: the match is some other base64url text.
        return undefined;
    }
}
/** Offsets of line starts, for 1-based line numbers in linear time overall. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineOf(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    }
    /** Offset where `line` starts; the text's length past the last line. */
    startOf(line) {
        return this.starts[line - 1] ?? Number.MAX_SAFE_INTEGER;
    }
}

;// CONCATENATED MODULE: ./src/collectors/index.ts























const textCollectors = [
    apiDocs,
    ciWorkflows,
    composeServices,
    csharpCode,
    dependencyManifests,
    dockerfiles,
    goCode,
    javascriptCode,
    jvmCode,
    kubernetes,
    mockDataCollector,
    operability,
    phpCode,
    pythonCode,
    rubyCode,
    rustCode,
    secrets,
];
// dependency-lockfiles reads the manifests the text collectors found, so path collectors run after them.
const pathCollectors = [
    ciOtherSystems,
    dependencyLockfiles,
    deploymentFiles,
    envFiles,
    migrations,
    projectDocs,
];

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/scan/read-text.ts


// O_NOFOLLOW makes the open itself refuse a symlink, so a file swapped for a link after we listed it
// still cannot be read through. (Windows has no such flag; there links are refused by lstat alone.)
// O_NONBLOCK: a file swapped for a named pipe after we listed it must not hang the open (no effect on files).
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0) | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
function hasNulByte(bytes) {
    const end = Math.min(bytes.length, 8000);
    for (let i = 0; i < end; i++)
        if (bytes[i] === 0)
            return true;
    return false;
}
/** Decodes UTF-8 (BOM dropped, invalid bytes replaced) or UTF-16 with a BOM; NUL bytes mean binary. */
function decodeText(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return utf16le.decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return utf16be.decode(bytes);
    if (hasNulByte(bytes))
        return undefined;
    return utf8.decode(bytes);
}
/** Why an open failed, as a skip; rethrows anything that is not about this one file. */
function openFailure(error) {
    const code = error.code;
    if (code === 'ELOOP' || code === 'EMLINK')
        return { skipped: 'symlink' };
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'EISDIR')
        return { skipped: 'unreadable' };
    throw error;
}
async function readText(absolutePath) {
    let handle;
    try {
        handle = await open(absolutePath, OPEN_FLAGS);
    }
    catch (error) {
        return openFailure(error);
    }
    try {
        const text = decodeText(await handle.readFile());
        return text === undefined ? { skipped: 'binary' } : { text };
    }
    finally {
        await handle.close();
    }
}
/**
 * The same as readText, synchronously: the scan reads thousands of small files in a row (on worker threads
 * when it can), where one blocking read costs a fraction of the promise round trips of fs/promises.
 */
function readTextSync(absolutePath) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(absolutePath, OPEN_FLAGS);
    }
    catch (error) {
        return openFailure(error);
    }
    try {
        const text = decodeText((0,external_node_fs_namespaceObject.readFileSync)(fd));
        return text === undefined ? { skipped: 'binary' } : { text };
    }
    catch (error) {
        // A folder opened read-only on Linux fails only here.
        if (error.code === 'EISDIR')
            return { skipped: 'unreadable' };
        throw error;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/scan/scan-file.ts
// The work on one file, the same on the main thread and on a worker: check it on disk, read it once, and
// run every text collector that wants it.



const MINIFIED_LINE_LENGTH = 1000;
function hasLineLongerThan(text, limit) {
    let start = 0;
    while (start < text.length) {
        const end = text.indexOf('\n', start);
        const stop = end === -1 ? text.length : end;
        if (stop - start > limit)
            return true;
        start = stop + 1;
    }
    return false;
}
/** Why a listed file cannot be scanned, judged by lstat (never opened: a named pipe would block). */
function skipReasonOnDisk(root, relative, maxFileBytes) {
    const stats = (0,external_node_fs_namespaceObject.lstatSync)(external_node_path_default().join(root, relative), { throwIfNoEntry: false });
    if (stats === undefined)
        return 'missing';
    if (stats.isSymbolicLink())
        return 'symlink';
    if (!stats.isFile())
        return 'not-a-file';
    if (stats.size > maxFileBytes)
        return 'too-large';
    return undefined;
}
/** The collectors whose bit is set in `mask` (bit i is `collectors[i]`). */
function collectorsIn(collectors, mask) {
    return collectors.filter((_, index) => (mask & (1 << index)) !== 0);
}
/** Which collectors want the file, as a bit mask over `collectors` (at most 31 of them). */
function wantedMask(collectors, file) {
    let mask = 0;
    for (let index = 0; index < collectors.length; index++)
        if (collectors[index].wants(file))
            mask |= 1 << index;
    return mask;
}
function scanFile(root, file, wanted, maxFileBytes) {
    const debug = [];
    const onDisk = skipReasonOnDisk(root, file.path, maxFileBytes);
    if (onDisk !== undefined)
        return { skipped: onDisk, findings: [], debug };
    const outcome = readTextSync(external_node_path_default().join(root, file.path));
    if ('skipped' in outcome)
        return { skipped: outcome.skipped, findings: [], debug };
    if (file.language === 'javascript' && hasLineLongerThan(outcome.text, MINIFIED_LINE_LENGTH)) {
        return { skipped: 'minified', findings: [], debug };
    }
    const findings = [];
    for (const collector of wanted) {
        try {
            // A loop, not push(...found): a spread of a very long array overflows the stack.
            for (const finding of collector.collect(file, outcome.text))
                findings.push(finding);
        }
        catch (error) {
            // A collector bug must not hide the rest of the report; it becomes a visible problem on that file.
            debug.push(`${collector.id} failed on ${file.path}: ${error.stack ?? String(error)}`);
            findings.push(collectorFailure(collector.id, file.path, error));
        }
    }
    return { findings, debug };
}
// Prepending a character makes V8 build the string anew, and the slice then points into that copy.
const copyString = (text) => ` ${text}`.slice(1);
/**
 * Copies the findings' strings out of the file's text, in place. V8 keeps a substring (and a template
 * literal built from one) as a view into the whole string it was cut from, so a message quoting one line (a
 * test name, a TODO) would keep the whole file in memory until the report is written: on a large repository
 * that was half of the heap. Findings made on a worker thread need none of this: they arrive as copies.
 */
function detachFromFileText(findings) {
    for (const finding of findings) {
        finding.message = copyString(finding.message);
        const { data } = finding;
        if (data === undefined)
            continue;
        for (const key of Object.keys(data)) {
            const value = data[key];
            if (typeof value === 'string')
                data[key] = copyString(value);
        }
    }
}
function collectorFailure(collectorId, file, error) {
    return {
        kind: 'parse.errors',
        file,
        line: 0,
        message: `readiness-gate could not analyse this file (${collectorId}: ${error.message}); please report it`,
    };
}

;// CONCATENATED MODULE: ./src/scan/serve-scan-worker.ts
// The worker side of worker-pool.ts: scans each batch of files it is sent with its own copy of the text
// collectors (functions cannot cross threads), and sends the outcomes back.


function serveScanWorker(collectors) {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (port === null)
        throw new Error('serveScanWorker runs only on a worker thread');
    const { root, maxFileBytes, collectorIds } = external_node_worker_threads_namespaceObject.workerData;
    const ids = collectors.map((collector) => collector.id);
    if (ids.join(',') !== collectorIds.join(',')) {
        throw new Error(`the scan worker's collectors (${ids.join(', ')}) are not the scan's (${collectorIds.join(', ')})`);
    }
    const byMask = new Map();
    port.on('message', ({ batch, tasks }) => {
        const outcomes = tasks.map(({ file, mask }) => {
            let wanted = byMask.get(mask);
            if (wanted === undefined)
                byMask.set(mask, (wanted = collectorsIn(collectors, mask)));
            return scanFile(root, file, wanted, maxFileBytes);
        });
        const reply = { batch, outcomes };
        port.postMessage(reply);
    });
}

;// CONCATENATED MODULE: ./src/scan/scan-worker.ts
// Entry of a scan worker thread (bundled as dist/scan-worker.js): the registry's text collectors, served.


serveScanWorker(textCollectors);


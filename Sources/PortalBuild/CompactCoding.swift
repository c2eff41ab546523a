import Foundation

// A compact, positional binary form of `Codable` values for the build cache.
//
// Foundation's JSON and property-list coders need about 0.4 s for the front matter of 10,000
// articles; this writes no keys: a struct's fields follow each other in declaration order (the
// order synthesized `Codable` uses both ways). What a site has tens of thousands of (articles,
// stories, the index and page records) is written field by field instead (`CacheCodable`).
// Optionals carry a presence byte, arrays a count, and an enum case its name (synthesized enum
// coding asks the decoder for the one key present). Dictionaries with string keys are not
// supported (their keys are dynamic): cached types use arrays. A mismatch throws; the cache
// reader then ignores the cache.

enum CompactCoding {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = CompactEncoder()
        try value.encode(to: encoder)
        return encoder.sink.bytes
    }

    /// Decodes the bytes in `range` (all of them by default), which must hold exactly one value.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], in range: Range<Int>? = nil) throws -> T {
        let range = range ?? bytes.indices
        let decoder = CompactDecoder(source: CompactSource(bytes: bytes, range: range))
        let value = try T(from: decoder)
        guard decoder.source.offset == range.upperBound else { throw CompactCodingError.trailingBytes }
        return value
    }
}

enum CompactCodingError: Error {
    case truncated
    case invalidUTF8
    case unknownCase(String)
    case trailingBytes
    case unsupported
}

final class CompactSink {
    var bytes: [UInt8] = []

    func integer(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            integer(Int64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }
}

final class CompactSource {
    let bytes: [UInt8]
    var offset: Int
    /// Where the value ends; reading past it fails.
    let end: Int

    init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
    }

    func byte() throws -> UInt8 {
        guard offset < end else { throw CompactCodingError.truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    func integer() throws -> Int64 {
        guard offset + 8 <= end else { throw CompactCodingError.truncated }
        var value: Int64 = 0
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + 8]))
            }
        }
        offset += 8
        return Int64(littleEndian: value)
    }

    func count() throws -> Int {
        let value = try integer()
        guard value >= 0, value <= Int64(end - offset) else { throw CompactCodingError.truncated }
        return Int(value)
    }

    func string() throws -> String {
        let length = try count()
        guard offset + length <= end else { throw CompactCodingError.truncated }
        defer { offset += length }
        let text = bytes.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[offset..<offset + length]), as: UTF8.self) }
        guard let text else { throw CompactCodingError.invalidUTF8 }
        return text
    }

    /// The last text read by `repeatedString` and where its bytes are.
    private var last: (text: String, range: Range<Int>)?

    /// A text that usually repeats the one read before it (the file of each located value of an
    /// item): equal bytes give the same string again, without a new one to validate and keep.
    func repeatedString() throws -> String {
        let start = offset
        let length = try count()
        guard offset + length <= end else { throw CompactCodingError.truncated }
        if let last, last.range.count == length,
           bytes[last.range].elementsEqual(bytes[offset..<offset + length]) {
            offset += length
            return last.text
        }
        offset = start
        let text = try string()
        last = (text, (offset - length)..<offset)
        return text
    }
}

// MARK: - Encoding

final class CompactEncoder: Encoder {
    let sink: CompactSink
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(sink: CompactSink = CompactSink()) {
        self.sink = sink
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CompactKeyedEncoder<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoder(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleEncoder(encoder: self)
    }

    func write(_ value: some Encodable) throws {
        switch value {
        case let text as String: sink.string(text)
        case let flag as Bool: sink.bytes.append(flag ? 1 : 0)
        case let number as Int: sink.integer(Int64(number))
        case let number as Double: sink.integer(Int64(bitPattern: number.bitPattern))
        case let number as UInt64: sink.integer(Int64(bitPattern: number))
        default: try value.encode(to: self)
        }
    }
}

private struct CompactKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: CompactEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { encoder.sink.bytes.append(0) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { try encoder.write(value) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: (some Encodable)?, forKey key: Key) throws { try present(value) }

    private func present(_ value: (some Encodable)?) throws {
        guard let value else { encoder.sink.bytes.append(0); return }
        encoder.sink.bytes.append(1)
        try encoder.write(value)
    }

    /// Synthesized enum coding opens one nested container named after the case: write the name.
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.sink.string(key.stringValue)
        return KeyedEncodingContainer(CompactKeyedEncoder<NestedKey>(encoder: encoder))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoder(encoder: encoder)
    }

    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
}

/// Writes a count first and keeps it up to date as elements are added.
private struct CompactUnkeyedEncoder: UnkeyedEncodingContainer {
    let encoder: CompactEncoder
    let countOffset: Int
    var count = 0
    var codingPath: [any CodingKey] { encoder.codingPath }

    init(encoder: CompactEncoder) {
        self.encoder = encoder
        countOffset = encoder.sink.bytes.count
        encoder.sink.integer(0)
    }

    private mutating func added() {
        count += 1
        withUnsafeBytes(of: Int64(count).littleEndian) { raw in
            for (index, byte) in raw.enumerated() { encoder.sink.bytes[countOffset + index] = byte }
        }
    }

    /// `nil` elements have no presence byte here; cached types have none.
    mutating func encodeNil() throws { throw CompactCodingError.unsupported }

    mutating func encode(_ value: some Encodable) throws {
        try encoder.write(value)
        added()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        added()
        return KeyedEncodingContainer(CompactKeyedEncoder<NestedKey>(encoder: encoder))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        added()
        return CompactUnkeyedEncoder(encoder: encoder)
    }

    mutating func superEncoder() -> any Encoder { encoder }
}

private struct CompactSingleEncoder: SingleValueEncodingContainer {
    let encoder: CompactEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { throw CompactCodingError.unsupported }
    mutating func encode(_ value: some Encodable) throws { try encoder.write(value) }
}

// MARK: - Decoding

final class CompactDecoder: Decoder {
    let source: CompactSource
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(source: CompactSource) {
        self.source = source
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(CompactKeyedDecoder<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedDecoder(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CompactSingleDecoder(decoder: self)
    }

    func read<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type: try cast(source.string())
        case is Int.Type: try cast(Int(source.integer()))
        case is Bool.Type: try cast(source.byte() != 0)
        case is Double.Type: try cast(Double(bitPattern: UInt64(bitPattern: source.integer())))
        case is UInt64.Type: try cast(UInt64(bitPattern: source.integer()))
        default: try T(from: self)
        }
    }

    private func cast<T>(_ value: Any) throws -> T {
        guard let typed = value as? T else { throw CompactCodingError.unsupported }
        return typed
    }
}

private final class CompactKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: CompactDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    private var caseKey: [Key]?

    init(decoder: CompactDecoder) {
        self.decoder = decoder
    }

    /// Asked only by synthesized enum decoding: the case name written by the encoder.
    var allKeys: [Key] {
        if let caseKey { return caseKey }
        let key = (try? decoder.source.string()).flatMap { Key(stringValue: $0) }
        caseKey = key.map { [$0] } ?? []
        return caseKey ?? []
    }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try decoder.source.byte() == 0 }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.read(type) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(type) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(type) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present(type) }

    private func present<T: Decodable>(_ type: T.Type) throws -> T? {
        try decoder.source.byte() == 0 ? nil : try decoder.read(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(CompactKeyedDecoder<NestedKey>(decoder: decoder))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedDecoder(decoder: decoder)
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
}

private struct CompactUnkeyedDecoder: UnkeyedDecodingContainer {
    let decoder: CompactDecoder
    let elements: Int
    var currentIndex = 0
    var count: Int? { elements }
    var codingPath: [any CodingKey] { decoder.codingPath }
    var isAtEnd: Bool { currentIndex >= elements }

    init(decoder: CompactDecoder) throws {
        self.decoder = decoder
        elements = try decoder.source.count()
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw CompactCodingError.truncated }
        currentIndex += 1
        return try decoder.read(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return KeyedDecodingContainer(CompactKeyedDecoder<NestedKey>(decoder: decoder))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return try CompactUnkeyedDecoder(decoder: decoder)
    }

    mutating func superDecoder() throws -> any Decoder { decoder }
}

private struct CompactSingleDecoder: SingleValueDecodingContainer {
    let decoder: CompactDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.read(type) }
}

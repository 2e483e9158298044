/// The names that linking joins, as small integers, with a union–find over them.
///
/// A node is a class and a key: `P:jane okafor` (a person's full name), `P:johnson` (a lone surname that
/// found no full name), `N:united states` (anything else). Joining keeps the smaller node as the root, so
/// the result does not depend on the order of joins.
struct LinkNodes {
    /// Node ids by key.
    private var ids: [String: Int] = [:]
    /// Keys by node id.
    private(set) var keys: [String] = []
    /// Union–find parents.
    private var parent: [Int] = []

    /// The id of a key, created on first use.
    mutating func id(_ key: String) -> Int {
        if let id = ids[key] { return id }
        let id = keys.count
        ids[key] = id
        keys.append(key)
        parent.append(id)
        return id
    }

    /// The id of a key, if it was ever used.
    func existing(_ key: String) -> Int? { ids[key] }

    /// The root of a node's set.
    mutating func find(_ node: Int) -> Int {
        var x = node
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins two nodes' sets.
    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }

    /// Whether a node's key is a person's (`P:`).
    func isPerson(_ node: Int) -> Bool { keys[node].utf8.first == UInt8(ascii: "P") }

    /// Number of nodes.
    var count: Int { keys.count }
}

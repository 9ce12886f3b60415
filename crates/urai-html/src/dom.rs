//! A compact document tree for html5ever's tree builder: every node lives in chunked storage and links to its
//! parent and siblings by index, and elements keep only the attributes the reader looks at.
//!
//! A node costs 48 bytes here (plus its kept attributes) where `markup5ever_rcdom` spends about 250 (a
//! reference-counted node, a vector of children, every attribute, a list of parse errors), and inserting or
//! removing a node is constant time where a vector of children makes foster parenting into a long table
//! quadratic.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

use html5ever::tendril::StrTendril;
use html5ever::tree_builder::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, LocalName, Namespace, QualName};

const _: () = assert!(std::mem::size_of::<Node>() <= 48);

/// Index of a node; [`NONE`] for no node.
pub(crate) type Id = u32;

/// No node.
pub(crate) const NONE: Id = Id::MAX;

/// The node every handle points to once the arena is full (4 billion nodes,
/// far more than memory holds): it is never linked into the document, so whatever the tree builder does with it
/// is harmless.
const OVERFLOW: Id = 1;

/// The attributes the reader uses; the others are not kept.
const KEPT: &[&str] = &[
    "class",
    "id",
    "href",
    "hidden",
    "aria-hidden",
    "style",
    "lang",
    "rel",
    "type",
    "datetime",
    "pubdate",
    "property",
    "name",
    "itemprop",
    "content",
];

/// What a node is.
pub(crate) enum Data {
    /// The document, or a template's contents.
    Document,
    /// An element: its namespace, its name, and its kept attributes (an index into [`Tree::attrs`], [`NONE`]
    /// for none).
    Element {
        ns: Namespace,
        local: LocalName,
        attrs: Id,
    },
    /// Text.
    Text(StrTendril),
    /// A comment or processing instruction (their content is not kept), or the overflow node.
    Other,
}

/// One node and its links.
pub(crate) struct Node {
    pub parent: Id,
    pub first_child: Id,
    pub last_child: Id,
    pub prev: Id,
    pub next: Id,
    pub data: Data,
}

/// Nodes in chunks of [`Nodes::CHUNK`]: growing never copies them nor leaves more than one chunk unused, where
/// a vector doubling its capacity would hold up to twice the memory.
pub(crate) struct Nodes {
    chunks: Vec<Vec<Node>>,
    len: usize,
}

impl Nodes {
    const CHUNK: usize = 1 << 16;

    /// How many nodes there are.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn get(&self, id: Id) -> Option<&Node> {
        let i = id as usize;
        self.chunks.get(i / Nodes::CHUNK)?.get(i % Nodes::CHUNK)
    }

    fn get_mut(&mut self, id: Id) -> Option<&mut Node> {
        let i = id as usize;
        self.chunks
            .get_mut(i / Nodes::CHUNK)?
            .get_mut(i % Nodes::CHUNK)
    }

    fn push(&mut self, n: Node) {
        match self.chunks.last_mut() {
            Some(c) if c.len() < Nodes::CHUNK => c.push(n),
            _ => {
                let mut c = Vec::with_capacity(Nodes::CHUNK);
                c.push(n);
                self.chunks.push(c);
            }
        }
        self.len += 1;
    }
}

/// The tree being built (interior mutability: html5ever's sink methods take `&self`).
pub(crate) struct Dom {
    tree: RefCell<Tree>,
}

/// The tree once built.
pub(crate) struct Tree {
    pub nodes: Nodes,
    /// The kept attributes of the elements that have some.
    pub attrs: Vec<Vec<Attribute>>,
    /// Each `template` element and its contents.
    templates: HashMap<Id, Id>,
}

impl Tree {
    /// The document node.
    pub const DOCUMENT: Id = 0;

    /// The node `id`, if it exists.
    pub fn get(&self, id: Id) -> Option<&Node> {
        self.nodes.get(id)
    }

    /// The kept attributes of an element.
    pub fn attrs(&self, attrs: Id) -> &[Attribute] {
        self.attrs.get(attrs as usize).map_or(&[], Vec::as_slice)
    }

    fn add(&mut self, data: Data) -> Id {
        match Id::try_from(self.nodes.len()) {
            Ok(id) if id < NONE => {
                self.nodes.push(node(data));
                id
            }
            _ => OVERFLOW,
        }
    }

    /// The text of a node and all its descendants, in document order (without recursion).
    pub fn text_of(&self, id: Id) -> String {
        let mut s = String::new();
        let Some(node) = self.get(id) else {
            return s;
        };
        let mut stack = vec![node.first_child];
        while let Some(top) = stack.pop() {
            let Some(n) = self.get(top) else { continue };
            stack.push(n.next);
            match &n.data {
                Data::Text(t) => s.push_str(t),
                _ => stack.push(n.first_child),
            }
        }
        s
    }
}

fn node(data: Data) -> Node {
    Node {
        parent: NONE,
        first_child: NONE,
        last_child: NONE,
        prev: NONE,
        next: NONE,
        data,
    }
}

impl Dom {
    pub fn new() -> Dom {
        // The document, and the overflow node.
        Dom {
            tree: RefCell::new(Tree {
                nodes: {
                    let mut nodes = Nodes {
                        chunks: Vec::new(),
                        len: 0,
                    };
                    nodes.push(node(Data::Document));
                    nodes.push(node(Data::Other));
                    nodes
                },
                attrs: Vec::new(),
                templates: HashMap::new(),
            }),
        }
    }
}

/// Detaches `id` from its parent and siblings.
fn detach(nodes: &mut Nodes, id: Id) {
    let Some(n) = nodes.get(id) else {
        return;
    };
    let (parent, prev, next) = (n.parent, n.prev, n.next);
    if let Some(p) = nodes.get_mut(prev) {
        p.next = next;
    } else if let Some(p) = nodes.get_mut(parent) {
        p.first_child = next;
    }
    if let Some(nx) = nodes.get_mut(next) {
        nx.prev = prev;
    } else if let Some(p) = nodes.get_mut(parent) {
        p.last_child = prev;
    }
    if let Some(n) = nodes.get_mut(id) {
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }
}

/// Links the detached node `child` into `parent`'s children, before `before` (at the end when `before` is not
/// a child of `parent`).
fn link(nodes: &mut Nodes, parent: Id, child: Id, before: Id) {
    if child == parent || child == OVERFLOW || parent == OVERFLOW || nodes.get(child).is_none() {
        return;
    }
    let Some(last) = nodes.get(parent).map(|p| p.last_child) else {
        return;
    };
    let (prev, before) = match nodes.get(before) {
        Some(b) if b.parent == parent => (b.prev, before),
        _ => (last, NONE),
    };
    if let Some(c) = nodes.get_mut(child) {
        c.parent = parent;
        c.prev = prev;
        c.next = before;
    }
    match nodes.get_mut(prev) {
        Some(p) => p.next = child,
        None => {
            if let Some(p) = nodes.get_mut(parent) {
                p.first_child = child;
            }
        }
    }
    match nodes.get_mut(before) {
        Some(b) => b.prev = child,
        None => {
            if let Some(p) = nodes.get_mut(parent) {
                p.last_child = child;
            }
        }
    }
}

/// Appends text to the text node `id`, if it is one.
fn extend_text(nodes: &mut Nodes, id: Id, text: &StrTendril) -> bool {
    match nodes.get_mut(id).map(|n| &mut n.data) {
        Some(Data::Text(t)) => {
            t.push_tendril(text);
            true
        }
        _ => false,
    }
}

fn keep(attrs: Vec<Attribute>) -> Vec<Attribute> {
    if attrs.is_empty() {
        return attrs;
    }
    let mut kept: Vec<Attribute> = attrs
        .into_iter()
        .filter(|a| {
            KEPT.iter()
                .any(|k| a.name.local.eq_str_ignore_ascii_case(k))
        })
        .collect();
    kept.shrink_to_fit();
    kept
}

/// An element's name, owned (the tree's names live behind a `RefCell`).
#[derive(Debug)]
pub(crate) struct Name {
    ns: Namespace,
    local: LocalName,
}

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.ns
    }

    fn local_name(&self) -> &LocalName {
        &self.local
    }
}

impl TreeSink for Dom {
    type Handle = Id;
    type Output = Tree;
    type ElemName<'a>
        = Name
    where
        Self: 'a;

    fn finish(self) -> Tree {
        self.tree.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Id {
        Tree::DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a Id) -> Name {
        match self.tree.borrow().get(*target).map(|n| &n.data) {
            Some(Data::Element { ns, local, .. }) => Name {
                ns: ns.clone(),
                local: local.clone(),
            },
            _ => Name {
                ns: Namespace::from(""),
                local: LocalName::from(""),
            },
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Id {
        let mut tree = self.tree.borrow_mut();
        let attrs = keep(attrs);
        let attrs = match Id::try_from(tree.attrs.len()) {
            Ok(i) if !attrs.is_empty() && i < NONE => {
                tree.attrs.push(attrs);
                i
            }
            _ => NONE,
        };
        let id = tree.add(Data::Element {
            ns: name.ns,
            local: name.local,
            attrs,
        });
        if flags.template && id != OVERFLOW {
            let contents = tree.add(Data::Document);
            tree.templates.insert(id, contents);
        }
        id
    }

    // A comment holds no text, but it is a node: it keeps the text on either side of it in two text nodes, each
    // of which the aligner finds in the page.
    fn create_comment(&self, _text: StrTendril) -> Id {
        self.tree.borrow_mut().add(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Id {
        self.tree.borrow_mut().add(Data::Other)
    }

    fn append(&self, parent: &Id, child: NodeOrText<Id>) {
        let tree = &mut *self.tree.borrow_mut();
        let child = match child {
            NodeOrText::AppendNode(c) => {
                detach(&mut tree.nodes, c);
                c
            }
            NodeOrText::AppendText(text) => {
                let last = tree.get(*parent).map_or(NONE, |p| p.last_child);
                if extend_text(&mut tree.nodes, last, &text) {
                    return;
                }
                tree.add(Data::Text(text))
            }
        };
        link(&mut tree.nodes, *parent, child, NONE);
    }

    fn append_based_on_parent_node(&self, element: &Id, prev_element: &Id, child: NodeOrText<Id>) {
        let has_parent = self
            .tree
            .borrow()
            .get(*element)
            .is_some_and(|n| n.parent != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public: StrTendril,
        _system: StrTendril,
    ) {
    }

    fn get_template_contents(&self, target: &Id) -> Id {
        self.tree
            .borrow()
            .templates
            .get(target)
            .copied()
            .unwrap_or(OVERFLOW)
    }

    fn same_node(&self, x: &Id, y: &Id) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Id, child: NodeOrText<Id>) {
        let tree = &mut *self.tree.borrow_mut();
        let Some((parent, prev)) = tree.get(*sibling).map(|s| (s.parent, s.prev)) else {
            return;
        };
        if parent == NONE {
            return;
        }
        let child = match child {
            NodeOrText::AppendNode(c) => {
                detach(&mut tree.nodes, c);
                c
            }
            NodeOrText::AppendText(text) => {
                if extend_text(&mut tree.nodes, prev, &text) {
                    return;
                }
                tree.add(Data::Text(text))
            }
        };
        link(&mut tree.nodes, parent, child, *sibling);
    }

    fn add_attrs_if_missing(&self, target: &Id, attrs: Vec<Attribute>) {
        let tree = &mut *self.tree.borrow_mut();
        let Some(Data::Element { attrs: index, .. }) =
            tree.nodes.get_mut(*target).map(|n| &mut n.data)
        else {
            return;
        };
        let attrs = keep(attrs);
        if attrs.is_empty() {
            return;
        }
        if *index == NONE {
            match Id::try_from(tree.attrs.len()) {
                Ok(i) if i < NONE => {
                    *index = i;
                    tree.attrs.push(Vec::new());
                }
                _ => return,
            }
        }
        if let Some(have) = tree.attrs.get_mut(*index as usize) {
            for a in attrs {
                if !have.iter().any(|h| h.name == a.name) {
                    have.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Id) {
        detach(&mut self.tree.borrow_mut().nodes, *target);
    }

    fn reparent_children(&self, node: &Id, new_parent: &Id) {
        let nodes = &mut self.tree.borrow_mut().nodes;
        let mut c = nodes.get(*node).map_or(NONE, |n| n.first_child);
        while c != NONE {
            let next = nodes.get(c).map_or(NONE, |n| n.next);
            detach(nodes, c);
            link(nodes, *new_parent, c, NONE);
            c = next;
        }
    }
}

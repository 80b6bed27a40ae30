# Plain-English sentences for rules written as .dslr files (see docs/editing.md).
# Each line: [when] or [then], the sentence an editor writes, '=', and the DRL it stands for.
# {q:$\w+} is a variable such as $q; a sentence may not contain a comma.
# When two sentences could match a line, the longer one wins.

# Quantities
[when]there is a quantity {q:$\w+} with a negative value={q} : Quantity( value < 0 )
[when]there is a quantity {q:$\w+} of {m:$\w+} counted in {u:$\w+}={q} : Quantity( {m} : measure, {u} : unitId )
[when]there is a quantity {q:$\w+} of {m:$\w+} for {s:$\w+}={q} : Quantity( {s} : subject, {m} : measure )
[when]the measure {m:$\w+} is counted in {expected:$\w+} and not in {u:$\w+}=MeasureDef( id == {m}, {expected} : unitId, unitId != {u} )
[when]the measure {m:$\w+} is taken for {types:$\w+}=MeasureDef( id == {m}, {types} : subject )

# Relations and their predicates
[when]there is a relation {r:$\w+} from {s:$\w+} with predicate {p:$\w+}={r} : Relation( {s} : subject, {p} : predicate )
[when]there is a relation {r:$\w+} to {o:$\w+} with predicate {p:$\w+}={r} : Relation( {o} : object, {p} : predicate )
[when]the predicate {p:$\w+} takes subjects of type {types:$\w+}=PredicateDef( id == {p}, {types} : domain )
[when]the predicate {p:$\w+} takes objects of type {types:$\w+}=PredicateDef( id == {p}, {types} : range )

# Titles
[when]there is a title statement {h:$\w+} giving {title:$\w+} to {s:$\w+}={h} : Title( {s} : holder, {title} : title )
[when]the title {title:$\w+} may be held by {types:$\w+}=TitleDef( id == {title}, {types} : holder )

# Comparisons
[when]there is a comparison {c:$\w+} of {m:$\w+}={c} : Comparison( {m} : measure )
# Each side once (the object only if it is not the subject), joined on id, which is indexed:
# "id == subject || id == object" would test every entity for every comparison.
[when]the entity {e:$\w+} of type {t:$\w+} is one of the two compared by {c:$\w+}=Mention( $side : entity, role == "subject" || entity != {c}.subject ) from {c}.mentions() and Entity( {e} : id == $side, {t} : type )

# Entities and types
[when]the entity {e:$\w+} is of type {t:$\w+}=Entity( id == {e}, {t} : type )
[when]the entity {e:$\w+} is none of {types:$\w+}=not IsA( entity == {e}, type memberOf {types} )
[when]every type in {types:$\w+} is known=not ( String( $u : this ) from {types} and not TypeDef( id == $u ) )
[when]the type of {e:$\w+} has a known place in the type hierarchy=exists ( IsA( entity == {e}, $root : type ) and TypeDef( id == $root, parent == null ) )

# Links between statements (cause, consequence, purpose) and certainty
[when]there is a link {l:$\w+} stated as certain that does not name a purpose={l} : Link( status == Status.ASSERTED, link != LinkKind.PURPOSE )
[when]there is a link {l:$\w+} stated as certain={l} : Link( status == Status.ASSERTED )
[when]there is a link {l:$\w+} that names a purpose={l} : Link( link == LinkKind.PURPOSE )
# One premise at a time, joined on id (indexed): "id memberOf {l}.from" would test every statement
# for every link.
[when]a statement {s:$\w+} that {l:$\w+} starts from is not certain=$premiseId : String( ) from {l}.from and {s} : Statement( id == $premiseId, status != Status.ASSERTED )
[when]the statement {s:$\w+} that {l:$\w+} leads to is not certain={s} : Statement( id == {l}.to, status != Status.ASSERTED )
[when]the statement {s:$\w+} that {l:$\w+} leads to is stated as certain={s} : Statement( id == {l}.to, status == Status.ASSERTED )

# Findings. The messages are templates: {$q} is the id of what $q matched, {$q.amount} a property of it.
[then]report an error about {facts}: {en:"[^"]*"} / {de:"[^"]*"}=insert( org.factquiz.engine.MatchedFinding.error( kcontext, {en}, {de}, {facts} ) );
[then]report a warning about {facts}: {en:"[^"]*"} / {de:"[^"]*"}=insert( org.factquiz.engine.MatchedFinding.warning( kcontext, {en}, {de}, {facts} ) );

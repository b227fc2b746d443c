package dom

// StyleDeclares lets the external tests reach styleDeclares.
var StyleDeclares = styleDeclares

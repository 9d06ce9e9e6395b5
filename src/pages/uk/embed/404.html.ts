/** /uk/embed/404.html: the embed 404 in Ukrainian, for a missing /uk/embed/… address (the English route, in the locale of its URL). */
export { GET } from '../../embed/404.html.ts';

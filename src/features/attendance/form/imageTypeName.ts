/** How a person knows an image type: "WebP", "JPEG". */
export function imageTypeName(type: string): string {
  switch (type) {
    case 'image/webp':
      return 'WebP';
    case 'image/jpeg':
      return 'JPEG';
    case 'image/png':
      return 'PNG';
    default:
      return type.replace(/^image\//, '').toUpperCase();
  }
}

/** The registered names of the markers the model itself reads (the rest are carried for the generators). */
export const MarkerNames = {
  groupName: 'groupName',
  versionName: 'versionName',
  optional: 'optional',
  required: 'required',
  validationOptional: 'kubebuilder:validation:Optional',
  validationRequired: 'kubebuilder:validation:Required',
  nullable: 'nullable',
  resource: 'kubebuilder:resource',
  statusSubresource: 'kubebuilder:subresource:status',
  scaleSubresource: 'kubebuilder:subresource:scale',
  printColumn: 'kubebuilder:printcolumn',
  objectRoot: 'kubebuilder:object:root',
  genclient: 'genclient',
  nonNamespaced: 'genclient:nonNamespaced',
  customSubresource: 'subresource',
} as const;

teSearchFile("terms/72-65-67",[["regarding",[1,1,24],[]],["regards",[1,2,26,6],[]],["registry",[1,1,42],[]],["regrets",[1,1,14],[]],["regularised",[1,2,44,4],[]]]);
